"""Data for the finder tests: a small site with known places, and services built in bulk.

Places (latitude, longitude), about 1 mile of latitude = 0.0145 degrees:
Hollowmere centre (52.0, -1.5); Fernley centre (52.1, -1.5), about 6.9 miles north.
"""

from __future__ import annotations

import datetime

from wagtail.models import Locale, Page

from partners.factories import AreaFactory, PartnerDirectoryPageFactory, PartnerPageFactory
from services.factories import (
    HelpKindFactory,
    OpeningSessionFactory,
    ServiceFinderPageFactory,
    ServiceLocationFactory,
    ServicePageFactory,
    VenueFactory,
)
from services.models import OpeningSession, ServiceLocation, ServicePage, Venue
from tests.builders import make_home
from tests.partners.public_data import bulk_pages

KIND_NAMES = {
    "get-online": "Help to get online",
    "devices": "Device lending",
    "data": "Free mobile data and SIMs",
}


def finder_site() -> dict:
    """Home, partners directory, the finder, two partners, three kinds and two areas."""
    home = make_home()
    directory = PartnerDirectoryPageFactory(parent=home)
    finder = ServiceFinderPageFactory(parent=home, intro="Help near you.")
    default = Locale.get_default()
    kinds = {
        code: HelpKindFactory(name=name, code=code, locale=default, sort_order=n)
        for n, (code, name) in enumerate(KIND_NAMES.items())
    }
    areas = {
        "hollowmere": AreaFactory(
            name="Hollowmere", slug="hollowmere", latitude=52.0, longitude=-1.5, locale=default
        ),
        "fernley": AreaFactory(
            name="Fernley", slug="fernley", latitude=52.1, longitude=-1.5, locale=default
        ),
        "nowhere": AreaFactory(name="Marsh End", slug="marsh-end", locale=default),
    }
    alder = PartnerPageFactory(parent=directory, title="Alder Library Trust", slug="alder")
    birch = PartnerPageFactory(parent=directory, title="Birch Housing", slug="birch")
    return {
        "home": home,
        "directory": directory,
        "finder": finder,
        "kinds": kinds,
        "areas": areas,
        "alder": alder,
        "birch": birch,
    }


def service(parent, title, kinds=(), venue=None, sessions=(), **fields) -> ServicePage:
    """A live service with its kinds, one venue (given or none) and weekly sessions."""
    page = ServicePageFactory(parent=parent, title=title, **fields)
    if kinds:
        page.kinds.set(kinds)  # a ParentalManyToManyField: written when the page is saved
        page.save()
    if venue is not None:
        ServiceLocationFactory(page=page, venue=venue)
    for weekday, opens, closes in sessions:
        OpeningSessionFactory(page=page, weekday=weekday, opens_at=opens, closes_at=closes)
    return page


def venue_at(name, latitude, longitude, **fields) -> Venue:
    return VenueFactory(name=name, latitude=latitude, longitude=longitude, **fields)


def bulk_services(partner, count: int, kinds, prefix: str = "Bulk") -> list[int]:
    """``count`` live services under ``partner``, each with a venue, a kind and two sessions."""
    ids = bulk_pages(
        ServicePage,
        [
            (
                partner,
                {
                    "title": f"{prefix} service {n:05d}",
                    "slug": f"{prefix.lower()}-service-{n:05d}",
                    "summary": "A service made in bulk.",
                    "description": "Help to get online.",
                    "is_free": n % 2 == 0,
                    "phone": "01632 960 000",
                    "booking": "not_needed",
                    "last_checked": datetime.date(2026, 1, 1),
                },
            )
            for n in range(count)
        ],
    )
    default = Locale.get_default()
    venues = Venue.objects.bulk_create(
        [
            Venue(
                name=f"{prefix} venue {n}",
                address="1 High Street",
                town="Hollowmere",
                postcode="EL6 2AB",
                latitude=52.0 + (n % 100) * 0.001,
                longitude=-1.5 + (n // 100) * 0.001,
                step_free=n % 3 == 0,
                locale=default,
            )
            for n in range(count)
        ]
    )
    ServiceLocation.objects.bulk_create(
        [
            ServiceLocation(page_id=pk, venue=venue, sort_order=0)
            for pk, venue in zip(ids, venues, strict=True)
        ]
    )
    through = ServicePage.kinds.through
    through.objects.bulk_create(
        [
            through(servicepage_id=pk, helpkind_id=kinds[n % len(kinds)].pk)
            for n, pk in enumerate(ids)
        ]
    )
    OpeningSession.objects.bulk_create(
        [
            OpeningSession(
                page_id=pk, weekday=day, opens_at=datetime.time(9), closes_at=datetime.time(17)
            )
            for pk in ids
            for day in (0, 3)
        ]
    )
    return ids


def refreshed(page: Page) -> Page:
    return Page.objects.get(pk=page.pk).specific
