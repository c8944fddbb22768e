"""Admin leftovers of issue 8: Wagtail's default workflow and groups, one name for the
admin, and line endings that made untouched text look changed."""

import importlib

from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth.models import Group
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from hub.models import SiteWording
from partners.models import PartnerPage
from tests.partners.test_joining_fixtures import (
    approve_partner,
    build_site,
    edit_form_data,
    make_comms_user,
    make_user,
)

NAME = "Elmshire Digital Inclusion Partnership"
POLISH_NAME = "Partnerstwo Elmshire na rzecz Włączenia Cyfrowego"
ADDRESS = "12 Market Street\nElmbridge\nEL1 2AB"
removal = importlib.import_module("hub.migrations.0005_remove_default_workflow_and_groups")


# Wagtail's default workflow and groups ------------------------------------------------------


class TestDefaultsRemovedByMigration(TestCase):
    """The test database is migrated: these check what migrations leave on a fresh database."""

    def test_no_moderators_approval_workflow_or_task_is_left(self):
        self.assertFalse(Workflow.objects.filter(name="Moderators approval").exists())
        self.assertFalse(Task.objects.filter(name="Moderators approval").exists())
        self.assertFalse(WorkflowPage.objects.filter(page__depth=1).exists())

    def test_no_default_editors_or_moderators_group_is_left(self):
        self.assertFalse(Group.objects.filter(name__in=["Editors", "Moderators"]).exists())

    def test_the_projects_own_group_and_workflow_remain(self):
        self.assertTrue(Group.objects.filter(name="Comms team").exists())
        workflow = Workflow.objects.get(name="Partner changes")
        self.assertTrue(workflow.active)
        task = workflow.tasks.get().specific
        self.assertEqual(list(task.groups.values_list("name", flat=True)), ["Comms team"])

    def test_partner_pages_are_under_the_partner_workflow_and_comms_pages_under_none(self):
        tree = build_site()
        comms = make_comms_user()
        page, _user = approve_partner("Elmbridge Library", "staff@elmbridge.example", comms)
        self.assertEqual(page.get_workflow().name, "Partner changes")
        self.assertIsNone(tree["home"].get_workflow())
        self.assertIsNone(tree["charter"].get_workflow())


class TestRemovalKeepsWhatIsInUse(TestCase):
    """The migration's function, run again on a database where the defaults were in use."""

    @classmethod
    def setUpTestData(cls):
        cls.root = Page.get_first_root_node()
        cls.editors = Group.objects.create(name="Editors")
        cls.moderators = Group.objects.create(name="Moderators")
        cls.task = GroupApprovalTask.objects.create(name="Moderators approval")
        cls.task.groups.add(cls.moderators)
        cls.workflow = Workflow.objects.create(name="Moderators approval", active=True)
        WorkflowTask.objects.create(workflow=cls.workflow, task=cls.task, sort_order=0)
        WorkflowPage.objects.create(page=cls.root, workflow=cls.workflow)

    def test_unused_defaults_are_deleted(self):
        removal.remove_defaults(apps, None)
        self.assertFalse(Workflow.objects.filter(pk=self.workflow.pk).exists())
        self.assertFalse(Task.objects.filter(pk=self.task.pk).exists())
        self.assertFalse(Group.objects.filter(name__in=["Editors", "Moderators"]).exists())

    def test_a_workflow_with_history_is_disabled_and_unassigned_not_deleted(self):
        build_site()
        comms = make_comms_user()
        page, partner = approve_partner("Elmbridge Library", "staff@elmbridge.example", comms)
        state = self.workflow.start(page, partner)
        self.assertEqual(state.status, "in_progress")
        removal.remove_defaults(apps, None)
        workflow = Workflow.objects.get(pk=self.workflow.pk)
        self.assertFalse(workflow.active)
        self.assertFalse(workflow.workflow_pages.exists())
        self.assertEqual(WorkflowState.objects.get(pk=state.pk).status, "cancelled")
        self.assertFalse(Task.objects.get(pk=self.task.pk).active)
        self.assertEqual(page.get_workflow().name, "Partner changes")

    def test_a_default_group_someone_belongs_to_is_kept(self):
        make_user("old-editor").groups.add(self.editors)
        removal.remove_defaults(apps, None)
        self.assertTrue(Group.objects.filter(pk=self.editors.pk).exists())
        self.assertFalse(Group.objects.filter(pk=self.moderators.pk).exists())


# One name for the admin ----------------------------------------------------------------------


def text(response, selector):
    return BeautifulSoup(response.content, "html.parser").select_one(selector).get_text(" ").strip()


class TestAdminName(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site()
        Site.objects.filter(is_default_site=True).update(site_name="Old site name")
        english = SiteWording.objects.create(
            locale=Locale.get_default(), partnership_name=NAME, postal_address=ADDRESS
        )
        polish = english.copy_for_translation(Locale.objects.get(language_code="pl"))
        polish.partnership_name = POLISH_NAME
        polish.save()
        cls.comms = make_comms_user()
        cls.page_a, cls.user_a = approve_partner(
            "Elmbridge Library", "staff@elmbridge.example", cls.comms
        )

    def dashboard(self, user):
        self.client.force_login(user)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        return response

    def test_comms_and_partners_see_the_partnership_name_on_the_dashboard(self):
        for user in (self.comms, self.user_a):
            with self.subTest(user=user.username):
                response = self.dashboard(user)
                self.assertEqual(text(response, "h1"), NAME)
                self.assertEqual(text(response, "title").split(" - ")[-1], NAME)
                body = response.content.decode()
                self.assertIn(f"created in {NAME}", body)
                self.assertNotIn("created in Old", body)
                self.assertNotIn("Charter Hub", body)
                self.assertNotIn("Old site name", body)

    def test_the_sign_in_page_names_the_partnership(self):
        response = self.client.get(reverse("wagtailadmin_login"))
        self.assertEqual(text(response, "h1"), f"Sign in to {NAME}")
        self.assertEqual(text(response, "title").split(" - ")[-1], NAME)

    def test_the_name_follows_the_admin_users_language(self):
        for user in (self.comms, self.user_a):
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = "pl"
            profile.save()
            with self.subTest(user=user.username):
                self.assertEqual(text(self.dashboard(user), "h1"), POLISH_NAME)

    @override_settings(WAGTAILADMIN_UNSAFE_PAGE_DELETION_LIMIT=1)
    def test_deleting_many_pages_asks_for_the_partnership_name(self):
        self.client.force_login(self.comms)
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        url += f"?id={self.page_a.pk}"
        response = self.client.get(url)
        self.assertIn(f"Please type <b>{NAME}</b> to confirm.", response.content.decode())
        self.client.post(url, {"confirm_site_name": "Charter Hub"})
        self.assertTrue(PartnerPage.objects.filter(pk=self.page_a.pk).exists())
        self.client.post(url, {"confirm_site_name": NAME})
        self.assertFalse(PartnerPage.objects.filter(pk=self.page_a.pk).exists())


# Line endings --------------------------------------------------------------------------------


class TestLineEndings(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()
        cls.comms = make_comms_user()
        cls.page, _user = approve_partner("Elmbridge Library", "staff@elmbridge.example", cls.comms)
        PartnerPage.objects.filter(pk=cls.page.pk).update(address=ADDRESS)
        page = PartnerPage.objects.get(pk=cls.page.pk)
        cls.before = page.save_revision(user=cls.comms)
        cls.before.publish(user=cls.comms)

    def test_saving_an_untouched_address_posted_with_crlf_changes_nothing(self):
        self.client.force_login(self.comms)
        data = edit_form_data(self.client, self.page, address=ADDRESS.replace("\n", "\r\n"))
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[self.page.pk]), data)
        self.assertEqual(response.status_code, 302)
        after = PartnerPage.objects.get(pk=self.page.pk).get_latest_revision()
        self.assertNotEqual(after.pk, self.before.pk)
        self.assertEqual(after.content["address"], ADDRESS)
        compare = reverse(
            "wagtailadmin_pages:revisions_compare", args=[self.page.pk, self.before.pk, after.pk]
        )
        response = self.client.get(compare)
        self.assertEqual(response.status_code, 200)
        changed = [c.field.name for c in response.context["comparison"]]
        self.assertNotIn("address", changed)

    def test_a_lone_carriage_return_becomes_a_line_break_too(self):
        self.client.force_login(self.comms)
        data = edit_form_data(self.client, self.page, address="1 Mill Lane\rFernley")
        self.client.post(reverse("wagtailadmin_pages:edit", args=[self.page.pk]), data)
        after = PartnerPage.objects.get(pk=self.page.pk).get_latest_revision()
        self.assertEqual(after.content["address"], "1 Mill Lane\nFernley")

    def test_the_site_wording_snippet_stores_the_address_with_plain_line_breaks(self):
        wording = SiteWording.objects.create(
            locale=Locale.get_default(), partnership_name=NAME, postal_address=ADDRESS
        )
        self.client.force_login(self.comms)
        url = reverse("wagtailsnippets_hub_sitewording:edit", args=[wording.pk])
        response = self.client.post(
            url, {"partnership_name": NAME, "postal_address": ADDRESS.replace("\n", "\r\n")}
        )
        self.assertEqual(response.status_code, 302)
        wording.refresh_from_db()
        self.assertEqual(wording.postal_address, ADDRESS)
