"""The partner permission matrix: what partner A may and may not do, against B and on its own.

Partners A and B are made by the real approval service, so these tests check the groups,
page permissions and collections that approval creates. Every refusal is checked for its
response (Wagtail's redirect to the dashboard with "Sorry, you do not have permission", or a
403/404) and for leaking nothing of B: its title, its unpublished draft, its pledge, its images
and documents. Allowed actions on A's own page are in ``test_self_service.py``.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Revision, Site, Workflow

from hub import site_history
from hub import urls as hub_urls
from hub.models import HubSettings
from partners.models import PartnerPage, PledgePage
from tests.partners.test_joining_fixtures import (
    add_pledge,
    approve_partner,
    build_site,
    make_comms_user,
    upload_png,
)

B_TITLE = "Fernley Housing Trust"
B_DRAFT = "XYZZY unpublished plan of B"
B_PLEDGE = "Fernley tablet loans"
B_IMAGE = "XYZZY photo of B"
B_DOCUMENT = "XYZZY report of B"
B_SECRETS = (B_TITLE, B_DRAFT, B_PLEDGE, B_IMAGE, B_DOCUMENT)
DENIED = "Sorry, you do not have permission"
HOME = reverse("wagtailadmin_home")

#: The root URL configuration with the safer Site history report wired in (see one test below).
urlpatterns = site_history.urlpatterns + hub_urls.urlpatterns


def page_url(name, *args):
    return reverse(f"wagtailadmin_pages:{name}", args=args)


def make_image(title, collection):
    return get_image_model().objects.create(
        title=title, file=get_test_image_file(), collection=collection
    )


def make_document(title, collection):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"Annual report", name="report.txt"), collection=collection
    )


class PartnerMatrixTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site()
        cls.principle = cls.tree["principles"][0]
        cls.comms = make_comms_user()
        cls.page_a, cls.user_a = approve_partner(
            "Elmbridge Library", "staff@elmbridge-library.example", cls.comms
        )
        cls.page_b, cls.user_b = approve_partner(
            B_TITLE, "staff@fernley-housing.example", cls.comms
        )
        cls.pledge_a = add_pledge(cls.page_a, cls.principle, "Elmbridge homework club")
        cls.pledge_b = add_pledge(
            cls.page_b, cls.principle, B_PLEDGE, commitment="Lend tablets to tenants."
        )
        # B has an unpublished draft, and a pledge change waiting for the comms team.
        draft = cls.page_b.get_latest_revision_as_object()
        draft.description = f"<p>{B_DRAFT}</p>"
        draft.save_revision(user=cls.user_b)
        cls.pledge_b.get_workflow().start(cls.pledge_b, cls.user_b)
        cls.task_state_b = cls.pledge_b.current_workflow_task_state
        cls.image_a = make_image("Photo of A", cls.page_a.collection)
        cls.image_b = make_image(B_IMAGE, cls.page_b.collection)
        cls.document_b = make_document(B_DOCUMENT, cls.page_b.collection)

    def setUp(self):
        self.client.force_login(self.user_a)

    def snapshot(self):
        """What must stay as it was after every refused request."""
        pages = {
            page.pk: (page.title, page.slug, page.live, page.owner_id, page.locked, page.path)
            for page in Page.objects.filter(pk__in=[self.page_b.pk, self.pledge_b.pk])
        }
        return {
            "pages": pages,
            "revisions": Revision.objects.count(),
            "page_count": Page.objects.count(),
            "images": sorted(get_image_model().objects.values_list("pk", "title", "collection")),
            "documents": sorted(get_document_model().objects.values_list("pk", "collection")),
            "b_children": list(self.page_b.get_children().values_list("pk", flat=True)),
            "workflow_status": self.pledge_b.current_workflow_state.status,
        }

    def assert_refused(self, method, url, data=None, **extra):
        before = self.snapshot()
        response = getattr(self.client, method)(url, data or {}, follow=True, **extra)
        body = response.content.decode()
        for secret in B_SECRETS:
            self.assertNotIn(secret, body, f"{method.upper()} {url} leaked {secret!r}")
        if response.status_code == 200:
            self.assertEqual(response.request["PATH_INFO"], HOME, f"{method.upper()} {url}")
            self.assertIn(DENIED, body, f"{method.upper()} {url}")
        else:
            self.assertIn(response.status_code, (403, 404), f"{method.upper()} {url}")
        self.assertEqual(self.snapshot(), before, f"{method.upper()} {url} changed something")
        return response


@pytest.mark.indexed  # the page search must not show another partner's drafts
class TestPartnerCannotTouchAnotherPartnersPages(PartnerMatrixTestCase):
    def test_edit_get_and_post(self):
        for page in (self.page_b, self.pledge_b):
            with self.subTest(page=page.pk):
                self.assert_refused("get", page_url("edit", page.pk))
                self.assert_refused(
                    "post",
                    page_url("edit", page.pk),
                    {"title": "Taken over", "slug": "taken-over", "action-publish": "1"},
                )

    def test_history_and_revisions(self):
        revision = self.page_b.get_latest_revision()
        first = self.page_b.revisions.order_by("pk").first()
        for url in (
            page_url("history", self.page_b.pk),
            page_url("history_results", self.page_b.pk),
            page_url("revisions_index", self.page_b.pk),
            page_url("revisions_view", self.page_b.pk, revision.pk),
            page_url("revisions_revert", self.page_b.pk, first.pk),
            page_url("workflow_history", self.pledge_b.pk),
            page_url(
                "workflow_history_detail", self.pledge_b.pk, self.pledge_b.current_workflow_state.pk
            ),
            reverse(
                "wagtailadmin_pages:revisions_compare",
                kwargs={
                    "pk": self.page_b.pk,
                    "revision_id_a": "earliest",
                    "revision_id_b": "latest",
                },
            ),
            reverse(
                "wagtailadmin_pages:revisions_compare",
                kwargs={
                    "pk": self.page_b.pk,
                    "revision_id_a": first.pk,
                    "revision_id_b": revision.pk,
                },
            ),
        ):
            with self.subTest(url=url):
                self.assert_refused("get", url)
        self.assert_refused("post", page_url("revisions_revert", self.page_b.pk, first.pk), {})
        self.assert_refused(
            "post", page_url("revisions_unschedule", self.page_b.pk, revision.pk), {}
        )

    def test_preview_and_view_draft(self):
        self.assert_refused("get", page_url("preview_on_edit", self.page_b.pk))
        self.assert_refused(
            "post", page_url("preview_on_edit", self.page_b.pk), {"title": "Peek", "slug": "p"}
        )
        self.assert_refused("get", page_url("view_draft", self.page_b.pk))
        self.assert_refused(
            "get", page_url("workflow_preview", self.pledge_b.pk, self.task_state_b.task_id)
        )

    def test_copy_move_delete_unpublish(self):
        self.assert_refused("get", page_url("copy", self.pledge_b.pk))
        self.assert_refused(
            "post",
            page_url("copy", self.pledge_b.pk),
            {"new_title": "Copied", "new_slug": "copied", "new_parent_page": self.page_a.pk},
        )
        self.assert_refused("get", page_url("move", self.pledge_b.pk))
        self.assert_refused("post", page_url("move_confirm", self.pledge_b.pk, self.page_a.pk))
        self.assert_refused("post", page_url("set_page_position", self.pledge_b.pk), {})
        for page in (self.page_b, self.pledge_b):
            with self.subTest(page=page.pk):
                self.assert_refused("get", page_url("delete", page.pk))
                self.assert_refused("post", page_url("delete", page.pk))
                self.assert_refused("get", page_url("unpublish", page.pk))
                self.assert_refused("post", page_url("unpublish", page.pk))

    def test_lock_unlock_privacy_and_usage(self):
        self.assert_refused("post", page_url("lock", self.page_b.pk))
        self.page_b.locked, self.page_b.locked_by = True, self.user_b
        self.page_b.save(update_fields=["locked", "locked_by"])
        self.assert_refused("post", page_url("unlock", self.page_b.pk))
        self.assert_refused("get", page_url("set_privacy", self.page_b.pk))
        self.assert_refused(
            "post", page_url("set_privacy", self.page_b.pk), {"restriction_type": "password"}
        )
        self.assert_refused("get", page_url("usage", self.page_b.pk))

    def test_workflow_actions(self):
        task_state = self.task_state_b
        for action in ("approve", "reject"):
            url = page_url("workflow_action", self.pledge_b.pk, action, task_state.pk)
            with self.subTest(action=action):
                self.assert_refused("get", url)
                self.assert_refused("post", url, {"comment": "ok"})
                self.assert_refused(
                    "post",
                    page_url(
                        "collect_workflow_action_data", self.pledge_b.pk, action, task_state.pk
                    ),
                    {"comment": "ok"},
                )
        self.assert_refused(
            "post",
            page_url("edit", self.pledge_b.pk),
            {"action-cancel-workflow": "1", "title": B_PLEDGE, "slug": self.pledge_b.slug},
        )
        self.assert_refused(
            "post",
            page_url("edit", self.page_b.pk),
            {"action-submit": "1", "title": "Submitted by A", "slug": self.page_b.slug},
        )
        # B's partner page is not in moderation: Wagtail would name its draft title here.
        for view in ("workflow_action", "collect_workflow_action_data"):
            url = page_url(view, self.page_b.pk, "approve", task_state.pk)
            with self.subTest(view=view, page="not in moderation"):
                self.assert_refused("get", url)
                self.assert_refused("post", url, {"comment": "ok"})
        self.assert_refused("get", page_url("workflow_preview", self.page_b.pk, task_state.task_id))
        response = self.client.get(page_url("confirm_workflow_cancellation", self.pledge_b.pk))
        for secret in B_SECRETS:
            self.assertNotIn(secret, response.content.decode())

    def test_add_a_pledge_under_another_partner(self):
        self.assert_refused("get", page_url("add_subpage", self.page_b.pk))
        add_url = page_url("add", "partners", "pledgepage", self.page_b.pk)
        self.assert_refused("get", add_url)
        self.assert_refused("post", add_url, {"title": "Sneaky pledge", "slug": "sneaky"})
        self.assert_refused(
            "post",
            page_url("preview_on_add", "partners", "pledgepage", self.page_b.pk),
            {"title": "Sneaky pledge"},
        )

    def test_explorer_and_page_search_hide_the_other_partner(self):
        response = self.client.get(
            reverse("wagtailadmin_explore", args=[self.page_b.pk]), follow=True
        )
        self.assertEqual(
            response.request["PATH_INFO"], reverse("wagtailadmin_explore", args=[self.page_a.pk])
        )
        for url in (
            reverse("wagtailadmin_explore", args=[self.page_b.pk]),
            reverse("wagtailadmin_explore", args=[self.tree["directory"].pk]),
            reverse("wagtailadmin_pages:search") + "?q=Fernley",
            reverse("wagtailadmin_pages:search_results") + "?q=XYZZY",
            reverse("wagtailadmin_home"),
        ):
            with self.subTest(url=url):
                body = self.client.get(url, follow=True).content.decode()
                for secret in B_SECRETS:
                    self.assertNotIn(secret, body)

    def test_ajax_requests_get_403(self):
        response = self.client.get(
            page_url("edit", self.page_b.pk), headers={"x-requested-with": "XMLHttpRequest"}
        )
        self.assertEqual(response.status_code, 403)
        self.assertNotIn(B_DRAFT, response.content.decode())


class TestPartnerCannotReachAdministration(PartnerMatrixTestCase):
    def test_users_groups_settings_and_workflows(self):
        site = Site.objects.get(is_default_site=True)
        HubSettings.for_site(site)
        workflow = Workflow.objects.get(name="Partner changes")
        for url in (
            reverse("wagtailusers_users:index"),
            reverse("wagtailusers_users:edit", args=[self.user_b.pk]),
            reverse("wagtailusers_users:add"),
            reverse("wagtailusers_groups:index"),
            reverse("wagtailusers_groups:edit", args=[self.page_b.group_id]),
            reverse("wagtailsettings:edit", args=["hub", "hubsettings", site.pk]),
            reverse("wagtailadmin_workflows:index"),
            reverse("wagtailadmin_workflows:edit", args=[workflow.pk]),
            reverse("wagtailadmin_workflows:task_index"),
            reverse("wagtailadmin_collections:index"),
            reverse("charter_applications:index"),
        ):
            with self.subTest(url=url):
                self.assert_refused("get", url)
        self.assert_refused(
            "post",
            reverse("wagtailusers_groups:edit", args=[self.page_a.group_id]),
            {"name": self.page_a.group.name},
        )
        self.assertEqual(Group.objects.get(pk=self.page_a.group_id).name, "Elmbridge Library")

    def test_reports_do_not_show_the_other_partner(self):
        for name in ("workflow", "workflow_tasks", "locked_pages", "aging_pages"):
            url = reverse(f"wagtailadmin_reports:{name}")
            with self.subTest(report=name):
                body = self.client.get(url, follow=True).content.decode()
                for secret in B_SECRETS:
                    self.assertNotIn(secret, body, f"{name} leaked {secret!r}")

    def test_site_history_lists_no_entries_of_the_other_partner(self):
        body = self.client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
        listing = body[body.index('id="listing-results"') :]
        self.assertIn("Elmbridge Library", listing)
        for secret in B_SECRETS:
            self.assertNotIn(secret, listing)

    @override_settings(ROOT_URLCONF="tests.partners.test_permissions")
    def test_site_history_user_filter_names_no_other_partners_staff(self):
        # Needs hub.site_history.urlpatterns before the admin in the root
        # URL configuration: Wagtail 8.0.1's own filter lists every user with a log entry.
        body = self.client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
        self.assertIn("Elmbridge Library", body)
        self.assertNotIn(self.user_b.get_full_name(), body)
        for secret in B_SECRETS:
            self.assertNotIn(secret, body)

    def test_other_collections_images_and_documents(self):
        body = self.client.get(reverse("wagtailimages:index")).content.decode()
        self.assertIn("Photo of A", body)
        self.assertNotIn(B_IMAGE, body)
        self.assertNotIn(B_DOCUMENT, self.client.get(reverse("wagtaildocs:index")).content.decode())
        chooser = self.client.get(reverse("wagtailimages_chooser:choose")).content.decode()
        self.assertNotIn(B_IMAGE, chooser)
        for url in (
            reverse("wagtailimages:edit", args=[self.image_b.pk]),
            reverse("wagtailimages:delete", args=[self.image_b.pk]),
            reverse("wagtaildocs:edit", args=[self.document_b.pk]),
            reverse("wagtaildocs:delete", args=[self.document_b.pk]),
        ):
            with self.subTest(url=url):
                self.assert_refused("get", url)
                self.assert_refused("post", url, {"title": "Renamed by A"})

    def test_uploading_into_another_partners_collection_is_refused(self):
        # With add permission on one collection only, Wagtail files uploads in that collection
        # whatever collection the post names.
        self.client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Dropped into B",
                "file": upload_png(),
                "collection": self.page_b.collection_id,
            },
        )
        self.client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Dropped into B",
                "file": SimpleUploadedFile("x.txt", b"Dropped", content_type="text/plain"),
                "collection": self.page_b.collection_id,
            },
        )
        for model in (get_image_model(), get_document_model()):
            with self.subTest(model=model.__name__):
                self.assertFalse(
                    model.objects.filter(collection=self.page_b.collection)
                    .exclude(pk__in=[self.image_b.pk, self.document_b.pk])
                    .exists()
                )
                uploaded = model.objects.filter(title="Dropped into B")
                self.assertTrue(all(o.collection_id == self.page_a.collection_id for o in uploaded))


class TestForgedPostsLeaveProtectedFieldsAlone(PartnerMatrixTestCase):
    def test_moving_own_pledge_under_another_partner_is_refused(self):
        self.assert_refused("post", page_url("move_confirm", self.pledge_a.pk, self.page_b.pk))
        self.assertEqual(
            PledgePage.objects.get(pk=self.pledge_a.pk).get_parent().pk, self.page_a.pk
        )

    def test_copying_own_pledge_into_another_partner_is_refused(self):
        response = self.client.post(
            page_url("copy", self.pledge_a.pk),
            {"new_title": "Copied", "new_slug": "copied-to-b", "new_parent_page": self.page_b.pk},
        )
        self.assertIn(response.status_code, (200, 302))
        self.assertFalse(self.page_b.get_children().filter(slug="copied-to-b").exists())

    def test_own_partner_page_cannot_be_moved_or_deleted_by_its_editors(self):
        self.assert_refused("get", page_url("move", self.page_a.pk))
        self.assert_refused("post", page_url("move_confirm", self.page_a.pk, self.page_b.pk))
        self.assertTrue(PartnerPage.objects.filter(pk=self.page_a.pk).exists())
