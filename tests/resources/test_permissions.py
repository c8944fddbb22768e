"""Partners' staff and resources: their own, through moderation; never another's, nor the library's.

Partners A and B are made by the real approval service (``PartnerMatrixTestCase``). A adds
and edits resources under its own page and every change waits for the comms team, like its
pledges; everything A tries on B's resources, or on the partnership's own resources under
the library, is refused with nothing saved or leaked. The page permissions that approval
gives a partner group on its own page are what allow this: nothing resource-specific.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

from resources.factories import ResourceLibraryPageFactory
from resources.models import ResourcePage
from tests.builders import publish
from tests.partners.test_bulk_actions_scope import bulk
from tests.partners.test_permissions import PartnerMatrixTestCase, page_url
from tests.resources.admin_builders import (
    add_resource,
    add_url,
    edit_form,
    make_topic,
    resource_form,
)

B_RESOURCE = "XYZZY Fernley tenants tablet guide"
B_RESOURCE_DRAFT = "XYZZY unannounced toolkit of B"
LIBRARY_DRAFT = "XYZZY partnership draft guide"


class ResourceMatrixTestCase(PartnerMatrixTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.topic = make_topic()
        cls.library = publish(ResourceLibraryPageFactory(parent=cls.tree["home"]))
        cls.resource_a = add_resource(cls.page_a, "Elmbridge wifi guide", topics=[cls.topic])
        cls.resource_b = add_resource(cls.page_b, B_RESOURCE, topics=[cls.topic])
        draft = add_resource(cls.page_b, B_RESOURCE_DRAFT, topics=[cls.topic])
        draft.unpublish()
        cls.draft_b = ResourcePage.objects.get(pk=draft.pk)
        cls.library_resource = add_resource(cls.library, "Charter toolkit", topics=[cls.topic])

    def snapshot(self):
        state = super().snapshot()
        state["resources"] = sorted(
            ResourcePage.objects.values_list("pk", "title", "live", "path", "review_due")
        )
        state["library_children"] = list(self.library.get_children().values_list("pk", flat=True))
        return state

    def assert_refused(self, method, url, data=None, **extra):
        response = super().assert_refused(method, url, data, **extra)
        body = response.content.decode()
        for secret in (B_RESOURCE, B_RESOURCE_DRAFT):
            self.assertNotIn(secret, body, f"{method.upper()} {url} leaked {secret!r}")
        return response


class TestOwnResources(ResourceMatrixTestCase):
    def test_a_partner_adds_a_resource_under_its_own_page_for_moderation(self):
        data = resource_form(self.client, self.page_a, topics=[self.topic.pk])
        data["action-submit"] = "1"
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(add_url(self.page_a), data)
        self.assertEqual(response.status_code, 302)
        resource = ResourcePage.objects.get(slug="email-account")
        self.assertEqual(resource.get_parent().pk, self.page_a.pk)
        self.assertFalse(resource.live)
        self.assertTrue(resource.workflow_in_progress)
        self.assertEqual(resource.current_workflow_task.name, "Comms team approval")

    def test_a_partner_cannot_publish_a_new_resource_itself(self):
        data = resource_form(self.client, self.page_a, topics=[self.topic.pk])
        data["action-publish"] = "1"
        self.client.post(add_url(self.page_a), data)
        self.assertFalse(ResourcePage.objects.get(slug="email-account").live)

    def test_a_partner_edits_its_resource_and_the_live_page_waits_for_approval(self):
        data = edit_form(self.client, self.resource_a, title="Elmbridge free wifi guide")
        data["action-submit"] = "1"
        response = self.client.post(page_url("edit", self.resource_a.pk), data)
        self.assertEqual(response.status_code, 302)
        resource = ResourcePage.objects.get(pk=self.resource_a.pk)
        self.assertEqual(resource.title, "Elmbridge wifi guide")
        self.assertTrue(resource.workflow_in_progress)
        self.assertEqual(
            resource.get_latest_revision().content["title"], "Elmbridge free wifi guide"
        )

    def test_the_edit_page_offers_submit_not_publish(self):
        response = self.client.get(page_url("edit", self.resource_a.pk))
        self.assertContains(response, 'name="action-submit"')
        self.assertNotContains(response, 'name="action-publish"')


@pytest.mark.indexed  # the page search must not show another partner's drafts
class TestAnotherPartnersResources(ResourceMatrixTestCase):
    def test_adding_a_resource_under_another_partner_or_the_library(self):
        for parent in (self.page_b, self.library):
            with self.subTest(parent=parent.title):
                url = add_url(parent)
                self.assert_refused("get", url)
                self.assert_refused(
                    "post", url, {"title": "Sneaky", "slug": "sneaky", "action-submit": "1"}
                )
        self.assertFalse(ResourcePage.objects.filter(slug="sneaky").exists())

    def test_editing_another_partners_or_the_librarys_resource(self):
        for resource in (self.resource_b, self.draft_b, self.library_resource):
            with self.subTest(resource=resource.pk):
                self.assert_refused("get", page_url("edit", resource.pk))
                self.assert_refused(
                    "post",
                    page_url("edit", resource.pk),
                    {"title": "Taken over", "slug": "taken-over", "action-submit": "1"},
                )

    def test_deleting_unpublishing_copying_and_moving_another_partners_resource(self):
        for resource in (self.resource_b, self.draft_b, self.library_resource):
            with self.subTest(resource=resource.pk):
                self.assert_refused("get", page_url("delete", resource.pk))
                self.assert_refused("post", page_url("delete", resource.pk))
                self.assert_refused("post", page_url("unpublish", resource.pk))
                self.assert_refused("get", page_url("copy", resource.pk))
                self.assert_refused(
                    "post",
                    page_url("copy", resource.pk),
                    {
                        "new_title": "Copied",
                        "new_slug": "copied",
                        "new_parent_page": self.page_a.pk,
                    },
                )
                self.assert_refused("get", page_url("move", resource.pk))
                self.assert_refused("post", page_url("move_confirm", resource.pk, self.page_a.pk))

    def test_moving_or_copying_own_resource_under_another_partner_or_the_library(self):
        for parent in (self.page_b, self.library):
            with self.subTest(parent=parent.title):
                self.assert_refused("post", page_url("move_confirm", self.resource_a.pk, parent.pk))
                self.client.post(
                    page_url("copy", self.resource_a.pk),
                    {
                        "new_title": "Copied",
                        "new_slug": "copied-away",
                        "new_parent_page": parent.pk,
                    },
                )
                self.assertFalse(parent.get_children().filter(slug="copied-away").exists())
        self.assertEqual(
            ResourcePage.objects.get(pk=self.resource_a.pk).get_parent().pk, self.page_a.pk
        )

    def test_the_page_chooser_hides_another_partners_draft_resource(self):
        browse = self.client.get(reverse("wagtailadmin_choose_page_child", args=[self.page_b.pk]))
        search = self.client.get(reverse("wagtailadmin_choose_page_search"), {"q": "XYZZY"})
        for response in (browse, search):
            self.assertEqual(response.status_code, 200)
            self.assertNotContains(response, B_RESOURCE_DRAFT)
        # A live resource stays choosable: a partner may link to it.
        self.assertContains(browse, B_RESOURCE)

    def test_bulk_actions_with_forged_ids_name_none_of_another_partners_resources(self):
        for action in ("delete", "unpublish", "move"):
            url = bulk(
                "wagtailcore",
                "page",
                action,
                self.resource_b.pk,
                self.draft_b.pk,
                self.resource_a.pk,
            )
            with self.subTest(action=action):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, B_RESOURCE)
                self.assertNotContains(response, B_RESOURCE_DRAFT)
                self.assertContains(response, "of the chosen items")
        before = self.snapshot()
        self.client.post(
            bulk("wagtailcore", "page", "delete", self.resource_b.pk, self.draft_b.pk),
            {"id": [self.resource_b.pk, self.draft_b.pk]},
        )
        self.assertEqual(self.snapshot(), before)
        self.assertEqual(Page.objects.filter(pk=self.resource_b.pk).count(), 1)


class TestCommsTeam(ResourceMatrixTestCase):
    def setUp(self):
        self.client.force_login(self.comms)

    def test_the_comms_team_may_edit_and_publish_every_partners_resource(self):
        response = self.client.get(page_url("edit", self.draft_b.pk))
        self.assertContains(response, B_RESOURCE_DRAFT)
        self.assertContains(response, 'name="action-publish"')

    def test_the_comms_team_publishes_a_resource_under_the_library(self):
        data = resource_form(self.client, self.library, topics=[self.topic.pk])
        data["action-publish"] = "1"
        response = self.client.post(add_url(self.library), data)
        self.assertEqual(response.status_code, 302)
        resource = ResourcePage.objects.get(slug="email-account")
        self.assertTrue(resource.live)
        self.assertEqual(resource.get_parent().pk, self.library.pk)
