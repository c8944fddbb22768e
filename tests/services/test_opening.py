"""Opening hours: open now and next opening across midnight, exceptions and clock changes."""

import datetime
from types import SimpleNamespace as Row
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from services import opening
from services.templatetags.service_tags import miles, opening_text

LONDON = ZoneInfo("Europe/London")
UTC = datetime.UTC


def session(weekday, opens, closes):
    return Row(weekday=weekday, opens_at=datetime.time(*opens), closes_at=datetime.time(*closes))


def exception(starts_on, ends_on=None, closed=True, opens=None, closes=None, note=""):
    return Row(
        starts_on=starts_on,
        ends_on=ends_on,
        last_day=ends_on or starts_on,
        closed=closed,
        opens_at=datetime.time(*opens) if opens else None,
        closes_at=datetime.time(*closes) if closes else None,
        note=note,
    )


# Monday 10:00-12:00 and 14:00-16:00; Tuesday 10:00-12:00.
WEEK = [session(0, (10,), (12,)), session(0, (14,), (16,)), session(1, (10,), (12,))]
MONDAY = datetime.date(2026, 11, 30)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=LONDON)


def test_open_inside_a_session_and_closes_at_its_end():
    state = opening.status(WEEK, [], at(MONDAY, 11))
    assert state.open_now and state.closes_at == at(MONDAY, 12)


def test_between_two_sessions_the_next_is_the_same_afternoon():
    state = opening.status(WEEK, [], at(MONDAY, 12))  # closes at 12:00 exactly
    assert not state.open_now and state.next_opening == at(MONDAY, 14)


def test_late_at_night_the_next_opening_is_across_midnight():
    state = opening.status(WEEK, [], at(MONDAY, 23, 59))
    assert state.next_opening == at(MONDAY + datetime.timedelta(days=1), 10)
    after_midnight = opening.status(WEEK, [], at(MONDAY + datetime.timedelta(days=1), 0, 1))
    assert after_midnight.next_opening == at(MONDAY + datetime.timedelta(days=1), 10)


def test_after_the_last_session_of_the_week_the_next_is_next_monday():
    state = opening.status(WEEK, [], at(MONDAY + datetime.timedelta(days=1), 13))
    assert state.next_opening == at(MONDAY + datetime.timedelta(days=7), 10)


def test_a_closed_exception_skips_the_day_and_a_changed_one_replaces_its_hours():
    closed = [exception(MONDAY, note="Staff training")]
    state = opening.status(WEEK, closed, at(MONDAY, 11))
    assert not state.open_now and state.exception.note == "Staff training"
    assert state.next_opening == at(MONDAY + datetime.timedelta(days=1), 10)
    changed = [exception(MONDAY, closed=False, opens=(9,), closes=(10,))]
    assert opening.status(WEEK, changed, at(MONDAY, 9, 30)).open_now
    assert not opening.status(WEEK, changed, at(MONDAY, 11)).open_now


def test_a_range_exception_covers_every_day_in_it():
    christmas = [exception(datetime.date(2026, 12, 21), datetime.date(2027, 1, 3))]
    state = opening.status(WEEK, christmas, at(datetime.date(2026, 12, 22), 11))
    assert state.next_opening == at(datetime.date(2027, 1, 4), 10)


@pytest.mark.parametrize(
    "utc_moment, expected_open",
    [
        # 29 March 2026, clocks go forward at 01:00 UTC: 10:30 London is 09:30 UTC.
        (datetime.datetime(2026, 3, 29, 9, 30, tzinfo=UTC), True),
        (datetime.datetime(2026, 3, 29, 8, 30, tzinfo=UTC), False),
        # 25 October 2026, clocks go back at 01:00 UTC: 10:30 London is 10:30 UTC.
        (datetime.datetime(2026, 10, 25, 10, 30, tzinfo=UTC), True),
        (datetime.datetime(2026, 10, 25, 11, 30, tzinfo=UTC), True),
        (datetime.datetime(2026, 10, 25, 9, 30, tzinfo=UTC), False),
        (datetime.datetime(2026, 10, 25, 12, 30, tzinfo=UTC), False),
    ],
)
def test_sessions_are_london_wall_clock_times_on_both_clock_changes(utc_moment, expected_open):
    sunday = [session(6, (10,), (12,))]
    assert opening.status(sunday, [], utc_moment).open_now is expected_open


def test_next_opening_after_the_clocks_go_forward_is_in_summer_time():
    sunday = [session(6, (10,), (12,))]
    state = opening.status(sunday, [], datetime.datetime(2026, 3, 22, 13, tzinfo=UTC))
    assert state.next_opening.astimezone(UTC) == datetime.datetime(2026, 3, 29, 9, tzinfo=UTC)


def test_nothing_within_the_look_ahead_gives_no_next_opening():
    closed_long = [exception(MONDAY, MONDAY + datetime.timedelta(days=100))]
    assert opening.status(WEEK, closed_long, at(MONDAY, 9)).next_opening is None


def test_week_lists_seven_days_with_hours_and_exceptions():
    rows = opening.week(MONDAY, WEEK, [exception(MONDAY + datetime.timedelta(days=1))])
    assert [day.weekday() for day, _hours, _exc in rows] == [0, 1, 2, 3, 4, 5, 6]
    assert rows[0][1] == [
        (datetime.time(10), datetime.time(12)),
        (datetime.time(14), datetime.time(16)),
    ]
    assert rows[1][1] == [] and rows[1][2] is not None


def service(sessions, exceptions=()):
    return Row(
        opening_sessions=Row(all=lambda: list(sessions)),
        opening_exceptions=Row(all=lambda: list(exceptions)),
    )


def test_opening_text_in_english_and_polish():
    svc = service(WEEK)
    with translation.override("en"):
        assert opening_text(svc, at(MONDAY, 11)) == (True, "Open now, closes at 12pm")
        assert opening_text(svc, at(MONDAY, 12, 30))[1] == "Closed now, opens today at 2pm"
        assert opening_text(svc, at(MONDAY, 17))[1] == "Closed now, opens tomorrow at 10am"
        later = opening_text(svc, at(MONDAY + datetime.timedelta(days=1), 13))[1]
        assert later == "Closed now, opens Monday at 10am"
        assert opening_text(service([]), at(MONDAY, 11))[1] == (
            "Contact the service for opening times"
        )
    with translation.override("pl"):
        text = opening_text(svc, at(MONDAY + datetime.timedelta(days=1), 13))[1]
        assert "poniedziałek" in text and "10:00" in text


def test_miles_in_the_readers_language():
    with translation.override("en"):
        assert miles(0.84) == "0.8 miles"
        assert miles(1.0) == "1 mile"
    with translation.override("pl"):
        assert miles(2.54) == "2,5 mili"
    with translation.override("uk"):
        assert "length" not in miles(2.5)


@pytest.mark.django_db
def test_open_now_filter_in_the_database_agrees_with_the_python_logic():
    from partners.factories import PartnerDirectoryPageFactory, PartnerPageFactory
    from services.factories import (
        OpeningExceptionFactory,
        OpeningSessionFactory,
        ServicePageFactory,
    )
    from services.models import ServicePage
    from tests.builders import make_home

    directory = PartnerDirectoryPageFactory(parent=make_home())
    partner = PartnerPageFactory(parent=directory)
    usual, closed_today, changed_today, other_day = (
        ServicePageFactory(parent=partner, title=title)
        for title in ("usual", "closed today", "changed today", "other day")
    )
    for page in (usual, closed_today, changed_today):
        OpeningSessionFactory(
            page=page, weekday=0, opens_at=datetime.time(10), closes_at=datetime.time(12)
        )
    OpeningSessionFactory(page=other_day, weekday=1)
    OpeningExceptionFactory(
        page=closed_today, starts_on=MONDAY - datetime.timedelta(days=2), ends_on=MONDAY
    )
    OpeningExceptionFactory(
        page=changed_today,
        starts_on=MONDAY,
        closed=False,
        opens_at=datetime.time(11),
        closes_at=datetime.time(13),
    )

    def open_titles(moment):
        return sorted(
            opening.open_now(ServicePage.objects.all(), moment).values_list("title", flat=True)
        )

    assert open_titles(at(MONDAY, 10, 30)) == ["usual"]
    assert open_titles(at(MONDAY, 11, 30)) == ["changed today", "usual"]
    assert open_titles(at(MONDAY, 12, 30)) == ["changed today"]
    # On a summer Monday without exceptions, 11:30 London (10:30 UTC) is in every Monday
    # session and 12:30 London (11:30 UTC) in none.
    everyone = ["changed today", "closed today", "usual"]
    assert open_titles(datetime.datetime(2026, 6, 1, 10, 30, tzinfo=UTC)) == everyone
    assert open_titles(datetime.datetime(2026, 6, 1, 11, 30, tzinfo=UTC)) == []
