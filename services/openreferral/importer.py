"""Importing another organisation's Open Referral UK services as drafts under a partner.

Each record becomes, or updates, a ``ServicePage`` under the chosen partner, never published:
a new page is created unpublished with a first revision, an existing one (found by the
record's original id) gets a new draft revision, so comms review the changes through the
usual workflow. Venues are matched by name and postcode or created; taxonomy terms are
matched onto our kinds of help (``taxonomy``). Everything a record cannot give us is
reported rather than guessed.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator, slugify
from wagtail.models import Locale

from services.languages import SPOKEN_LANGUAGES, language_name
from services.models import (
    OpeningException,
    OpeningSession,
    ServiceLanguage,
    ServiceLocation,
    ServicePage,
    Venue,
)

from .params import DAYS
from .taxonomy import KindMatcher

ACCESS_WORDS = {
    "step_free": ("wheelchair", "step-free", "step free", "level access", "ramp"),
    "hearing_loop": ("induction loop", "hearing loop"),
    "accessible_toilet": ("accessible toilet", "disabled toilet"),
    "bsl": ("british sign language", "bsl"),
}


@dataclass
class Report:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    venues_created: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unmapped_terms: dict[str, int] = field(default_factory=dict)


def _text(value, limit: int | None = None) -> str:
    text = value.strip() if isinstance(value, str) else ""
    return Truncator(text).chars(limit) if limit and len(text) > limit else text


def _date(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _time(value) -> datetime.time | None:
    try:
        return datetime.time.fromisoformat(str(value)[:8]) if value else None
    except ValueError:
        return None


def _valid(validator, value: str) -> str:
    try:
        validator(value)
    except ValidationError:
        return ""
    return value


def _age(value) -> int | None:
    return int(value) if isinstance(value, int | float) and 0 <= value <= 150 else None


def _fees(record: dict) -> tuple[bool, str]:
    parts = [_text(record.get("fees"))] if _text(record.get("fees")) else []
    charged = bool(parts)
    for option in record.get("cost_options") or []:
        if not isinstance(option, dict):
            continue
        amount = option.get("amount")
        if isinstance(amount, int | float) and amount > 0:
            charged = True
            amount_text = f"{amount:g} {_text(option.get('amount_description'))}".strip()
            parts.append(f"{_text(option.get('option')) or 'Fee'}: {amount_text}")
    return not charged, "\n".join(parts)


def _phone(record: dict) -> str:
    sources = [record, *[c for c in record.get("contacts") or [] if isinstance(c, dict)]]
    for source in sources:
        for phone in source.get("phones") or []:
            if isinstance(phone, dict) and _text(phone.get("number")):
                return _text(phone["number"], 30)
    return ""


def page_fields(record: dict) -> dict:
    """Our service fields from a record's one-to-one fields."""
    description = _text(record.get("description")) or _text(record.get("name"))
    first_sentence = re.split(r"(?<=[.!?])\s", description, maxsplit=1)[0]
    is_free, fees = _fees(record)
    minimum, maximum = _age(record.get("minimum_age")), _age(record.get("maximum_age"))
    if minimum is not None and maximum is not None and minimum > maximum:
        minimum = maximum = None
    return {
        "title": _text(record.get("name"), 255),
        "summary": _text(first_sentence, 255),
        "description": description,
        "email": _valid(EmailValidator(), _text(record.get("email"), 254)),
        "website": _valid(URLValidator(), _text(record.get("url"), 200)),
        "is_free": is_free,
        "fees": fees,
        "minimum_age": minimum,
        "maximum_age": maximum,
        "eligibility": _text(record.get("eligibility_description"), 255),
        "how_to_book": _text(record.get("application_process"), 255),
        "phone": _phone(record),
        "last_checked": _date(record.get("assured_date")),
    }


def opening_rows(record: dict, today: datetime.date, report: Report, label: str):
    """(weekly sessions, dated exceptions) from the record's schedules."""
    sessions, exceptions, seen = [], [], set()
    for schedule in record.get("schedules") or []:
        if not isinstance(schedule, dict):
            continue
        valid_to = _date(schedule.get("valid_to"))
        opens, closes = _time(schedule.get("opens_at")), _time(schedule.get("closes_at"))
        byday = [d.strip().upper() for d in str(schedule.get("byday") or "").split(",")]
        if valid_to and valid_to < today:
            report.notes.append(f"{label}: a schedule that ended on {valid_to} was left out")
        elif schedule.get("freq") == "WEEKLY" and all(d in DAYS for d in byday):
            if not (opens and closes and closes > opens):
                report.notes.append(f"{label}: a weekly schedule without valid times was left out")
                continue
            for day in byday:
                if (DAYS[day], opens, closes) not in seen:
                    seen.add((DAYS[day], opens, closes))
                    sessions.append(
                        OpeningSession(weekday=DAYS[day], opens_at=opens, closes_at=closes)
                    )
        elif not schedule.get("freq") and _date(schedule.get("valid_from")):
            changed = bool(opens and closes and closes > opens)
            starts = _date(schedule["valid_from"])
            exceptions.append(
                OpeningException(
                    starts_on=starts,
                    ends_on=valid_to if valid_to and valid_to > starts else None,
                    closed=not changed,
                    opens_at=opens if changed else None,
                    closes_at=closes if changed else None,
                    note=_text(schedule.get("description") or schedule.get("notes"), 120),
                )
            )
        else:
            report.notes.append(f"{label}: a schedule of a kind we do not hold was left out")
    return sessions, exceptions


def language_codes(record: dict) -> list[str]:
    names = {language_name(code, "en").casefold(): code for code in SPOKEN_LANGUAGES}
    codes = []
    for language in record.get("languages") or []:
        if not isinstance(language, dict):
            continue
        code = _text(language.get("code")).lower()
        code = (
            code if code in SPOKEN_LANGUAGES else names.get(_text(language.get("name")).casefold())
        )
        if code and code not in codes:
            codes.append(code)
    return codes


def _postcode_key(postcode: str) -> str:
    return re.sub(r"\s+", "", postcode).upper()


def venue_for(location: dict, locale, report: Report, label: str) -> Venue | None:
    """The venue matching the location's name and postcode, created if there is none."""
    addresses = [a for a in location.get("addresses") or [] if isinstance(a, dict)]
    address = next((a for a in addresses if a.get("address_type") == "physical"), None)
    address = address or (addresses[0] if addresses else {})
    name = _text(location.get("name"), 150) or _text(address.get("address_1"), 150)
    postcode, town = _text(address.get("postal_code"), 10), _text(address.get("city"), 100)
    if not (name and postcode and town):
        report.notes.append(f"{label}: a location without a name, town and postcode was left out")
        return None
    for venue in Venue.objects.filter(locale=locale, name__iexact=name):
        if _postcode_key(venue.postcode) == _postcode_key(postcode):
            return venue
    lines = [_text(address.get(key)) for key in ("address_1", "address_2", "address_3")]
    latitude, longitude = location.get("latitude"), location.get("longitude")
    located = (
        isinstance(latitude, int | float)
        and isinstance(longitude, int | float)
        and -90 <= latitude <= 90
        and -180 <= longitude <= 180
    )
    access = " ".join(
        _text(a.get(key)).lower()
        for a in location.get("accessibility") or []
        if isinstance(a, dict)
        for key in ("description", "details", "accessibility")
    )
    venue = Venue(
        locale=locale,
        name=name,
        address="\n".join(line for line in lines if line) or name,
        town=town,
        postcode=postcode,
        latitude=latitude if located else None,
        longitude=longitude if located else None,
        **{flag: any(word in access for word in words) for flag, words in ACCESS_WORDS.items()},
    )
    venue.full_clean()
    venue.save()
    venue.created_by_import = True
    return venue


def _unique_slug(partner, title: str) -> str:
    base = slugify(title)[:50].strip("-") or "service"
    taken = set(partner.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def existing_page(partner, source: str, source_id: str) -> ServicePage | None:
    """The service imported before from this record: same source first, else same id."""
    pages = ServicePage.objects.child_of(partner).filter(source_id=source_id).exclude(source="")
    return pages.filter(source=source).first() or pages.first()


def import_record(record, partner, source, matcher, report, today) -> None:
    if not isinstance(record, dict) or not _text(record.get("id")) or not _text(record.get("name")):
        report.skipped.append(f"a record without an id or a name: {str(record)[:80]}")
        return
    source_id, label = _text(record["id"], 255), f"{_text(record['name'])} ({record['id']})"
    locale = Locale.objects.get(pk=partner.locale_id)
    try:
        with transaction.atomic():
            fields = page_fields(record)
            sessions, exceptions = opening_rows(record, today, report, label)
            venues, online = [], False
            for link in record.get("service_at_locations") or []:
                location = link.get("location") if isinstance(link, dict) else None
                if not isinstance(location, dict):
                    continue
                if location.get("location_type") == "virtual":
                    online = True
                elif venue := venue_for(location, locale, report, label):
                    venues.append(venue)
            existing = existing_page(partner, source, source_id)
            page = existing.get_latest_revision_as_object() if existing else ServicePage()
            for name, value in {**fields, "online": online or page.online}.items():
                setattr(page, name, value)
            page.kinds = matcher.kinds_for(record)
            page.locations = [ServiceLocation(venue=venue) for venue in dict.fromkeys(venues)]
            page.opening_sessions = sessions
            page.opening_exceptions = exceptions
            page.languages = [ServiceLanguage(code=code) for code in language_codes(record)]
            if existing:
                page.save_revision(log_action=True)
                report.updated.append(label)
            else:
                page.slug = _unique_slug(partner, page.title)
                page.live = False
                page.source, page.source_id = source[:255], source_id
                partner.add_child(instance=page)
                page.save_revision(log_action=True)
                report.created.append(label)
    except ValidationError as error:
        report.skipped.append(f"{label}: {'; '.join(error.messages)}")
        return
    report.venues_created += [
        f"{venue.name}, {venue.postcode}"
        for venue in venues
        if getattr(venue, "created_by_import", False)
    ]


def import_services(records: list, partner, source: str) -> Report:
    """Create or update a draft service under ``partner`` for each record."""
    report, matcher, today = Report(), KindMatcher(), timezone.localdate()
    for record in records:
        import_record(record, partner, source, matcher, report, today)
    report.unmapped_terms = matcher.unmapped
    return report
