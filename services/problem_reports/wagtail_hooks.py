"""Registers the problem-report admin screens and their permission policy.

Imported by ``services.apps.ServicesConfig.ready`` (Wagtail itself only imports the app's
top-level ``wagtail_hooks``).
"""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from partners.inbox import InboxPolicy
from services.problem_reports.admin_views import REPORTS, ProblemReportViewSet
from services.problem_reports.models import ProblemReport

register_permission_policy(ProblemReport, InboxPolicy(REPORTS))


@hooks.register("register_admin_viewset")
def register_problem_reports():
    return ProblemReportViewSet("problem_reports")
