"""The joining and self-service demos: a pending application; two demo partner users."""

from unittest import mock

from django.test import TestCase
from wagtail.models import GroupPagePermission, WorkflowPage

from partners.factories import PartnerPageFactory
from partners.joining import demo as joining_demo
from partners.models import ApplicationStatus, CharterApplication, SignCharterPage
from partners.self_service import demo
from partners.self_service.access import WORKFLOW_NAME
from tests.partners.test_joining_fixtures import build_site, make_user, publish


class TestDemoAccess(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site()
        directory = cls.tree["directory"]
        cls.first = publish(PartnerPageFactory(parent=directory, slug="aaa-first"))
        cls.second = publish(PartnerPageFactory(parent=directory, slug="bbb-second"))
        cls.chosen_a = publish(PartnerPageFactory(parent=directory, slug="chosen-a"))
        cls.chosen_b = publish(PartnerPageFactory(parent=directory, slug="chosen-b"))
        cls.partner1 = make_user("partner1")
        cls.partner2 = make_user("partner2")

    def partner_of(self, user):
        return set(
            GroupPagePermission.objects.filter(
                group__in=user.groups.all(), permission__codename="change_page"
            ).values_list("page_id", flat=True)
        )

    def test_demo_users_edit_the_two_demo_partners_and_one_application_waits(self):
        with mock.patch("partners.demo.DEMO_PARTNER_SLUGS", ("chosen-a", "chosen-b")):
            for _ in range(2):  # running the loaders again changes nothing
                joining_demo.load_demo_joining()
                demo.load_demo_access()
        self.assertEqual(self.partner_of(self.partner1), {self.chosen_a.pk})
        self.assertEqual(self.partner_of(self.partner2), {self.chosen_b.pk})
        self.chosen_a.refresh_from_db()
        self.assertEqual(self.chosen_a.group.user_set.get(), self.partner1)
        self.assertIsNotNone(self.chosen_a.collection)
        self.assertEqual(
            self.chosen_a.get_latest_revision().content["group"], self.chosen_a.group_id
        )
        application = CharterApplication.objects.get()
        self.assertEqual(application.status, ApplicationStatus.PENDING)
        self.assertEqual(application.principles.count(), 2)
        self.assertEqual(
            WorkflowPage.objects.get(page=self.tree["directory"]).workflow.name, WORKFLOW_NAME
        )

    def test_without_demo_slugs_the_first_two_partners_are_used(self):
        with mock.patch("partners.demo.DEMO_PARTNER_SLUGS", ()):
            demo.load_demo_access()
        self.assertEqual(self.partner_of(self.partner1), {self.first.pk})
        self.assertEqual(self.partner_of(self.partner2), {self.second.pk})

    def test_the_sign_the_charter_form_is_made_under_the_charter_once(self):
        self.tree["sign"].delete()
        joining_demo.load_demo_joining()
        joining_demo.load_demo_joining()
        page = SignCharterPage.objects.get()
        self.assertTrue(page.live)
        self.assertEqual(page.get_parent().pk, self.tree["charter"].pk)
        self.assertContains(self.client.get(page.url), "Organisation name")
