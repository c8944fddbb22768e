"""The "Services due a check" report: live services not checked within SERVICE_CHECK_MONTHS.

The comms team sees every partner's services, a partner's staff only those they may edit
(``stale.services_due_for_user``). The partner filter offers only partners whose services
the viewer may see, so a forged partner id is refused as an invalid choice and the listing
stays the viewer's own. The rows carry their partner's name from one annotated query, so
the report runs a fixed number of queries whatever its length.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Page

from hub.dates import long_date
from hub.due_reports import ChildOfFilter, DueReportView
from services import stale
from services.models import ServicePage


def partner_choices(request):
    """Pages that own a service the viewer may see (partner pages), by title."""
    if request is None:
        return Page.objects.none()
    services = stale.services_due_for_user(request.user).values("partner_id")
    return Page.objects.filter(pk__in=services).order_by("title")


class ServicesDueFilterSet(WagtailFilterSet):
    partner = ChildOfFilter(label=_("Partner"), queryset=partner_choices)

    class Meta:
        model = ServicePage
        fields = []


class LastCheckedColumn(Column):
    """The date in the viewer's language, or "Never" when nobody has checked the service."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return long_date(value) if value else _("Never")


class ServicesDueReportView(DueReportView):
    filename_stem = "services-due-a-check"
    page_title = _("Services due a check")
    template_name = "services/admin/services_due_report.html"
    header_icon = "time"
    index_url_name = "services_due_report"
    index_results_url_name = "services_due_report_results"
    filterset_class = ServicesDueFilterSet
    columns = [
        TitleColumn(
            "title",
            label=_("Service"),
            url_name="wagtailadmin_pages:edit",
        ),
        Column("partner_title", label=_("Partner")),
        LastCheckedColumn("last_checked", label=_("Last checked")),
    ]
    list_export = ["title", "partner_title", "last_checked", "url_path"]
    export_headings = {
        "title": _("Service"),
        "partner_title": _("Partner"),
        "last_checked": _("Last checked"),
        "url_path": _("Page path"),
    }

    def get_queryset(self):
        return stale.services_due_for_user(self.request.user).only(
            "id", "title", "draft_title", "last_checked", "url_path", "path", "depth"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["months"] = stale.check_months()
        return context
