"""Admin hooks for joining the charter and partner self-service.

* the "Charter applications" screens for comms staff;
* a dashboard panel showing partner users their own organisation first, and one showing
  comms staff the applications waiting for them;
* workflow views for partner pages and pledges that check permission first (page_views.py);
* a guard so partner users cannot delete their organisation's page (a draft would otherwise be
  deletable by its own editors, since Wagtail lets editors delete unpublished pages);
* the audit-log action recorded when a pledge reminder is sent.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component

from partners.joining import selectors, services
from partners.joining.page_views import partner_page_viewsets
from partners.joining.views import VIEWSET_NAME, CharterApplicationViewSet
from partners.models import ApplicationStatus, CharterApplication, PartnerPage


@hooks.register("register_admin_viewset")
def register_charter_applications():
    return CharterApplicationViewSet(VIEWSET_NAME, url_prefix="charter-applications")


@hooks.register("register_admin_viewset")
def register_partner_page_views():
    return partner_page_viewsets()


class PartnerDashboardPanel(Component):
    name = "partner_dashboard"
    template_name = "partners/joining/admin/partner_panel.html"
    order = 10  # panels are shown in ascending order: this one first

    def __init__(self, summaries):
        self.summaries = summaries

    def get_context_data(self, parent_context):
        return {"summaries": self.summaries, "request": parent_context["request"]}


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
def add_partner_panels(request, panels):
    summaries = selectors.partner_dashboard(request.user)
    if summaries:
        panels.append(PartnerDashboardPanel(summaries))
    if request.user.has_perm("partners.change_charterapplication"):
        pending = CharterApplication.objects.filter(status=ApplicationStatus.PENDING)
        total = pending.count()
        if total:
            panels.append(ApplicationsWaitingPanel(list(pending[:5]), total))


@hooks.register("before_delete_page")
def keep_partner_pages_from_their_own_editors(request, page):
    if not issubclass(page.specific_class or type(page), PartnerPage):
        return None
    if page.permissions_for_user(request.user).can_publish():
        return None
    messages.error(
        request,
        _("Only the partnership's comms team can delete an organisation's page."),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("register_log_actions")
def register_pledge_reminder_action(actions):
    actions.register_action(
        selectors.REMINDER_ACTION,
        _("Send pledge reminder"),
        _("Reminder to update overdue pledges e-mailed to the partner"),
    )
    actions.register_action(
        services.APPROVED_ACTION, _("Approve application"), _("Application approved")
    )
    actions.register_action(
        services.REJECTED_ACTION, _("Reject application"), _("Application rejected")
    )
