"""Whatever a link or a reader sends, the finder answers with a clear message (and the
help line) and a 4xx, never a 500; the choices it can use still apply."""

from unittest import mock

import pytest
import requests
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.http import QueryDict
from django.utils import translation
from wagtail.models import Site

from hub.models import HubSettings
from services.factories import PostcodeDistrictFactory
from services.finder_filters import FinderForm
from services.selectors import kinds_for_locale

from .finder_builders import bulk_services, finder_site, service, venue_at


def summary(response) -> list[str]:
    page = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in page.select(".govuk-error-summary__list a")]


def names(response) -> list[str]:
    page = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in page.select(".service-result__name a")]


@pytest.fixture
def site(db):
    cache.clear()
    data = finder_site()
    hub = HubSettings.for_site(Site.objects.get(is_default_site=True))
    hub.helpline_phone = "0800 123 4567"
    hub.save()
    service(
        data["alder"],
        "Library computers",
        [data["kinds"]["get-online"]],
        venue_at("Library", 52.0, -1.5),
    )
    service(
        data["birch"],
        "Laptop loans",
        [data["kinds"]["devices"]],
        venue_at("Hub", 52.1, -1.5),
        is_free=False,
    )
    return data


@pytest.mark.parametrize(
    ("query", "message", "anchor"),
    [
        ({"kind": "teleport"}, "Choose kinds of help from the list", "#kind"),
        ({"area": "atlantis"}, "Choose a town or area from the list", "#id_area"),
        ({"radius": "7"}, "Choose a distance from the list", "#id_radius"),
        ({"language": "xx"}, "Choose a language from the list", "#id_language"),
        ({"access": "jetpack"}, "Choose accessibility needs from the list", "#access"),
        ({"q": "x" * 101}, "Search words must be 100 characters or fewer", "#id_q"),
        ({"postcode": "NOT A CODE"}, "Enter a real postcode, like EL6 2AB", "#id_postcode"),
        ({"postcode": "EL6 2AB EXTRA"}, "Enter a real postcode, like EL6 2AB", "#id_postcode"),
        ({"lat": "95", "lng": "10"}, "That location is not a place on Earth.", "#id_postcode"),
        ({"lat": "40.7", "lng": "-74"}, "Your location is outside the UK.", "#id_postcode"),
        ({"lat": "52"}, "Your location could not be read.", "#id_postcode"),
        ({"lat": "abc", "lng": "-1.5"}, "Your location could not be read.", "#id_postcode"),
        ({"lat": "nan", "lng": "inf"}, "Your location could not be read.", "#id_postcode"),
        ({"page": "abc"}, "Page numbers are whole numbers, such as 2.", "#results"),
        ({"page": "0"}, "Page numbers are whole numbers, such as 2.", "#results"),
        ({"page": "²"}, "Page numbers are whole numbers, such as 2.", "#results"),  # isdigit()
        ({"page": "-1"}, "Page numbers are whole numbers, such as 2.", "#results"),
        ({"page": "99"}, "There is no page 99 of these results.", "#results"),
    ],
)
def test_bad_input_is_named_in_the_error_summary_with_the_helpline(
    client, site, query, message, anchor
):
    response = client.get(site["finder"].url, query)
    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    links = page.select(".govuk-error-summary__list a")
    assert any(message in link.get_text() for link in links), summary(response)
    assert anchor in [link["href"] for link in links]
    if anchor not in ("#results", "#kind", "#access"):
        assert page.select_one(anchor) is not None  # the link leads to the field
    help_line = page.select_one(".govuk-error-summary a[href='tel:08001234567']")
    assert help_line is not None
    assert page.title.get_text().startswith("Error:")
    assert sorted(names(response)) == ["Laptop loans", "Library computers"]


def test_the_other_choices_still_apply_beside_a_bad_one(client, site):
    response = client.get(site["finder"].url, {"kind": "devices", "area": "atlantis"})
    assert response.status_code == 400
    assert names(response) == ["Laptop loans"]


def test_a_page_past_the_end_shows_the_last_page(client, site):
    bulk_services(site["alder"], 25, [site["kinds"]["devices"]])
    response = client.get(site["finder"].url, {"page": "7"})
    assert len(names(response)) == 7
    assert "There is no page 7 of these results. This is the last page." in summary(response)


def test_an_unknown_postcode_is_said_plainly(client, site, settings):
    settings.POSTCODE_API_URL = ""
    response = client.get(site["finder"].url, {"postcode": "ZZ9 9ZZ"})
    assert response.status_code == 400
    assert summary(response) == [
        "We could not find the postcode ZZ9 9ZZ. Check it, or choose a town instead"
    ]


def test_the_postcode_api_timing_out_without_a_district_is_said_plainly(client, site, settings):
    settings.POSTCODE_API_URL = "https://postcodes.example/{postcode}"
    with mock.patch("services.geo.requests.get", side_effect=requests.Timeout("slow")):
        response = client.get(site["finder"].url, {"postcode": "EL6 2AB"})
    assert response.status_code == 400
    assert "We could not find the postcode EL6 2AB." in summary(response)[0]


@pytest.mark.parametrize(
    "failure",
    [
        requests.ConnectionError("refused"),
        mock.Mock(status_code=500),
        mock.Mock(status_code=200, json=mock.Mock(side_effect=ValueError("not JSON"))),
        mock.Mock(status_code=200, json=mock.Mock(return_value={"result": None})),
        mock.Mock(status_code=200, json=mock.Mock(return_value=["odd"])),
    ],
)
def test_a_broken_postcode_api_falls_back_to_the_district_table(client, site, settings, failure):
    settings.POSTCODE_API_URL = "https://postcodes.example/{postcode}"
    PostcodeDistrictFactory(outward_code="EL6", latitude=52.1, longitude=-1.5)
    side = {"side_effect": failure} if isinstance(failure, Exception) else {"return_value": failure}
    with mock.patch("services.geo.requests.get", **side):
        response = client.get(site["finder"].url, {"postcode": "EL6 2AB"})
    assert response.status_code == 200
    assert names(response) == ["Laptop loans", "Library computers"]


def test_an_unconfigured_postcode_api_uses_the_district_table_without_asking(
    client, site, settings
):
    settings.POSTCODE_API_URL = ""
    PostcodeDistrictFactory(outward_code="EL6", latitude=52.1, longitude=-1.5)
    with mock.patch("services.geo.requests.get") as get:
        response = client.get(site["finder"].url, {"postcode": "el62ab"})
    get.assert_not_called()
    assert response.status_code == 200
    assert names(response) == ["Laptop loans", "Library computers"]


def test_the_print_view_answers_bad_input_too(client, site):
    response = client.get(site["finder"].url + "print/", {"kind": "teleport", "lat": "200"})
    assert response.status_code == 400  # the list still prints; the summary says what was left out
    assert "Library computers" in response.content.decode()
    assert "Choose kinds of help from the list" in summary(response)


@pytest.mark.parametrize("language", ["pl", "ro", "uk", "ar", "ur"])
def test_messages_are_in_the_readers_language(site, language):
    kinds = kinds_for_locale(site["finder"].locale_id)
    with translation.override(language):
        data = QueryDict("kind=teleport&lat=95&lng=0&postcode=%3F%3F")
        form = FinderForm(data, kinds=kinds, areas=[])
        form.is_valid()
        messages = [str(m) for errors in form.errors.values() for m in errors]
    assert len(messages) == 3
    assert "Choose kinds of help from the list" not in messages
    assert "Enter a real postcode, like EL6 2AB" not in messages


def test_an_arabic_reader_gets_the_message_in_arabic_right_to_left(client, site):
    from wagtail.models import Locale

    from tests.builders import publish

    arabic = Locale.objects.get(language_code="ar")
    finder_ar = site["finder"].copy_for_translation(arabic, copy_parents=True)
    finder_ar.title = "ابحث عن مساعدة رقمية"
    finder_ar = publish(finder_ar)
    response = client.get(finder_ar.url, {"postcode": "nonsense"})
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert summary(response) == ["أدخل رمزًا بريديًا صحيحًا، مثل EL6 2AB"]
    assert "لم يُعثر على أي خدمة" in html  # no Arabic services yet: the count, in Arabic
