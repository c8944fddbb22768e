"""The Open Referral UK API: shapes validated against the standard, what is public, filters,
bad input, HTTP headers, caching and query counts.

Run with ``-s`` to see the validation summary and the query counts at 5,000 services.
"""

import datetime
import time
import uuid

import pytest
import requests
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction

from partners.factories import PartnerPageFactory
from services.factories import (
    OpeningSessionFactory,
    ServiceLocationFactory,
    ServicePageFactory,
)
from services.openreferral import ids, serialize
from services.openreferral.params import MAX_PER_PAGE
from tests.builders import publish

from . import oruk_schemas as schemas
from .oruk_data import bulk_services, full_service, make_site

API = "/api/openreferral/v3"
TAXONOMY = str(ids.TAXONOMY_ID)


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    data = make_site()
    data["service"] = full_service(data["partner"], data["kinds"], data["near"])
    return data


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, (url, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def sal_id(service, venue) -> str:
    return ids.service_at_location(service.translation_key, venue.translation_key)


# Validation against the standard -----------------------------------------------------------


def endpoints(site) -> list[tuple[str, str, str]]:
    """(URL, OpenAPI path, what it shows) for every endpoint, with the full service."""
    service, kind = site["service"], site["kinds"][0]
    return [
        (f"{API}/", "/", "root"),
        (f"{API}/services", "/services", "page with the full service"),
        (f"{API}/services/{service.translation_key}", "/services/{id}", "full service"),
        (f"{API}/taxonomies", "/taxonomies", "page of taxonomies"),
        (f"{API}/taxonomies/{TAXONOMY}", "/taxonomies/{id}", "taxonomy with terms"),
        (f"{API}/taxonomy_terms", "/taxonomy_terms", "page of terms"),
        (f"{API}/taxonomy_terms/{kind.translation_key}", "/taxonomy_terms/{id}", "term"),
        (f"{API}/service_at_locations", "/service_at_locations", "page of services at venues"),
        (f"{API}/services?search=nothing-matches", "/services", "empty page"),
        (f"{API}/service_at_locations?day=SU", "/service_at_locations", "empty page"),
    ]


@pytest.mark.django_db
def test_every_endpoint_validates_against_the_openapi_response_schema(client, site):
    report = []
    for url, path, shows in endpoints(site):
        body = get_json(client, url)
        assert schemas.endpoint_errors(path, body) == [], url
        report.append(f"  valid  GET {path:<24} {shows}")
    print("\nOpen Referral UK validation (schema/openapi.json response schemas):")
    print("\n".join(report))


@pytest.mark.django_db
def test_the_full_service_validates_against_the_compiled_service_schema(client, site):
    service = get_json(client, f"{API}/services/{site['service'].translation_key}")
    assert schemas.file_errors(service, "compiled/service.json") == []
    page = get_json(client, f"{API}/services")
    assert all(schemas.file_errors(s, "compiled/service_list.json") == [] for s in page["contents"])
    # Every related row is there, so every nested schema was exercised.
    for field in ("schedules", "service_at_locations", "languages", "cost_options", "contacts"):
        assert service[field], field
    assert service["attributes"] and service["organization"]
    location = service["service_at_locations"][0]["location"]
    assert location["addresses"] and len(location["accessibility"]) == 4
    assert schemas.file_errors(service["contacts"][0]["phones"][0], "phone.json") == []


@pytest.mark.django_db
def test_a_service_at_location_validates_against_the_compiled_service_at_location_schema(
    client, site
):
    """The OpenAPI file names compiled/service.json for /service_at_locations/{id}, which its
    own example (examples/service_at_location_full.json) does not meet; the API follows the
    example and the compiled service_at_location schema."""
    example = schemas.load("examples/service_at_location_full.json")
    assert schemas.file_errors(example, "compiled/service_at_location.json") == []
    assert schemas.endpoint_errors("/service_at_locations/{id}", example) != []

    url = f"{API}/service_at_locations/{sal_id(site['service'], site['near'])}"
    body = get_json(client, url)
    assert schemas.file_errors(body, "compiled/service_at_location.json") == []
    assert body["service"]["id"] == str(site["service"].translation_key)
    assert body["location"]["addresses"][0]["postal_code"] == "EL1 1AA"


def test_the_validator_accepts_the_standards_examples_and_refuses_broken_ones():
    for example, path in [
        ("service_full.json", "/services/{id}"),
        ("service_list.json", "/services"),
        ("taxonomy.json", "/taxonomies/{id}"),
        ("taxonomy_term_list.json", "/taxonomy_terms"),
        ("service_at_location_list.json", "/service_at_locations"),
    ]:
        assert schemas.endpoint_errors(path, schemas.load(f"examples/{example}")) == [], example
    broken = schemas.load("examples/service_full.json")
    broken["status"] = "open"
    broken["schedules"][0]["id"] = "not-a-uuid"
    del broken["service_at_locations"][0]["location"]["addresses"][0]["city"]
    assert len(schemas.endpoint_errors("/services/{id}", broken)) == 3


@pytest.mark.django_db
def test_an_empty_hub_answers_with_empty_valid_pages(client, db):
    for path in ("/services", "/taxonomy_terms", "/service_at_locations"):
        body = get_json(client, f"{API}{path}")
        assert schemas.endpoint_errors(path, body) == []
        assert body["empty"] is True and body["contents"] == [] and body["total_items"] == 0


# The mapping -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_service_maps_our_fields_onto_the_standards(client, site):
    page, partner, venue = site["service"], site["partner"], site["near"]
    body = get_json(client, f"{API}/services/{page.translation_key}")
    assert body["id"] == str(page.translation_key)
    assert body["url"].endswith(page.url) and body["url"].startswith("http")
    assert body["assured_date"] == "2026-10-01"
    assert body["last_modified"].startswith(str(page.last_published_at.date()))
    assert (body["minimum_age"], body["maximum_age"]) == (16, 99)
    assert body["organization"]["id"] == str(partner.translation_key)
    assert body["organization"]["name"] == "Alder Library Trust"
    weekly = [s for s in body["schedules"] if "valid_from" not in s]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in weekly] == [
        ("TU", "10:00:00", "12:00:00"),
        ("TU", "14:00:00", "16:00:00"),
    ]
    dated = [s for s in body["schedules"] if "valid_from" in s]
    assert dated[0]["valid_from"] == "2026-12-25" and dated[0]["valid_to"] == "2026-12-26"
    assert dated[0]["description"] == "Closed" and "opens_at" not in dated[0]
    assert (dated[1]["opens_at"], dated[1]["notes"]) == ("10:00:00", "New Year's Eve")
    assert body["cost_options"][0]["amount_description"].startswith("£2 a session")
    assert [(lang["code"], lang["name"]) for lang in body["languages"]] == [
        ("en", "English"),
        ("pl", "Polish"),
    ]
    assert body["contacts"][0]["phones"][0]["number"] == "01632 960 123"
    assert body["contacts"][0]["email"] == "dropin@alder.example"
    terms = [a["taxonomy_term"]["code"] for a in body["attributes"]]
    assert terms == ["get-online", "devices", "data-sims", "wifi-computers"]
    location = body["service_at_locations"][0]
    assert location["id"] == sal_id(page, venue)
    assert location["location"]["id"] == str(venue.translation_key)
    features = {a["accessibility"] for a in location["location"]["accessibility"]}
    assert features == {"step_free", "hearing_loop", "accessible_toilet", "bsl"}
    # Ids are stable from one request to the next.
    cache.clear()
    assert get_json(client, f"{API}/services/{page.translation_key}") == body


@pytest.mark.django_db
def test_a_free_service_has_a_free_cost_option(client, site):
    page = ServicePageFactory(parent=site["partner"], is_free=True, fees="")
    body = get_json(client, f"{API}/services/{page.translation_key}")
    assert body["fees"] == "Free"
    assert body["cost_options"][0]["amount"] == 0


# What is public ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_only_live_public_english_services_of_live_partners_appear(client, site):
    partner, shown = site["partner"], site["service"]
    draft = ServicePageFactory(parent=partner, title="Draft service", live=False)
    private = ServicePageFactory(parent=partner, title="Private service")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    hidden_partner = PartnerPageFactory(parent=site["directory"], live=False)
    orphan = ServicePageFactory(parent=hidden_partner, title="Service of a draft partner")
    polish = Locale.objects.get(language_code="pl")
    translated = publish(shown.copy_for_translation(polish, copy_parents=True))
    alias = ServicePageFactory(parent=partner, title="Alias source")
    other_partner = PartnerPageFactory(parent=site["directory"])
    alias_copy = alias.create_alias(parent=other_partner, update_slug="alias-copy")

    listing = get_json(client, f"{API}/services", per_page=100)
    assert [s["name"] for s in listing["contents"]] == ["Alias source", "Digital drop-in"]
    assert listing["total_items"] == 2
    for hidden in (draft, private, orphan):
        get_json(client, f"{API}/services/{hidden.translation_key}", status=404)
    # The Polish copy shares the English key: the English one is served.
    assert translated.translation_key == shown.translation_key
    assert get_json(client, f"{API}/services/{shown.translation_key}")["name"] == "Digital drop-in"
    assert alias_copy.alias_of_id == alias.pk
    locations = get_json(client, f"{API}/service_at_locations", per_page=100)
    assert [row["service"]["name"] for row in locations["contents"]] == ["Digital drop-in"]


@pytest.mark.django_db
def test_an_unpublished_service_at_location_is_not_found(client, site):
    hidden = ServicePageFactory(parent=site["partner"], live=False)
    ServiceLocationFactory(page=hidden, venue=site["near"])
    get_json(client, f"{API}/service_at_locations/{sal_id(hidden, site['near'])}", status=404)
    get_json(client, f"{API}/service_at_locations/{sal_id(site['service'], site['near'])}")


# Filters -----------------------------------------------------------------------------------


@pytest.fixture
def three(site):
    """The full service (16-99, Tuesdays 10-12 and 14-16, all kinds) and two more."""
    partner, kinds = site["partner"], site["kinds"]
    young = ServicePageFactory(parent=partner, title="Code club", minimum_age=8, maximum_age=15)
    young.kinds.set([kinds[1]])
    young.save()
    evening = ServicePageFactory(parent=partner, title="Evening wifi", description="Free wifi.")
    OpeningSessionFactory(
        page=evening, weekday=4, opens_at=datetime.time(18), closes_at=datetime.time(20)
    )
    ServiceLocationFactory(page=evening, venue=site["far"])
    return site


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ({}, ["Code club", "Digital drop-in", "Evening wifi"]),
        ({"search": "wifi"}, ["Digital drop-in", "Evening wifi"]),  # a kind's name, a text
        ({"search": "tablets forms"}, ["Digital drop-in"]),
        ({"taxonomy_id": TAXONOMY}, ["Code club", "Digital drop-in"]),
        ({"taxonomy_id": "00000000-0000-4000-8000-000000000000"}, []),
        ({"minimum_age": "16"}, ["Digital drop-in"]),
        ({"minimum_age": "8"}, ["Code club", "Digital drop-in"]),
        ({"minimum_age": "15.5"}, ["Digital drop-in"]),
        ({"maximum_age": "15.5"}, ["Code club"]),
        ({"maximum_age": "15"}, ["Code club"]),
        ({"day": "TU"}, ["Digital drop-in"]),
        ({"day": "friday"}, ["Evening wifi"]),
        ({"start_time": "13:00"}, ["Digital drop-in", "Evening wifi"]),
        ({"end_time": "12:00"}, ["Digital drop-in"]),
        ({"day": "TU", "start_time": "13:00", "end_time": "16:00"}, ["Digital drop-in"]),
        ({"day": "FR", "end_time": "12:00"}, []),
    ],
)
@pytest.mark.django_db
def test_services_filters(client, three, query, names):
    body = get_json(client, f"{API}/services", **query)
    assert [s["name"] for s in body["contents"]] == names


@pytest.mark.django_db
def test_services_filter_by_taxonomy_term(client, three):
    devices = three["kinds"][1]
    body = get_json(client, f"{API}/services", taxonomy_term_id=str(devices.translation_key))
    assert [s["name"] for s in body["contents"]] == ["Code club", "Digital drop-in"]


@pytest.mark.django_db
def test_service_at_locations_by_postcode_nearest_first_and_within_proximity(client, three):
    rows = get_json(client, f"{API}/service_at_locations", postcode="el1 1aa")["contents"]
    assert [row["location"]["name"] for row in rows] == ["Elmbridge Library", "Fernley Hub"]
    # Fernley is 0.2 degrees of latitude (about 22 km) north.
    near = get_json(client, f"{API}/service_at_locations", postcode="EL1", proximity="20000")
    assert [row["location"]["name"] for row in near["contents"]] == ["Elmbridge Library"]
    wide = get_json(client, f"{API}/service_at_locations", postcode="EL1", proximity="25000")
    assert wide["total_items"] == 2
    filtered = get_json(client, f"{API}/service_at_locations", postcode="EL1", day="FR")
    assert [row["service"]["name"] for row in filtered["contents"]] == ["Evening wifi"]


@pytest.mark.django_db
def test_pagination_fields(client, three):
    first = get_json(client, f"{API}/services", per_page="2")
    assert (first["total_items"], first["total_pages"], first["size"]) == (3, 2, 2)
    assert first["first_page"] and not first["last_page"] and not first["empty"]
    second = get_json(client, f"{API}/services", per_page="2", page="2")
    assert [s["name"] for s in second["contents"]] == ["Evening wifi"]
    assert second["last_page"] and not second["first_page"] and second["page_number"] == 2


# Bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "query", "status"),
    [
        ("/services", {"page": "abc"}, 400),
        ("/services", {"page": "0"}, 400),
        ("/services", {"page": "-1"}, 400),
        ("/services", {"page": "99"}, 404),
        ("/services", {"per_page": "0"}, 400),
        ("/services", {"per_page": str(MAX_PER_PAGE + 1)}, 400),
        ("/services", {"per_page": "9" * 40}, 400),
        ("/services", {"taxonomy_term_id": "not-a-uuid"}, 400),
        ("/services", {"taxonomy_id": "1234"}, 400),
        ("/services", {"minimum_age": "old"}, 400),
        ("/services", {"maximum_age": "nan"}, 400),
        ("/services", {"minimum_age": "1e400"}, 400),
        ("/services", {"day": "someday"}, 400),
        ("/services", {"start_time": "25:00"}, 400),
        ("/services", {"end_time": "10am"}, 400),
        ("/services", {"start_time": "12:00", "end_time": "10:00"}, 400),
        ("/services", {"search": "x" * 500}, 400),
        ("/services", {"search": "wifi\x00"}, 400),
        ("/service_at_locations", {"postcode": "not a postcode"}, 400),
        ("/service_at_locations", {"postcode": "ZZ9 9ZZ"}, 400),
        ("/service_at_locations", {"proximity": "1000"}, 400),
        ("/service_at_locations", {"postcode": "EL1", "proximity": "far"}, 400),
        ("/service_at_locations", {"postcode": "EL1", "proximity": "-5"}, 400),
        ("/service_at_locations", {"postcode": "EL1", "proximity": "inf"}, 400),
        ("/taxonomies", {"page": "2"}, 404),
        ("/services/not-a-uuid", {}, 404),
        ("/services/00000000-0000-4000-8000-000000000000", {}, 404),
        ("/taxonomies/00000000-0000-4000-8000-000000000000", {}, 404),
        ("/taxonomy_terms/%27%3B--", {}, 404),
        ("/service_at_locations/00000000-0000-4000-8000-000000000000", {}, 404),
        ("/organizations", {}, 404),
    ],
)
@pytest.mark.django_db
def test_bad_input_is_a_json_error_not_a_crash(client, site, path, query, status):
    body = get_json(client, f"{API}{path}", status=status, **query)
    assert body["status"] == status and body["error"]


@pytest.mark.django_db
def test_the_api_is_read_only(client, site):
    response = client.post(f"{API}/services", {"name": "x"})
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"


# HTTP: CORS and caching --------------------------------------------------------------------


@pytest.mark.django_db
def test_any_origin_may_read_and_preflight(client, site):
    response = client.get(f"{API}/services", HTTP_ORIGIN="https://directory.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        f"{API}/services",
        HTTP_ORIGIN="https://directory.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    error = client.get(f"{API}/services", {"page": "abc"})
    assert error["Access-Control-Allow-Origin"] == "*"


@pytest.mark.django_db
def test_responses_are_cached_for_five_minutes(client, site):
    url = f"{API}/services"
    first = client.get(url)
    assert "max-age=300" in first["Cache-Control"] and "public" in first["Cache-Control"]
    ServicePageFactory(parent=site["partner"], title="Added later")
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert len(queries) == 0
    assert second.content == first.content
    cache.clear()
    assert get_json(client, url)["total_items"] == 2
    assert "no-cache" in client.get(url, {"page": "abc"})["Cache-Control"]


# Query counts ------------------------------------------------------------------------------


def measure(client, url) -> tuple[int, float]:
    """Queries and milliseconds of a request that the API's cache cannot answer (an ignored
    parameter makes each URL new), with the site root paths cached as on a running site."""
    separator = "&" if "?" in url else "?"
    client.get(f"{url}{separator}warm=up")
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(f"{url}{separator}uncached={uuid.uuid4()}")
        elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.content[:300])
    return len(queries), elapsed


def count_queries(client, url) -> int:
    return measure(client, url)[0]


def measured_urls(site, service, venue) -> dict[str, str]:
    return {
        "/services": f"{API}/services?per_page=100",
        "/services?search&day&time": f"{API}/services?search=service&day=MO&start_time=08:00",
        "/services?taxonomy_term_id": (
            f"{API}/services?taxonomy_term_id={site['kinds'][0].translation_key}"
        ),
        "/services/{id}": f"{API}/services/{service.translation_key}",
        "/taxonomies/{id}": f"{API}/taxonomies/{TAXONOMY}",
        "/taxonomy_terms": f"{API}/taxonomy_terms",
        "/service_at_locations": f"{API}/service_at_locations?per_page=100",
        "/service_at_locations?postcode": (
            f"{API}/service_at_locations?postcode=EL1&proximity=50000&per_page=100"
        ),
        "/service_at_locations/{id}": f"{API}/service_at_locations/{sal_id(service, venue)}",
    }


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_services(client, site):
    urls = measured_urls(site, site["service"], site["near"])
    bulk_services(site["partner"], 5, site["kinds"], site["near"], prefix="Small")
    small = {name: count_queries(client, url) for name, url in urls.items()}
    bulk_services(site["partner"], 150, site["kinds"], site["near"], prefix="Big")
    big = {name: count_queries(client, url) for name, url in urls.items()}
    assert big == small
    assert max(big.values()) <= 12


@pytest.mark.django_db
def test_query_counts_at_five_thousand_services(client, site):
    bulk_services(site["partner"], 5000, site["kinds"], site["near"])
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    urls = measured_urls(site, site["service"], site["near"])
    measured = {name: measure(client, url) for name, url in urls.items()}
    body = get_json(client, f"{API}/services", per_page="100", page="51")
    assert body["total_items"] == 5001 and body["size"] == 1 and body["last_page"]
    print("\nAPI requests at 5,001 services (100 a page), uncached: queries, time")
    for name, (count, elapsed) in measured.items():
        print(f"  {name:<32} {count:>3} {elapsed:>8.0f} ms")
    assert max(count for count, _ in measured.values()) <= 12


@pytest.mark.django_db
def test_paths_answer_with_or_without_a_trailing_slash_in_english_whatever_the_reader(
    client, site, monkeypatch
):
    languages = []
    summary = serialize.service_summary

    def spy(*args, **kwargs):
        languages.append(translation.get_language())
        return summary(*args, **kwargs)

    monkeypatch.setattr(serialize, "service_summary", spy)
    key = site["service"].translation_key
    plain = get_json(client, f"{API}/services/{key}")
    cache.clear()
    slashed = client.get(f"{API}/services/{key}/", HTTP_ACCEPT_LANGUAGE="pl")
    assert slashed.json() == plain
    assert languages == ["en", "en"]
    assert plain["application_process"].startswith("Booking needed.")
    assert get_json(client, f"{API}/taxonomy_terms/")["total_items"] == 4


class PostcodeAnswer:
    status_code = 200

    def __init__(self, latitude, longitude):
        self.document = {"result": {"latitude": latitude, "longitude": longitude}}

    def json(self):
        return self.document


@pytest.mark.django_db
def test_a_configured_postcode_api_places_the_postcode_and_the_table_covers_its_failures(
    client, three, monkeypatch, settings
):
    settings.POSTCODE_API_URL = "https://postcodes.example/{postcode}"
    asked = []

    def answer(url, timeout):
        asked.append((url, timeout))
        return PostcodeAnswer(52.2, -1.5)  # at Fernley Hub

    monkeypatch.setattr(requests, "get", answer)
    rows = get_json(client, f"{API}/service_at_locations", postcode="EL1 1AA")["contents"]
    assert [row["location"]["name"] for row in rows] == ["Fernley Hub", "Elmbridge Library"]
    assert asked == [("https://postcodes.example/EL1%201AA", settings.POSTCODE_API_TIMEOUT)]

    def time_out(url, timeout):
        raise requests.Timeout

    monkeypatch.setattr(requests, "get", time_out)
    rows = get_json(client, f"{API}/service_at_locations", postcode="EL1 1AB")["contents"]
    assert [row["location"]["name"] for row in rows] == ["Elmbridge Library", "Fernley Hub"]
