"""Support services (pages under their partner's page) and the finder page.

A service is a page so that it is owned, moderated, translated and permissioned like a
partner's pledges: the partner's group edits its own subtree only, and every change goes
through revisions and the partner workflow. Opening hours, locations and languages are
inline rows of the page.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_permissions_policy import PermissionsPolicyMiddleware
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from hub.admin_forms import ScopedChooserPageForm
from services.forms import ServicePageForm
from services.languages import spoken_language_choices


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class Booking(models.TextChoices):
    NOT_NEEDED = "not_needed", _("No booking needed")
    RECOMMENDED = "recommended", _("Booking recommended")
    REQUIRED = "required", _("Booking needed")


class ServicePage(RoutablePageMixin, Page):
    """A support service; ``report/`` under its URL is the "report a problem" form."""

    base_form_class = ServicePageForm

    summary = models.CharField(_("summary"), max_length=255)
    description = models.TextField(_("description"))
    kinds = ParentalManyToManyField(
        "services.HelpKind", verbose_name=_("kinds of help"), related_name="services"
    )
    by_phone = models.BooleanField(_("by phone"), default=False)
    online = models.BooleanField(_("online"), default=False)
    is_free = models.BooleanField(_("free"), default=True)
    fees = models.TextField(
        _("fees and concessions"), blank=True, help_text=_("Leave empty if the service is free.")
    )
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    eligibility = models.CharField(
        _("who it is for"), max_length=255, blank=True, help_text=_("Empty means anyone.")
    )
    what_to_bring = models.TextField(_("what to bring"), blank=True)
    booking = models.CharField(
        _("booking"), max_length=20, choices=Booking.choices, default=Booking.NOT_NEEDED
    )
    how_to_book = models.CharField(_("how to book"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    last_checked = models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_("When someone last confirmed these details are right."),
    )
    # Where an imported record came from, so that a re-import updates it.
    source = models.CharField(_("imported from"), max_length=255, blank=True, editable=False)
    source_id = models.CharField(_("original id"), max_length=255, blank=True, editable=False)

    parent_page_types = ["partners.PartnerPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("kinds", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                InlinePanel("locations", heading=_("Where"), label=_("venue")),
                FieldPanel("by_phone"),
                FieldPanel("online"),
            ],
            heading=_("Where and how"),
        ),
        InlinePanel("opening_sessions", heading=_("Opening hours"), label=_("session")),
        InlinePanel(
            "opening_exceptions", heading=_("Closures and changed hours"), label=_("exception")
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldPanel("fees"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                FieldPanel("eligibility"),
                FieldPanel("what_to_bring"),
                FieldPanel("booking"),
                FieldPanel("how_to_book"),
            ],
            heading=_("Cost, eligibility and booking"),
        ),
        InlinePanel("languages", heading=_("Languages spoken"), label=_("language")),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        FieldPanel("last_checked"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.RelatedFields("kinds", [index.SearchField("name")]),
        index.FilterField("is_free"),
    ]
    template = "services/service_page.html"

    class Meta:
        verbose_name = _("support service")
        verbose_name_plural = _("support services")
        indexes = [models.Index(fields=["source", "source_id"])]

    def clean(self):
        super().clean()
        if (
            self.minimum_age is not None
            and self.maximum_age is not None
            and self.minimum_age > self.maximum_age
        ):
            raise ValidationError(
                {"maximum_age": _("The maximum age must not be less than the minimum age.")}
            )

    def get_context(self, request, *args, **kwargs):
        from services.page_context import service_context

        context = super().get_context(request, *args, **kwargs)
        context.update(service_context(self, request))
        return context

    @path("report/", name="report")
    def report_problem(self, request):
        from services.problem_reports.views import serve_report_form

        return serve_report_form(self, request)

    @path("report/sent/", name="report_sent")
    def report_problem_sent(self, request):
        from services.problem_reports.views import serve_report_sent

        return serve_report_sent(self, request)


class ServiceLocation(Orderable):
    """A venue where the service is given."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="locations")
    venue = models.ForeignKey(
        "services.Venue", verbose_name=_("venue"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("venue")]

    class Meta(Orderable.Meta):
        verbose_name = _("location")


class OpeningSession(Orderable):
    """One session on a weekday; a day may have several (10am to 12 noon, 2pm to 4pm)."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="opening_sessions")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens_at = models.TimeField(_("opens"))
    closes_at = models.TimeField(_("closes"))

    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens_at"), FieldPanel("closes_at")])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening session")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {"closes_at": _("A session must close after it opens, on the same day.")}
            )


class OpeningException(Orderable):
    """Dates when the usual hours do not apply: closed, or open at other times."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="opening_exceptions")
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"), null=True, blank=True, help_text=_("Empty for one day."))
    closed = models.BooleanField(_("closed"), default=True)
    opens_at = models.TimeField(_("opens"), null=True, blank=True)
    closes_at = models.TimeField(_("closes"), null=True, blank=True)
    note = models.CharField(_("reason"), max_length=120, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("closed"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening exception")

    @property
    def last_day(self):
        return self.ends_on or self.starts_on

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day must not be before the first.")})
        if not self.closed:
            if not (self.opens_at and self.closes_at):
                raise ValidationError(
                    {"opens_at": _("Give the changed opening times, or tick closed.")}
                )
            if self.closes_at <= self.opens_at:
                raise ValidationError(
                    {"closes_at": _("A session must close after it opens, on the same day.")}
                )


class ServiceLanguage(Orderable):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(_("language"), max_length=3, choices=spoken_language_choices)

    panels = [FieldPanel("code")]

    class Meta(Orderable.Meta):
        verbose_name = _("language spoken")


class ServiceFinderPage(RoutablePageMixin, Page):
    """ "Find digital help": the public finder over every live service.

    ``print/`` (with the same filters) is a compact list of the results to hand out.
    """

    base_form_class = ScopedChooserPageForm
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["hub.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    template = "services/service_finder_page.html"

    class Meta:
        verbose_name = _("service finder")

    def get_context(self, request, *args, **kwargs):
        from services.finder import finder_context

        context = super().get_context(request, *args, **kwargs)
        context.update(finder_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return _finder_response(response)

    @path("print/", name="print")
    def print_view(self, request):
        """The current results as a printable list (not indexed by search engines)."""
        from services.finder import print_context

        context = {**Page.get_context(self, request), **print_context(self, request)}
        response = TemplateResponse(request, "services/finder_print.html", context)
        response["X-Robots-Tag"] = "noindex"
        return response


def _finder_response(response):
    """A request the finder could not answer as asked is a 400 (with the page explaining
    why); the finder may ask for the reader's location (the rest of the site may not)."""
    context = getattr(response, "context_data", None) or {}
    if context.get("errors"):
        response.status_code = 400
    policy = {**getattr(settings, "PERMISSIONS_POLICY", {}), "geolocation": ["self"]}
    response._permissions_policy_override = PermissionsPolicyMiddleware.compute_header_value(
        policy, name="PERMISSIONS_POLICY"
    )
    return response
