"""Page type rules, rendering and editing of the public partner pages; partner and pledge pages."""

import datetime

from bs4 import BeautifulSoup
from django.apps import apps
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from charter.models import PrinciplePage
from hub.models import HomePage
from partners.factories import add_progress_update
from partners.models import (
    PartnerDirectoryPage,
    PartnerPage,
    PledgePage,
    ProgressDashboardPage,
)

from .public_data import known_site


class TestPageTypeRules(WagtailPageTestCase):
    def test_directory_and_dashboard_live_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(PartnerDirectoryPage, {HomePage})
        self.assertAllowedParentPageTypes(ProgressDashboardPage, {HomePage})

    def test_partners_live_in_the_directory_and_pledges_under_partners(self):
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerDirectoryPage})
        self.assertAllowedSubpageTypes(PartnerDirectoryPage, {PartnerPage})
        self.assertAllowedParentPageTypes(PledgePage, {PartnerPage})
        # A partner's support services and resources live beside its pledges.
        service_page = apps.get_model("services", "ServicePage")
        resource_page = apps.get_model("resources", "ResourcePage")
        self.assertAllowedSubpageTypes(PartnerPage, {PledgePage, service_page, resource_page})
        self.assertAllowedSubpageTypes(PledgePage, set())
        self.assertAllowedSubpageTypes(ProgressDashboardPage, set())

    def test_pages_cannot_be_created_in_the_wrong_place(self):
        self.assertCanNotCreateAt(HomePage, PartnerPage)
        self.assertCanNotCreateAt(PartnerDirectoryPage, PledgePage)
        self.assertCanNotCreateAt(Page, PartnerDirectoryPage)


class TestPagesRenderAndEdit(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = known_site()

    def test_every_page_renders(self):
        for page in (
            self.data["directory"],
            self.data["dashboard"],
            *self.data["partners"].values(),
            self.data["pledges"]["a1"],
            self.data["pledges"]["c1"],
        ):
            if page.live:
                self.assertPageIsRenderable(page)

    def test_directory_and_dashboard_previews_render(self):
        self.assertPageIsPreviewable(self.data["directory"])
        self.assertPageIsPreviewable(self.data["dashboard"])
        self.assertPageIsPreviewable(self.data["pledges"]["a1"])

    def test_directory_is_editable(self):
        self.assertPageIsEditable(
            self.data["directory"],
            post_data={"title": "Our partners", "slug": "partners", "intro": "Everyone."},
        )

    def test_dashboard_is_editable(self):
        self.assertPageIsEditable(
            self.data["dashboard"],
            post_data={
                "title": "Progress",
                "slug": "progress",
                "intro": "How we are doing.",
                "overdue_after_months": "3",
            },
        )

    def test_partner_page_is_editable(self):
        partner = self.data["partners"]["birch"]
        data = nested_form_data(
            {
                "title": "Birch Housing",
                "slug": partner.slug,
                "summary": "Homes for people in Fernley.",
                "description": rich_text("<p>We run 2,000 homes.</p>"),
                "sector": "housing",
                "areas": [self.data["areas"]["Fernley"].pk],
                "date_signed": "2025-05-05",
                "website": "https://www.birch-housing.example/",
                "public_email": "hello@birch-housing.example",
                "public_phone": "01632 960 555",
                "address": "1 High Street\nFernley",
            }
        )
        self.assertPageIsEditable(partner, post_data=data)

    def test_pledge_page_is_editable_with_principles_and_updates(self):
        pledge = self.data["pledges"]["a1"]
        principle = self.data["principles"][0]
        data = nested_form_data(
            {
                "title": pledge.title,
                "slug": pledge.slug,
                "commitment": "Lend laptops from every branch.",
                "target": "Five branches lending",
                "target_date": "2027-03-31",
                "status": "in_progress",
                "principle_links": inline_formset(
                    [{"principle": principle.pk, "maturity_now": "2", "maturity_target": "3"}],
                    min=1,
                ),
                "progress_updates": inline_formset(
                    [
                        {
                            "date": "2026-01-10",
                            "summary": "All five branches lend laptops.",
                            "evidence_url": "https://alder.example/laptops",
                            "evidence_document": "",
                        }
                    ]
                ),
            }
        )
        self.assertPageIsEditable(pledge, post_data=data)


class TestPartnerAndPledgePages(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = known_site()

    def get(self, page, **params):
        response = self.client.get(page.url, params)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser")

    def test_partner_page_shows_live_pledges_only(self):
        html = str(self.get(self.data["partners"]["birch"]))
        self.assertIn("Wifi in every community room", html)
        self.assertNotIn("Train housing officers", html)

    def test_partner_page_shows_contact_details_with_a_phone_link(self):
        soup = self.get(self.data["partners"]["birch"])
        link = soup.find("a", href="tel:01632960555")
        self.assertIsNotNone(link)
        self.assertEqual(link.get_text(strip=True), "01632 960 555")
        self.assertIsNotNone(soup.find("a", href="mailto:hello@birch-housing.example"))

    def test_partner_page_shows_sector_areas_and_maturity(self):
        text = self.get(self.data["partners"]["birch"]).get_text(" ", strip=True)
        self.assertIn("Housing", text)
        self.assertIn("Fernley, Hollowmere", text)
        self.assertIn("Maturity now: 2 Developing. Aiming for: 4 Leading.", text)
        self.assertEqual(len(self.get(self.data["partners"]["birch"]).find_all("h1")), 1)

    def test_dates_are_written_in_british_style(self):
        soup = self.get(self.data["partners"]["alder"])
        signed = soup.find("time", datetime="2024-03-01")
        self.assertEqual(signed.get_text(strip=True), "1 March 2024")

    def test_partner_page_lists_its_latest_progress_newest_first(self):
        soup = self.get(self.data["partners"]["alder"])
        timeline = soup.find("h2", id="progress").find_next("ol")
        dates = [t["datetime"] for t in timeline.find_all("time")]
        self.assertEqual(dates, sorted(dates, reverse=True))
        self.assertEqual(len(dates), 3)

    def test_pledge_timeline_is_newest_first_with_dates_in_time_elements(self):
        soup = self.get(self.data["pledges"]["a1"])
        items = soup.find("ol", class_="hub-timeline").find_all("li", recursive=False)
        self.assertEqual(len(items), 2)
        self.assertIn("All five branches", items[0].get_text())
        self.assertIn("Two branches", items[1].get_text())
        first, second = (item.find("time")["datetime"] for item in items)
        self.assertGreater(first, second)

    def test_pledge_page_links_back_to_its_partner_and_principles(self):
        soup = self.get(self.data["pledges"]["b1"])
        partner = self.data["partners"]["birch"]
        self.assertTrue(soup.find_all("a", href=partner.url))
        principle_urls = [p.url for p in PrinciplePage.objects.filter(number__in=[1, 2])]
        for url in principle_urls:
            self.assertIsNotNone(soup.find("a", href=url))
        table = soup.find("table")
        self.assertIn("1 Initial", table.get_text())
        self.assertEqual([th["scope"] for th in table.find("thead").find_all("th")], ["col"] * 3)

    def test_pledge_page_shows_evidence_links_and_documents_with_type_and_size(self):
        from django.core.files.base import ContentFile

        document = get_document_model()(title="Champion training report")
        document.file.save("report.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048), save=False)
        document._set_document_file_metadata()
        document.save()
        add_progress_update(
            self.data["pledges"]["c1"],
            datetime.date(2026, 1, 1),
            "Report published.",
            evidence_document=document,
        )
        text = self.get(self.data["pledges"]["c1"]).get_text(" ", strip=True)
        self.assertIn("Champion training report", text)
        self.assertIn("(PDF, 2.0", text)
        self.assertIn("https://www.cedar-council.example/champions", text)

    def test_a_pledge_of_a_draft_partner_is_not_listed_anywhere(self):
        for page in (self.data["directory"], self.data["dashboard"]):
            self.assertNotIn("Refurbish donated laptops", str(self.get(page)))
