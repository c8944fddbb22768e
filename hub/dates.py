"""Dates as each site language writes them, from CLDR through Babel.

Django's own formats put English dates in US style ("Nov. 5, 2024"); residents read
"5 November 2024" (en-GB), "5 listopada 2024", "5 نوفمبر 2024" and so on.
"""

from __future__ import annotations

import datetime

from babel.dates import format_date, format_time
from django.utils import timezone
from django.utils.translation import get_language

# Site language codes whose CLDR locale is not the code itself.
CLDR_LOCALES = {"en": "en_GB"}


def cldr_locale(language: str | None = None) -> str:
    language = (language or get_language() or "en").replace("-", "_")
    return CLDR_LOCALES.get(language, language)


def long_date(value, language: str | None = None) -> str:
    """``value`` (a date, or a datetime shown in the site's time zone) in the long style."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return format_date(value, format="long", locale=cldr_locale(language))


def short_time(value: datetime.time | None, language: str | None = None) -> str:
    """A time of day: "9am", "5:30pm" in English (GOV.UK style), CLDR's short style otherwise."""
    if value is None:
        return ""
    locale = cldr_locale(language)
    if locale == "en_GB":
        hour = value.hour % 12 or 12
        minutes = f":{value.minute:02d}" if value.minute else ""
        return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"
    return format_time(value, format="short", locale=locale)
