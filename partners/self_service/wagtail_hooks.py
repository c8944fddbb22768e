"""Admin hooks for partner self-service.

* workflow views for partner pages and pledges that check permission first (page_views.py);
* a dashboard panel showing partner users their own organisation first;
* a guard so partner users cannot delete their organisation's page (a draft would otherwise be
  deletable by its own editors, since Wagtail lets editors delete unpublished pages);
* the audit-log action recorded when a pledge reminder is sent.
"""

from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component

from partners.models import PartnerPage
from partners.self_service import selectors
from partners.self_service.page_views import partner_page_viewsets


@hooks.register("register_admin_viewset")
def register_partner_page_views():
    return partner_page_viewsets()


class PartnerDashboardPanel(Component):
    name = "partner_dashboard"
    template_name = "partners/self_service/partner_panel.html"
    order = 10  # panels are shown in ascending order: this one first

    def __init__(self, summaries):
        self.summaries = summaries

    def get_context_data(self, parent_context):
        return {"summaries": self.summaries, "request": parent_context["request"]}


@hooks.register("construct_homepage_panels")
def add_partner_panel(request, panels):
    summaries = selectors.partner_dashboard(request.user)
    if summaries:
        panels.append(PartnerDashboardPanel(summaries))


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
