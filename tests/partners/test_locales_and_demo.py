"""Readers in other languages see every partner; the demo content makes a meaningful dashboard."""

import io

from bs4 import BeautifulSoup
from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

from hub.models import HomePage
from partners.models import Area, PartnerPage, PledgePage, Sector
from partners.selectors import overdue_pledges
from tests import snapshots

from .public_data import known_site
from .test_directory import names


class TestOtherLanguages(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = known_site()
        cls.en = Locale.objects.get(language_code="en")
        cls.ar = Locale.objects.get(language_code="ar")

    def test_a_synchronised_tree_lists_its_own_partner_pages(self):
        synchronize_tree(self.en, self.ar)
        response = self.client.get("/ar/partners/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(names(response), ["Alder Library Trust", "Birch Housing", "Cedar Council"])
        soup = BeautifulSoup(response.content, "html.parser")
        links = [a["href"] for a in soup.select(".hub-partner__name a")]
        self.assertTrue(all(href.startswith("/ar/partners/") for href in links), links)
        self.assertEqual(
            names(self.client.get("/ar/partners/", {"sector": "housing"})), ["Birch Housing"]
        )
        self.assertEqual(self.client.get("/ar/progress/").status_code, 200)
        self.assertEqual(
            self.client.get("/ar/partners/birch-housing/wifi-in-every-community-room/").status_code,
            200,
        )

    def test_untranslated_partners_fall_back_to_the_default_language(self):
        directory_ar = self.data["directory"].copy_for_translation(
            self.ar, copy_parents=True, alias=True
        )
        self.assertFalse(directory_ar.get_children().exists())
        response = self.client.get("/ar/partners/")
        self.assertEqual(names(response), ["Alder Library Trust", "Birch Housing", "Cedar Council"])
        soup = BeautifulSoup(response.content, "html.parser")
        self.assertTrue(soup.find("a", href="/en/partners/birch-housing/"))

    def test_areas_are_named_in_the_readers_language_and_filter_by_slug(self):
        synchronize_tree(self.en, self.ar)
        fernley = self.data["areas"]["Fernley"]
        fernley_ar = fernley.copy_for_translation(self.ar)
        fernley_ar.name = "فيرنلي"
        fernley_ar.save()
        response = self.client.get("/ar/partners/", {"area": "fernley"})
        self.assertEqual(names(response), ["Birch Housing"])
        self.assertIn("فيرنلي", response.content.decode())
        english = self.client.get("/en/partners/", {"area": "fernley"}).content.decode()
        self.assertNotIn("فيرنلي", english)


def test_demo_builds_a_meaningful_directory_and_dashboard(demo, client):
    from partners import demo as partners_demo

    assert "Partners: 20 partners with 43 pledges." in snapshots.store().demo_log.read_text()
    home = HomePage.objects.get(locale__language_code="en")
    ar = Locale.objects.get(language_code="ar")

    partners = PartnerPage.objects.live().filter(locale=home.locale)
    assert partners.count() == 20
    assert set(partners.values_list("sector", flat=True)) == set(Sector.values)
    assert Area.objects.filter(locale=home.locale).count() == 8
    for partner in partners:
        pledges = PledgePage.objects.live().child_of(partner)
        assert 1 <= pledges.count() <= 4, partner
        assert partner.date_signed.year in (2024, 2025, 2026)
        assert partner.public_phone.startswith("01632 960 ")
        assert partner.website.endswith(".example/")
        for pledge in pledges:
            assert pledge.specific.principle_links.exists(), pledge
    statuses = set(PledgePage.objects.values_list("status", flat=True))
    assert statuses == {"planned", "in_progress", "achieved", "lapsed"}
    english_pledges = PledgePage.objects.live().filter(locale=home.locale)
    overdue = overdue_pledges(6, pledges=english_pledges).count()
    assert 3 <= overdue < english_pledges.count() / 2
    for slug in partners_demo.DEMO_PARTNER_SLUGS:
        assert partners.filter(slug=slug).exists()
    assert PartnerPage.objects.filter(locale=ar).count() == 20  # aliases in Arabic

    for url in ("/en/partners/", "/ar/partners/", "/en/progress/", "/ar/progress/"):
        assert client.get(url).status_code == 200, url
    menu = Page.objects.child_of(home).in_menu().values_list("slug", flat=True)
    assert {"partners", "progress"} <= set(menu)
    partners_demo.load(home=home, stdout=io.StringIO())  # running again changes nothing
    assert PartnerPage.objects.filter(locale=home.locale).count() == 20
