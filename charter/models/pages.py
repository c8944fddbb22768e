"""The charter and its principles, each principle a page that pledges link to."""

from django.db import models
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import resolve_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from charter import sections
from hub.admin_forms import ScopedChooserPageForm
from hub.blocks import RICH_TEXT_FEATURES, BodyBlock


class MaturityLevel(models.IntegerChoices):
    INITIAL = 1, _("1 Initial")
    DEVELOPING = 2, _("2 Developing")
    MATURE = 3, _("3 Mature")
    LEADING = 4, _("4 Leading")


class CharterPage(RoutablePageMixin, Page):
    base_form_class = ScopedChooserPageForm
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    how_to_sign = RichTextField(_("how to sign"), features=RICH_TEXT_FEATURES, blank=True)
    charter_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("downloadable copy of the charter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["hub.HomePage"]
    # Other apps add their page types through the charter_subpage_types hook.
    subpage_types = ["charter.PrinciplePage"]
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("how_to_sign"),
        FieldPanel("charter_document"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("how_to_sign"),
    ]
    template = "charter/charter_page.html"

    class Meta:
        verbose_name = _("charter page")

    @classmethod
    def clean_subpage_models(cls):
        """The principles, and the page types other apps allow here (``charter.sections``)."""
        if cls._clean_subpage_models is None:
            labels = [*cls.subpage_types, *sections.subpage_types()]
            cls._clean_subpage_models = [
                resolve_model_string(label, cls._meta.app_label) for label in labels
            ]
        return cls._clean_subpage_models

    def get_context(self, request, *args, **kwargs):
        from charter import pdf, selectors

        context = super().get_context(request, *args, **kwargs)
        context["principles"] = list(selectors.principles(self))
        context["app_sections"] = sections.sections(sections.CHARTER_PAGE_SECTIONS, self, request)
        url = self.get_url(request) or ""
        context["full_charter_url"] = url + self.reverse_subpage("full")
        context["pdf_available"] = pdf.available()
        context["pdf_url"] = url + self.reverse_subpage("pdf")
        return context

    def full_charter_context(self, request) -> dict:
        """The charter page's context plus every principle in full, for the page and the PDF."""
        from charter import selectors

        context = self.get_context(request)
        context["sections"] = selectors.principle_sections(context["principles"])
        dates = [p.last_published_at for p in [self, *context["principles"]] if p.last_published_at]
        context["last_updated"] = max(dates, default=None)
        return context

    @path("full/", name="full")
    def full_charter(self, request):
        """The whole charter on one page, to read straight through or print."""
        return TemplateResponse(
            request, "charter/full_charter.html", self.full_charter_context(request)
        )

    @path("pdf/", name="pdf")
    def charter_pdf(self, request):
        """The whole charter as a tagged PDF, made once per language and revision."""
        from charter import pdf

        if not pdf.available():
            raise Http404("PDF generation is not installed here.")
        document = pdf.charter_pdf(self, request)
        response = HttpResponse(document.content, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{document.filename}"'
        return response


class ExampleActionBlock(blocks.StructBlock):
    level = blocks.ChoiceBlock(
        choices=[(level.value, level.label) for level in MaturityLevel],
        label=_("Maturity level it helps reach"),
    )
    text = blocks.CharBlock(max_length=300, label=_("Action"))

    class Meta:
        icon = "tick"
        label = _("Example action")


class PrinciplePage(Page):
    base_form_class = ScopedChooserPageForm
    number = models.PositiveSmallIntegerField(_("number"), default=1)
    summary = models.TextField(_("summary"), max_length=400)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    rationale = RichTextField(_("why it matters"), features=RICH_TEXT_FEATURES, blank=True)
    commitments = RichTextField(
        _("what signatories commit to"), features=RICH_TEXT_FEATURES, blank=True
    )
    level_initial = RichTextField(_("1 Initial"), features=RICH_TEXT_FEATURES, blank=True)
    level_developing = RichTextField(_("2 Developing"), features=RICH_TEXT_FEATURES, blank=True)
    level_mature = RichTextField(_("3 Mature"), features=RICH_TEXT_FEATURES, blank=True)
    level_leading = RichTextField(_("4 Leading"), features=RICH_TEXT_FEATURES, blank=True)
    metrics = StreamField(
        [("metric", blocks.CharBlock(max_length=300, label=_("Metric"), icon="list-ul"))],
        blank=True,
        verbose_name=_("suggested metrics"),
    )
    actions = StreamField(
        [("action", ExampleActionBlock())], blank=True, verbose_name=_("example actions")
    )

    parent_page_types = ["charter.CharterPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("number"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("rationale"),
        FieldPanel("commitments"),
        MultiFieldPanel(
            [
                FieldPanel("level_initial"),
                FieldPanel("level_developing"),
                FieldPanel("level_mature"),
                FieldPanel("level_leading"),
            ],
            heading=_("Maturity levels"),
        ),
        FieldPanel("metrics"),
        FieldPanel("actions"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("rationale"),
        index.SearchField("commitments"),
        index.FilterField("number"),
    ]
    template = "charter/principle_page.html"

    class Meta:
        verbose_name = _("charter principle")

    @property
    def maturity_levels(self):
        """The four levels in order, as (choice, description) pairs for templates."""
        return [
            (MaturityLevel.INITIAL, self.level_initial),
            (MaturityLevel.DEVELOPING, self.level_developing),
            (MaturityLevel.MATURE, self.level_mature),
            (MaturityLevel.LEADING, self.level_leading),
        ]

    def get_context(self, request, *args, **kwargs):
        from charter import selectors

        context = super().get_context(request, *args, **kwargs)
        context["actions_by_level"] = selectors.actions_by_level(self)
        context["previous_principle"], context["next_principle"] = selectors.neighbours(self)
        context["app_sections"] = sections.sections(sections.PRINCIPLE_PAGE_SECTIONS, self, request)
        charter = self.get_parent()
        charter_url = charter.get_url(request)
        if charter_url:
            context["full_charter_url"] = charter_url + CharterPage.get_resolver().reverse("full")
        return context
