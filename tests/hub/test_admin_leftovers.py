"""Admin leftovers of issue 8: Wagtail's default workflow and groups, one name for the
admin, and line endings that made untouched text look changed."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from tests.partners.test_joining_fixtures import (
    approve_partner,
    build_site,
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
