"""The public service page: every part, the week table, "last checked", JSON-LD and privacy."""

import copy
import datetime
import html as htmllib
import json
import re

import pytest
from dateutil.relativedelta import relativedelta
from django.test import override_settings
from django.utils import timezone, translation
from wagtail.models import Locale, PageViewRestriction

from partners.factories import PartnerDirectoryPageFactory, PartnerPageFactory
from services import jsonld, opening
from services.factories import (
    HelpKindFactory,
    OpeningExceptionFactory,
    OpeningSessionFactory,
    ServiceLanguageFactory,
    ServiceLocationFactory,
    ServicePageFactory,
    VenueFactory,
)
from services.page_context import last_checked_text
from tests.builders import make_home, rolled_back

pytestmark = pytest.mark.django_db


def today() -> datetime.date:
    return opening.local(timezone.now()).date()


def build_services() -> dict:
    home = make_home()
    directory = PartnerDirectoryPageFactory(parent=home)
    partner = PartnerPageFactory(parent=directory, title="Elmbridge Library", slug="elmbridge")
    kinds = [
        HelpKindFactory(name="Free wifi and public computers", code="wifi"),
        HelpKindFactory(name="Help to get online", code="skills"),
    ]
    full = ServicePageFactory(
        parent=partner,
        title="Computer help at Elmbridge Library",
        slug="computer-help",
        summary="Free computers, wifi and a friendly volunteer.",
        description="Bring your questions.\nWe help with email, forms and video calls.",
        by_phone=True,
        online=True,
        is_free=True,
        minimum_age=16,
        maximum_age=99,
        eligibility="Anyone who lives in Elmshire",
        what_to_bring="Your library card",
        booking="recommended",
        how_to_book="Call us or ask at the desk",
        phone="01632 960 123",
        email="help@elmbridge-library.example",
        website="https://elmbridge-library.example/help",
        last_checked=today() - relativedelta(months=3),
    )
    full.kinds.set(kinds)
    venue = VenueFactory(
        name="Elmbridge Library",
        address="1 High Street\nElmbridge",
        town="Elmbridge",
        postcode="EL1 1AA",
        latitude=52.1,
        longitude=-1.4,
        step_free=True,
        hearing_loop=True,
        directions="Next to the bus station <b>ground floor</b>",
    )
    ServiceLocationFactory(page=full, venue=venue)
    for weekday in range(7):
        OpeningSessionFactory(
            page=full, weekday=weekday, opens_at=datetime.time(10), closes_at=datetime.time(12)
        )
    OpeningSessionFactory(
        page=full,
        weekday=today().weekday(),
        opens_at=datetime.time(14),
        closes_at=datetime.time(16),
    )
    OpeningExceptionFactory(
        page=full, starts_on=today() + datetime.timedelta(days=1), closed=True, note="Christmas Day"
    )
    OpeningExceptionFactory(
        page=full,
        starts_on=today() + datetime.timedelta(days=2),
        closed=False,
        opens_at=datetime.time(13),
        closes_at=datetime.time(15),
        note="Staff training",
    )
    for code in ("pl", "ar", "bfi"):
        ServiceLanguageFactory(page=full, code=code)
    full.save_revision().publish()

    minimal = ServicePageFactory(
        parent=partner,
        title="Phone support line",
        slug="phone-line",
        by_phone=True,
        is_free=False,
        fees="£5 a call; free for people on benefits",
        phone="+44 1632 960 999",
        last_checked=None,
    )
    minimal.save_revision().publish()
    return {"home": home, "partner": partner, "full": full, "minimal": minimal, "venue": venue}


@pytest.fixture(scope="module")
def shared(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield build_services()


@pytest.fixture
def site(shared, db):
    return copy.deepcopy(shared)


def page_html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def text(html: str) -> str:
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


# Every part --------------------------------------------------------------------------------


def test_a_fully_populated_service_shows_every_part(client, site):
    html = page_html(client, site["full"])
    words = text(html)
    assert html.count("<h1") == 1
    assert "Computer help at Elmbridge Library" in words
    assert "Free computers, wifi and a friendly volunteer." in words
    assert "We help with email, forms and video calls." in words
    assert "Free wifi and public computers" in words and "Help to get online" in words
    assert f'href="{site["partner"].url}"' in html  # the owning partner, linked
    assert "1 High Street" in words and "EL1 1AA" in words
    assert "Next to the bus station <b>ground floor</b>" in words  # escaped, not markup
    assert "<b>ground floor</b>" not in html
    assert "Step-free access" in words and "Hearing loop" in words
    assert "Accessible toilet" not in words
    assert "By phone" in words and "Online" in words
    assert "Free" in words
    assert "Anyone who lives in Elmshire" in words and "Ages 16 to 99" in words
    assert "Your library card" in words
    assert "Booking recommended" in words and "Call us or ask at the desk" in words
    assert "Arabic" in words and "Polish" in words and "British Sign Language" in words
    assert 'href="tel:01632960123"' in html
    assert 'href="mailto:help@elmbridge-library.example"' in html
    assert 'href="https://elmbridge-library.example/help"' in html
    assert "Last checked 3 months ago, on" in words
    assert "have not been checked" not in words
    assert f'href="{site["full"].url}report/"' in html
    assert re.search(r"(Open now|Closed now)", words)


def test_a_minimal_phone_only_service_shows_fees_and_no_empty_sections(client, site):
    html = page_html(client, site["minimal"])
    words = text(html)
    assert "By phone" in words
    assert "Online" not in words
    assert "£5 a call; free for people on benefits" in words
    assert 'href="tel:+441632960999"' in html
    assert "Anyone" in words
    assert "<table" not in html
    assert "Contact the service for opening times" in words
    assert "mailto:" not in html
    assert "Languages spoken" not in words
    warning = text(re.search(r'<div class="govuk-warning-text.*?</div>', html, re.S).group(0))
    assert "We do not know when these details were last checked." in warning
    assert "Contact the service before you go." in warning
    assert "have not been checked for more than" not in words


def test_the_week_table_runs_from_today_with_sessions_and_exceptions(client, site):
    html = page_html(client, site["full"])
    table = re.search(r"<table.*?</table>", html, re.S).group(0)
    assert "<caption" in table and 'scope="col"' in table
    rows = re.findall(r"<tr class=\"govuk-table__row\">(.*?)</tr>", table, re.S)[1:]
    assert len(rows) == 7
    assert all('scope="row"' in row for row in rows)
    first, second, third = (text(row) for row in rows[:3])
    assert "(today)" in first and "10am to 12pm, 2pm to 4pm" in first
    assert today().strftime("%Y-%m-%d") in rows[0]
    assert "Closed: Christmas Day" in second
    assert "Changed hours: Staff training" in third and "1pm to 3pm" in third
    assert "10am to 12pm" in text(rows[3])


def test_the_week_table_names_days_in_the_readers_language():
    with translation.override("pl"):
        from services.page_context import week_rows

        rows = week_rows(datetime.date(2026, 12, 2), [], [])
    assert rows[0]["weekday"] == "środa"
    assert rows[0]["day_month"] == "2 grudnia"


# Last checked ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("checked", "expected"),
    [
        (datetime.date(2026, 9, 2), "Last checked 3 months ago, on 2 September 2026."),
        (datetime.date(2026, 12, 2), "Last checked today, 2 December 2026."),
        (datetime.date(2025, 11, 20), "Last checked 1 year ago, on 20 November 2025."),
    ],
)
def test_last_checked_in_plain_words(checked, expected):
    with translation.override("en"):
        assert last_checked_text(checked, datetime.date(2026, 12, 2)) == expected


def test_last_checked_in_polish():
    with translation.override("pl"):
        words = last_checked_text(datetime.date(2026, 9, 2), datetime.date(2026, 12, 2))
    assert "3 miesiące temu" in words and "2 września 2026" in words


def test_a_listing_older_than_the_check_interval_is_flagged(client, site):
    page = site["full"]
    page.last_checked = today() - relativedelta(months=7)
    page.save_revision().publish()
    words = text(page_html(client, page))
    assert "These details have not been checked for more than 6 months." in words
    with override_settings(SERVICE_CHECK_MONTHS=12):
        assert "have not been checked" not in text(page_html(client, page))


# JSON-LD -----------------------------------------------------------------------------------


def test_json_ld_is_a_service_with_provider_channels_place_and_hours(client, site):
    data = json_ld(page_html(client, site["full"]))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Service"
    assert data["name"] == "Computer help at Elmbridge Library"
    assert data["provider"]["@type"] == "Organization"
    assert data["provider"]["name"] == "Elmbridge Library"
    assert data["provider"]["url"].endswith(site["partner"].url)
    assert data["serviceType"] == ["Free wifi and public computers", "Help to get online"]
    assert data["areaServed"] == [{"@type": "Place", "name": "Elmbridge"}]
    venue_channel, phone_channel, online_channel = data["availableChannel"]
    place = venue_channel["serviceLocation"]
    assert place["@type"] == "Place"
    assert place["isAccessibleForFree"] is True
    assert place["address"]["@type"] == "PostalAddress"
    assert place["address"]["postalCode"] == "EL1 1AA"
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 52.1, "longitude": -1.4}
    hours = place["openingHoursSpecification"]
    assert {row["@type"] for row in hours} == {"OpeningHoursSpecification"}
    weekly = [row for row in hours if "dayOfWeek" in row]
    assert len(weekly) == 8
    closed = next(row for row in hours if row.get("description") == "Christmas Day")
    assert closed["opens"] == closed["closes"] == "00:00"
    assert closed["validFrom"] == (today() + datetime.timedelta(days=1)).isoformat()
    assert phone_channel["servicePhone"]["telephone"] == "01632 960 123"
    assert online_channel["serviceUrl"] == "https://elmbridge-library.example/help"
    assert {lang["alternateName"] for lang in venue_channel["availableLanguage"]} == {
        "pl",
        "ar",
        "bfi",
    }
    assert data["offers"]["price"] == "0"
    assert data["audience"] == {
        "@type": "PeopleAudience",
        "suggestedMinAge": 16,
        "suggestedMaxAge": 99,
        "audienceType": "Anyone who lives in Elmshire",
    }


def test_json_ld_of_a_phone_only_service_parses_and_has_no_place(client, site):
    data = json_ld(page_html(client, site["minimal"]))
    assert data["@type"] == "Service"
    assert [channel["@type"] for channel in data["availableChannel"]] == ["ServiceChannel"]
    assert "serviceLocation" not in data["availableChannel"][0]
    assert "areaServed" not in data
    assert data["offers"]["description"] == "£5 a call; free for people on benefits"


def test_json_ld_cannot_close_its_script_element(client, site):
    page = site["minimal"]
    page.summary = "</script><script>alert(1)</script> & more"
    page.save_revision().publish()
    html = page_html(client, page)
    assert "<script>alert(1)" not in html
    assert json_ld(html)["description"] == "</script><script>alert(1)</script> & more"
    assert jsonld.dumps({"a": "<&>"}) == '{"a":"\\u003C\\u0026\\u003E"}'


# Who may see it ----------------------------------------------------------------------------


def test_a_draft_service_and_its_report_form_are_not_public(client, site):
    draft = ServicePageFactory(
        parent=site["partner"], title="Draft help", slug="draft-help", live=False
    )
    url = draft.get_url()  # Wagtail still computes a URL for a draft
    assert client.get(url).status_code == 404
    assert client.get(url + "report/").status_code == 404
    assert client.post(url + "report/", {"kind": "other"}).status_code == 404


def test_a_private_service_asks_for_login_on_the_page_and_the_form(client, site):
    page = site["minimal"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    for url in (page.url, page.url + "report/", page.url + "report/sent/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "login" in response["Location"]


def test_kinds_of_help_show_in_the_readers_language_where_translated(site):
    from services.models import HelpKind
    from services.page_context import localized

    polish, _created = Locale.objects.get_or_create(language_code="pl")
    wifi = site["full"].kinds.get(code="wifi")
    translated = wifi.copy_for_translation(polish)
    translated.name = "Darmowe wifi i komputery"
    translated.save()
    with translation.override("pl"):
        kinds = localized(list(site["full"].kinds.all()), HelpKind)
    assert [kind.name for kind in kinds] == ["Darmowe wifi i komputery", "Help to get online"]
    assert kinds[1].locale_id != polish.pk  # left in English: the template marks its lang


def test_the_page_reads_a_fixed_number_of_queries(client, site, django_assert_max_num_queries):
    client.get(site["full"].url)  # warm caches (site, settings)
    with django_assert_max_num_queries(40) as small:
        client.get(site["full"].url)
    page = site["full"]
    for index in range(6):
        ServiceLocationFactory(page=page, venue=VenueFactory(name=f"Branch {index}"))
        OpeningExceptionFactory(
            page=page, starts_on=today() + datetime.timedelta(days=10 + index), note=f"Shut {index}"
        )
        ServiceLanguageFactory(page=page, code=["fr", "es", "de", "it", "ro", "uk"][index])
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(page.url)
    assert "Branch 5" in response.content.decode()


# Languages ---------------------------------------------------------------------------------


def test_the_page_in_arabic_is_right_to_left_with_its_labels_translated(client, site):
    response = client.get(site["full"].url.replace("/en/", "/ar/", 1), follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'lang="ar" dir="rtl"' in html
    assert "مواعيد العمل" in html  # "Opening times"
    assert "الإبلاغ عن مشكلة في هذه القائمة" in html  # "Report a problem with this listing"
    assert 'lang="en" dir="ltr"' in html  # the English content is marked as English
