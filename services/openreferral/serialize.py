"""Our services, kinds of help and venues in the shapes of Open Referral UK 3.0.

Each function takes rows already loaded (see ``selectors``) and makes no query. Where our
data has no place in the UK profile but has one in HSDS 3.0 (a language's code and name,
a contact's phones, eligibility, how to apply), the HSDS field is added: the profile's
schemas allow extra properties.
"""

from __future__ import annotations

import datetime

from services.languages import language_name
from services.models import Booking

from . import ids

BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
ATTENDING = {"in_person": "in person", "by_phone": "by phone", "online": "online"}


def _time(value: datetime.time | None) -> str | None:
    return value.strftime("%H:%M:%S") if value else None


#: Fields the schemas require as strings: kept even when empty.
REQUIRED_STRINGS = {"description", "state_province", "address_1", "city", "postal_code"}


def _datetime(value: datetime.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _compact(record: dict) -> dict:
    """The record without empty optional values (the schemas type them, so no nulls)."""
    return {
        key: value
        for key, value in record.items()
        if value is not None and (value != "" or key in REQUIRED_STRINGS)
    }


def organization(partner, request) -> dict:
    return _compact(
        {
            "id": str(partner.translation_key),
            "name": partner.title,
            "description": partner.summary or "",
            "email": partner.public_email,
            "website": partner.website,
            "uri": partner.get_full_url(request),
        }
    )


def taxonomy(with_terms=None) -> dict:
    record = {
        "id": str(ids.TAXONOMY_ID),
        "name": ids.TAXONOMY_NAME,
        "description": "The kinds of digital-inclusion help that partners' services offer.",
        "version": "1",
    }
    if with_terms is not None:
        record["taxonomy_terms"] = [taxonomy_term(kind) for kind in with_terms]
    return record


def taxonomy_term(kind) -> dict:
    return {
        "id": str(kind.translation_key),
        "name": kind.name,
        "description": kind.description or kind.name,
        "code": kind.code,
        "term": kind.code,
        "taxonomy": ids.TAXONOMY_NAME,
        "taxonomy_id": str(ids.TAXONOMY_ID),
    }


def _address(venue) -> dict:
    lines = [line.strip() for line in venue.address.splitlines() if line.strip()]
    return _compact(
        {
            "id": ids.derived("address", venue.translation_key),
            "location_id": str(venue.translation_key),
            "address_1": lines[0] if lines else venue.name,
            "address_2": ", ".join(lines[1:]),
            "city": venue.town,
            "state_province": venue.area.name if venue.area_id else "",
            "postal_code": venue.postcode,
            "country": "GB",
            "address_type": "physical",
        }
    )


ACCESS_FEATURES = [
    ("step_free", "Step-free access"),
    ("hearing_loop", "Hearing loop"),
    ("accessible_toilet", "Accessible toilet"),
    ("bsl", "British Sign Language available"),
]


def _accessibility(venue) -> list[dict]:
    return [
        {
            "id": ids.derived("accessibility", venue.translation_key, field),
            "location_id": str(venue.translation_key),
            "description": text,
            "accessibility": field,
        }
        for field, text in ACCESS_FEATURES
        if getattr(venue, field)
    ]


def location(venue, full: bool = True) -> dict:
    record = _compact(
        {
            "id": str(venue.translation_key),
            "location_type": "physical",
            "name": venue.name,
            "description": venue.directions,
            "latitude": venue.latitude,
            "longitude": venue.longitude,
        }
    )
    if full:
        record["addresses"] = [_address(venue)]
        record["accessibility"] = _accessibility(venue)
    return record


def _attending_type(page) -> str:
    modes = []
    if page.locations.all():
        modes.append(ATTENDING["in_person"])
    if page.by_phone:
        modes.append(ATTENDING["by_phone"])
    if page.online:
        modes.append(ATTENDING["online"])
    return ", ".join(modes)


def schedules(page) -> list[dict]:
    """Weekly sessions as weekly schedules; exceptions as schedules valid on their dates."""
    key = page.translation_key
    attending = _attending_type(page)
    weekly = [
        _compact(
            {
                "id": ids.derived("session", key, s.weekday, _time(s.opens_at), _time(s.closes_at)),
                "service_id": str(key),
                "freq": "WEEKLY",
                "interval": 1,
                "byday": BYDAY[s.weekday],
                "opens_at": _time(s.opens_at),
                "closes_at": _time(s.closes_at),
                "attending_type": attending,
            }
        )
        for s in page.opening_sessions.all()
    ]
    dated = []
    for exception in page.opening_exceptions.all():
        first, last = exception.starts_on, exception.last_day
        days = sorted(
            {
                (first + datetime.timedelta(n)).weekday()
                for n in range(min(7, (last - first).days + 1))
            }
        )
        if exception.closed:
            description = "Closed" + (f": {exception.note}" if exception.note else "")
        else:
            description = "Changed hours" + (f": {exception.note}" if exception.note else "")
        dated.append(
            _compact(
                {
                    "id": ids.derived("exception", key, first.isoformat(), last.isoformat()),
                    "service_id": str(key),
                    "valid_from": first.isoformat(),
                    "valid_to": last.isoformat(),
                    "dtstart": first.isoformat(),
                    "freq": "WEEKLY",
                    "interval": 1,
                    "byday": ",".join(BYDAY[day] for day in days),
                    "description": description,
                    "opens_at": None if exception.closed else _time(exception.opens_at),
                    "closes_at": None if exception.closed else _time(exception.closes_at),
                    "notes": exception.note,
                }
            )
        )
    return weekly + dated


def _cost_options(page) -> list[dict]:
    key = page.translation_key
    if page.is_free:
        return [
            {"id": ids.derived("cost", key), "service_id": str(key), "option": "Free", "amount": 0}
        ]
    return [
        _compact(
            {
                "id": ids.derived("cost", key),
                "service_id": str(key),
                "option": "Fees",
                "amount_description": page.fees,
            }
        )
    ]


def _contacts(page, partner) -> list[dict]:
    if not (page.phone or page.email):
        return []
    key = page.translation_key
    contact_id = ids.derived("contact", key)
    contact = _compact(
        {
            "id": contact_id,
            "service_id": str(key),
            "name": partner.title if partner else page.title,
            "title": "Enquiries",
            "email": page.email,
        }
    )
    if page.phone:
        contact["phones"] = [
            {"id": ids.derived("phone", key), "contact_id": contact_id, "number": page.phone}
        ]
    return [contact]


def _application_process(page) -> str:
    parts = [str(Booking(page.booking).label)]
    if page.how_to_book:
        parts.append(page.how_to_book)
    if page.what_to_bring:
        parts.append(f"What to bring: {page.what_to_bring}")
    return ". ".join(part.rstrip(".") for part in parts) + "."


def service_summary(page, partner, request) -> dict:
    """The one-to-one fields of a service and its organization (``service_list.json``)."""
    description = page.description
    if page.summary and not description.startswith(page.summary):
        description = f"{page.summary}\n\n{description}" if description else page.summary
    record = _compact(
        {
            "id": str(page.translation_key),
            "organization_id": str(partner.translation_key) if partner else None,
            "name": page.title,
            "description": description,
            "url": page.get_full_url(request),
            "email": page.email,
            "status": "active",
            "fees": "Free" if page.is_free else page.fees,
            "minimum_age": page.minimum_age,
            "maximum_age": page.maximum_age,
            "assured_date": page.last_checked.isoformat() if page.last_checked else None,
            "last_modified": _datetime(page.last_published_at),
        }
    )
    if partner is not None:
        record["organization"] = organization(partner, request)
    return record


def service(page, partner, request) -> dict:
    """A fully nested service (``service.json``); the page has ``with_full_details`` rows."""
    key = page.translation_key
    record = service_summary(page, partner, request)
    record.update(
        _compact(
            {
                "eligibility_description": page.eligibility,
                "application_process": _application_process(page),
            }
        )
    )
    record["schedules"] = schedules(page)
    record["service_areas"] = []
    record["service_at_locations"] = [
        service_at_location_row(page, row.venue) for row in page.locations.all()
    ]
    record["languages"] = [
        {
            "id": ids.derived("language", key, language.code),
            "service_id": str(key),
            "code": language.code,
            "name": language_name(language.code, "en"),
        }
        for language in page.languages.all()
    ]
    record["funding"] = []
    record["cost_options"] = _cost_options(page)
    record["contacts"] = _contacts(page, partner)
    record["attributes"] = [
        {
            "id": ids.derived("attribute", key, kind.translation_key),
            "link_id": str(key),
            "link_type": "service",
            "taxonomy_term_id": str(kind.translation_key),
            "taxonomy_term": taxonomy_term(kind),
        }
        for kind in page.kinds.all()
    ]
    return record


def service_at_location_row(page, venue, full: bool = True) -> dict:
    """A service at one venue, inside a service (the location fully nested)."""
    return {
        "id": ids.service_at_location(page.translation_key, venue.translation_key),
        "service_id": str(page.translation_key),
        "location_id": str(venue.translation_key),
        "location": location(venue, full=full),
    }


def service_at_location(row, partner, request, full: bool = False) -> dict:
    """A ``ServiceLocation`` as the standard's service_at_location, the service nested.

    In a list (``service_at_location_list.json``) the location and the service carry their
    one-to-one fields; in full (``service_at_location.json``) both are fully nested.
    """
    page, venue = row.page, row.venue
    return {
        **service_at_location_row(page, venue, full=full),
        "service": (service if full else service_summary)(page, partner, request),
    }
