"""Opening hours: is a service open at a moment, when does it next open, its week.

Sessions and exceptions are wall-clock times in Europe/London, so a session from 10:00 to
12:00 is that on both sides of a clock change. Functions take plain rows (anything with
``weekday``, ``opens_at``, ``closes_at``; exceptions with ``starts_on``, ``last_day``,
``closed``, ``opens_at``, ``closes_at``) so that a listing can pass rows it prefetched.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db.models import Exists, OuterRef, Q, QuerySet

LONDON = ZoneInfo("Europe/London")
# How far ahead "opens next" looks; a service closed for longer shows no next opening.
LOOK_AHEAD_DAYS = 62


@dataclass(frozen=True)
class Status:
    open_now: bool
    closes_at: datetime.datetime | None = None  # when open now
    next_opening: datetime.datetime | None = None  # when closed now
    exception: object | None = None  # today's exception row, if any


def local(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(LONDON)


def exception_on(day: datetime.date, exceptions) -> object | None:
    """The exception covering ``day`` (the first, if an editor let two overlap)."""
    for row in exceptions:
        if row.starts_on <= day <= row.last_day:
            return row
    return None


def hours_on(day: datetime.date, sessions, exceptions) -> list[tuple[datetime.time, datetime.time]]:
    """The opening intervals on ``day``, in order, after exceptions."""
    row = exception_on(day, exceptions)
    if row is not None:
        return [] if row.closed else [(row.opens_at, row.closes_at)]
    weekday = day.weekday()
    return sorted((s.opens_at, s.closes_at) for s in sessions if s.weekday == weekday)


def _at(day: datetime.date, time: datetime.time) -> datetime.datetime:
    return datetime.datetime.combine(day, time, tzinfo=LONDON)


def status(sessions, exceptions, moment: datetime.datetime) -> Status:
    """Whether the service is open at ``moment``, and until when or from when."""
    sessions, exceptions = list(sessions), list(exceptions)
    now = local(moment)
    today = now.date()
    for opens, closes in hours_on(today, sessions, exceptions):
        if opens <= now.time() < closes:
            return Status(
                True, closes_at=_at(today, closes), exception=exception_on(today, exceptions)
            )
    for offset in range(LOOK_AHEAD_DAYS):
        day = today + datetime.timedelta(days=offset)
        for opens, _closes in hours_on(day, sessions, exceptions):
            if offset or opens > now.time():
                return Status(
                    False, next_opening=_at(day, opens), exception=exception_on(today, exceptions)
                )
    return Status(False, exception=exception_on(today, exceptions))


def week(start: datetime.date, sessions, exceptions, days: int = 7):
    """``days`` rows from ``start``: (date, intervals, exception or None)."""
    sessions, exceptions = list(sessions), list(exceptions)
    rows = []
    for offset in range(days):
        day = start + datetime.timedelta(days=offset)
        rows.append((day, hours_on(day, sessions, exceptions), exception_on(day, exceptions)))
    return rows


def open_now(queryset: QuerySet, moment: datetime.datetime) -> QuerySet:
    """Narrow service pages to those open at ``moment``, in the database (two subqueries)."""
    from services.models import OpeningException, OpeningSession

    now = local(moment)
    today, time = now.date(), now.time().replace(tzinfo=None)
    covering = OpeningException.objects.filter(page=OuterRef("pk"), starts_on__lte=today).filter(
        Q(ends_on__gte=today) | Q(ends_on__isnull=True, starts_on=today)
    )
    usual = OpeningSession.objects.filter(
        page=OuterRef("pk"), weekday=today.weekday(), opens_at__lte=time, closes_at__gt=time
    )
    changed = covering.filter(closed=False, opens_at__lte=time, closes_at__gt=time)
    return queryset.filter((Exists(usual) & ~Exists(covering)) | Exists(changed))
