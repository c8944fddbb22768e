"""schema.org JSON-LD for a service page, so that search engines and assistants read it.

A ``Service`` (not ``GovernmentService``: partners are charities, libraries and firms as
well as councils) whose ``provider`` is the owning partner, offered through one
``ServiceChannel`` per venue (its ``serviceLocation`` a ``Place`` with a ``PostalAddress``,
``GeoCoordinates``, opening hours and ``isAccessibleForFree``), and channels for phone and
online help. Dated closures and changed hours are ``OpeningHoursSpecification`` rows with
``validFrom``/``validThrough``; a closed day opens and closes at 00:00, as schema.org says.

The public Content-Security-Policy needs no nonce for it: a ``<script>`` whose type is not
JavaScript is a data block that browsers never run. ``dumps`` escapes ``<``, ``>`` and
``&`` so that no text typed by an editor can close the element.
"""

from __future__ import annotations

import json

from django.utils.safestring import SafeString, mark_safe

SCHEMA = "https://schema.org"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def dumps(data: dict) -> SafeString:
    """JSON safe to place between ``<script type="application/ld+json">`` tags."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(_ESCAPES))  # noqa: S308 - the three HTML characters escaped


def _time(value) -> str:
    return value.strftime("%H:%M")


def opening_hours(sessions, exceptions) -> list[dict]:
    rows = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"{SCHEMA}/{DAYS[session.weekday]}",
            "opens": _time(session.opens_at),
            "closes": _time(session.closes_at),
        }
        for session in sorted(sessions, key=lambda s: (s.weekday, s.opens_at))
    ]
    for row in sorted(exceptions, key=lambda r: r.starts_on):
        closed = row.closed or not (row.opens_at and row.closes_at)
        spec = {
            "@type": "OpeningHoursSpecification",
            "validFrom": row.starts_on.isoformat(),
            "validThrough": row.last_day.isoformat(),
            "opens": "00:00" if closed else _time(row.opens_at),
            "closes": "00:00" if closed else _time(row.closes_at),
        }
        if row.note:
            spec["description"] = row.note
        rows.append(spec)
    return rows


def place(venue, hours: list[dict], is_free: bool) -> dict:
    data = {
        "@type": "Place",
        "name": venue.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(line.strip() for line in venue.address.splitlines() if line),
            "addressLocality": venue.town,
            "postalCode": venue.postcode,
            "addressCountry": "GB",
        },
        "isAccessibleForFree": is_free,
    }
    if venue.latitude is not None and venue.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": venue.latitude,
            "longitude": venue.longitude,
        }
    if hours:
        data["openingHoursSpecification"] = hours
    features = [
        ("step_free", "Step-free access"),
        ("hearing_loop", "Hearing loop"),
        ("accessible_toilet", "Accessible toilet"),
        ("bsl", "British Sign Language"),
    ]
    amenities = [
        {"@type": "LocationFeatureSpecification", "name": name, "value": True}
        for field, name in features
        if getattr(venue, field)
    ]
    if amenities:
        data["amenityFeature"] = amenities
    return data


def service(page, request, *, partner, kinds, venues, sessions, exceptions, languages) -> dict:
    """The JSON-LD object for ``page`` (rows already read by the page's context)."""
    url = page.get_full_url(request)
    hours = opening_hours(sessions, exceptions)
    available_languages = [
        {"@type": "Language", "name": name, "alternateName": code} for code, name in languages
    ]
    channels = []
    for venue in venues:
        channel = {
            "@type": "ServiceChannel",
            "name": venue.name,
            "serviceLocation": place(venue, hours, page.is_free),
            "serviceUrl": url,
        }
        channels.append(channel)
    if page.by_phone and page.phone:
        channels.append(
            {
                "@type": "ServiceChannel",
                "servicePhone": {"@type": "ContactPoint", "telephone": page.phone},
            }
        )
    if page.online and (page.website or url):
        channels.append({"@type": "ServiceChannel", "serviceUrl": page.website or url})
    if available_languages:
        for channel in channels:
            channel["availableLanguage"] = available_languages

    data = {
        "@context": SCHEMA,
        "@type": "Service",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "inLanguage": page.locale.language_code,
        "serviceType": [kind.name for kind in kinds],
        "availableChannel": channels,
        "areaServed": [
            {"@type": "Place", "name": town} for town in dict.fromkeys(v.town for v in venues)
        ],
    }
    if partner is not None:
        data["provider"] = {
            "@type": "Organization",
            "name": partner.title,
            "url": partner.get_full_url(request),
        }
    if page.is_free:
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "GBP"}
    elif page.fees:
        data["offers"] = {"@type": "Offer", "description": page.fees}
    audience = {}
    if page.minimum_age is not None:
        audience["suggestedMinAge"] = page.minimum_age
    if page.maximum_age is not None:
        audience["suggestedMaxAge"] = page.maximum_age
    if page.eligibility:
        audience["audienceType"] = page.eligibility
    if audience:
        data["audience"] = {"@type": "PeopleAudience", **audience}
    if page.phone or page.email:
        contact = {"@type": "ContactPoint", "contactType": "customer support"}
        if page.phone:
            contact["telephone"] = page.phone
        if page.email:
            contact["email"] = page.email
        # The service's own contacts, reached through its provider.
        data.setdefault("provider", {"@type": "Organization"})["contactPoint"] = contact
    if page.website:
        data["sameAs"] = page.website
    if not data["areaServed"]:
        del data["areaServed"]
    return data
