"""Reads for services due a check: live listings not confirmed within SERVICE_CHECK_MONTHS.

A listing residents rely on goes stale quietly; the admin report, the partner's dashboard
panel and the reminder e-mail all read these selectors, so they agree on what is due.
"""

from __future__ import annotations

import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db.models import CharField, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from services.models import ServicePage


def check_months() -> int:
    return max(1, int(settings.SERVICE_CHECK_MONTHS))


def due_before(today: datetime.date | None = None) -> datetime.date:
    """Services last checked before this day are due a check."""
    return (today or timezone.localdate()) - relativedelta(months=check_months())


def services_due(today: datetime.date | None = None) -> QuerySet[ServicePage]:
    """Live services never checked, or last checked before ``due_before(today)``.

    Oldest (and never-checked) first, each annotated with ``partner_title`` and
    ``partner_id`` (its parent page) so that listings need no query per row.
    """
    parent = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return (
        ServicePage.objects.live()
        .filter(Q(last_checked__isnull=True) | Q(last_checked__lt=due_before(today)))
        .annotate(
            partner_title=Subquery(parent.values("title")[:1], output_field=CharField()),
            partner_id=Subquery(parent.values("pk")[:1]),
        )
        .order_by(F("last_checked").asc(nulls_first=True), "title", "pk")
    )


def services_due_for_user(user, today: datetime.date | None = None) -> QuerySet[ServicePage]:
    """The services due a check that ``user`` may edit: all for comms, its own for a partner."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return services_due(today).filter(pk__in=editable.values("pk"))


def services_due_by_partner(today: datetime.date | None = None) -> dict[int, list[ServicePage]]:
    """``{partner page id: [services due a check]}`` for the reminder e-mails."""
    by_partner: dict[int, list[ServicePage]] = {}
    for service in services_due(today):
        by_partner.setdefault(service.partner_id, []).append(service)
    return by_partner
