"""The partner's dashboard panel for its resources due a review, and its reminder section.

Both read ``resources.reviews``; partners' own panel and e-mail stay in ``partners`` and call
these through ``construct_homepage_panels`` and the ``partner_reminder_items`` hook.
"""

from __future__ import annotations

import datetime

from wagtail.admin.ui.components import Component

from partners.mail import admin_url, one_line
from partners.self_service.extensions import ReminderSection
from partners.self_service.selectors import partner_pages_for_user
from resources import reviews

REMINDER_TEMPLATE = "resources/email/resources_due.txt"


def dashboard_summaries(user) -> list[dict]:
    """For each partner the user works for: its resources due a review (two queries)."""
    partners = list(partner_pages_for_user(user))
    if not partners:
        return []
    due = {}
    for resource in reviews.resources_due().filter(owner_page_id__in=[p.pk for p in partners]):
        due.setdefault(resource.owner_page_id, []).append(resource)
    return [{"partner": partner, "due": due.get(partner.pk, [])} for partner in partners]


class ResourcesDuePanel(Component):
    name = "resources_due"
    template_name = "resources/admin/resources_due_panel.html"
    order = 30  # after the partner's own panel (10) and its support services (20)

    def __init__(self, summaries):
        self.summaries = summaries

    def get_context_data(self, parent_context):
        return {"summaries": self.summaries, "request": parent_context["request"]}


def reminder_sections(today: datetime.date | None = None) -> dict[int, ReminderSection]:
    """``{partner id: section}`` listing each partner's resources due a review."""
    return {
        partner_id: ReminderSection(
            template=REMINDER_TEMPLATE,
            log_key="resources",
            items=[
                {
                    "id": resource.pk,
                    "title": one_line(resource.title),
                    "review_due": resource.review_due,
                    "edit_url": admin_url("wagtailadmin_pages:edit", resource.pk),
                }
                for resource in resources
            ],
        )
        for partner_id, resources in reviews.resources_due_by_partner(today).items()
    }
