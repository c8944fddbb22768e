"""The finder: each filter, near me by town, postcode and browser location, open now,
pagination, the print view, the locale rule, and drafts or private pages never listed."""

import datetime
from unittest import mock

import pytest
import requests
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction, Site

from hub.models import HubSettings
from services.factories import (
    OpeningExceptionFactory,
    PostcodeDistrictFactory,
    ServiceLanguageFactory,
)
from services.opening import LONDON
from tests.builders import publish

from .finder_builders import bulk_services, finder_site, service, venue_at

ALL_DAY = [(day, datetime.time(0), datetime.time(23, 59, 59)) for day in range(7)]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def names(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".service-result__name a")]


def distances(response) -> list[str]:
    return [d.get_text(strip=True) for d in soup(response).select(".service-result__distance")]


@pytest.fixture
def site(db):
    cache.clear()
    data = finder_site()
    kinds, alder, birch = data["kinds"], data["alder"], data["birch"]
    data["services"] = {
        # Hollowmere centre is (52.0, -1.5); Fernley's is 0.1 degrees (6.9 miles) north.
        "library": service(
            alder,
            "Library computers",
            [kinds["get-online"]],
            venue_at("Hollowmere Library", 52.0, -1.5, step_free=True, hearing_loop=True),
            sessions=ALL_DAY,
            booking="not_needed",
        ),
        "laptops": service(
            alder,
            "Laptop loans",
            [kinds["devices"]],
            venue_at("Fernley Hub", 52.1, -1.5, accessible_toilet=True),
            is_free=False,
            fees="£5 deposit, refunded.",
            booking="required",
        ),
        "sims": service(
            birch,
            "SIM bank",
            [kinds["data"], kinds["get-online"]],
            venue_at("Midway Centre", 52.05, -1.5, step_free=True),
            booking="recommended",
        ),
        "phone": service(birch, "Phone helpers", [kinds["get-online"]], by_phone=True),
    }
    ServiceLanguageFactory(page=data["services"]["sims"], code="pl")
    return data


def test_lists_live_services_a_to_z_with_their_details(client, site):
    response = client.get(site["finder"].url)
    assert response.status_code == 200
    assert names(response) == ["Laptop loans", "Library computers", "Phone helpers", "SIM bank"]
    page = soup(response)
    status = page.select_one("div[role=status]")
    assert status["aria-live"] == "polite"
    assert status.h2.get_text(strip=True) == "4 services found"
    sims = page.select(".service-result")[3]
    text = sims.get_text(" ", strip=True)
    assert "Run by Birch Housing" in text
    assert "Help to get online, Free mobile data and SIMs" in text  # in the taxonomy order
    assert "Booking recommended" in text and "Free" in text
    assert sims.select_one("a[href^='tel:']")["href"] == "tel:" + "".join(
        ch for ch in site["services"]["sims"].phone if ch.isdigit()
    )
    assert "Step-free access" in text  # the access feature in words
    laptops = page.select(".service-result")[0].get_text(" ", strip=True)
    assert "£5 deposit, refunded." in laptops
    assert "Open now, closes at" in page.select(".service-result")[1].get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "devices"}, ["Laptop loans"]),
        ({"kind": ["devices", "data"]}, ["Laptop loans", "SIM bank"]),
        ({"free": "1"}, ["Library computers", "Phone helpers", "SIM bank"]),
        ({"no_booking": "1"}, ["Library computers", "Phone helpers"]),
        ({"language": "pl"}, ["SIM bank"]),
        ({"access": "step-free"}, ["Library computers", "SIM bank"]),
        ({"access": ["step-free", "hearing-loop"]}, ["Library computers"]),
        ({"access": "toilet"}, ["Laptop loans"]),
        ({"access": "bsl"}, []),
        ({"q": "laptop"}, ["Laptop loans"]),
        ({"q": "mobile data"}, ["SIM bank"]),  # a kind's name
        ({"area": "marsh-end"}, []),  # an area with no centre: services with a venue there
        (
            {"kind": "get-online", "free": "1", "access": "step-free"},
            ["Library computers", "SIM bank"],
        ),
    ],
)
def test_each_filter_narrows_the_list(client, site, query, expected):
    response = client.get(site["finder"].url, query)
    assert response.status_code == 200
    assert names(response) == expected


def test_area_without_a_centre_lists_services_with_a_venue_there(client, site):
    venue = site["services"]["laptops"].locations.first().venue
    venue.area = site["areas"]["nowhere"]
    venue.save()
    assert names(client.get(site["finder"].url, {"area": "marsh-end"})) == ["Laptop loans"]


def test_open_now_uses_sessions_and_todays_exceptions(client, site):
    assert names(client.get(site["finder"].url, {"open_now": "1"})) == ["Library computers"]
    today = timezone.now().astimezone(LONDON).date()
    OpeningExceptionFactory(page=site["services"]["library"], starts_on=today, note="Training day")
    assert names(client.get(site["finder"].url, {"open_now": "1"})) == []


def test_near_a_town_sorts_by_distance_and_shows_it(client, site):
    response = client.get(site["finder"].url, {"area": "fernley"})
    assert names(response) == ["Laptop loans", "SIM bank", "Library computers", "Phone helpers"]
    assert distances(response) == ["0 miles", "3.5 miles", "6.9 miles", "By phone or online"]
    assert "Nearest first, from the middle of Fernley." in response.content.decode()


def test_near_a_town_within_a_radius_drops_services_further_away(client, site):
    response = client.get(site["finder"].url, {"area": "hollowmere", "radius": "5"})
    # Fernley (6.9 miles) is out; the phone service reaches anyone, after the nearby ones.
    assert names(response) == ["Library computers", "SIM bank", "Phone helpers"]


def api_answer(latitude, longitude):
    answer = mock.Mock(status_code=200)
    answer.json.return_value = {
        "status": 200,
        "result": {"latitude": latitude, "longitude": longitude},
    }
    return answer


def test_near_a_postcode_asks_the_postcode_api(client, site, settings):
    settings.POSTCODE_API_URL = "https://postcodes.example/postcodes/{postcode}"
    with mock.patch("services.geo.requests.get", return_value=api_answer(52.09, -1.5)) as get:
        response = client.get(site["finder"].url, {"postcode": "el6 2ab"})
    get.assert_called_once()
    assert get.call_args.args[0] == "https://postcodes.example/postcodes/EL6%202AB"
    assert get.call_args.kwargs["timeout"] == settings.POSTCODE_API_TIMEOUT
    assert names(response) == ["Laptop loans", "SIM bank", "Library computers", "Phone helpers"]
    assert "Nearest first, from EL6 2AB." in response.content.decode()


def test_near_a_postcode_falls_back_to_its_district_when_the_api_times_out(client, site, settings):
    settings.POSTCODE_API_URL = "https://postcodes.example/postcodes/{postcode}"
    PostcodeDistrictFactory(outward_code="EL6", latitude=52.001, longitude=-1.5)
    with mock.patch("services.geo.requests.get", side_effect=requests.Timeout("slow")):
        response = client.get(site["finder"].url, {"postcode": "EL6 9ZZ"})
    assert response.status_code == 200
    assert names(response) == ["Library computers", "SIM bank", "Laptop loans", "Phone helpers"]
    assert "from the middle of the EL6 postcode district" in response.content.decode()


def test_near_the_browsers_location(client, site):
    response = client.get(site["finder"].url, {"lat": "52.06", "lng": "-1.5"})
    assert names(response) == ["SIM bank", "Laptop loans", "Library computers", "Phone helpers"]
    page = soup(response)
    assert page.select_one("input[name=lat]")["value"] == "52.06000"
    assert "Nearest first, from your location." in response.content.decode()


def test_a_postcode_wins_over_a_town_and_the_browsers_location(client, site, settings):
    settings.POSTCODE_API_URL = ""
    PostcodeDistrictFactory(outward_code="EL7", latitude=52.1, longitude=-1.5)
    response = client.get(
        site["finder"].url,
        {"postcode": "EL7 1AA", "area": "hollowmere", "lat": "52", "lng": "-1.5"},
    )
    assert names(response)[0] == "Laptop loans"


def test_pagination_keeps_the_filters(client, site):
    bulk_services(site["birch"], 25, [site["kinds"]["devices"]])
    url = site["finder"].url
    first = client.get(url, {"kind": "devices"})
    assert len(names(first)) == 20
    assert soup(first).select_one("#results").get_text(strip=True) == "26 services found"
    next_href = soup(first).select_one(".govuk-pagination__next a")["href"]
    assert next_href == "?kind=devices&page=2#results"
    second = client.get(url + next_href.split("#")[0])
    assert len(names(second)) == 6
    assert soup(second).select_one("[aria-current=page]").get_text(strip=True) == "2"
    assert "page 2 of 2" in soup(second).title.get_text()


def test_no_results_says_so_with_the_helpline(client, site):
    hub = HubSettings.for_site(Site.objects.get(is_default_site=True))
    hub.helpline_phone = "0800 123 4567"
    hub.save()
    response = client.get(site["finder"].url, {"access": "bsl"})
    assert response.status_code == 200
    empty = soup(response).select_one(".service-finder__empty")
    assert "No services match your choices." in empty.get_text()
    assert empty.select_one("a[href='tel:08001234567']")


def test_print_view_lists_the_current_results_with_this_weeks_hours(client, site):
    url = site["finder"].url + "print/"
    response = client.get(url, {"area": "fernley"})
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    page = soup(response)
    assert page.select_one("meta[name=robots]")["content"] == "noindex"
    items = page.select(".service-print__item")
    assert [item.h2.get_text(strip=True) for item in items] == [
        "Laptop loans",
        "SIM bank",
        "Library computers",
        "Phone helpers",
    ]
    library = items[2].get_text(" ", strip=True)
    assert "12am to 11:59pm" in library and "6.9 miles" in library
    assert len(items[2].select(".service-print__week tr")) == 7
    assert "Contact the service for opening times" in items[0].get_text()
    assert "£5 deposit, refunded." in items[0].get_text()
    back = page.select_one(".hub-no-print a")["href"]
    assert back == site["finder"].url + "?area=fernley"


def test_print_view_is_cut_at_a_hundred_services_and_says_so(client, site):
    bulk_services(site["alder"], 100, [site["kinds"]["devices"]])
    response = client.get(site["finder"].url + "print/")
    assert len(soup(response).select(".service-print__item")) == 100
    assert "This list shows the first 100 services." in response.content.decode()


def test_the_finder_may_ask_for_the_location_and_no_other_page_may(client, site):
    response = client.get(site["finder"].url)
    assert "geolocation=(self)" in response["Permissions-Policy"]
    assert "geolocation=()" in client.get("/en/")["Permissions-Policy"]


def test_drafts_private_pages_and_services_of_draft_partners_are_never_listed(client, site):
    draft = service(site["alder"], "Draft drop-in", live=False)
    private = service(site["alder"], "Staff-only drop-in")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    from partners.factories import PartnerPageFactory

    hidden_partner = PartnerPageFactory(parent=site["directory"], title="Dune Digital", live=False)
    service(hidden_partner, "Dune drop-in")
    listed = names(client.get(site["finder"].url))
    printed = soup(client.get(site["finder"].url + "print/")).get_text()
    for title in (draft.title, private.title, "Dune drop-in"):
        assert title not in listed
        assert title not in printed
    assert "Library computers" in listed


def test_each_language_lists_only_its_own_services(client, site):
    polish = Locale.objects.get(language_code="pl")
    library_pl = site["services"]["library"].copy_for_translation(polish, copy_parents=True)
    library_pl.title = "Komputery w bibliotece"
    publish(library_pl)
    finder_pl = site["finder"].copy_for_translation(polish)
    finder_pl.title = "Znajdź pomoc cyfrową"
    finder_pl = publish(finder_pl)
    assert names(client.get(finder_pl.url)) == ["Komputery w bibliotece"]
    assert "Komputery w bibliotece" not in names(client.get(site["finder"].url))
