"""Issue 8, item 11: page choosers show the editor's language and start where the choice lives.

The charter and its principles exist in all six languages, with the English titles (as a
fresh translation has them), so a chooser that ignored languages would find "Work as one
team" six times. Forged ids (browsing into, or "choosing", another partner's unpublished
page) are refused, each paired with the partner's own page and with the comms team.
"""

import json

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from charter.models import CharterPage, PrinciplePage
from partners.models import PartnerPage, PledgePage
from tests.builders import publish
from tests.partners.test_joining_fixtures import add_pledge, approve_partner
from tests.partners.test_permissions import PartnerMatrixTestCase, page_url

LANGUAGES = ("pl", "ro", "uk", "ar", "ur")
B_SECRET_PLEDGE = "XYZZY unannounced pledge of B"
A_DRAFT_PLEDGE = "Draft pledge of A"
C_TITLE = "XYZZY Greywater Colleges"


pytestmark = pytest.mark.indexed  # searches, or reads the reference index


class TestChooserLanguages(PartnerMatrixTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        first, second = cls.tree["principles"]
        for code in LANGUAGES:
            locale = Locale.objects.get(language_code=code)
            publish(first.copy_for_translation(locale, copy_parents=True))
            publish(second.copy_for_translation(locale))
        cls.charter = cls.tree["charter"]
        for page, title in ((cls.page_b, B_SECRET_PLEDGE), (cls.page_a, A_DRAFT_PLEDGE)):
            add_pledge(page, cls.principle, title).unpublish()
        cls.b_secret = PledgePage.objects.get(title=B_SECRET_PLEDGE)
        cls.a_draft = PledgePage.objects.get(title=A_DRAFT_PLEDGE)
        # A partner approved but not yet published: its page is a draft.
        cls.page_c, _user = approve_partner(
            C_TITLE, "staff@greywater.example", cls.comms, publish_page=False
        )

    def in_language(self, model, code, **filters):
        return model.objects.get(locale__language_code=code, **filters)

    def prefer(self, language):
        profile = UserProfile.get_for_user(self.user_a)
        profile.preferred_language = language
        profile.save()

    def search(self, words="Work as one team", **params):
        extra = params.pop("headers", {})
        response = self.client.get(
            reverse("wagtailadmin_choose_page_search"),
            {"q": words, "page_type": "charter.principlepage", **params},
            headers=extra,
        )
        self.assertEqual(response.status_code, 200)
        return [page.pk for page in response.context["pages"]]

    def browse(self, parent=None, follow=False, **params):
        if parent is None:
            url = reverse("wagtailadmin_choose_page")
        else:
            url = reverse("wagtailadmin_choose_page_child", args=[parent.pk])
        return self.client.get(url, params, follow=follow)

    def start(self, **params):
        response = self.browse(page_type="charter.principlepage", **params)
        self.assertEqual(response.status_code, 200)
        return json.loads(response.content)

    # Search --------------------------------------------------------------------------------

    def test_searching_finds_a_principle_once_in_the_editors_language(self):
        self.assertEqual(PrinciplePage.objects.filter(title="Work as one team").count(), 6)
        self.assertEqual(self.search(), [self.principle.pk])

    def test_a_polish_editor_finds_the_polish_principle(self):
        self.prefer("pl")
        self.assertEqual(self.search(), [self.in_language(PrinciplePage, "pl", number=1).pk])

    def test_the_locale_the_chooser_is_given_wins_over_the_admin_language(self):
        self.prefer("pl")
        self.assertEqual(
            self.search(locale="uk"), [self.in_language(PrinciplePage, "uk", number=1).pk]
        )

    def test_the_rich_text_link_chooser_follows_the_language_of_the_edited_page(self):
        self.prefer("ar")
        referer = "http://testserver" + page_url("edit", self.pledge_a.pk)
        self.assertEqual(self.search(headers={"referer": referer}), [self.principle.pk])
        # From another site's address, the referrer is not trusted.
        elsewhere = "https://elsewhere.example" + page_url("edit", self.pledge_a.pk)
        self.assertEqual(
            self.search(headers={"referer": elsewhere}),
            [self.in_language(PrinciplePage, "ar", number=1).pk],
        )

    def test_an_unknown_locale_falls_back_to_the_editors_language(self):
        self.assertEqual(self.search(locale="xx"), [self.principle.pk])

    def test_the_comms_team_also_finds_one_principle(self):
        self.client.force_login(self.comms)
        self.assertEqual(self.search(), [self.principle.pk])

    # Browse --------------------------------------------------------------------------------

    def test_a_principle_chooser_starts_at_the_charter_in_the_editors_language(self):
        self.assertEqual(self.start()["parent_page_id"], self.charter.pk)
        self.prefer("ro")
        self.assertEqual(self.start()["parent_page_id"], self.in_language(CharterPage, "ro").pk)
        self.assertEqual(
            self.start(locale="ur")["parent_page_id"], self.in_language(CharterPage, "ur").pk
        )

    def test_the_language_can_still_be_switched(self):
        html = self.start()["html"]
        for code in LANGUAGES:
            switch = reverse(
                "wagtailadmin_choose_page_child", args=[self.in_language(CharterPage, code).pk]
            )
            self.assertIn(switch, html)
        # The search box keeps the language being browsed.
        self.assertIn("locale=en", html)

    def test_an_unrestricted_chooser_starts_at_the_root_in_the_editors_language(self):
        self.prefer("uk")
        response = self.browse()
        self.assertEqual(response.status_code, 200)
        data = json.loads(response.content)
        self.assertEqual(data["parent_page_id"], Page.get_first_root_node().pk)
        homes = Page.objects.filter(depth=2)

        def link(code):
            home = homes.get(locale__language_code=code)
            return f'href="{reverse("wagtailadmin_choose_page_child", args=[home.pk])}'

        self.assertIn(link("uk"), data["html"])
        self.assertNotIn(link("en"), data["html"])

    # Forged ids ----------------------------------------------------------------------------

    def test_browsing_into_another_partners_unpublished_page_shows_nothing(self):
        for page, secret in ((self.b_secret, B_SECRET_PLEDGE), (self.page_c, C_TITLE)):
            with self.subTest(page=secret):
                # (A 404 under /admin/ is redirected once to the language-prefixed address.)
                response = self.browse(page, follow=True)
                self.assertEqual(response.status_code, 404)
                self.assertNotIn(secret, response.content.decode())

    def test_browsing_into_own_draft_and_live_pages_of_others_is_allowed(self):
        for page in (self.a_draft, self.page_b):
            with self.subTest(page=page.title):
                response = self.browse(page)
                self.assertEqual(response.status_code, 200)
                self.assertIn(page.title, json.loads(response.content)["html"])

    def test_choosing_another_partners_unpublished_page_by_id_returns_nothing(self):
        url = reverse("wagtailadmin_choose_page_chosen_multiple")
        response = self.client.get(url, {"id": [self.b_secret.pk, self.page_c.pk, "x"]})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(json.loads(response.content)["result"], [])
        self.assertNotIn("XYZZY", response.content.decode())
        response = self.client.get(url, {"id": [self.a_draft.pk, self.pledge_b.pk]})
        chosen = {item["id"] for item in json.loads(response.content)["result"]}
        self.assertEqual(chosen, {self.a_draft.pk, self.pledge_b.pk})

    def test_the_comms_team_may_browse_and_choose_every_draft(self):
        self.client.force_login(self.comms)
        self.assertEqual(self.browse(self.page_c).status_code, 200)
        response = self.client.get(
            reverse("wagtailadmin_choose_page_chosen_multiple"), {"id": [self.b_secret.pk]}
        )
        self.assertEqual(
            [item["id"] for item in json.loads(response.content)["result"]], [self.b_secret.pk]
        )
        self.assertIsInstance(self.page_c, PartnerPage)


class TestOthersDraftTitles(PartnerMatrixTestCase):
    """A retitle of another partner's live page, waiting for approval, is not shown to A."""

    RETITLE = "XYZZY retitled before approval"

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.live_title = PledgePage.objects.get(pk=cls.pledge_b.pk).title
        draft = cls.pledge_b.get_latest_revision_as_object()
        draft.title = cls.RETITLE
        draft.save_revision(user=cls.user_b)

    def responses(self):
        return [
            self.client.get(reverse("wagtailadmin_choose_page_child", args=[self.page_b.pk])),
            self.client.get(reverse("wagtailadmin_choose_page_child", args=[self.pledge_b.pk])),
            self.client.get(reverse("wagtailadmin_choose_page_search"), {"q": "tablets"}),
            self.client.get(
                reverse("wagtailadmin_choose_page_chosen_multiple"), {"id": [self.pledge_b.pk]}
            ),
        ]

    def test_a_partner_sees_another_partners_live_title(self):
        for response in self.responses():
            with self.subTest(url=response.request["PATH_INFO"]):
                self.assertEqual(response.status_code, 200)
                body = response.content.decode()
                self.assertNotIn(self.RETITLE, body)
        self.assertIn(self.live_title, self.responses()[0].content.decode())

    def test_the_comms_team_sees_the_draft_title(self):
        self.client.force_login(self.comms)
        self.assertIn(self.RETITLE, self.responses()[0].content.decode())
