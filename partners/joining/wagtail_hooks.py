"""Admin hooks for joining the charter.

* the "Charter applications" screens for comms staff;
* a dashboard panel showing comms staff the applications waiting for them;
* the audit-log actions recorded when an application is approved or rejected.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from partners.joining import services
from partners.joining.views import VIEWSET_NAME, CharterApplicationViewSet
from partners.models import ApplicationStatus, CharterApplication


@hooks.register("register_admin_viewset")
def register_charter_applications():
    return CharterApplicationViewSet(VIEWSET_NAME, url_prefix="charter-applications")


class ApplicationsWaitingPanel(Component):
    name = "charter_applications_waiting"
    template_name = "partners/joining/admin/applications_panel.html"
    order = 15

    def __init__(self, applications, total):
        self.applications = applications
        self.total = total

    def get_context_data(self, parent_context):
        return {
            "applications": self.applications,
            "total": self.total,
            "index_url": reverse(f"{VIEWSET_NAME}:index") + "?status=pending",
            "viewset_name": VIEWSET_NAME,
        }


@hooks.register("construct_homepage_panels")
def add_applications_panel(request, panels):
    if request.user.has_perm("partners.change_charterapplication"):
        pending = CharterApplication.objects.filter(status=ApplicationStatus.PENDING)
        total = pending.count()
        if total:
            panels.append(ApplicationsWaitingPanel(list(pending[:5]), total))


@hooks.register("register_log_actions")
def register_application_actions(actions):
    actions.register_action(
        services.APPROVED_ACTION, _("Approve application"), _("Application approved")
    )
    actions.register_action(
        services.REJECTED_ACTION, _("Reject application"), _("Application rejected")
    )
