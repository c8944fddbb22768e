"""What the public service page shows, worked out once per request (``ServicePage.get_context``).

Rows are read in a fixed number of queries whatever the number of venues, sessions or
exceptions. Kinds of help and venues are translatable snippets: each is shown in the reader's
language where a translation exists, else in its own (the template marks it with ``lang``).
"""

from __future__ import annotations

import datetime

from babel.dates import format_date, format_skeleton, format_timedelta
from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.dates import cldr_locale, long_date, short_time
from hub.selectors import localized
from hub.selectors import parent_page as owning_partner
from services import jsonld, opening
from services.languages import language_name


def hours_text(intervals) -> str:
    """ "10am to 12pm, 2pm to 4pm" in the reader's language."""
    return ", ".join(
        _("%(opens)s to %(closes)s") % {"opens": short_time(opens), "closes": short_time(closes)}
        for opens, closes in intervals
    )


def week_rows(today: datetime.date, sessions, exceptions) -> list[dict]:
    """The seven days from ``today``, each with its hours, or why it is closed or changed."""
    rows = []
    for day, intervals, exception in opening.week(today, sessions, exceptions):
        note = (exception.note or "") if exception is not None else ""
        if exception is not None and exception.closed:
            text = _("Closed: %(reason)s") % {"reason": note} if note else _("Closed")
        elif intervals:
            text = hours_text(intervals)
        else:
            text = _("Closed")
        changed = ""
        if exception is not None and not exception.closed:
            changed = (
                _("Changed hours: %(reason)s") % {"reason": note} if note else _("Changed hours")
            )
        rows.append(
            {
                "date": day,
                "weekday": format_date(day, "EEEE", locale=cldr_locale()),
                "day_month": format_skeleton("MMMMd", day, locale=cldr_locale()),
                "is_today": day == today,
                "hours": text,
                "changed": changed,
                "exception": exception,
            }
        )
    return rows


def ages_text(minimum, maximum) -> str:
    if minimum is not None and maximum is not None:
        return _("Ages %(minimum)s to %(maximum)s") % {"minimum": minimum, "maximum": maximum}
    if minimum is not None:
        return _("Ages %(minimum)s and over") % {"minimum": minimum}
    if maximum is not None:
        return _("Ages up to %(maximum)s") % {"maximum": maximum}
    return ""


def is_stale(last_checked: datetime.date | None, today: datetime.date) -> bool:
    """Not checked within ``SERVICE_CHECK_MONTHS`` months (or never)."""
    if last_checked is None:
        return True
    return last_checked < today - relativedelta(months=settings.SERVICE_CHECK_MONTHS)


def last_checked_text(last_checked: datetime.date | None, today: datetime.date) -> str:
    """ "Last checked 3 months ago, on 2 September 2026", in the reader's language."""
    if last_checked is None:
        return _("We do not know when these details were last checked.")
    date = long_date(last_checked)
    if last_checked >= today:
        return _("Last checked today, %(date)s.") % {"date": date}
    ago = format_timedelta(
        last_checked - today, granularity="day", add_direction=True, locale=cldr_locale()
    )
    return _("Last checked %(ago)s, on %(date)s.") % {"ago": ago, "date": date}


def phone_href(number: str) -> str:
    """A ``tel:`` link target: digits and a leading plus only."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return "tel:" + ("+" if number.strip().startswith("+") else "") + digits


def report_url(page, request) -> str:
    base = page.get_url(request)
    return base + page.reverse_subpage("report") if base else ""


def service_context(page, request, now: datetime.datetime | None = None) -> dict:
    from services.models import HelpKind, Venue

    now = now or timezone.now()
    today = opening.local(now).date()
    sessions = list(page.opening_sessions.all())
    exceptions = list(page.opening_exceptions.all())
    venues = localized(
        [location.venue for location in page.locations.select_related("venue")], Venue
    )
    kinds = localized(list(page.kinds.all()), HelpKind)
    partner = owning_partner(page)
    languages = sorted(
        {row.code: language_name(row.code) for row in page.languages.all()}.items(),
        key=lambda item: item[1].casefold(),
    )
    has_hours = bool(sessions or exceptions)
    context = {
        "partner": partner,
        "kinds": kinds,
        "venues": venues,
        "has_hours": has_hours,
        "week": week_rows(today, sessions, exceptions) if has_hours else [],
        "ages": ages_text(page.minimum_age, page.maximum_age),
        "spoken_languages": [name for _code, name in languages],
        "phone_href": phone_href(page.phone) if page.phone else "",
        "last_checked_text": last_checked_text(page.last_checked, today),
        "is_stale": is_stale(page.last_checked, today),
        "check_months": settings.SERVICE_CHECK_MONTHS,
        "report_url": report_url(page, request),
    }
    context["json_ld"] = jsonld.dumps(
        jsonld.service(
            page,
            request,
            partner=partner,
            kinds=kinds,
            venues=venues,
            sessions=sessions,
            exceptions=[row for row in exceptions if row.last_day >= today],
            languages=languages,
        )
    )
    return context
