"""Demo content for support services: kinds of help, places, the finder and sixty services.

Called by the hub's demo loader after the partners' (INSTALLED_APPS order), so the partner
pages and the areas exist. The text lives in ``services/demo_data`` (TOML; every place,
address and phone number is invented): the kinds of help, each area's centre point and the
venues, the postcode districts (CSV, as comms would upload them), the coming bank-holiday
closures and one file of services per group of partners. Services are made with
``services.factories`` under their partner's page and published, then shown in every other
language tree as wagtail-localize aliases. The kinds of help are translated here through
wagtail-localize; the finder and the services the PO files translate (matched by title) are
translated with every other page by the hub's loader afterwards.

Dates follow the day the demo is built: "last checked" is so many days ago, changed hours
fall in the coming weeks and only the bank holidays of the next six months are listed.
"""

from __future__ import annotations

import csv
import datetime

import factory.random
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from hub.demo import data
from hub.demo.builder import publish
from hub.demo.translation import translate_object
from partners.models import Area, PartnerPage
from services.factories import (
    HelpKindFactory,
    ServiceFinderPageFactory,
    ServicePageFactory,
    VenueFactory,
)
from services.models import (
    HelpKind,
    OpeningException,
    OpeningSession,
    PostcodeDistrict,
    ServiceFinderPage,
    ServiceLanguage,
    ServiceLocation,
    Venue,
)

__all__ = ["load"]

SEED = 2026

#: How far ahead the demo lists bank-holiday closures.
CLOSURE_HORIZON = datetime.timedelta(days=183)

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text + "\n")


def _slug(title: str, parent: Page, limit: int = 50) -> str:
    """A slug of at most ``limit`` characters, cut between words, free under ``parent``.

    A service may share its title with the pledge that promised it ("Weekly NHS App
    clinic"); its address then ends in "-service".
    """
    slug = slugify(title)
    slug = slug if len(slug) <= limit else slug[: limit + 1].rsplit("-", 1)[0]
    if Page.objects.child_of(parent).filter(slug=slug).exists():
        slug = f"{slug}-service"
    return slug


def _time(text: str) -> datetime.time:
    return datetime.time.fromisoformat(text)


def weekdays(spec: str) -> list[int]:
    """Weekday numbers (0 = Monday) for "Mon-Fri", "Tue,Thu" or "Sat"."""
    days = []
    for part in spec.split(","):
        first, _, last = part.partition("-")
        days.extend(range(DAY_NAMES.index(first), DAY_NAMES.index(last or first) + 1))
    return days


def sessions(lines: list[str]) -> list[OpeningSession]:
    """Opening sessions from lines such as "Mon-Fri 09:30-12:30 13:30-17:00"."""
    rows = []
    for line in lines:
        spec, *spans = line.split()
        for day in weekdays(spec):
            for span in spans:
                opens, closes = span.split("-")
                rows.append(
                    OpeningSession(weekday=day, opens_at=_time(opens), closes_at=_time(closes))
                )
    return rows


def coming_closures(today: datetime.date) -> list[dict]:
    """The bank-holiday closures that end today or later and start within the horizon."""
    found = []
    for closure in data.read("services", "holidays")["closures"]:
        starts = datetime.date.fromisoformat(closure["from"])
        ends = datetime.date.fromisoformat(closure["to"]) if "to" in closure else None
        if (ends or starts) >= today and starts <= today + CLOSURE_HORIZON:
            found.append({"starts_on": starts, "ends_on": ends, "note": closure["note"]})
    return found


def _next_open_day(day: datetime.date, open_days: set[int]) -> datetime.date:
    """``day``, or the first day after it on which the service usually opens."""
    while open_days and day.weekday() not in open_days:
        day += datetime.timedelta(days=1)
    return day


def exceptions(text: dict, rows: list[OpeningSession], closures, today) -> list:
    """Closures and changed hours: the coming bank holidays, and dated changes."""
    found = []
    if text.get("bank_holidays"):
        found += [OpeningException(closed=True, **closure) for closure in closures]
    open_days = {row.weekday for row in rows}
    for change in text.get("changes", []):
        day = _next_open_day(today + datetime.timedelta(days=change["in_days"]), open_days)
        if "opens" in change:
            found.append(
                OpeningException(
                    starts_on=day,
                    closed=False,
                    opens_at=_time(change["opens"]),
                    closes_at=_time(change["closes"]),
                    note=change["note"],
                )
            )
        else:
            last = day + datetime.timedelta(days=change.get("days", 1) - 1)
            found.append(
                OpeningException(
                    starts_on=day, ends_on=last if last > day else None, note=change["note"]
                )
            )
    return found


def _ordered(rows: list) -> list:
    for position, row in enumerate(rows):
        row.sort_order = position
    return rows


def _kinds(locale) -> dict[str, HelpKind]:
    """The kinds of help in English, each translated through wagtail-localize."""
    kinds = {}
    for position, text in enumerate(data.read("services", "kinds")["kinds"]):
        kind = HelpKindFactory(locale=locale, sort_order=position, **text)
        translate_object(kind, kind.name)
        kinds[kind.code] = kind
    return kinds


def _places(locale) -> dict[str, Venue]:
    """Each area's centre, the postcode districts and the venues (in bulk)."""
    places = data.read("services", "venues")
    for name, (latitude, longitude) in places["areas"].items():
        Area.objects.filter(name=name).update(latitude=latitude, longitude=longitude)
    areas = {area.name: area for area in Area.objects.filter(locale=locale)}
    with (data.folder("services") / "postcode_districts.csv").open(newline="") as table:
        PostcodeDistrict.objects.bulk_create(
            [
                PostcodeDistrict(
                    outward_code=row["outward_code"],
                    latitude=float(row["latitude"]),
                    longitude=float(row["longitude"]),
                )
                for row in csv.DictReader(table)
            ],
            ignore_conflicts=True,
        )
    venues = {}
    for text in places["venues"]:
        text = dict(text)
        key = text.pop("key")
        latitude, longitude = text.pop("at")
        venues[key] = VenueFactory.build(
            locale=locale,
            area=areas.get(text["town"]),
            latitude=latitude,
            longitude=longitude,
            **text,
        )
    Venue.objects.bulk_create(venues.values())
    return venues


def _service(partner, text: dict, position: int, context: dict) -> None:
    today = context["today"]
    rows = _ordered(sessions(text.get("hours", [])))
    fees = text.get("fees", "")
    # Most services were checked recently; the data names the stale ones.
    days_ago = text.get("checked_days_ago", 7 + (position * 13) % 90)
    page = ServicePageFactory(
        parent=partner,
        title=text["title"],
        slug=_slug(text["title"], partner),
        summary=text["summary"],
        description=text["description"],
        by_phone=text.get("by_phone", False),
        online=text.get("online", False),
        is_free=text.get("is_free", not fees),
        fees=fees,
        minimum_age=text.get("minimum_age"),
        maximum_age=text.get("maximum_age"),
        eligibility=text.get("eligibility", ""),
        what_to_bring=text.get("what_to_bring", ""),
        booking=text.get("booking", "not_needed"),
        how_to_book=text.get("how_to_book", ""),
        phone=text.get("phone", ""),
        email=text.get("email", ""),
        website=text.get("website", ""),
        last_checked=today - datetime.timedelta(days=days_ago),
        kinds=[context["kinds"][code] for code in text["kinds"]],
        locations=_ordered(
            [ServiceLocation(venue=context["venues"][key]) for key in text.get("venues", [])]
        ),
        opening_sessions=rows,
        opening_exceptions=_ordered(exceptions(text, rows, context["closures"], today)),
        languages=_ordered([ServiceLanguage(code=code) for code in text.get("languages", [])]),
    )
    publish(page)


def _sync_language_trees() -> None:
    """Show the new pages in every synchronised language (as aliases until translated)."""
    page_index = PageIndex.from_database().sort_by_tree_position()
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale, page_index=page_index)


def load(home: Page, stdout=None) -> dict:
    """Create the kinds of help, places, finder and services under ``home`` (once)."""
    if ServiceFinderPage.objects.child_of(home).exists():
        return {}
    factory.random.reseed_random(SEED)
    locale = home.locale
    finder = ServiceFinderPageFactory(parent=home, **data.read("services", "finder"))
    publish(finder)
    today = timezone.localdate()
    context = {
        "today": today,
        "kinds": _kinds(locale),
        "venues": _places(locale),
        "closures": coming_closures(today),
    }
    partners = {
        page.slug: page for page in PartnerPage.objects.descendant_of(home).filter(locale=locale)
    }
    texts = [text for group in data.read_each("services", "services") for text in group["services"]]
    missing = sorted({text["partner"] for text in texts} - set(partners))
    if missing:
        _say(stdout, f"No partner pages for {', '.join(missing)}: their services are left out.")
    made = 0
    for position, text in enumerate(texts):
        if text["partner"] in partners:
            _service(partners[text["partner"]], text, position, context)
            made += 1
    _sync_language_trees()
    _say(
        stdout,
        f"Services: {made} services at {len(context['venues'])} venues, "
        f"in {len(context['kinds'])} kinds of help; the finder is at {finder.get_url()}",
    )
    return {"finder": finder}
