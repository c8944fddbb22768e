"""Issue 7, finding 3: tag suggestions name only tags on files the partner may choose."""

from django.urls import reverse

from tests.partners.test_permissions import PartnerMatrixTestCase

URL = reverse("wagtailadmin_tag_autocomplete")


class TestTagAutocomplete(PartnerMatrixTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.image_a.tags.add("xylophone club")
        cls.image_b.tags.add("xyzzy merger plans")
        cls.document_b.tags.add("xyz confidential")

    def suggestions(self, term="xy"):
        response = self.client.get(URL, {"term": term})
        self.assertEqual(response.status_code, 200)
        return response.json()

    def test_a_partner_is_offered_its_own_tags_and_no_one_elses(self):
        self.assertEqual(self.suggestions(), ["xylophone club"])

    def test_the_comms_team_is_offered_every_tag(self):
        self.client.force_login(self.comms)
        self.assertEqual(
            self.suggestions(), ["xylophone club", "xyz confidential", "xyzzy merger plans"]
        )

    def test_another_tag_model_or_an_empty_term_offers_nothing(self):
        self.assertEqual(self.suggestions(""), [])
        response = self.client.get(
            reverse("wagtailadmin_tag_model_autocomplete", args=["taggit", "tag"]),
            {"term": "xy"},
        )
        self.assertEqual(response.json(), [])

    def test_visitors_are_sent_to_sign_in(self):
        self.client.logout()
        response = self.client.get(URL, {"term": "xy"})
        self.assertEqual(response.status_code, 302)
