"""Issue 7, finding 3: the page-types report names no other partner's last-edited page."""

from django.urls import reverse

from partners.models import PartnerPage
from tests.partners.test_permissions import B_SECRETS, B_TITLE, PartnerMatrixTestCase

REPORT = reverse("wagtailadmin_reports:page_types_usage")
RESULTS = reverse("wagtailadmin_reports:page_types_usage_results")


class TestPageTypesReport(PartnerMatrixTestCase):
    def test_a_partner_sees_the_counts_but_not_another_partners_page(self):
        for url in (REPORT, RESULTS):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200)
            body = response.content.decode()
            self.assertIn("Partner", body)  # the page types are still listed
            for secret in B_SECRETS:
                self.assertNotIn(secret, body, f"{url} leaked {secret!r}")

    def test_a_partner_sees_its_own_page_when_it_edited_last(self):
        page = PartnerPage.objects.get(pk=self.page_a.pk)
        page.save_revision(user=self.user_a)
        self.assertIn("Elmbridge Library", self.client.get(RESULTS).content.decode())

    def test_the_comms_team_sees_every_last_edited_page(self):
        self.client.force_login(self.comms)
        self.assertIn(B_TITLE, self.client.get(RESULTS).content.decode())
