"""Bad input to the library: unknown values, odd page numbers, over-long searches.

Each answers 400 with an error summary in the reader's language that links to the field,
the other (valid) choices still applied; nothing ever answers 500.
"""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.http import QueryDict
from django.utils import translation
from wagtail.models import Locale

from resources.library_filters import LibraryForm
from resources.selectors import topics_for_locale
from tests.builders import publish

from .library_builders import bulk_resources, library_site, resource

WHOLE = "Page numbers are whole numbers, such as 2. This is the first page."


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def summary(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".govuk-error-summary__list a")]


def titles(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".resource-card__title a")]


@pytest.fixture
def site(db):
    cache.clear()
    data = library_site()
    topics = data["topics"]
    resource(data["alder"], "Email guide", [topics["email"]], resource_format="guide")
    resource(data["birch"], "Safety toolkit", [topics["safety"]], resource_format="toolkit")
    return data


@pytest.mark.parametrize(
    ("query", "message", "href"),
    [
        ("topic=teleport", "Choose topics from the list", "#topic"),
        ("audience=aliens", "Choose who it is for from the list", "#audience"),
        ("format=hologram", "Choose formats from the list", "#format"),
        ("language=xx", "Choose a language from the list", "#id_language"),
        ("sort=random", "Choose how to sort from the list", "#id_sort"),
        ("q=" + "a" * 101, "Search words must be 100 characters or fewer", "#id_q"),
        ("page=abc", WHOLE, "#results"),
        ("page=0", WHOLE, "#results"),
        ("page=-3", WHOLE, "#results"),
        ("page=٣", WHOLE, "#results"),
        (
            "page=99999999999999999999",
            WHOLE,
            "#results",
        ),
        ("page=7", "There is no page 7 of these results. This is the last page.", "#results"),
    ],
)
def test_bad_input_is_a_400_with_a_linked_message(client, site, query, message, href):
    response = client.get(f"{site['library'].url}?{query}")
    assert response.status_code == 400
    html = soup(response)
    assert summary(response) == [message]
    assert html.select_one(".govuk-error-summary__list a")["href"] == href
    assert html.title.get_text().startswith("Error:")
    assert len(titles(response)) == 2  # the listing is still there


def test_the_valid_choices_still_apply_beside_a_bad_one(client, site):
    response = client.get(site["library"].url, {"topic": ["email", "teleport"], "q": "guide"})
    assert response.status_code == 400
    assert titles(response) == ["Email guide"]
    response = client.get(site["library"].url, {"format": ["toolkit", "nope"]})
    assert response.status_code == 400
    assert titles(response) == ["Safety toolkit"]


def test_past_the_end_shows_the_last_page(client, site):
    bulk_resources(site["alder"], 25, [site["topics"]["email"]])
    response = client.get(site["library"].url, {"page": "9"})
    assert response.status_code == 400
    assert len(titles(response)) == 7
    assert soup(response).select_one('[aria-current="page"]').get_text(strip=True) == "2"


@pytest.mark.parametrize(
    "query",
    [
        "topic=",
        "topic=%00",
        "q=%00%FF",
        "language=&sort=",
        "page=",
        "q=%25%25_%5C",
        "topic=email&topic=email",
        "page=2.5",
        "page=1e3",
        "q=" + "%F0%9F%98%80" * 30,
    ],
)
def test_odd_query_strings_never_fail(client, site, query):
    response = client.get(f"{site['library'].url}?{query}")
    assert response.status_code in (200, 400)


@pytest.mark.parametrize("language", ["pl", "ro", "uk", "ar", "ur"])
def test_messages_are_in_the_readers_language(site, language):
    topics = topics_for_locale(site["library"].locale_id)
    with translation.override(language):
        data = QueryDict("topic=teleport&audience=x&format=y&language=zz&sort=q&q=" + "a" * 101)
        form = LibraryForm(data, topics=topics)
        messages = [error["text"] for error in form.error_list()]
    assert len(messages) == 6
    english = {
        "Choose topics from the list",
        "Choose who it is for from the list",
        "Choose formats from the list",
        "Choose a language from the list",
        "Choose how to sort from the list",
        "Search words must be 100 characters or fewer",
    }
    assert not english & set(messages)


def test_an_arabic_reader_gets_the_message_in_arabic_right_to_left(client, site):
    arabic = Locale.objects.get(language_code="ar")
    library_ar = site["library"].copy_for_translation(arabic, copy_parents=True)
    library_ar.title = "مكتبة الموارد"
    library_ar = publish(library_ar)
    response = client.get(library_ar.url, {"page": "abc"})
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert summary(response) != [WHOLE]
    assert len(summary(response)) == 1
