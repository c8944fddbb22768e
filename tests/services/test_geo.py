"""Postcodes, coordinates and distances: the formats accepted, the API and its fallback,
and the database's distance agreeing with the formula."""

from unittest import mock

import pytest
import requests
from django.core.cache import cache

from services import geo
from services.factories import PostcodeDistrictFactory, VenueFactory
from services.models import Venue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el6 2ab", "EL6 2AB"),
        ("EL62AB", "EL6 2AB"),
        ("  sw1a   1aa ", "SW1A 1AA"),
        ("M1 1AE", "M1 1AE"),
        ("el6", "EL6"),
        ("B33 8TH", "B33 8TH"),
        ("", None),
        ("EL6 2A", None),
        ("12345", None),
        ("EL6 2AB X", None),
        ("<script>", None),
        ("ЕL6 2AB", None),  # a Cyrillic Е
    ],
)
def test_postcodes_are_normalised_or_refused(text, expected):
    assert geo.normalise_postcode(text) == expected


def answer(status=200, body=None):
    response = mock.Mock(status_code=status)
    response.json.return_value = body
    return response


@pytest.fixture
def api(settings):
    cache.clear()
    settings.POSTCODE_API_URL = "https://postcodes.example/postcodes/{postcode}"
    settings.POSTCODE_API_TIMEOUT = 2.5
    yield settings
    cache.clear()


@pytest.mark.django_db
def test_the_api_places_a_full_postcode_and_is_asked_once(api):
    body = {"result": {"latitude": 51.5, "longitude": -0.12}}
    with mock.patch("services.geo.requests.get", return_value=answer(body=body)) as get:
        first = geo.locate_postcode("SW1A 1AA")
        second = geo.locate_postcode("SW1A 1AA")
    assert first == second == geo.Located("SW1A 1AA", geo.Point(51.5, -0.12), approximate=False)
    get.assert_called_once_with("https://postcodes.example/postcodes/SW1A%201AA", timeout=2.5)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "failure",
    [
        {"side_effect": requests.Timeout("slow")},
        {"side_effect": requests.ConnectionError("down")},
        {"return_value": answer(404, {"status": 404, "error": "Postcode not found"})},
        {"return_value": answer(body={"result": {"latitude": "x", "longitude": 1}})},
        {"return_value": answer(body={"result": {"latitude": 300, "longitude": 1}})},
    ],
)
def test_the_district_table_answers_when_the_api_cannot(api, failure):
    PostcodeDistrictFactory(outward_code="EL6", latitude=52.2, longitude=-1.4)
    with mock.patch("services.geo.requests.get", **failure):
        located = geo.locate_postcode("EL6 2AB")
    assert located == geo.Located("EL6 2AB", geo.Point(52.2, -1.4), approximate=True)


@pytest.mark.django_db
def test_an_outward_code_alone_is_placed_by_the_district_table(api):
    PostcodeDistrictFactory(outward_code="EL6", latitude=52.2, longitude=-1.4)
    with mock.patch("services.geo.requests.get") as get:
        assert geo.locate_postcode("EL6").point == geo.Point(52.2, -1.4)
    get.assert_not_called()


@pytest.mark.django_db
def test_a_postcode_nobody_knows_is_none(settings):
    settings.POSTCODE_API_URL = ""
    assert geo.locate_postcode("ZZ1 1ZZ") is None


def test_haversine_gives_known_distances():
    london, edinburgh = geo.Point(51.5074, -0.1278), geo.Point(55.9533, -3.1883)
    assert geo.haversine_miles(london, edinburgh) == pytest.approx(331.5, abs=1)
    assert geo.haversine_miles(london, london) == 0
    # 0.1 degree of latitude is 6.9 miles anywhere.
    assert geo.haversine_miles(geo.Point(52, -1.5), geo.Point(52.1, -1.5)) == pytest.approx(
        6.91, abs=0.01
    )


@pytest.mark.django_db
def test_the_database_measures_as_the_formula_does():
    origin = geo.Point(52.0, -1.5)
    places = [(52.0, -1.5), (52.1, -1.5), (51.5074, -0.1278), (55.9533, -3.1883), (52.0, -1.2)]
    for n, (lat, lng) in enumerate(places):
        VenueFactory(name=f"Place {n}", latitude=lat, longitude=lng)
    measured = Venue.objects.annotate(miles=geo.distance_miles(origin)).order_by("miles")
    for venue in measured:
        expected = geo.haversine_miles(origin, geo.Point(venue.latitude, venue.longitude))
        assert venue.miles == pytest.approx(expected, abs=0.001)
    assert [v.name for v in measured] == ["Place 0", "Place 1", "Place 4", "Place 2", "Place 3"]


@pytest.mark.parametrize("latitude", [50.0, 52.0, 58.6])
def test_the_bounding_box_holds_every_point_within_the_radius(latitude):
    origin = geo.Point(latitude, -1.5)
    box = geo.bounding_box(origin, 10)
    for bearing_lat, bearing_lng in [(1, 0), (-1, 0), (0, 1), (0, -1), (0.7, 0.7)]:
        # Walk out until just inside 10 miles in that direction.
        step = 0.0005
        point = origin
        while True:
            nxt = geo.Point(
                point.latitude + bearing_lat * step, point.longitude + bearing_lng * step
            )
            if geo.haversine_miles(origin, nxt) > 10:
                break
            point = nxt
        assert box["latitude__gte"] <= point.latitude <= box["latitude__lte"]
        assert box["longitude__gte"] <= point.longitude <= box["longitude__lte"]


@pytest.mark.parametrize(
    ("lat", "lng", "on_earth", "in_uk"),
    [
        (52.0, -1.5, True, True),
        (57.1, -2.1, True, True),  # Aberdeen
        (54.6, -5.9, True, True),  # Belfast
        (49.2, -2.1, True, True),  # Jersey
        (48.85, 2.35, True, False),  # Paris
        (40.7, -74.0, True, False),
        (91, 0, False, False),
        (0, 181, False, False),
    ],
)
def test_where_a_point_is(lat, lng, on_earth, in_uk):
    assert geo.is_on_earth(lat, lng) is on_earth
    assert geo.is_in_uk(lat, lng) is in_uk
