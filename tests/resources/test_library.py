"""The library page: its cards, each filter, search, sorting, pagination, the count, the
empty state, the locale rule, and drafts, private pages or draft partners never listed."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from wagtail.models import Locale, PageViewRestriction

from partners.factories import PartnerPageFactory
from resources.factories import ResourceTopicFactory
from tests.builders import publish

from .library_builders import bulk_resources, days_ago, library_site, resource


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".resource-card__title a")]


@pytest.fixture
def site(db):
    cache.clear()
    data = library_site()
    topics, alder, birch, library = (
        data["topics"],
        data["alder"],
        data["birch"],
        data["library"],
    )
    data["resources"] = {
        "email": resource(
            alder,
            "Setting up an email account",
            [topics["email"]],
            summary="Step by step, with pictures.",
            resource_format="guide",
            audience_residents=True,
            audience_champions=True,
            first_published_at=days_ago(30),
            last_reviewed=datetime.date(2026, 3, 5),
        ),
        "dropin": resource(
            birch,
            "Running a drop-in session",
            [topics["devices"], topics["safety"]],
            summary="A toolkit for digital champions.",
            resource_format="toolkit",
            audience_residents=False,
            audience_frontline=True,
            first_published_at=days_ago(10),
        ),
        "pledge": resource(
            library,
            "Pledge template",
            [topics["safety"]],
            summary="Write your organisation's pledge.",
            resource_format="template",
            audience_residents=False,
            audience_partners=True,
            first_published_at=days_ago(20),
        ),
    }
    return data


def test_lists_live_resources_newest_first(client, site):
    response = client.get(site["library"].url)
    assert response.status_code == 200
    assert titles(response) == [
        "Running a drop-in session",
        "Pledge template",
        "Setting up an email account",
    ]
    status = soup(response).select_one("[role=status][aria-live=polite]")
    assert status.get_text(strip=True) == "3 resources found"


def test_a_card_shows_format_topics_audiences_author_languages_and_review(client, site):
    page = soup(client.get(site["library"].url))
    cards = {
        card.select_one(".resource-card__title a").get_text(strip=True): card
        for card in page.select(".resource-card")
    }
    email = cards["Setting up an email account"]
    link = email.select_one(".resource-card__title a")["href"]
    assert link == site["resources"]["email"].url
    text = email.get_text(" ", strip=True)
    for expected in (
        "Step by step, with pictures.",
        "Guide",
        "Email and messages",
        "Residents, Digital champions",
        "Alder Library Trust",
        "English",
        "5 March 2026",
    ):
        assert expected in text
    assert email.select_one(".resource-card__author a")["href"] == site["alder"].url
    dropin = cards["Running a drop-in session"].get_text(" ", strip=True)
    assert "Devices and data, Staying safe online" in dropin
    assert "Frontline staff" in dropin and "Residents" not in dropin
    own = cards["Pledge template"].select_one(".resource-card__author")
    assert own.find("a") is None  # the partnership's own: named, not linked
    assert own.get_text(strip=True)


def test_sorts_a_to_z(client, site):
    response = client.get(site["library"].url, {"sort": "title"})
    assert titles(response) == [
        "Pledge template",
        "Running a drop-in session",
        "Setting up an email account",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"topic": "safety"}, ["Running a drop-in session", "Pledge template"]),
        (
            {"topic": ["email", "devices"]},
            ["Running a drop-in session", "Setting up an email account"],
        ),
        ({"audience": "champions"}, ["Setting up an email account"]),
        ({"audience": ["partners", "frontline"]}, ["Running a drop-in session", "Pledge template"]),
        ({"format": "toolkit"}, ["Running a drop-in session"]),
        ({"format": ["guide", "template"]}, ["Pledge template", "Setting up an email account"]),
        ({"q": "PICTURES"}, ["Setting up an email account"]),
        ({"q": "drop-in"}, ["Running a drop-in session"]),
        ({"topic": "safety", "format": "template"}, ["Pledge template"]),
        ({"q": "nothing like this"}, []),
    ],
)
def test_each_filter_narrows_the_list(client, site, query, expected):
    response = client.get(site["library"].url, query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_language_filter_lists_resources_with_a_live_translation_not_an_alias(client, site):
    polish = Locale.objects.get(language_code="pl")
    email = site["resources"]["email"]
    translated = email.copy_for_translation(polish, copy_parents=True)
    translated.title = "Zakładanie konta e-mail"
    publish(translated)
    dropin = site["resources"]["dropin"]
    birch_pl = site["birch"].copy_for_translation(polish, copy_parents=True)
    dropin.create_alias(parent=birch_pl, update_locale=polish)
    response = client.get(site["library"].url, {"language": "pl"})
    assert titles(response) == ["Setting up an email account"]
    card = soup(response).select_one(".resource-card__languages").get_text(strip=True)
    assert card == "English, Polish"


def test_languages_are_named_in_the_readers_language_and_topics_too(client, site):
    polish = Locale.objects.get(language_code="pl")
    email = site["resources"]["email"]
    translated = email.copy_for_translation(polish, copy_parents=True)
    translated.title = "Zakładanie konta e-mail"
    publish(translated)
    library_pl = site["library"].copy_for_translation(polish)
    library_pl.title = "Biblioteka materiałów"
    library_pl = publish(library_pl)
    topic = site["topics"]["email"]
    ResourceTopicFactory(
        name="Poczta i wiadomości",
        code="email",
        locale=polish,
        translation_key=topic.translation_key,
    )
    response = client.get(library_pl.url)
    assert titles(response) == ["Zakładanie konta e-mail"]  # only the Polish tree
    html = soup(response)
    assert html.select_one(".resource-card__topics").get_text(strip=True) == "Poczta i wiadomości"
    assert html.select_one(".resource-card__languages").get_text(strip=True) == "angielski, polski"
    assert "Poczta i wiadomości" in html.select_one("#topic").find_parent("fieldset").get_text()
    assert "Zakładanie konta e-mail" not in titles(client.get(site["library"].url))


def test_drafts_private_resources_and_those_of_draft_partners_are_never_listed(client, site):
    resource(site["alder"], "Draft guide", live=False)
    private = resource(site["alder"], "Staff-only guide")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    hidden = PartnerPageFactory(parent=site["directory"], title="Dune Digital", live=False)
    resource(hidden, "Dune guide")
    listed = titles(client.get(site["library"].url))
    for title in ("Draft guide", "Staff-only guide", "Dune guide"):
        assert title not in listed
    assert len(listed) == 3


def test_pagination_keeps_the_choices(client, site):
    bulk_resources(site["alder"], 45, [site["topics"]["devices"]], prefix="More")
    response = client.get(site["library"].url, {"topic": "devices", "sort": "title"})
    assert soup(response).select_one("#results").get_text(strip=True) == "46 resources found"
    assert len(titles(response)) == 20
    next_link = soup(response).select_one(".govuk-pagination__next a")["href"]
    assert next_link == "?topic=devices&sort=title&page=2#results"
    last = client.get(site["library"].url + "?topic=devices&sort=title&page=3")
    assert last.status_code == 200
    assert len(titles(last)) == 6
    assert soup(last).select_one('[aria-current="page"]').get_text(strip=True) == "3"
    assert "(46 resources found, page 3 of 3)" in soup(last).title.get_text()


def test_the_choices_are_kept_in_the_form(client, site):
    response = client.get(
        site["library"].url, {"topic": "safety", "audience": "partners", "language": "en"}
    )
    html = soup(response)
    assert html.select_one("input[name=topic][value=safety]").has_attr("checked")
    assert not html.select_one("input[name=topic][value=email]").has_attr("checked")
    assert html.select_one("input[name=audience][value=partners]").has_attr("checked")
    assert html.select_one("#id_language option[value=en]").has_attr("selected")


def test_an_empty_result_says_so_and_offers_to_clear_the_choices(client, site):
    response = client.get(site["library"].url, {"q": "zebra crossings"})
    assert response.status_code == 200
    html = soup(response)
    assert html.select_one("#results").get_text(strip=True) == "0 resources found"
    empty = html.select_one(".resource-library__empty")
    assert "No resources match your choices." in empty.get_text()
    assert empty.select_one("a")["href"] == site["library"].url


def test_the_page_links_its_feeds_with_the_same_choices(client, site):
    response = client.get(site["library"].url, {"topic": "safety", "sort": "title"})
    links = soup(response).select('link[rel="alternate"][type$="+xml"]')
    hrefs = {link["type"]: link["href"] for link in links}
    base = site["library"].url
    assert hrefs == {
        "application/rss+xml": f"{base}feed/rss/?topic=safety",
        "application/atom+xml": f"{base}feed/atom/?topic=safety",
    }
