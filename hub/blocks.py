"""StreamField blocks shared by every page type; feature apps reuse ``BodyBlock``."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        description = _("A section heading; use level 2 for sections and level 3 inside them.")
        preview_value = {"text": "Free wifi in every library", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Button text"), max_length=60)
    description = blocks.CharBlock(required=False, max_length=200, label=_("Description"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or a web address"))

    class Meta:
        icon = "link-external"
        template = "blocks/call_to_action.html"
        label = _("Call to action")
        description = _("A button that sends readers to the next thing they need to do.")
        preview_value = {
            "text": "Find free digital help",
            "description": "Drop-ins, classes and free data near you.",
            "url": "https://example.org/",
        }

    def clean(self, value):
        result = super().clean(value)
        if not result.get("page") and not result.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or add a web address."))}
            )
        return result


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(label=_("Summary"), max_length=120)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Body"))

    class Meta:
        icon = "collapse-down"
        template = "blocks/details.html"
        label = _("Details (show and hide)")
        description = _("A short summary that readers open to see more; works without JavaScript.")
        preview_value = {
            "summary": "Help if you do not have a phone",
            "body": "<p>Any library can call the helpline for you.</p>",
        }


class InsetTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "openquote"
        template = "blocks/inset.html"
        label = _("Inset text")
        description = _("Text set apart from the rest, such as a useful phone number.")
        preview_value = "<p>Call the Digital Help Line free on 01632 960 123.</p>"


class WarningTextBlock(blocks.CharBlock):
    class Meta:
        icon = "warning"
        template = "blocks/warning.html"
        label = _("Warning text")
        description = _("An important warning, such as a scam to look out for.")
        preview_value = "We will never ask for your bank details."


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, max_length=200, label=_("Link text"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link.html"
        label = _("Document link")
        description = _("A link to a document, with its type and size shown.")


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=200, label=_("Caption"))
    table = TableBlock(label=_("Table"))

    class Meta:
        icon = "table"
        template = "blocks/table.html"
        label = _("Table")
        description = _("A table of figures with a caption that says what it shows.")


class EmbedWithTitleBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Title"))
    embed = EmbedBlock(label=_("Web address of the video or media"))

    class Meta:
        icon = "media"
        template = "blocks/embed.html"
        label = _("Embed")
        description = _("A video or other media from another website, with a title and a link.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph.html",
        label=_("Paragraph"),
        description=_("Text with links and lists."),
        preview_value="<p>Every library in the county has free wifi and computers.</p>",
    )
    image = ImageWithCaptionBlock()
    call_to_action = CallToActionBlock()
    details = DetailsBlock()
    inset = InsetTextBlock()
    warning = WarningTextBlock()
    table = TableWithCaptionBlock()
    embed = EmbedWithTitleBlock()
    document = DocumentLinkBlock()

    class Meta:
        template = "blocks/body.html"


class TopTaskBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=80, label=_("Title"))
    description = blocks.CharBlock(max_length=160, label=_("Description"))
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "tasks"
        template = "blocks/top_task.html"
        label = _("Top task")
        description = _("One of the main things residents come to the hub to do.")
