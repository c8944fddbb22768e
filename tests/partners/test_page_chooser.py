"""Issue 7, finding 3: the page chooser shows a partner live pages and its own drafts only."""

import pytest
from django.urls import reverse

from partners.models import PledgePage
from tests.partners.test_joining_fixtures import add_pledge
from tests.partners.test_permissions import PartnerMatrixTestCase

B_SECRET_PLEDGE = "XYZZY unannounced pledge of B"
A_DRAFT_PLEDGE = "Draft pledge of A"


pytestmark = pytest.mark.indexed  # searches, or reads the reference index


class TestPageChooser(PartnerMatrixTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for page, title in ((cls.page_b, B_SECRET_PLEDGE), (cls.page_a, A_DRAFT_PLEDGE)):
            pledge = add_pledge(page, cls.principle, title)
            pledge.unpublish()
        cls.b_secret = PledgePage.objects.get(title=B_SECRET_PLEDGE)

    def browse(self, page):
        return self.client.get(reverse("wagtailadmin_choose_page_child", args=[page.pk]))

    def search(self, words):
        return self.client.get(reverse("wagtailadmin_choose_page_search"), {"q": words})

    def test_browsing_and_searching_hide_another_partners_unpublished_page(self):
        for response in (self.browse(self.page_b), self.search("XYZZY unannounced")):
            body = response.content.decode()
            self.assertEqual(response.status_code, 200)
            self.assertNotIn(B_SECRET_PLEDGE, body)
        # Live pages of others stay choosable: a partner may link to them.
        self.assertIn(self.pledge_b.title, self.browse(self.page_b).content.decode())

    def test_a_partner_still_sees_its_own_draft(self):
        self.assertIn(A_DRAFT_PLEDGE, self.browse(self.page_a).content.decode())
        self.assertIn(A_DRAFT_PLEDGE, self.search("Draft pledge").content.decode())

    def test_the_comms_team_sees_every_draft(self):
        self.client.force_login(self.comms)
        self.assertIn(B_SECRET_PLEDGE, self.browse(self.page_b).content.decode())
