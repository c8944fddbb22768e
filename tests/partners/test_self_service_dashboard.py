"""The partner's dashboard panel: its organisation first, pledges, what waits, what is overdue."""

import datetime

from django.db import connection
from django.test import RequestFactory, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from partners.factories import ProgressDashboardPageFactory, add_progress_update
from partners.models import PledgePage
from partners.self_service import selectors
from partners.self_service.wagtail_hooks import PartnerDashboardPanel
from tests.partners.test_joining_fixtures import add_pledge, approve_partner
from tests.partners.test_permissions import B_SECRETS, PartnerMatrixTestCase, page_url

HOME = reverse("wagtailadmin_home")


def age(pledge, days):
    """Pretend the pledge was first published ``days`` ago, with no progress update since."""
    when = timezone.now() - datetime.timedelta(days=days)
    type(pledge).objects.filter(pk=pledge.pk).update(first_published_at=when)


class TestPartnerDashboardPanel(PartnerMatrixTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.stale = add_pledge(cls.page_a, cls.principle, "Elmbridge coding club for adults")
        age(cls.stale, 300)
        cls.recent_news = add_pledge(cls.page_a, cls.principle, "Elmbridge free wifi hours")
        age(cls.recent_news, 300)
        add_progress_update(cls.recent_news, timezone.localdate(), "Opened on Sundays too.")

    def test_partner_sees_its_organisation_first_with_edit_links(self):
        body = self.client.get(HOME).content.decode()
        self.assertIn("Your organisation: Elmbridge Library", body)
        self.assertIn(page_url("edit", self.page_a.pk), body)
        self.assertIn(page_url("add", "partners", "pledgepage", self.page_a.pk), body)
        self.assertIn(page_url("edit", self.pledge_a.pk), body)
        self.assertIn("Elmbridge homework club", body)
        self.assertIn("In progress", body)
        panel_at = body.index("partner-dashboard-1")
        for other in ("Your pages in a workflow", "Your most recent edits", "Awaiting your review"):
            if other in body:
                self.assertLess(panel_at, body.index(other))
        for secret in B_SECRETS:
            self.assertNotIn(secret, body)

    def test_panel_is_ordered_before_wagtails_own_panels(self):
        self.assertLess(PartnerDashboardPanel.order, 100)

    def test_pages_waiting_for_approval_are_listed(self):
        self.assertContains(self.client.get(HOME), "Nothing is waiting for approval")
        self.pledge_a.get_workflow().start(self.pledge_a, self.user_a)
        body = self.client.get(HOME).content.decode()
        waiting = body[body.index("Waiting for approval") :]
        self.assertIn("Elmbridge homework club", waiting[: waiting.index("</ul>")])
        self.assertIn("Comms team approval", waiting)

    def test_pledges_overdue_for_an_update_are_listed(self):
        body = self.client.get(HOME).content.decode()
        overdue = body[body.index("Pledges with no progress update for 6 months") :]
        self.assertIn("Elmbridge coding club for adults", overdue)
        self.assertNotIn("Elmbridge free wifi hours", overdue)
        self.assertNotIn("Elmbridge homework club", overdue)

    def test_the_dashboard_pages_overdue_setting_is_used(self):
        ProgressDashboardPageFactory(parent=self.tree["home"], overdue_after_months=12)
        body = self.client.get(HOME).content.decode()
        self.assertIn("Pledges with no progress update for 12 months", body)
        self.assertIn("All your pledges have a recent progress update", body)

    def test_comms_staff_and_other_partners_do_not_see_this_panel(self):
        self.client.force_login(self.comms)
        self.assertNotContains(self.client.get(HOME), "Your organisation:")
        self.client.force_login(self.user_b)
        body = self.client.get(HOME).content.decode()
        self.assertIn("Your organisation: Fernley Housing Trust", body)
        self.assertNotIn("Elmbridge homework club", body)

    def test_a_partner_without_pledges_is_invited_to_add_one(self):
        page, user = approve_partner("Kingsford College", "it@kingsford.example", self.comms)
        # Approval makes draft pledges from the application's first pledges; without them:
        for draft in PledgePage.objects.child_of(page):
            draft.delete()
        self.client.force_login(user)
        self.assertContains(self.client.get(HOME), "No pledges yet")


class TestPanelQueries(TestCase):
    """The panel's queries do not grow with the number of pledges."""

    @classmethod
    def setUpTestData(cls):
        from tests.partners.test_joining_fixtures import build_site, make_comms_user

        cls.tree = build_site()
        cls.comms = make_comms_user()
        cls.page, cls.user = approve_partner("Fernley Library", "it@fernley.example", cls.comms)

    def count_queries(self):
        """Queries to build and render the panel (Wagtail's own panels are not counted)."""
        request = RequestFactory().get(HOME)
        request.user = self.user
        with CaptureQueriesContext(connection) as queries:
            panel = PartnerDashboardPanel(selectors.partner_dashboard(self.user))
            html = panel.render_html({"request": request, "csrf_token": "token"})
        self.assertIn("Your organisation: Fernley Library", html)
        self.assertIn("Pledge 1", html)
        return len(queries)

    def add_pledges(self, numbers):
        principle = self.tree["principles"][0]
        for number in numbers:
            pledge = add_pledge(self.page, principle, f"Pledge {number}")
            age(pledge, 400)
            pledge.get_workflow().start(pledge, self.user)

    def test_query_count_is_fixed_whatever_the_number_of_pledges(self):
        self.add_pledges(range(2))
        self.count_queries()  # warm the site and content type caches
        few = self.count_queries()
        self.add_pledges(range(2, 25))
        many = self.count_queries()
        self.assertEqual(few, many)
        self.assertLessEqual(many, 15)
