"""What the editors' "due" reports share (services due a check, resources due a review).

The comms team and partners' staff open them; each lists only pages the viewer may edit, and
its owner filter offers only pages that own such a page, so a forged id is an invalid choice.
"""

from __future__ import annotations

import django_filters
from django.utils import timezone
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy


def may_view(user) -> bool:
    """Anyone who may edit some page: the comms team and partners' staff."""
    return PagePermissionPolicy().user_has_any_permission(user, ["change", "add"])


class ChildOfFilter(django_filters.ModelChoiceFilter):
    """Keeps the pages directly under the chosen page (a partner's, or the library)."""

    def filter(self, queryset, value):
        if value is None:
            return queryset
        return queryset.filter(path__startswith=value.path, depth=value.depth + 1)


class DueReportView(ReportView):
    """A report for page editors, exported as ``<filename_stem>-<today>``."""

    filename_stem = "report"

    def dispatch(self, request, *args, **kwargs):
        if not may_view(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"{self.filename_stem}-{timezone.localdate():%Y-%m-%d}"
