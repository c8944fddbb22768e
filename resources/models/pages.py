"""The resource library: HTML-first guides, toolkits and training material partners share.

A resource is a page, under its partner's page (owned, moderated and permissioned like a
pledge or a support service) or under the library itself (the partnership's own). A
resource in several languages is one page with wagtail-localize translations. Attached
documents come second to the HTML body.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from hub.admin_forms import ScopedChooserPageForm
from hub.blocks import BodyBlock
from resources.forms import ResourcePageForm


class Audience(models.TextChoices):
    RESIDENTS = "residents", _("Residents")
    FRONTLINE = "frontline", _("Frontline staff")
    CHAMPIONS = "champions", _("Digital champions")
    PARTNERS = "partners", _("Partners")


class ResourceFormat(models.TextChoices):
    GUIDE = "guide", _("Guide")
    TOOLKIT = "toolkit", _("Toolkit")
    TEMPLATE = "template", _("Template")
    VIDEO = "video", _("Video")
    RESEARCH = "research", _("Research")
    TRAINING = "training", _("Training material")


class Licence(models.TextChoices):
    OGL = "ogl-3", _("Open Government Licence v3.0")
    CC_BY = "cc-by-4", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA = "cc-by-sa-4", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")
    ALL_RIGHTS = "all-rights-reserved", _("All rights reserved: ask the author before reusing")


class ResourceLibraryPage(RoutablePageMixin, Page):
    """The library: every live resource, filterable, searchable, with a feed.

    ``feed/rss/`` and ``feed/atom/`` (with the page's filters) list the newest resources.
    """

    base_form_class = ScopedChooserPageForm
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    template = "resources/resource_library_page.html"

    class Meta:
        verbose_name = _("resource library")

    def get_context(self, request, *args, **kwargs):
        from resources.library import library_context

        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        """A request the library could not answer as asked is a 400, the page saying why."""
        response = super().serve(request, *args, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if context.get("errors"):
            response.status_code = 400
        return response

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from resources.feeds import LibraryRssFeed

        return LibraryRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from resources.feeds import LibraryAtomFeed

        return LibraryAtomFeed(self)(request)


class ResourcePage(RoutablePageMixin, Page):
    """A resource; ``request-format/`` under its URL is the "request an accessible format" form."""

    base_form_class = ResourcePageForm

    summary = models.CharField(_("summary"), max_length=300)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    resource_format = models.CharField(
        _("format"), max_length=20, choices=ResourceFormat.choices, default=ResourceFormat.GUIDE
    )
    topics = ParentalManyToManyField(
        "resources.ResourceTopic", verbose_name=_("topics"), related_name="resources"
    )
    principles = ParentalManyToManyField(
        "charter.PrinciplePage",
        verbose_name=_("charter principles"),
        blank=True,
        related_name="+",
    )
    audience_residents = models.BooleanField(_("residents"), default=False)
    audience_frontline = models.BooleanField(_("frontline staff"), default=False)
    audience_champions = models.BooleanField(_("digital champions"), default=False)
    audience_partners = models.BooleanField(_("partners"), default=False)
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY
    )
    video_url = models.URLField(_("video"), blank=True, help_text=_("A link to the video."))
    video_transcript = models.TextField(
        _("video transcript"), blank=True, help_text=_("Needed when there is a video.")
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    review_due = models.DateField(_("review due"), null=True, blank=True)

    parent_page_types = ["partners.PartnerPage", "resources.ResourceLibraryPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("documents", heading=_("Documents"), label=_("document")),
        InlinePanel("links", heading=_("Links"), label=_("link")),
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("video_transcript")], heading=_("Video")
        ),
        MultiFieldPanel(
            [
                FieldPanel("resource_format"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audience_residents"),
                FieldPanel("audience_frontline"),
                FieldPanel("audience_champions"),
                FieldPanel("audience_partners"),
                FieldPanel("licence"),
            ],
            heading=_("About this resource"),
        ),
        FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("review_due")], heading=_("Review")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("video_transcript"),
        index.FilterField("resource_format"),
    ]
    template = "resources/resource_page.html"

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    AUDIENCE_FIELDS = {
        Audience.RESIDENTS: "audience_residents",
        Audience.FRONTLINE: "audience_frontline",
        Audience.CHAMPIONS: "audience_champions",
        Audience.PARTNERS: "audience_partners",
    }

    @property
    def audiences(self) -> list[str]:
        return [
            audience for audience, field in self.AUDIENCE_FIELDS.items() if getattr(self, field)
        ]

    def get_context(self, request, *args, **kwargs):
        from resources.page_context import resource_context

        context = super().get_context(request, *args, **kwargs)
        context.update(resource_context(self, request))
        return context

    @path("request-format/", name="format_request")
    def request_format(self, request):
        from resources.format_requests.views import serve_request_form

        return serve_request_form(self, request)

    @path("request-format/sent/", name="format_request_sent")
    def request_format_sent(self, request):
        from resources.format_requests.views import serve_request_sent

        return serve_request_sent(self, request)


class ResourceDocument(Orderable):
    """A document attached to a resource; the HTML body comes first, this second."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(_("link text"), max_length=200, blank=True)
    page_count = models.PositiveIntegerField(_("number of pages"), null=True, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("page_count")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")


class ResourceLink(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(_("web address"))
    title = models.CharField(_("link text"), max_length=200)

    panels = [FieldPanel("url"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
