"""Reads for partner self-service: a user's partners, their work in progress, reminders.

A user belongs to a partner through the groups that have page permissions on that partner's
page (the group approval creates), so what the dashboard shows is what they can edit.
"""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from wagtail.models import Page, PageLogEntry, WorkflowState

from partners.models import (
    CharterApplication,
    PartnerPage,
    PledgePage,
    ProgressDashboardPage,
)
from partners.selectors import overdue_pledges
from partners.self_service import extensions

DEFAULT_OVERDUE_MONTHS = 6
REMINDER_ACTION = "partners.pledge_reminder"


def overdue_after_months() -> int:
    """The dashboard page's setting, else six months."""
    dashboard = ProgressDashboardPage.objects.live().order_by("pk").first()
    return (dashboard.overdue_after_months if dashboard else 0) or DEFAULT_OVERDUE_MONTHS


def partner_pages_for_user(user) -> QuerySet:
    """Partner pages that a group of this user may edit."""
    if not user.is_authenticated:
        return PartnerPage.objects.none()
    return (
        PartnerPage.objects.filter(
            group_permissions__group__in=user.groups.all(),
            group_permissions__permission__codename="change_page",
        )
        .distinct()
        .annotate_approved_schedule()
        .order_by("title")
    )


def partner_keys(user) -> set:
    """Translation keys of the partner pages ``user``'s groups hold page permissions on.

    That is a partner's own staff (``access`` grants its group permissions on its page
    alone). Read from the page permissions Wagtail has already cached on the user for the
    admin menu, so the check adds no query; used to scope what residents sent to partners
    (problem reports, format requests) in the admin.
    """
    if not hasattr(user, "_partner_keys"):
        from wagtail.permission_policies.pages import PagePermissionPolicy

        partner_type = ContentType.objects.get_for_model(PartnerPage).pk
        permissions = PagePermissionPolicy().get_cached_permissions_for_user(user)
        user._partner_keys = {
            permission.page.translation_key
            for permission in permissions
            if permission.page.content_type_id == partner_type
        }
    return user._partner_keys


def partner_recipients(partner) -> list[str]:
    """Addresses of the active staff of ``partner`` (its group, on the page in any language)."""
    if partner is None:
        return []
    groups = (
        PartnerPage.objects.filter(translation_key=partner.translation_key, group__isnull=False)
        .values("group")
        .distinct()
    )
    return list(
        get_user_model()
        .objects.filter(is_active=True, groups__in=groups)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def pages_in_workflow(root: Page) -> list[WorkflowState]:
    """Active workflow states (in moderation, or sent back) for a page and its descendants."""
    ids = [str(pk) for pk in root.get_descendants(inclusive=True).values_list("pk", flat=True)]
    return list(
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page), object_id__in=ids)
        .select_related("current_task_state__task", "requested_by")
        .order_by("-created_at")
    )


def partner_dashboard(user, today: datetime.date | None = None) -> list[dict]:
    """What the dashboard panel shows for each partner of the user."""
    months = None
    summaries = []
    for partner in partner_pages_for_user(user):
        months = months or overdue_after_months()
        states = pages_in_workflow(partner)
        pages_by_id = Page.objects.in_bulk([int(state.object_id) for state in states])
        pledges = list(
            PledgePage.objects.child_of(partner)
            .annotate_approved_schedule()
            .prefetch_workflow_states()
            .order_by("title")
        )
        in_moderation = {int(state.object_id) for state in states}
        summaries.append(
            {
                "partner": partner,
                "partner_in_moderation": partner.pk in in_moderation,
                "pledges": [(pledge, pledge.pk in in_moderation) for pledge in pledges],
                "waiting": [
                    (state, pages_by_id[int(state.object_id)])
                    for state in states
                    if int(state.object_id) in pages_by_id
                ],
                "overdue": list(
                    overdue_pledges(
                        months=months,
                        today=today,
                        pledges=PledgePage.objects.live().child_of(partner),
                    )
                ),
                "months": months,
            }
        )
    return summaries


# Reminders ---------------------------------------------------------------------------------


def overdue_by_partner(months: int, today: datetime.date | None = None) -> list[tuple]:
    """``(partner page, [overdue pledges])`` for every partner with a pledge overdue."""
    pledges = list(overdue_pledges(months=months, today=today))
    by_parent_path = defaultdict(list)
    for pledge in pledges:
        by_parent_path[pledge.path[: -Page.steplen]].append(pledge)
    partners = PartnerPage.objects.filter(path__in=by_parent_path).order_by("title")
    return [(partner, by_parent_path[partner.path]) for partner in partners]


def reminders_by_partner(months: int, today: datetime.date | None = None) -> list[tuple]:
    """``(partner, [overdue pledges], [other apps' sections])`` for every partner with either.

    Other apps add sections through the ``partner_reminder_items`` hook (see extensions.py),
    so that each partner still gets one e-mail.
    """
    pledges = {partner.pk: (partner, items) for partner, items in overdue_by_partner(months, today)}
    sections = extensions.reminder_sections(today)
    others = PartnerPage.objects.filter(pk__in=set(sections) - set(pledges))
    partners = [partner for partner, _items in pledges.values()] + list(others)
    partners.sort(key=lambda partner: (partner.title, partner.pk))
    return [
        (
            partner,
            pledges[partner.pk][1] if partner.pk in pledges else [],
            sections.get(partner.pk, []),
        )
        for partner in partners
    ]


def partner_contacts(partner: PartnerPage) -> list[str]:
    """E-mail addresses of the partner's active users, else its public e-mail address."""
    User = get_user_model()
    addresses = list(
        User.objects.filter(
            is_active=True,
            groups__page_permissions__page=partner,
            groups__page_permissions__permission__codename="change_page",
        )
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )
    if not addresses and partner.public_email:
        addresses = [partner.public_email]
    return addresses


def partner_language(partner: PartnerPage) -> str:
    """The language the partner applied in, if it applied through the form."""
    return (
        CharterApplication.objects.filter(partner_page=partner)
        .exclude(language="")
        .order_by("-decided_at")
        .values_list("language", flat=True)
        .first()
        or ""
    )


def last_reminded(partner: PartnerPage) -> datetime.datetime | None:
    entry = (
        PageLogEntry.objects.filter(page=partner, action=REMINDER_ACTION)
        .order_by("-timestamp")
        .first()
    )
    return entry.timestamp if entry else None
