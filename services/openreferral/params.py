"""Reading the API's query parameters: a clear 400 for anything malformed, never a 500."""

from __future__ import annotations

import datetime
import math
import re

from .ids import parse
from .selectors import ServiceFilters

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500
#: The farthest ``proximity`` asked for, in metres (the length of Great Britain).
MAX_PROXIMITY = 1_000_000
DAYS = {
    **{code: n for n, code in enumerate(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])},
    **{
        name: n
        for n, name in enumerate(
            ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
        )
    },
}
TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")
MAX_SEARCH = 200


class BadParameter(Exception):
    """A query parameter the API cannot use; the message says which and why."""


def _integer(query, name: str, default: int, low: int, high: int | None = None) -> int:
    raw = query.get(name, "").strip()
    if not raw:
        return default
    if not re.fullmatch(r"\d{1,9}", raw):
        raise BadParameter(f"{name} must be a whole number")
    value = int(raw)
    if value < low or (high is not None and value > high):
        limit = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise BadParameter(f"{name} must be {limit}")
    return value


def pagination(query) -> tuple[int, int]:
    """``page`` (from 1) and ``per_page`` (1 to MAX_PER_PAGE)."""
    page = _integer(query, "page", 1, 1)
    per_page = _integer(query, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    return page, per_page


def _number(query, name: str) -> float | None:
    raw = query.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise BadParameter(f"{name} must be a number") from None
    if not math.isfinite(value) or not 0 <= value <= 150:
        raise BadParameter(f"{name} must be an age from 0 to 150")
    return value


def _time(query, name: str) -> datetime.time | None:
    raw = query.get(name, "").strip()
    if not raw:
        return None
    match = TIME.match(raw)
    if not match:
        raise BadParameter(f"{name} must be a time as HH:MM or HH:MM:SS")
    hour, minute, second = match.groups()
    return datetime.time(int(hour), int(minute), int(second or 0))


def _uuid(query, name: str):
    raw = query.get(name, "").strip()
    if not raw:
        return None
    value = parse(raw)
    if value is None:
        raise BadParameter(f"{name} must be a UUID")
    return value


def service_filters(query) -> ServiceFilters:
    search = query.get("search", "").strip()
    if len(search) > MAX_SEARCH:
        raise BadParameter(f"search must be at most {MAX_SEARCH} characters")
    if any(ord(character) < 32 for character in search):
        raise BadParameter("search must not contain control characters")
    day = None
    raw_day = query.get("day", "").strip()
    if raw_day:
        day = DAYS.get(raw_day.upper())
        if day is None:
            raise BadParameter("day must be a day of the week: MO to SU, or its English name")
    filters = ServiceFilters(
        search=search,
        taxonomy_term_id=_uuid(query, "taxonomy_term_id"),
        taxonomy_id=_uuid(query, "taxonomy_id"),
        minimum_age=_number(query, "minimum_age"),
        maximum_age=_number(query, "maximum_age"),
        start_time=_time(query, "start_time"),
        end_time=_time(query, "end_time"),
        day=day,
    )
    if filters.start_time and filters.end_time and filters.end_time <= filters.start_time:
        raise BadParameter("end_time must be after start_time")
    return filters


def proximity(query) -> float | None:
    raw = query.get("proximity", "").strip()
    if not raw:
        return None
    if not query.get("postcode", "").strip():
        raise BadParameter("proximity needs a postcode")
    try:
        value = float(raw)
    except ValueError:
        raise BadParameter("proximity must be a distance in metres") from None
    if not math.isfinite(value) or not 0 < value <= MAX_PROXIMITY:
        raise BadParameter(f"proximity must be more than 0 and at most {MAX_PROXIMITY} metres")
    return value
