"""The library's RSS and Atom feeds: newest 20, absolute links, the language, the filters."""

import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale

from tests.builders import publish

from .library_builders import bulk_resources, days_ago, library_site, resource

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site(db):
    cache.clear()
    data = library_site()
    topics = data["topics"]
    data["email"] = resource(
        data["alder"],
        "Setting up an email account",
        [topics["email"]],
        summary="Step by step.",
        first_published_at=days_ago(3),
    )
    data["pledge"] = resource(
        data["library"],
        "Pledge template",
        [topics["safety"]],
        resource_format="template",
        first_published_at=days_ago(1),
    )
    return data


def rss_items(response):
    root = ET.fromstring(response.content)
    return root, root.findall("./channel/item")


def test_rss_lists_the_newest_resources_with_absolute_links(client, site):
    response = client.get(site["library"].url + "feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root, items = rss_items(response)
    channel = root.find("channel")
    assert channel.findtext("language") == "en"
    assert channel.findtext("link") == site["library"].full_url
    assert channel.findtext("link").startswith("http")
    assert [item.findtext("title") for item in items] == [
        "Pledge template",
        "Setting up an email account",
    ]
    email = items[1]
    assert email.findtext("link") == site["email"].full_url
    assert email.findtext("description") == "Step by step."
    assert "Alder Library Trust" in email.findtext("{http://purl.org/dc/elements/1.1/}creator")
    assert {c.text for c in email.findall("category")} == {"Guide", "Email and messages"}


def test_atom_has_the_same_entries(client, site):
    response = client.get(site["library"].url + "feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Pledge template",
        "Setting up an email account",
    ]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == site["pledge"].full_url


def test_feeds_use_the_librarys_filters(client, site):
    response = client.get(site["library"].url + "feed/rss/", {"topic": "email"})
    _root, items = rss_items(response)
    assert [item.findtext("title") for item in items] == ["Setting up an email account"]
    response = client.get(site["library"].url + "feed/atom/", {"format": "template"})
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Pledge template"]


def test_feeds_list_only_the_newest_twenty_newest_first(client, site):
    bulk_resources(site["birch"], 30, [site["topics"]["devices"]], prefix="Old")
    newest = resource(site["birch"], "Brand new", first_published_at=timezone.now())
    response = client.get(site["library"].url + "feed/rss/")
    _root, items = rss_items(response)
    assert len(items) == 20
    assert items[0].findtext("title") == newest.title
    dates = [item.findtext("pubDate") for item in items]
    assert len(dates) == 20 and all(dates)


def test_a_bad_filter_is_a_400_with_the_reason(client, site):
    response = client.get(site["library"].url + "feed/rss/", {"topic": "teleport"})
    assert response.status_code == 400
    assert "Choose topics from the list" in response.content.decode()
    response = client.get(site["library"].url + "feed/atom/", {"q": "x" * 200})
    assert response.status_code == 400


def test_a_translated_library_has_a_feed_in_its_language(client, site):
    polish = Locale.objects.get(language_code="pl")
    translated = site["email"].copy_for_translation(polish, copy_parents=True)
    translated.title = "Zakładanie konta e-mail"
    publish(translated)
    library_pl = site["library"].copy_for_translation(polish)
    library_pl.title = "Biblioteka materiałów"
    library_pl = publish(library_pl)
    response = client.get(library_pl.url + "feed/rss/")
    root, items = rss_items(response)
    assert root.find("channel").findtext("language") == "pl"
    assert root.find("channel").findtext("title") == "Biblioteka materiałów: nowe materiały"
    assert [item.findtext("title") for item in items] == ["Zakładanie konta e-mail"]


def test_drafts_are_not_in_the_feed(client, site):
    resource(site["alder"], "Draft guide", live=False, first_published_at=None)
    response = client.get(site["library"].url + "feed/rss/")
    _root, items = rss_items(response)
    assert "Draft guide" not in [item.findtext("title") for item in items]
    assert len(items) == 2
