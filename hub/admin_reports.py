"""The "Page types usage" report, naming only last-edited pages the viewer may edit.

Wagtail's report shows, for each page type, the page edited last, whoever owns it: a
partner opening it read the title of another partner's newest draft. The counts stay; the
last-edited page is named only when the viewer may edit it (administrators see all).
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.permission_policies.pages import PagePermissionPolicy


class PageTypesUsageView(PageTypesUsageReportView):
    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        user = self.request.user
        if user.is_superuser:
            return page_types
        shown = [item.last_edited_page.pk for item in page_types if item.last_edited_page]
        editable = set(
            PagePermissionPolicy()
            .instances_user_has_permission_for(user, "change")
            .filter(pk__in=shown)
            .values_list("pk", flat=True)
        )
        for item in page_types:
            if item.last_edited_page and item.last_edited_page.pk not in editable:
                item.last_edited_page = None
        return page_types


def admin_view(view):
    """An admin page outside Wagtail's URL include: sign-in required, never cached."""
    return never_cache(require_admin_access(view))


urlpatterns = [
    path("admin/reports/page-types-usage/", admin_view(PageTypesUsageView.as_view())),
    path(
        "admin/reports/page-types-usage/results/",
        admin_view(PageTypesUsageView.as_view(results_only=True)),
    ),
]
