"""``manage.py import_openreferral``: the standard's own examples, imported twice, as drafts."""

import copy
import datetime
import io
import json

import pytest
import requests
from django.core.management import CommandError, call_command

from partners.factories import PartnerPageFactory
from services.factories import HelpKindFactory, VenueFactory
from services.models import ServicePage, Venue
from tests.builders import publish

from . import oruk_schemas as schemas
from .oruk_data import make_site

EXAMPLE_ID = "ac148810-d857-441c-9679-408f346de14b"


@pytest.fixture
def site(db):
    return make_site()


def run(source, partner, **kwargs) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_openreferral", str(source), partner=partner, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(tmp_path, name, document) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document), "utf-8")
    return str(path)


def imported(partner):
    return ServicePage.objects.child_of(partner).exclude(source="")


@pytest.mark.django_db
@pytest.mark.parametrize("example", ["service_full.json", "service_list.json"])
def test_the_standards_examples_import_as_drafts_and_again_without_duplicates(site, example):
    partner = site["partner"]
    source = schemas.STANDARD / "examples" / example
    out, err = run(source, "alder")
    assert "1 created, 0 updated, 0 skipped" in out and err == ""

    page = imported(partner).get()
    assert not page.live and page.has_unpublished_changes
    assert page.latest_revision is not None and page.revisions.count() == 1
    assert (page.source, page.source_id) == (str(source.resolve()), EXAMPLE_ID)
    assert page.title == "Community Counselling"
    assert page.summary == "Counselling Services provided by trained professionals."
    assert page.email == "email@example.com" and page.website == "http://example.com/counselling"
    assert (page.minimum_age, page.maximum_age) == (12, 100)
    assert page.last_checked == datetime.date(2005, 1, 1)
    assert not page.is_free and page.fees.startswith("fees_description")

    out, err = run(source, str(partner.pk))
    assert "0 created, 1 updated, 0 skipped" in out and err == ""
    assert imported(partner).count() == 1
    page.refresh_from_db()
    assert page.revisions.count() == 2 and not page.live


@pytest.mark.django_db
def test_the_full_example_brings_its_venue_costs_and_reports_what_it_cannot_map(site):
    out, _ = run(schemas.STANDARD / "examples" / "service_full.json", "alder")
    page = imported(site["partner"]).get().get_latest_revision_as_object()
    venue = Venue.objects.get(name="MyCity Civic Center")
    assert (venue.postcode, venue.town, venue.address) == ("ABC 1234", "MyCity", "1-30 Main Street")
    assert venue.latitude is None  # the example's latitude 100 is not on Earth
    assert venue.hearing_loop and venue.step_free and not venue.bsl
    assert [row.venue for row in page.locations.all()] == [venue]
    assert "Under 18s and Over 60s: 35 per 1 hour session" in page.fees
    # Its only schedule ended in 2005; its only term ("name") is none of ours.
    assert list(page.opening_sessions.all()) == []
    assert "a schedule that ended on 2005-01-01 was left out" in out
    assert "name (3f7b145d-84af-42d7-8fae-eaca714b02b2): 1 service(s)" in out
    assert "New venue: MyCity Civic Center, ABC 1234" in out

    out, _ = run(schemas.STANDARD / "examples" / "service_full.json", "alder")
    assert Venue.objects.filter(name="MyCity Civic Center").count() == 1
    assert "New venue" not in out


@pytest.mark.django_db
def test_an_organization_with_services_imports_its_services(site):
    run(schemas.STANDARD / "examples" / "organization_full.json", "alder")
    assert imported(site["partner"]).get().title == "Community Counselling"


def changed_example(**changes) -> dict:
    record = schemas.load("examples/service_full.json")
    record.update(changes)
    return record


@pytest.mark.django_db
def test_a_second_import_applies_the_feeds_changes(site, tmp_path):
    path = write(tmp_path, "feed.json", changed_example())
    run(path, "alder")
    write(
        tmp_path, "feed.json", changed_example(name="Counselling for all", fees="", cost_options=[])
    )
    run(path, "alder")
    page = imported(site["partner"]).get()
    latest = page.get_latest_revision_as_object()
    assert latest.title == "Counselling for all" and latest.is_free and latest.fees == ""
    assert page.draft_title == "Counselling for all"


@pytest.mark.django_db
def test_reimporting_a_published_service_leaves_the_live_version_for_review(site, tmp_path, client):
    path = write(tmp_path, "feed.json", changed_example())
    run(path, "alder")
    page = publish(imported(site["partner"]).get())
    assert page.live
    write(tmp_path, "feed.json", changed_example(description="Changed by the feed."))
    run(path, "alder")
    page.refresh_from_db()
    assert page.live and page.has_unpublished_changes
    assert page.description.startswith("Counselling Services")  # the live version
    assert page.get_latest_revision_as_object().description == "Changed by the feed."


@pytest.mark.django_db
def test_terms_schedules_and_languages_map_onto_ours(site, tmp_path):
    HelpKindFactory(code="phone-support", name="Phone support")
    record = changed_example(
        attributes=[
            {"id": "a1", "taxonomy_term": {"id": "t1", "name": "Devices", "code": "devices"}},
            {"id": "a2", "taxonomy_term": {"id": "t2", "name": "free mobile data and sims"}},
            {"id": "a3", "taxonomy_term": {"id": "t3", "name": "Phone support"}},
            {"id": "a4", "taxonomy_term": {"id": "t4", "name": "Benefits advice"}},
            {"id": "a5", "taxonomy_term": {"id": str(site["kinds"][0].translation_key)}},
        ],
        schedules=[
            {
                "id": "s1",
                "freq": "WEEKLY",
                "byday": "MO,WE",
                "opens_at": "10:00",
                "closes_at": "12:30",
            },
            {"id": "s2", "valid_from": "2030-12-25", "valid_to": "2030-12-26"},
            {"id": "s3", "valid_from": "2030-12-31", "opens_at": "10:00", "closes_at": "11:00"},
            {"id": "s4", "freq": "MONTHLY", "bymonthday": "1", "opens_at": "9:00"},
            {
                "id": "s5",
                "freq": "WEEKLY",
                "byday": "FR",
                "opens_at": "14:00",
                "closes_at": "13:00",
            },
        ],
        languages=[{"id": "l1", "code": "pl"}, {"id": "l2", "name": "Urdu"}, {"id": "l3"}],
        service_at_locations=[{"id": "x", "location": {"id": "v", "location_type": "virtual"}}],
    )
    out, _ = run(write(tmp_path, "feed.json", record), "alder")
    page = imported(site["partner"]).get().get_latest_revision_as_object()
    codes = {kind.code for kind in page.kinds.all()}
    assert codes == {"get-online", "devices", "data-sims", "phone-support"}
    assert "Benefits advice (t4): 1 service(s)" in out
    sessions = [(s.weekday, s.opens_at, s.closes_at) for s in page.opening_sessions.all()]
    assert sessions == [
        (0, datetime.time(10), datetime.time(12, 30)),
        (2, datetime.time(10), datetime.time(12, 30)),
    ]
    closed, changed = page.opening_exceptions.all()
    assert (closed.starts_on, closed.ends_on, closed.closed) == (
        datetime.date(2030, 12, 25),
        datetime.date(2030, 12, 26),
        True,
    )
    assert (changed.closed, changed.opens_at) == (False, datetime.time(10))
    assert out.count("a schedule of a kind we do not hold") == 1
    assert "a weekly schedule without valid times" in out
    assert [language.code for language in page.languages.all()] == ["pl", "ur"]
    assert page.online and list(page.locations.all()) == []


@pytest.mark.django_db
def test_an_existing_venue_is_reused_by_name_and_postcode_and_left_unchanged(site, tmp_path):
    venue = VenueFactory(name="MyCity Civic Center", postcode="abc1234", hearing_loop=False)
    run(schemas.STANDARD / "examples" / "service_full.json", "alder")
    page = imported(site["partner"]).get().get_latest_revision_as_object()
    assert [row.venue_id for row in page.locations.all()] == [venue.pk]
    venue.refresh_from_db()
    assert not venue.hearing_loop and Venue.objects.filter(name=venue.name).count() == 1


@pytest.mark.django_db
def test_another_partners_service_with_the_same_id_is_never_touched(site):
    other = PartnerPageFactory(parent=site["directory"], slug="birch")
    source = schemas.STANDARD / "examples" / "service_full.json"
    run(source, "birch")
    theirs = imported(other).get()
    run(source, "alder")
    assert imported(site["partner"]).count() == 1
    theirs.refresh_from_db()
    assert theirs.revisions.count() == 1


@pytest.mark.django_db
def test_bad_records_are_skipped_and_reported_the_rest_imported(site, tmp_path):
    good = changed_example()
    page = {"contents": [{"name": "No id"}, "nonsense", good, {"id": "x", "name": ""}]}
    out, err = run(write(tmp_path, "feed.json", page), "alder")
    assert "1 created, 0 updated, 3 skipped" in out
    assert err.count("Skipped:") == 3
    assert imported(site["partner"]).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON"),
        ('{"hello": "world"}', "not an Open Referral UK page of services"),
        ('"a string"', "not an Open Referral UK page of services"),
    ],
)
def test_a_bad_file_is_a_clear_command_error(site, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    with pytest.raises(CommandError, match=message):
        run(path, "alder")
    assert not imported(site["partner"]).exists()


@pytest.mark.django_db
def test_missing_file_and_unknown_partner_are_clear_command_errors(site, tmp_path):
    with pytest.raises(CommandError, match="no file at"):
        run(tmp_path / "missing.json", "alder")
    with pytest.raises(CommandError, match="no partner page has the slug or id 'nobody'"):
        run(schemas.STANDARD / "examples" / "service_full.json", "nobody")
    with pytest.raises(CommandError, match="no partner page"):
        run(schemas.STANDARD / "examples" / "service_full.json", "999999")


class FakeResponse:
    def __init__(self, document, status=200):
        self.content = json.dumps(document).encode()
        self.text = self.content.decode()
        self.status_code = status

    def raise_for_status(self):
        if self.status_code >= 400:
            raise requests.HTTPError(f"{self.status_code} error")


@pytest.mark.django_db
def test_a_feed_url_is_fetched_with_a_timeout_and_imported_twice_without_duplicates(
    site, monkeypatch
):
    calls = []
    document = schemas.load("examples/service_list.json")

    def fake_get(url, timeout, headers):
        calls.append((url, timeout))
        return FakeResponse(copy.deepcopy(document))

    monkeypatch.setattr(requests, "get", fake_get)
    url = "https://directory.example/api/services?page=1"
    run(url, "alder")
    run(url, "alder")
    assert [call[0] for call in calls] == [url, url] and all(call[1] for call in calls)
    page = imported(site["partner"]).get()
    assert page.source == url and page.revisions.count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (requests.Timeout(), "did not answer within"),
        (requests.ConnectionError("refused"), "could not fetch"),
    ],
)
def test_an_unreachable_feed_is_a_clear_command_error(site, monkeypatch, failure, message):
    def fake_get(*args, **kwargs):
        raise failure

    monkeypatch.setattr(requests, "get", fake_get)
    with pytest.raises(CommandError, match=message):
        run("https://directory.example/services", "alder")


@pytest.mark.django_db
def test_a_feed_answering_an_error_status_is_a_clear_command_error(site, monkeypatch):
    monkeypatch.setattr(requests, "get", lambda *a, **k: FakeResponse({}, status=500))
    with pytest.raises(CommandError, match="could not fetch"):
        run("https://directory.example/services", "alder")


@pytest.mark.django_db
def test_the_same_record_from_another_file_updates_the_same_draft(site):
    """service_full.json and service_list.json hold the same service (same id)."""
    run(schemas.STANDARD / "examples" / "service_full.json", "alder")
    out, _ = run(schemas.STANDARD / "examples" / "service_list.json", "alder")
    assert "0 created, 1 updated" in out
    assert imported(site["partner"]).count() == 1
