"""Problem reports in the admin: comms staff see every report, a partner only its own.

The screens and their permission policy are ``partners.inbox``'s: holders of
``services.view_problemreport`` (the comms team, from migration ``0003_svcpage``) see all
reports; a partner's staff see reports about their own services, and another partner's report
id gives 404. Reports are listed, inspected and marked resolved.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from partners.inbox import Inbox, InboxViewSet
from services.problem_reports.models import ProblemReport, ReportStatus

REPORTS = Inbox(
    model=ProblemReport,
    subject="service",
    done_status=ReportStatus.RESOLVED,
    done_field="resolved",
    done_message=_("The report is marked resolved."),
    already_done_message=_("This report was already resolved."),
    mark_done_label=_("Mark as resolved"),
    edit_subject_label=_("Edit the service"),
    plain_text_fields=("details",),
)


class ProblemReportViewSet(InboxViewSet):
    inbox = REPORTS
    done_path = "resolve"
    icon = "warning"
    menu_label = _("Problem reports")
    menu_order = 260
    list_display = ["service", "kind", "created_at", "status"]
    list_filter = ["status", "kind"]
    inspect_view_fields = [
        "service",
        "partner",
        "kind",
        "details",
        "name",
        "email",
        "language",
        "created_at",
        "status",
        "resolved_at",
        "resolved_by",
    ]
