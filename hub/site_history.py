"""A Site history report that does not list other partners' staff.

In Wagtail 8.0.1 the "User" filter of Reports > Site history offers every user who has ever
made a log entry, whatever the viewer may see: ``SiteHistoryReportFilterSet.get_user_choices``
limits the users to visible log entries, but the base filter set calls
``get_users_queryset`` instead. For a partner user that would list the names of other
partners' staff. This view limits the filter to users of the log entries the viewer can see.

Wagtail resolves admin URLs in its own order, so the project's root URL configuration must
list ``urlpatterns`` below before ``include(wagtailadmin_urls)``.
"""

from django.urls import path
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
    get_users_for_filter,
)

from hub.admin_reports import admin_view


class SiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        return get_users_for_filter(self.request.user)


class SiteHistoryView(LogEntriesView):
    filterset_class = SiteHistoryFilterSet


urlpatterns = [
    path("admin/reports/site-history/", admin_view(SiteHistoryView.as_view())),
    path(
        "admin/reports/site-history/results/",
        admin_view(SiteHistoryView.as_view(results_only=True)),
    ),
]
