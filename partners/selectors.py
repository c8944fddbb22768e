"""Reads across partners and pledges shared by the public dashboard, the admin and reminders."""

from __future__ import annotations

import datetime

from django.db.models import DateField, Max, OuterRef, QuerySet, Subquery
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone

from partners.models import PledgePage, PledgeStatus, ProgressUpdate

OPEN_STATUSES = [PledgeStatus.PLANNED, PledgeStatus.IN_PROGRESS]


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    month_index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has a 28th


def with_last_update(pledges: QuerySet) -> QuerySet:
    """Annotate ``last_update``: the latest progress date, else the date first published."""
    latest = (
        ProgressUpdate.objects.filter(pledge=OuterRef("pk"))
        .values("pledge")
        .annotate(latest=Max("date"))
        .values("latest")
    )
    return pledges.annotate(
        last_update=Coalesce(
            Subquery(latest, output_field=DateField()),
            Cast("first_published_at", DateField()),
        )
    )


def overdue_pledges(
    months: int = 6, today: datetime.date | None = None, pledges: QuerySet | None = None
) -> QuerySet:
    """Live, open pledges with no progress update in the last ``months`` months."""
    today = today or timezone.localdate()
    cutoff = months_before(today, months)
    pledges = pledges if pledges is not None else PledgePage.objects.live()
    return (
        with_last_update(pledges.filter(status__in=OPEN_STATUSES))
        .filter(last_update__lt=cutoff)
        .order_by("last_update")
    )
