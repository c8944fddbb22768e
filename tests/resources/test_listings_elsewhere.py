"""Resources listed on principle pages (by principle, across languages) and partner pages
(the partner's own), each in a fixed number of queries."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from resources.selectors import LIST_LIMIT
from tests.builders import publish

from .library_builders import bulk_resources, days_ago, library_site, resource


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def listed(response) -> list[str]:
    return [
        a.get_text(strip=True)
        for a in soup(response).select(".resource-list .resource-card__title a")
    ]


@pytest.fixture
def site(db):
    cache.clear()
    data = library_site()
    topics, share = data["topics"], data["share"]
    data["email"] = resource(
        data["alder"],
        "Setting up an email account",
        [topics["email"]],
        [share],
        first_published_at=days_ago(5),
    )
    data["pledge"] = resource(
        data["library"],
        "Pledge template",
        [topics["safety"]],
        [share],
        first_published_at=days_ago(2),
    )
    data["untagged"] = resource(
        data["alder"], "Untagged guide", [topics["devices"]], first_published_at=days_ago(1)
    )
    data["birch_own"] = resource(
        data["birch"], "Birch's signposting guide", [topics["devices"]], [data["signpost"]]
    )
    return data


def test_a_principle_page_lists_resources_tagged_with_it(client, site):
    response = client.get(site["share"].url)
    assert response.status_code == 200
    assert listed(response) == ["Pledge template", "Setting up an email account"]
    heading = soup(response).select_one(".resource-list h2").get_text(strip=True)
    assert heading == "Resources for this principle"
    assert listed(client.get(site["signpost"].url)) == ["Birch's signposting guide"]


def test_drafts_are_not_listed_and_no_section_without_resources(client, site):
    resource(site["alder"], "Draft guide", [], [site["share"]], live=False)
    assert "Draft guide" not in listed(client.get(site["share"].url))
    site["birch_own"].unpublish()
    response = client.get(site["signpost"].url)
    assert response.status_code == 200
    assert soup(response).select_one(".resource-list") is None


def test_a_translated_principle_lists_the_resources_translations_and_aliases(client, site):
    polish = Locale.objects.get(language_code="pl")
    share_pl = site["share"].copy_for_translation(polish, copy_parents=True)
    share_pl.title = "Dziel się dobrymi praktykami"
    share_pl = publish(share_pl)
    email_pl = site["email"].copy_for_translation(polish, copy_parents=True)
    email_pl.title = "Zakładanie konta e-mail"
    publish(email_pl)
    library_pl = site["library"].copy_for_translation(polish)
    publish(library_pl)
    site["pledge"].create_alias(parent=library_pl, update_locale=polish)
    response = client.get(share_pl.url)
    assert response.status_code == 200
    # newest first: the translation was published just now
    assert listed(response) == ["Zakładanie konta e-mail", "Pledge template"]
    assert listed(client.get(site["share"].url)) == [
        "Pledge template",
        "Setting up an email account",
    ]


def test_many_resources_are_cut_with_a_link_to_the_library(client, site):
    email = [site["topics"]["email"]]
    bulk_resources(site["birch"], LIST_LIMIT + 5, email, principle=site["share"])
    response = client.get(site["share"].url)
    assert len(listed(response)) == LIST_LIMIT
    section = soup(response).select_one(".resource-list")
    total = LIST_LIMIT + 7
    assert f"The newest {LIST_LIMIT} of {total} resources." in section.get_text()
    assert section.select("a")[-1]["href"] == site["library"].url


def test_a_partner_page_lists_only_its_own_resources(client, site):
    response = client.get(site["alder"].url)
    assert response.status_code == 200
    assert listed(response) == ["Untagged guide", "Setting up an email account"]
    heading = soup(response).select_one(".resource-list h2").get_text(strip=True)
    assert heading == "Resources from this partner"
    assert listed(client.get(site["birch"].url)) == ["Birch's signposting guide"]


def count_queries(client, url) -> int:
    client.get(url)
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append(len(queries))
    return min(counts)


def test_principle_and_partner_pages_make_a_fixed_number_of_queries(client, site):
    urls = {"principle": site["share"].url, "partner": site["birch"].url}
    email = [site["topics"]["email"]]
    bulk_resources(site["birch"], LIST_LIMIT + 2, email, principle=site["share"])
    small = {name: count_queries(client, url) for name, url in urls.items()}
    bulk_resources(site["birch"], 300, email, principle=site["share"])
    big = {name: count_queries(client, url) for name, url in urls.items()}
    print(f"\nQueries (12 -> 312 resources): {small} -> {big}")
    assert big == small
