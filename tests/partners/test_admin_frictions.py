"""Admin frictions of issue 8: comms-only membership fields, areas, and the submit button.

Partners are made the real way (an approved application); the comms team's permissions come
from the migrations, as in production.
"""

import datetime

from django.test import TestCase
from django.urls import reverse

from partners.factories import AreaFactory
from partners.models import Area, PartnerPage
from tests.partners.test_joining_fixtures import (
    approve_partner,
    build_site,
    edit_form_data,
    make_comms_user,
)

DENIED = "Sorry, you do not have permission"
HOME = reverse("wagtailadmin_home")
SIGNED = datetime.date(2024, 5, 1)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


class FrictionsTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site()
        cls.comms = make_comms_user()
        cls.page_a, cls.user_a = approve_partner(
            "Elmbridge Library", "staff@elmbridge-library.example", cls.comms, sector="library"
        )
        cls.page_b, cls.user_b = approve_partner(
            "Fernley Housing Trust", "staff@fernley-housing.example", cls.comms, sector="housing"
        )
        PartnerPage.objects.filter(pk=cls.page_a.pk).update(date_signed=SIGNED)
        latest = PartnerPage.objects.get(pk=cls.page_a.pk)
        latest.save_revision(user=cls.comms).publish(user=cls.comms)

    def approve(self, page):
        self.client.force_login(self.comms)
        task_state = PartnerPage.objects.get(pk=page.pk).current_workflow_task_state
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
        )
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, {"comment": ""})


class TestMembershipFields(FrictionsTestCase):
    def test_comms_can_change_sector_and_date_signed(self):
        self.client.force_login(self.comms)
        data = edit_form_data(
            self.client, self.page_a, sector="education", date_signed="2025-02-03"
        )
        data["action-publish"] = "1"
        response = self.client.post(edit_url(self.page_a), data)
        self.assertEqual(response.status_code, 302)
        page = PartnerPage.objects.get(pk=self.page_a.pk)
        self.assertEqual(page.sector, "education")
        self.assertEqual(page.date_signed, datetime.date(2025, 2, 3))

    def test_partner_sees_sector_and_date_signed_but_has_no_field_for_them(self):
        self.client.force_login(self.user_a)
        response = self.client.get(edit_url(self.page_a))
        self.assertEqual(response.status_code, 200)
        body = response.content.decode()
        self.assertNotIn('name="sector"', body)
        self.assertNotIn('name="date_signed"', body)
        self.assertIn('name="summary"', body)  # the rest of the page stays editable
        self.assertIn("Library and culture", body)
        self.assertIn("1 May 2024", body)
        self.assertIn("Only the comms team can change this.", body)

    def test_partner_without_a_date_signed_sees_it_is_not_recorded(self):
        self.client.force_login(self.user_b)
        PartnerPage.objects.filter(pk=self.page_b.pk).update(date_signed=None)
        self.page_b.refresh_from_db()
        self.page_b.save_revision(user=self.comms)
        body = self.client.get(edit_url(self.page_b)).content.decode()
        self.assertIn("Not recorded yet", body)

    def test_forged_post_by_a_partner_leaves_sector_and_date_signed_unchanged(self):
        self.client.force_login(self.user_a)
        data = edit_form_data(self.client, self.page_a, summary="Books, rooms and help")
        data["sector"] = "business"
        data["date_signed"] = "2001-01-01"
        data["action-submit"] = "1"
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(edit_url(self.page_a), data)
        self.assertEqual(response.status_code, 302)
        submitted = PartnerPage.objects.get(pk=self.page_a.pk).get_latest_revision().content
        self.assertEqual(submitted["summary"], "Books, rooms and help")
        self.assertEqual(submitted["sector"], "library")
        self.assertEqual(submitted["date_signed"], "2024-05-01")
        self.approve(self.page_a)
        page = PartnerPage.objects.get(pk=self.page_a.pk)
        self.assertEqual(page.summary, "Books, rooms and help")
        self.assertEqual(page.sector, "library")
        self.assertEqual(page.date_signed, SIGNED)


class TestAreas(FrictionsTestCase):
    def test_comms_can_add_change_and_delete_areas(self):
        self.client.force_login(self.comms)
        listing = self.client.get(reverse("wagtailsnippets_partners_area:list"))
        self.assertEqual(listing.status_code, 200)
        self.assertContains(listing, "Elmbridge")
        response = self.client.post(
            reverse("wagtailsnippets_partners_area:add") + "?locale=en",
            {"name": "Kingsford", "slug": "kingsford"},
        )
        self.assertEqual(response.status_code, 302)
        area = Area.objects.get(slug="kingsford")
        response = self.client.post(
            reverse("wagtailsnippets_partners_area:edit", args=[area.pk]),
            {"name": "Kingsford and Mere", "slug": "kingsford"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Area.objects.get(pk=area.pk).name, "Kingsford and Mere")
        response = self.client.post(reverse("wagtailsnippets_partners_area:delete", args=[area.pk]))
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Area.objects.filter(pk=area.pk).exists())

    def test_partner_cannot_list_add_change_or_delete_areas(self):
        area = AreaFactory(
            name="Hollowmere", slug="hollowmere", locale=self.tree["areas"][0].locale
        )
        self.client.force_login(self.user_a)
        requests = [
            ("get", reverse("wagtailsnippets_partners_area:list"), {}),
            (
                "post",
                reverse("wagtailsnippets_partners_area:add") + "?locale=en",
                {"name": "Forged", "slug": "forged"},
            ),
            (
                "post",
                reverse("wagtailsnippets_partners_area:edit", args=[area.pk]),
                {"name": "Renamed", "slug": "hollowmere"},
            ),
            ("post", reverse("wagtailsnippets_partners_area:delete", args=[area.pk]), {}),
        ]
        for method, url, data in requests:
            with self.subTest(url=url):
                response = getattr(self.client, method)(url, data, follow=True)
                self.assertRedirects(response, HOME)
                self.assertContains(response, DENIED)
        self.assertFalse(Area.objects.filter(slug="forged").exists())
        self.assertEqual(Area.objects.get(pk=area.pk).name, "Hollowmere")


class TestSubmitIsTheMainButton(FrictionsTestCase):
    def default_action(self, user, url):
        self.client.force_login(user)
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        menu = response.context["action_menu"]
        return menu.default_item.name, [item.name for item in menu.menu_items]

    def test_partner_editing_its_page_gets_submit_as_the_main_button(self):
        default, others = self.default_action(self.user_a, edit_url(self.page_a))
        self.assertEqual(default, "action-submit")
        self.assertIn("action-save-draft", others)
        self.assertNotIn("action-publish", others)

    def test_partner_adding_a_pledge_gets_submit_as_the_main_button(self):
        url = reverse("wagtailadmin_pages:add", args=["partners", "pledgepage", self.page_a.pk])
        default, others = self.default_action(self.user_a, url)
        self.assertEqual(default, "action-submit")
        self.assertIn("action-save-draft", others)

    def test_the_main_button_is_rendered_first_as_the_submit_button(self):
        self.client.force_login(self.user_a)
        body = self.client.get(edit_url(self.page_a)).content.decode()
        footer = body[body.index('aria-label="Actions (footer)"') :]
        submit, save = footer.find('name="action-submit"'), footer.find(">Save draft<")
        self.assertNotEqual(save, -1)
        self.assertTrue(0 <= submit < save)
        self.assertIn("w-dropdown__content", footer[submit:save])  # save draft under the arrow

    def test_comms_keep_wagtails_order_with_publish_offered_before_submit(self):
        default, others = self.default_action(self.comms, edit_url(self.page_a))
        self.assertEqual(default, "action-save-draft")
        self.assertIn("action-publish", others)
        if "action-submit" in others:
            self.assertLess(others.index("action-publish"), others.index("action-submit"))
