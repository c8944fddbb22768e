import re

import pytest
from django.test import Client, TestCase
from wagtail.models import Page

from charter import demo
from charter.models import CharterPage, PrinciplePage
from hub.demo.builder import build
from hub.models import HomePage


@pytest.mark.demo
class TestDemoCharter(TestCase):
    """Read the demo as ``make run`` loads it; each test's changes are rolled back."""

    def test_demo_charter_has_six_complete_principles_in_order(self):
        charter = CharterPage.objects.get(locale__language_code="en")
        assert charter.title == "The Elmshire Digital Inclusion Charter"
        assert charter.slug == "charter" and charter.show_in_menus and charter.live
        principles = list(
            PrinciplePage.objects.child_of(charter).live().order_by("number").specific()
        )
        assert [p.number for p in principles] == [1, 2, 3, 4, 5, 6]
        assert principles[2].title == "Work as one team"
        for principle in principles:
            assert principle.has_unpublished_changes is False
            assert principle.summary and principle.description and principle.rationale
            assert principle.commitments
            assert all(text for _level, text in principle.maturity_levels), principle.title
            assert 3 <= len(principle.metrics) <= 5, principle.title
            assert 3 <= len(principle.actions) <= 6, principle.title
            assert {int(a.value["level"]) for a in principle.actions} <= {1, 2, 3, 4}

    def test_demo_charter_reads_in_full_on_one_page_in_english_and_arabic(self):
        response = Client().get("/en/charter/full/")

        assert response.status_code == 200
        html = response.content.decode()
        assert html.count("<h1") == 1
        numbers = [int(n) for n in re.findall(r'<section [^>]*id="principle-(\d+)"', html)]
        assert numbers == [1, 2, 3, 4, 5, 6]
        assert "Work as one team" in html and "4 Leading" in html

        arabic = Client().get("/ar/charter/full/").content.decode()
        assert '<html lang="ar" dir="rtl"' in arabic
        # The demo's charter is translated: its principles read in Arabic, none in English.
        principle = PrinciplePage.objects.get(slug="work-as-one-team", locale__language_code="ar")
        assert principle.title != "Work as one team" and principle.title in arabic
        assert "Work as one team" not in arabic

    def test_demo_charter_is_translated_into_every_language(self):
        client = Client()
        english = client.get("/en/charter/")
        assert english.status_code == 200
        assert "hub-untranslated" not in english.content.decode()

        for code in ("pl", "ro", "uk", "ar", "ur"):
            for path in (f"/{code}/charter/", f"/{code}/charter/work-as-one-team/"):
                response = client.get(path)
                assert response.status_code == 200, path
                html = response.content.decode()
                assert "hub-untranslated" not in html, path
                heading = re.search(r"<h1[^>]*>", html).group(0)
                assert "lang=" not in heading, path
                # The charter and principle text is translated; only partners' pledges
                # listed on a principle page stay English (and are marked so).
                assert "Work as one team</" not in html, path

    def test_charter_loader_on_its_own_makes_the_aliases_for_other_languages(self):
        # Other apps' loaders may synchronise the whole tree; the charter must not rely on them.
        for charter in CharterPage.objects.order_by("-alias_of_id"):
            charter.delete()
        assert not Page.objects.filter(slug="work-as-one-team").exists()
        home = HomePage.objects.get(locale__language_code="en")

        demo.load(home=home)

        response = Client().get("/pl/charter/work-as-one-team/")
        assert response.status_code == 200
        assert "hub-untranslated" in response.content.decode()
        assert PrinciplePage.objects.filter(locale__language_code="ur").count() == 6

    def test_demo_is_idempotent_through_the_hub_loader(self):
        counts = (CharterPage.objects.count(), PrinciplePage.objects.count(), Page.objects.count())
        assert counts[0] == 6  # the English charter and its alias in five other languages
        assert counts[1] == 36

        assert build() is False
        home = HomePage.objects.get(locale__language_code="en")
        demo.load(home=home)  # the charter's own loader leaves an existing charter alone too

        assert (
            CharterPage.objects.count(),
            PrinciplePage.objects.count(),
            Page.objects.count(),
        ) == counts
