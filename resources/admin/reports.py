"""The "Resources due a review" report: live resources whose review date has passed.

The comms team sees every resource, a partner's staff only those they may edit
(``reviews.resources_due_for_user``). The owner filter offers only the pages (partners, or
the library) whose resources the viewer may see, so a forged id is refused as an invalid
choice and the listing stays the viewer's own. Rows carry their owner's name from one
annotated query, so the report runs a fixed number of queries whatever its length.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Page

from hub.dates import long_date
from hub.due_reports import ChildOfFilter, DueReportView
from resources import reviews
from resources.models import ResourcePage


def owner_choices(request):
    """Pages that own a resource due a review the viewer may see, by title."""
    if request is None:
        return Page.objects.none()
    owners = reviews.resources_due_for_user(request.user).values("owner_page_id")
    return Page.objects.filter(pk__in=owners).order_by("title")


class ResourcesDueFilterSet(WagtailFilterSet):
    owner = ChildOfFilter(label=_("Owner"), queryset=owner_choices)

    class Meta:
        model = ResourcePage
        fields = []


class DateColumn(Column):
    """A date in the viewer's language, or "Not recorded"."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return long_date(value) if value else _("Not recorded")


class ResourcesDueReportView(DueReportView):
    filename_stem = "resources-due-a-review"
    page_title = _("Resources due a review")
    template_name = "resources/admin/resources_due_report.html"
    header_icon = "time"
    index_url_name = "resources_due_report"
    index_results_url_name = "resources_due_report_results"
    filterset_class = ResourcesDueFilterSet
    columns = [
        TitleColumn("title", label=_("Resource"), url_name="wagtailadmin_pages:edit"),
        Column("owner_page_title", label=_("Owner")),
        DateColumn("review_due", label=_("Review due")),
        DateColumn("last_reviewed", label=_("Last reviewed")),
    ]
    list_export = ["title", "owner_page_title", "review_due", "last_reviewed", "url_path"]
    export_headings = {
        "title": _("Resource"),
        "owner_page_title": _("Owner"),
        "review_due": _("Review due"),
        "last_reviewed": _("Last reviewed"),
        "url_path": _("Page path"),
    }

    def get_queryset(self):
        return reviews.resources_due_for_user(self.request.user).only(
            "id", "title", "draft_title", "review_due", "last_reviewed", "url_path", "path", "depth"
        )
