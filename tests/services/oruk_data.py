"""Data for the Open Referral UK tests: a small site, a fully populated service, bulk services.

``bulk_services`` inserts thousands of live services with their rows in a few statements
(through ``tests.partners.public_data.bulk_pages``), so the scale test stays quick.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from partners.factories import AreaFactory, PartnerDirectoryPageFactory, PartnerPageFactory
from services.factories import (
    HelpKindFactory,
    OpeningExceptionFactory,
    OpeningSessionFactory,
    PostcodeDistrictFactory,
    ServiceLanguageFactory,
    ServiceLocationFactory,
    ServicePageFactory,
    VenueFactory,
)
from services.models import OpeningSession, ServiceLanguage, ServiceLocation, ServicePage
from tests.builders import make_home
from tests.partners.public_data import bulk_pages

KINDS = [
    ("get-online", "Help to get online and basic skills"),
    ("devices", "Device lending or donated devices"),
    ("data-sims", "Free mobile data and SIMs"),
    ("wifi-computers", "Free wifi and public computers"),
]


def make_site() -> dict:
    """Home, the partner directory, a partner, four kinds of help, two venues, a district."""
    home = make_home()
    directory = PartnerDirectoryPageFactory(parent=home)
    partner = PartnerPageFactory(
        parent=directory, title="Alder Library Trust", slug="alder", summary="Libraries."
    )
    kinds = [
        HelpKindFactory(code=code, name=name, sort_order=n) for n, (code, name) in enumerate(KINDS)
    ]
    area = AreaFactory(name="Elmbridge", slug="elmbridge")
    near = VenueFactory(
        name="Elmbridge Library",
        address="1 High Street\nElmbridge",
        town="Elmbridge",
        postcode="EL1 1AA",
        area=area,
        latitude=52.0,
        longitude=-1.5,
        step_free=True,
        hearing_loop=True,
        accessible_toilet=True,
        bsl=True,
        directions="Opposite the bus station.",
    )
    far = VenueFactory(
        name="Fernley Hub", town="Fernley", postcode="EL9 9ZZ", latitude=52.2, longitude=-1.5
    )
    PostcodeDistrictFactory(outward_code="EL1", latitude=52.0, longitude=-1.5)
    return {
        "home": home,
        "directory": directory,
        "partner": partner,
        "kinds": kinds,
        "near": near,
        "far": far,
    }


def full_service(partner, kinds, venue, **fields) -> ServicePage:
    """A live service with every field and at least one of every related row."""
    fields = {
        "title": "Digital drop-in",
        "summary": "Help with phones, tablets and online forms.",
        "description": "Bring your device and ask anything.",
        "by_phone": True,
        "online": True,
        "is_free": False,
        "fees": "£2 a session; free for people on benefits.",
        "minimum_age": 16,
        "maximum_age": 99,
        "eligibility": "Residents of Elmshire",
        "what_to_bring": "Your phone and its charger",
        "booking": "required",
        "how_to_book": "Call the library",
        "phone": "01632 960 123",
        "email": "dropin@alder.example",
        "website": "https://alder.example/dropin",
        "last_checked": datetime.date(2026, 10, 1),
        "last_published_at": timezone.now(),
        **fields,
    }
    page = ServicePageFactory(parent=partner, **fields)
    page.kinds.set(kinds)
    page.save()
    ServiceLocationFactory(page=page, venue=venue)
    OpeningSessionFactory(
        page=page, weekday=1, opens_at=datetime.time(10), closes_at=datetime.time(12)
    )
    OpeningSessionFactory(
        page=page, weekday=1, opens_at=datetime.time(14), closes_at=datetime.time(16)
    )
    OpeningExceptionFactory(
        page=page, starts_on=datetime.date(2026, 12, 25), ends_on=datetime.date(2026, 12, 26)
    )
    OpeningExceptionFactory(
        page=page,
        starts_on=datetime.date(2026, 12, 31),
        closed=False,
        opens_at=datetime.time(10),
        closes_at=datetime.time(11),
        note="New Year's Eve",
    )
    ServiceLanguageFactory(page=page, code="en")
    ServiceLanguageFactory(page=page, code="pl")
    return page


def bulk_services(partner, count: int, kinds, venue, prefix: str = "Bulk") -> list[int]:
    """``count`` live services under ``partner``, each with a venue, two sessions, a kind and
    a language; returns their page ids."""
    page_ids = bulk_pages(
        ServicePage,
        [
            (
                partner,
                {
                    "title": f"{prefix} service {n:05d}",
                    "slug": f"{prefix.lower()}-service-{n:05d}",
                    "summary": "A service made in bulk.",
                    "description": "Help to get online.",
                    "phone": "01632 960 000",
                    "minimum_age": 16,
                    "last_checked": datetime.date(2026, 1, 1),
                },
            )
            for n in range(count)
        ],
        batch_size=500,
    )
    through = ServicePage.kinds.through
    through.objects.bulk_create(
        [
            through(servicepage_id=pk, helpkind=kinds[n % len(kinds)])
            for n, pk in enumerate(page_ids)
        ],
        batch_size=1000,
    )
    ServiceLocation.objects.bulk_create(
        [ServiceLocation(page_id=pk, venue=venue, sort_order=0) for pk in page_ids],
        batch_size=1000,
    )
    OpeningSession.objects.bulk_create(
        [
            OpeningSession(
                page_id=pk,
                weekday=n % 7,
                opens_at=datetime.time(9 + m * 4),
                closes_at=datetime.time(12 + m * 4),
                sort_order=m,
            )
            for n, pk in enumerate(page_ids)
            for m in range(2)
        ],
        batch_size=1000,
    )
    ServiceLanguage.objects.bulk_create(
        [ServiceLanguage(page_id=pk, code="en", sort_order=0) for pk in page_ids],
        batch_size=1000,
    )
    return page_ids
