"""Partner directory, partner pages, pledges with progress updates, and the dashboard.

Pledges are pages under their partner's page, so that each partner's group gets
permission on its own subtree only, and every change to a pledge goes through
revisions and the moderation workflow like any other page.
"""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from charter.models import MaturityLevel
from hub.admin_forms import ScopedChooserPageForm
from hub.blocks import RICH_TEXT_FEATURES
from partners.comms_fields import CommsOnlyFieldPanel

from .snippets import Sector


class PledgeStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    ACHIEVED = "achieved", _("Achieved")
    LAPSED = "lapsed", _("Lapsed")


class PartnerDirectoryPage(RoutablePageMixin, Page):
    base_form_class = ScopedChooserPageForm
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    template = "partners/partner_directory_page.html"

    class Meta:
        verbose_name = _("partner directory")

    def get_context(self, request, *args, **kwargs):
        from partners.public.views import directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(self, request))
        return context

    @path("open-data/<slug:dataset>/<slug:fmt>/", name="open_data")
    def open_data(self, request, dataset, fmt):
        """The signatories or the pledges as CSV or JSON (see partners.public.opendata)."""
        from partners.public import opendata

        if dataset not in opendata.DATASETS or fmt not in opendata.FORMATS:
            raise Http404
        return opendata.response(self, request, dataset, fmt)


class PartnerPage(Page):
    base_form_class = ScopedChooserPageForm
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.CharField(_("summary"), max_length=255, blank=True)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    areas = ParentalManyToManyField("partners.Area", blank=True, verbose_name=_("areas served"))
    website = models.URLField(_("website"), blank=True)
    public_email = models.EmailField(_("public email"), blank=True)
    public_phone = models.CharField(_("public phone"), max_length=30, blank=True)
    address = models.TextField(_("address"), blank=True)
    date_signed = models.DateField(_("date signed"), null=True, blank=True)
    group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("partner user group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partner_pages",
        help_text=_("Set when the application is approved; its members edit this partner."),
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("image and document collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["partners.PartnerDirectoryPage"]
    subpage_types = ["partners.PledgePage", "services.ServicePage", "resources.ResourcePage"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("logo"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                CommsOnlyFieldPanel("sector"),
                FieldPanel("areas"),
                CommsOnlyFieldPanel("date_signed"),
            ],
            heading=_("Membership"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("public_email"),
                FieldPanel("public_phone"),
                FieldPanel("address"),
            ],
            heading=_("Public contact details"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("sector"),
    ]
    template = "partners/partner_page.html"

    class Meta:
        verbose_name = _("partner")
        permissions = [
            ("change_partner_membership", _("Can change a partner's sector and date signed")),
        ]

    def get_context(self, request, *args, **kwargs):
        from partners.public.views import partner_context

        context = super().get_context(request, *args, **kwargs)
        context.update(partner_context(self, request))
        return context


class PledgePage(Page):
    base_form_class = ScopedChooserPageForm
    commitment = models.TextField(_("what we will do"))
    target = models.CharField(_("measurable target"), max_length=255)
    target_date = models.DateField(_("target date"))
    status = models.CharField(
        _("status"), max_length=20, choices=PledgeStatus.choices, default=PledgeStatus.PLANNED
    )

    parent_page_types = ["partners.PartnerPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("commitment"),
        FieldPanel("target"),
        FieldPanel("target_date"),
        FieldPanel("status"),
        InlinePanel("principle_links", heading=_("Principles and maturity"), min_num=1),
        InlinePanel("progress_updates", heading=_("Progress updates")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("commitment"),
        index.SearchField("target"),
        index.FilterField("status"),
    ]
    template = "partners/pledge_page.html"

    class Meta:
        verbose_name = _("pledge")

    def get_context(self, request, *args, **kwargs):
        from partners.public.views import pledge_context

        context = super().get_context(request, *args, **kwargs)
        context.update(pledge_context(self, request))
        return context


class PledgePrinciple(Orderable):
    """A principle a pledge serves, with the partner's maturity now and the level it aims for."""

    pledge = ParentalKey(PledgePage, on_delete=models.CASCADE, related_name="principle_links")
    principle = models.ForeignKey(
        "charter.PrinciplePage",
        verbose_name=_("principle"),
        on_delete=models.CASCADE,
        related_name="pledge_links",
    )
    maturity_now = models.PositiveSmallIntegerField(
        _("maturity now"), choices=MaturityLevel.choices, default=MaturityLevel.INITIAL
    )
    maturity_target = models.PositiveSmallIntegerField(
        _("maturity aimed for"), choices=MaturityLevel.choices, default=MaturityLevel.DEVELOPING
    )

    panels = [FieldPanel("principle"), FieldPanel("maturity_now"), FieldPanel("maturity_target")]

    class Meta(Orderable.Meta):
        verbose_name = _("principle and maturity")


class ProgressUpdate(Orderable):
    """A dated report of progress on a pledge, with evidence."""

    pledge = ParentalKey(PledgePage, on_delete=models.CASCADE, related_name="progress_updates")
    date = models.DateField(_("date"))
    summary = models.TextField(_("what has happened"))
    evidence_url = models.URLField(_("evidence link"), blank=True)
    evidence_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("evidence document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("evidence_url"),
        FieldPanel("evidence_document"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("progress update")
        ordering = ["-date", "sort_order"]


class ProgressDashboardPage(Page):
    base_form_class = ScopedChooserPageForm
    intro = models.TextField(_("introduction"), blank=True)
    overdue_after_months = models.PositiveSmallIntegerField(
        _("pledges are overdue for an update after (months)"), default=6
    )

    parent_page_types = ["hub.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("overdue_after_months")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    template = "partners/progress_dashboard_page.html"

    class Meta:
        verbose_name = _("progress dashboard")

    def get_context(self, request, *args, **kwargs):
        from partners.public.views import dashboard_context

        context = super().get_context(request, *args, **kwargs)
        context.update(dashboard_context(self, request))
        return context


class SignCharterPage(Page):
    """The public "sign the charter" form; applications are stored and reviewed by comms staff."""

    base_form_class = ScopedChooserPageForm

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you_title = models.CharField(
        _("thank-you heading"), max_length=120, default="Thank you for applying"
    )
    thank_you_text = RichTextField(_("thank-you message"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["charter.CharterPage", "hub.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("thank_you_title"),
        FieldPanel("thank_you_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    template = "partners/sign_charter_page.html"

    class Meta:
        verbose_name = _("sign the charter form")

    def serve(self, request, *args, **kwargs):
        from partners.joining.apply import serve_sign_charter_page

        return serve_sign_charter_page(self, request)
