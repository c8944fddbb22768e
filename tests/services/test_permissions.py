"""Partners' staff and support services: their own, through moderation; never another's.

Partners A and B are made by the real approval service (``PartnerMatrixTestCase``). A adds
and edits services under its own page and every change waits for the comms team, like its
pledges; everything A tries on B's service is refused with nothing saved or leaked.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

from services.factories import HelpKindFactory, VenueFactory
from services.models import ServicePage
from tests.partners.test_bulk_actions_scope import bulk
from tests.partners.test_joining_fixtures import edit_form_data
from tests.partners.test_permissions import PartnerMatrixTestCase, page_url
from tests.services.admin_builders import add_service, add_url, default, service_form

B_SERVICE = "XYZZY Fernley tablet loans"
B_SERVICE_DRAFT = "XYZZY unannounced SIM bank of B"


class ServiceMatrixTestCase(PartnerMatrixTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.kind = HelpKindFactory(name="Device lending", code="devices", locale=default())
        cls.venue = VenueFactory(name="Fernley Community Hub", locale=default())
        cls.service_a = add_service(
            cls.page_a, "Elmbridge wifi and computers", kinds=[cls.kind], venues=[cls.venue]
        )
        cls.service_b = add_service(cls.page_b, B_SERVICE, kinds=[cls.kind], venues=[cls.venue])
        draft = add_service(cls.page_b, B_SERVICE_DRAFT, kinds=[cls.kind], by_phone=True)
        draft.unpublish()
        cls.draft_b = ServicePage.objects.get(pk=draft.pk)

    def snapshot(self):
        state = super().snapshot()
        state["services"] = sorted(
            ServicePage.objects.values_list("pk", "title", "live", "path", "last_checked")
        )
        return state

    def assert_refused(self, method, url, data=None, **extra):
        response = super().assert_refused(method, url, data, **extra)
        body = response.content.decode()
        for secret in (B_SERVICE, B_SERVICE_DRAFT):
            self.assertNotIn(secret, body, f"{method.upper()} {url} leaked {secret!r}")
        return response


class TestOwnServices(ServiceMatrixTestCase):
    def test_a_partner_adds_a_service_under_its_own_page_for_moderation(self):
        data = service_form(
            self.client, self.page_a, kinds=[self.kind.pk], locations=[{"venue": self.venue.pk}]
        )
        data["action-submit"] = "1"
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(add_url(self.page_a), data)
        self.assertEqual(response.status_code, 302)
        service = ServicePage.objects.get(slug="tablet-loans")
        self.assertEqual(service.get_parent().pk, self.page_a.pk)
        self.assertFalse(service.live)
        self.assertTrue(service.workflow_in_progress)
        self.assertEqual(service.current_workflow_task.name, "Comms team approval")

    def test_a_partner_cannot_publish_a_new_service_itself(self):
        data = service_form(self.client, self.page_a, kinds=[self.kind.pk], by_phone="on")
        data["action-publish"] = "1"
        self.client.post(add_url(self.page_a), data)
        service = ServicePage.objects.get(slug="tablet-loans")
        self.assertFalse(service.live)

    def test_a_partner_edits_its_service_and_the_live_page_waits_for_approval(self):
        data = edit_form_data(self.client, self.service_a, title="Elmbridge free wifi")
        data["action-submit"] = "1"
        response = self.client.post(page_url("edit", self.service_a.pk), data)
        self.assertEqual(response.status_code, 302)
        service = ServicePage.objects.get(pk=self.service_a.pk)
        self.assertEqual(service.title, "Elmbridge wifi and computers")
        self.assertTrue(service.workflow_in_progress)
        self.assertEqual(service.get_latest_revision().content["title"], "Elmbridge free wifi")

    def test_the_edit_page_offers_submit_not_publish(self):
        response = self.client.get(page_url("edit", self.service_a.pk))
        self.assertContains(response, 'name="action-submit"')
        self.assertNotContains(response, 'name="action-publish"')


@pytest.mark.indexed  # the page search must not show another partner's drafts
class TestAnotherPartnersServices(ServiceMatrixTestCase):
    def test_adding_a_service_under_another_partner(self):
        url = add_url(self.page_b)
        self.assert_refused("get", url)
        self.assert_refused(
            "post", url, {"title": "Sneaky", "slug": "sneaky", "action-submit": "1"}
        )

    def test_editing_another_partners_service(self):
        for service in (self.service_b, self.draft_b):
            with self.subTest(service=service.pk):
                self.assert_refused("get", page_url("edit", service.pk))
                self.assert_refused(
                    "post",
                    page_url("edit", service.pk),
                    {"title": "Taken over", "slug": "taken-over", "action-submit": "1"},
                )

    def test_deleting_unpublishing_copying_and_moving_another_partners_service(self):
        for service in (self.service_b, self.draft_b):
            with self.subTest(service=service.pk):
                self.assert_refused("get", page_url("delete", service.pk))
                self.assert_refused("post", page_url("delete", service.pk))
                self.assert_refused("post", page_url("unpublish", service.pk))
                self.assert_refused("get", page_url("copy", service.pk))
                self.assert_refused(
                    "post",
                    page_url("copy", service.pk),
                    {
                        "new_title": "Copied",
                        "new_slug": "copied",
                        "new_parent_page": self.page_a.pk,
                    },
                )
                self.assert_refused("get", page_url("move", service.pk))
                self.assert_refused("post", page_url("move_confirm", service.pk, self.page_a.pk))

    def test_moving_or_copying_own_service_under_another_partner(self):
        self.assert_refused("post", page_url("move_confirm", self.service_a.pk, self.page_b.pk))
        self.client.post(
            page_url("copy", self.service_a.pk),
            {"new_title": "Copied", "new_slug": "copied-to-b", "new_parent_page": self.page_b.pk},
        )
        self.assertFalse(self.page_b.get_children().filter(slug="copied-to-b").exists())
        self.assertEqual(
            ServicePage.objects.get(pk=self.service_a.pk).get_parent().pk, self.page_a.pk
        )

    def test_the_page_chooser_hides_another_partners_draft_service(self):
        browse = self.client.get(reverse("wagtailadmin_choose_page_child", args=[self.page_b.pk]))
        search = self.client.get(reverse("wagtailadmin_choose_page_search"), {"q": "XYZZY"})
        for response in (browse, search):
            self.assertEqual(response.status_code, 200)
            self.assertNotContains(response, B_SERVICE_DRAFT)
        # A live service stays choosable: a partner may link to it.
        self.assertContains(browse, B_SERVICE)

    def test_bulk_actions_with_forged_ids_name_none_of_another_partners_services(self):
        for action in ("delete", "unpublish", "move"):
            url = bulk(
                "wagtailcore",
                "page",
                action,
                self.service_b.pk,
                self.draft_b.pk,
                self.service_a.pk,
            )
            with self.subTest(action=action):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, B_SERVICE)
                self.assertNotContains(response, B_SERVICE_DRAFT)
                self.assertContains(response, "of the chosen items")
        before = self.snapshot()
        self.client.post(
            bulk("wagtailcore", "page", "delete", self.service_b.pk, self.draft_b.pk),
            {"id": [self.service_b.pk, self.draft_b.pk]},
        )
        self.assertEqual(self.snapshot(), before)
        self.assertEqual(Page.objects.filter(pk=self.service_b.pk).count(), 1)

    def test_the_comms_team_may_edit_every_partners_service(self):
        self.client.force_login(self.comms)
        response = self.client.get(page_url("edit", self.draft_b.pk))
        self.assertContains(response, B_SERVICE_DRAFT)
        self.assertContains(response, 'name="action-publish"')
