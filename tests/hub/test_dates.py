"""Dates and times as each site language writes them (CLDR; en-GB for English)."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from hub import dates

DAY = datetime.date(2024, 11, 5)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "5 November 2024"),
        ("pl", "5 listopada 2024"),
        ("ro", "5 noiembrie 2024"),
        ("uk", "5 листопада 2024\u202fр."),  # a narrow no-break space, as CLDR has it
        ("ar", "5 نوفمبر 2024"),
        ("ur", "5 نومبر، 2024"),
    ],
)
def test_long_dates_in_each_language(language, expected):
    assert dates.long_date(DAY, language) == expected
    with translation.override(language):
        rendered = Template("{% load hub_tags %}{{ day|long_date }}").render(Context({"day": DAY}))
    assert rendered == expected


def test_a_datetime_is_dated_in_the_site_time_zone():
    late_evening_utc = datetime.datetime(2024, 6, 30, 23, 30, tzinfo=datetime.UTC)
    assert dates.long_date(late_evening_utc, "en") == "1 July 2024"  # London is UTC+1 then
    assert dates.long_date(None, "en") == ""


@pytest.mark.parametrize(
    ("language", "opens", "closes"),
    [("en", "9am", "5:30pm"), ("pl", "09:00", "17:30"), ("ar", "9:00 ص", "5:30 م")],
)
def test_times_of_day(language, opens, closes):
    assert dates.short_time(datetime.time(9, 0), language) == opens
    assert dates.short_time(datetime.time(17, 30), language) == closes


def test_django_formats_english_dates_in_british_style():
    with translation.override("en"):
        rendered = Template('{{ day|date:"DATE_FORMAT" }}').render(Context({"day": DAY}))
    assert rendered == "5 November 2024"
