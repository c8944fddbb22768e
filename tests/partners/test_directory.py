"""The partner directory: filters, A–Z, search, pagination and bad input."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import TestCase
from wagtail.models import Locale

from partners.factories import AreaFactory
from partners.public.filters import query_string

from .public_data import grow, known_site, make_structure


def names(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [h3.get_text(strip=True) for h3 in soup.select(".hub-partner__name")]


class TestDirectoryFilters(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = known_site()
        cls.url = cls.data["directory"].url

    def get(self, **params):
        response = self.client.get(self.url, params)
        self.assertEqual(response.status_code, 200)
        return response

    def test_lists_live_partners_a_to_z_without_drafts(self):
        self.assertEqual(
            names(self.get()), ["Alder Library Trust", "Birch Housing", "Cedar Council"]
        )

    def test_each_card_shows_sector_areas_date_signed_and_pledge_count(self):
        soup = BeautifulSoup(self.get().content, "html.parser")
        birch = soup.select(".hub-partner")[1]
        text = birch.get_text(" ", strip=True)
        self.assertIn("Housing", text)
        self.assertIn("Fernley, Hollowmere", text)
        self.assertEqual(birch.find("time")["datetime"], "2025-05-05")
        pledges = birch.find("dt", string="Pledges").find_next("dd").get_text(strip=True)
        self.assertEqual(pledges, "1")  # the draft pledge is not counted

    def test_sector_filter(self):
        self.assertEqual(names(self.get(sector="housing")), ["Birch Housing"])
        self.assertEqual(names(self.get(sector="education")), [])

    def test_area_filter(self):
        self.assertEqual(
            names(self.get(area="elmbridge")), ["Alder Library Trust", "Cedar Council"]
        )
        self.assertEqual(names(self.get(area="hollowmere")), ["Birch Housing"])

    def test_principle_filter_counts_live_pledges_only(self):
        self.assertEqual(names(self.get(principle="2")), ["Alder Library Trust", "Birch Housing"])
        # Birch's principle 3 pledge is a draft, so only Cedar has pledged principle 3.
        self.assertEqual(names(self.get(principle="3")), ["Cedar Council"])

    def test_combined_filters_narrow_together(self):
        self.assertEqual(names(self.get(sector="council", area="elmbridge")), ["Cedar Council"])
        self.assertEqual(names(self.get(sector="library", area="fernley")), [])
        self.assertEqual(
            names(self.get(area="elmbridge", principle="1", q="alder")), ["Alder Library Trust"]
        )

    def test_search_within_names_and_summaries(self):
        self.assertEqual(names(self.get(q="cedar")), ["Cedar Council"])
        self.assertEqual(names(self.get(q="  BIRCH ")), ["Birch Housing"])

    def test_letter_filter_and_letter_links(self):
        response = self.get(letter="b")
        self.assertEqual(names(response), ["Birch Housing"])
        soup = BeautifulSoup(response.content, "html.parser")
        current = soup.select_one(".hub-letters__link[aria-current]")
        self.assertEqual(current.get_text(strip=True), "B")
        # Letters with no partners are not links.
        self.assertIsNone(soup.find("a", class_="hub-letters__link", string="Z"))
        self.assertIsNotNone(soup.find("a", class_="hub-letters__link", string="C"))

    def test_the_result_count_is_in_a_status_region_and_the_title(self):
        soup = BeautifulSoup(self.get(sector="housing").content, "html.parser")
        status = soup.find(attrs={"role": "status"})
        self.assertIn("1 partner matches your filters", status.get_text())
        self.assertIn("1 partner found", soup.title.get_text())

    def test_the_form_is_a_labelled_get_form_with_a_submit_button(self):
        soup = BeautifulSoup(self.get().content, "html.parser")
        form = soup.find("form", class_="hub-filters")
        self.assertEqual(form["method"], "get")
        self.assertTrue(form["action"].endswith("#results"))
        self.assertIsNotNone(form.find("button", type="submit"))
        for field in form.find_all(["input", "select"]):
            if field.get("type") != "hidden":
                self.assertIsNotNone(form.find("label", attrs={"for": field["id"]}), field)

    def test_choices_keep_what_was_chosen(self):
        soup = BeautifulSoup(self.get(sector="housing", q="bir").content, "html.parser")
        self.assertEqual(soup.find("option", selected=True)["value"], "housing")
        self.assertEqual(soup.find("input", attrs={"name": "q"})["value"], "bir")

    def test_unknown_values_are_ignored_with_a_message(self):
        for params in (
            {"sector": "xyz"},
            {"area": "%ff"},
            {"area": "\ufffd"},
            {"principle": "abc"},
            {"principle": "99"},
            {"letter": "ä"},
            {"q": "x" * 500},
            {"page": "abc"},
            {"page": "99999"},
            {"page": "-1"},
            {"sector": ["council", "xyz"]},
        ):
            with self.subTest(params=params):
                response = self.client.get(self.url, params)
                self.assertEqual(response.status_code, 200)
        response = self.get(sector="xyz", area="elmbridge")
        self.assertEqual(names(response), ["Alder Library Trust", "Cedar Council"])
        soup = BeautifulSoup(response.content, "html.parser")
        summary = soup.find(class_="govuk-error-summary")
        self.assertIn("Choose a sector from the list", summary.get_text())
        self.assertEqual(summary.find("a")["href"], "#id_sector")
        self.assertTrue(soup.title.get_text().startswith("Error:"))

    def test_a_null_byte_is_refused_politely(self):
        response = self.client.get(self.url, {"q": "a\x00b"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(names(response)), 3)

    def test_links_to_open_data(self):
        soup = BeautifulSoup(self.get().content, "html.parser")
        hrefs = [a["href"] for a in soup.select(".hub-open-data a")]
        self.assertEqual(
            hrefs,
            [
                f"{self.url}open-data/partners/csv/",
                f"{self.url}open-data/partners/json/",
                f"{self.url}open-data/pledges/csv/",
                f"{self.url}open-data/pledges/json/",
            ],
        )


def test_query_string_keeps_filters_and_drops_empty_values():
    filters = {"sector": "council", "q": "old town", "letter": ""}
    assert query_string(filters, page=2) == "?q=old+town&sector=council&page=2"
    assert query_string(filters, sector=None) == "?q=old+town"
    assert query_string({}) == "?"


@pytest.mark.django_db
def test_pagination_keeps_the_filters(client):
    data = make_structure()
    area = AreaFactory(name="Fernley", slug="fernley", locale=Locale.get_default())
    grow(data["directory"], data["principles"], [area], 160, 1, datetime.date(2026, 6, 1))
    # Bulk partner n is in sector n % 7; "health" is 1, so 23 of the 160 partners.
    url = data["directory"].url
    first = client.get(url, {"sector": "health", "area": "fernley"})
    assert len(names(first)) == 20
    soup = BeautifulSoup(first.content, "html.parser")
    next_link = soup.find("a", rel="next")["href"]
    assert next_link == "?sector=health&area=fernley&page=2#results"
    second = client.get(url + next_link.split("#")[0])
    assert len(names(second)) == 3
    assert not set(names(second)) & set(names(first))
    previous = BeautifulSoup(second.content, "html.parser").find("a", rel="prev")["href"]
    assert previous == "?sector=health&area=fernley#results"

    everyone = BeautifulSoup(client.get(url).content, "html.parser")
    pages = [a.get_text(strip=True) for a in everyone.select(".govuk-pagination__item a")]
    assert pages == ["1", "2", "8"]  # with an ellipsis between 2 and 8
    assert everyone.select(".govuk-pagination__item--ellipsis")

    last = client.get(url, {"page": "99999"})
    assert last.status_code == 200
    assert len(names(last)) == 160 - 7 * 20
    assert "page 8 of 8" in BeautifulSoup(last.content, "html.parser").title.get_text()
    assert names(client.get(url, {"page": "abc"})) == names(client.get(url))
