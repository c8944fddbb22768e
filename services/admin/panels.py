"""The partner's dashboard panel for its support services, and its reminder-e-mail section.

Both read ``services.stale``; partners' own panel and e-mail stay in ``partners`` and call
these through ``construct_homepage_panels`` and the ``partner_reminder_items`` hook.
"""

from __future__ import annotations

import datetime

from wagtail.admin.ui.components import Component

from partners.mail import admin_url, one_line
from partners.self_service.extensions import ReminderSection
from partners.self_service.selectors import partner_pages_for_user
from services import stale

REMINDER_TEMPLATE = "services/email/services_due.txt"


def dashboard_summaries(user) -> list[dict]:
    """For each partner the user works for: its services due a check (two queries)."""
    partners = list(partner_pages_for_user(user))
    if not partners:
        return []
    due = {}
    for service in stale.services_due().filter(partner_id__in=[p.pk for p in partners]):
        due.setdefault(service.partner_id, []).append(service)
    return [{"partner": partner, "due": due.get(partner.pk, [])} for partner in partners]


class ServicesDuePanel(Component):
    name = "services_due"
    template_name = "services/admin/services_due_panel.html"
    order = 20  # after the partner's own panel (10)

    def __init__(self, summaries):
        self.summaries = summaries

    def get_context_data(self, parent_context):
        return {
            "summaries": self.summaries,
            "months": stale.check_months(),
            "request": parent_context["request"],
        }


def reminder_sections(today: datetime.date | None = None) -> dict[int, ReminderSection]:
    """``{partner id: section}`` listing each partner's services due a check."""
    return {
        partner_id: ReminderSection(
            template=REMINDER_TEMPLATE,
            log_key="services",
            items=[
                {
                    "id": service.pk,
                    "title": one_line(service.title),
                    "last_checked": service.last_checked,
                    "edit_url": admin_url("wagtailadmin_pages:edit", service.pk),
                }
                for service in services
            ],
        )
        for partner_id, services in stale.services_due_by_partner(today).items()
    }
