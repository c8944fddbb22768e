"""Resources due a review: the selectors, the admin report (both ways), the partner's
dashboard panel, and the section they add to partners' reminder e-mails."""

import datetime
import io
from io import StringIO

import openpyxl
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from hub.dates import long_date
from partners.self_service.selectors import REMINDER_ACTION
from resources import reviews
from resources.factories import ResourceLibraryPageFactory
from resources.models import ResourcePage
from tests.builders import publish
from tests.partners.test_joining_fixtures import make_user
from tests.partners.test_permissions import DENIED
from tests.resources.admin_builders import add_resource, make_topic
from tests.services.admin_builders import build_partners

TODAY = timezone.localdate()
REPORT = reverse("resources_due_report")
RESULTS = reverse("resources_due_report_results")
HOME = reverse("wagtailadmin_home")
B_OVERDUE = "XYZZY Fernley tenants tablet guide"
LIBRARY_OVERDUE = "Charter toolkit for new partners"


def days(number: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=number)


class ReviewTestCase(TestCase):
    @classmethod
    def add(cls, parent, title, review_due, **fields):
        return add_resource(parent, title, topics=[cls.topic], review_due=review_due, **fields)

    @classmethod
    def setUpTestData(cls):
        cls.data = build_partners()
        cls.comms, cls.page_a, cls.page_b = (cls.data[key] for key in ("comms", "page_a", "page_b"))
        cls.user_a = cls.data["user_a"]
        cls.topic = make_topic()
        cls.library = publish(ResourceLibraryPageFactory(parent=cls.data["home"]))
        add = cls.add
        cls.fresh = add(cls.page_a, "Fresh wifi guide", days(30))
        cls.due_today = add(cls.page_a, "Due today guide", TODAY)
        cls.overdue_a = add(cls.page_a, "Homework club toolkit", days(-40), last_reviewed=None)
        cls.older_a = add(cls.page_a, "Email account guide", days(-400), last_reviewed=days(-800))
        cls.undated = add(cls.page_a, "Undated poster", None)
        draft = add(cls.page_a, "Unpublished idea", days(-100))
        draft.unpublish()
        cls.overdue_b = add(cls.page_b, B_OVERDUE, days(-10))
        cls.overdue_library = add(cls.library, LIBRARY_OVERDUE, days(-5))


class TestSelectors(ReviewTestCase):
    def test_live_resources_past_their_review_date_are_due_most_overdue_first(self):
        due = list(reviews.resources_due())
        self.assertEqual(
            [resource.pk for resource in due],
            [self.older_a.pk, self.overdue_a.pk, self.overdue_b.pk, self.overdue_library.pk],
        )
        owners = {resource.pk: resource.owner_page_title for resource in due}
        self.assertEqual(owners[self.overdue_b.pk], self.page_b.title)
        self.assertEqual(owners[self.overdue_library.pk], self.library.title)

    def test_tomorrow_the_resource_due_today_is_due_too(self):
        due = {resource.pk for resource in reviews.resources_due(days(1))}
        self.assertIn(self.due_today.pk, due)
        self.assertNotIn(self.fresh.pk, due)

    def test_a_partner_sees_only_its_own_and_the_comms_team_all(self):
        mine = {resource.pk for resource in reviews.resources_due_for_user(self.user_a)}
        self.assertEqual(mine, {self.overdue_a.pk, self.older_a.pk})
        every = {resource.pk for resource in reviews.resources_due_for_user(self.comms)}
        self.assertEqual(
            every,
            {self.overdue_a.pk, self.older_a.pk, self.overdue_b.pk, self.overdue_library.pk},
        )

    def test_the_reminders_group_by_partner_and_leave_out_the_librarys_own(self):
        by_partner = reviews.resources_due_by_partner()
        self.assertEqual(set(by_partner), {self.page_a.pk, self.page_b.pk})
        self.assertEqual(
            [resource.pk for resource in by_partner[self.page_a.pk]],
            [self.older_a.pk, self.overdue_a.pk],
        )


class TestReport(ReviewTestCase):
    def test_the_comms_team_sees_every_resource_due(self):
        self.client.force_login(self.comms)
        response = self.client.get(REPORT)
        self.assertEqual(response.status_code, 200)
        for title in ("Homework club toolkit", "Email account guide", B_OVERDUE, LIBRARY_OVERDUE):
            self.assertContains(response, title)
        for title in ("Fresh wifi guide", "Due today guide", "Undated poster", "Unpublished idea"):
            self.assertNotContains(response, title)
        self.assertContains(response, self.page_b.title)
        self.assertContains(response, long_date(days(-400)))
        self.assertContains(response, "Not recorded")
        self.assertContains(response, reverse("wagtailadmin_pages:edit", args=[self.older_a.pk]))

    def test_a_partner_sees_only_its_own_resources(self):
        self.client.force_login(self.user_a)
        response = self.client.get(REPORT)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Homework club toolkit")
        self.assertContains(response, "Email account guide")
        for secret in (B_OVERDUE, self.page_b.title, LIBRARY_OVERDUE):
            self.assertNotContains(response, secret)

    def test_a_forged_owner_filter_shows_nothing_of_another_partner(self):
        self.client.force_login(self.user_a)
        for query in (
            {"owner": self.page_b.pk},
            {"owner": self.library.pk},
            {"owner": "abc"},
            {"owner": "999999"},
            {"page": "abc"},
            {"page": "999"},
            {"export": "pdf"},
        ):
            with self.subTest(query=query):
                for url in (REPORT, RESULTS):
                    response = self.client.get(url, query)
                    self.assertIn(response.status_code, (200, 404))
                    for secret in (B_OVERDUE, self.page_b.title, LIBRARY_OVERDUE):
                        self.assertNotContains(response, secret, status_code=response.status_code)

    def test_the_comms_team_filters_by_owner(self):
        self.client.force_login(self.comms)
        response = self.client.get(RESULTS, {"owner": self.page_b.pk})
        self.assertContains(response, B_OVERDUE)
        self.assertNotContains(response, "Homework club toolkit")
        response = self.client.get(RESULTS, {"owner": self.library.pk})
        self.assertContains(response, LIBRARY_OVERDUE)
        self.assertNotContains(response, B_OVERDUE)

    def test_csv_export_of_a_partners_own(self):
        self.client.force_login(self.user_a)
        response = self.client.get(REPORT, {"export": "csv"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("text/csv", response["Content-Type"])
        self.assertIn("resources-due-a-review-", response["Content-Disposition"])
        lines = b"".join(response.streaming_content).decode("utf-8").strip().splitlines()
        self.assertEqual(lines[0], "Resource,Owner,Review due,Last reviewed,Page path")
        self.assertEqual(len(lines), 3)
        self.assertTrue(lines[1].startswith(f"Email account guide,{self.page_a.title},"))
        self.assertIn(str(days(-400)), lines[1])
        self.assertNotIn(B_OVERDUE, "\n".join(lines))

    def test_xlsx_export(self):
        self.client.force_login(self.comms)
        response = self.client.get(REPORT, {"export": "xlsx"})
        self.assertEqual(response.status_code, 200)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        rows = list(openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
        self.assertEqual(rows[0][:3], ("Resource", "Owner", "Review due"))
        self.assertEqual(
            {row[0] for row in rows[1:]},
            {"Homework club toolkit", "Email account guide", B_OVERDUE, LIBRARY_OVERDUE},
        )

    def test_someone_who_edits_no_page_is_refused(self):
        user = make_user("reader")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(user)
        for url in (REPORT, RESULTS):
            response = self.client.get(url)
            self.assertRedirects(response, HOME, fetch_redirect_response=False)
        self.assertContains(self.client.get(HOME), DENIED)

    def test_the_report_is_in_the_reports_menu_for_partners(self):
        self.client.force_login(self.user_a)
        self.assertContains(self.client.get(HOME), REPORT)

    def count_queries(self, user, url=REPORT):
        self.client.force_login(user)
        self.client.get(url)  # warm caches (content types, site, locales)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_the_report_and_panel_run_a_fixed_number_of_queries(self):
        small = {user: self.count_queries(user) for user in (self.comms, self.user_a)}
        small["panel"] = self.count_queries(self.user_a, HOME)
        for number in range(40):
            self.add(self.page_a if number % 2 else self.page_b, f"Old leaflet {number}", days(-9))
        large = {user: self.count_queries(user) for user in (self.comms, self.user_a)}
        large["panel"] = self.count_queries(self.user_a, HOME)
        self.assertEqual(large, small)
        self.assertLessEqual(large[self.comms], 18)
        self.assertLessEqual(large[self.user_a], 19)
        self.assertLessEqual(self.count_queries(self.comms, REPORT + "?export=csv"), 9)


class TestDashboardPanel(ReviewTestCase):
    def test_a_partner_sees_its_resources_due_on_the_dashboard(self):
        self.client.force_login(self.user_a)
        response = self.client.get(HOME)
        self.assertContains(response, f"Resources of {self.page_a.title}")
        self.assertContains(response, "Homework club toolkit")
        self.assertContains(response, "Email account guide")
        self.assertContains(response, long_date(days(-40)))
        for title in ("Fresh wifi guide", "Due today guide", B_OVERDUE, LIBRARY_OVERDUE):
            self.assertNotContains(response, title)
        self.assertContains(
            response,
            reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", self.page_a.pk]),
        )

    def test_a_partner_with_every_resource_reviewed_is_thanked(self):
        ResourcePage.objects.filter(pk__in=[self.overdue_a.pk, self.older_a.pk]).update(
            review_due=days(100)
        )
        self.client.force_login(self.user_a)
        response = self.client.get(HOME)
        self.assertContains(response, "None of your live resources is past its review date.")

    def test_the_comms_team_has_no_partner_panel(self):
        self.client.force_login(self.comms)
        self.assertNotContains(self.client.get(HOME), "Resources of ")


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("send_pledge_reminders", *args, stdout=out, stderr=err)
    return out.getvalue()


class TestReminderEmail(ReviewTestCase):
    def test_one_email_per_partner_lists_its_resources_due_with_edit_links(self):
        out = run()
        self.assertEqual(len(mail.outbox), 2, out)
        by_recipient = {tuple(message.to): message for message in mail.outbox}
        library = by_recipient[(self.user_a.email,)]
        self.assertIn(
            "These resources of Elmbridge Library are past their review date", library.body
        )
        for resource in (self.overdue_a, self.older_a):
            self.assertIn(resource.title, library.body)
            self.assertIn(reverse("wagtailadmin_pages:edit", args=[resource.pk]), library.body)
        self.assertIn(f"review due: {long_date(days(-400))}", library.body)
        for title in ("Fresh wifi guide", "Due today guide", "Unpublished idea", B_OVERDUE):
            self.assertNotIn(title, library.body)
        trust = by_recipient[(self.data["user_b"].email,)]
        self.assertIn("This resource of Fernley Housing Trust is past its review date", trust.body)
        self.assertNotIn(LIBRARY_OVERDUE, trust.body + library.body)

    def test_the_resources_are_recorded_in_the_reminders_history(self):
        run()
        entry = PageLogEntry.objects.get(page=self.page_a, action=REMINDER_ACTION)
        self.assertEqual(
            sorted(entry.data["resources"]), sorted([self.overdue_a.pk, self.older_a.pk])
        )

    def test_no_email_when_nothing_is_due(self):
        ResourcePage.objects.update(review_due=days(100))
        out = run()
        self.assertEqual(mail.outbox, [])
        self.assertIn("0 partner(s) reminded", out)

    def test_the_email_is_in_the_partners_language(self):
        from partners.models import CharterApplication

        CharterApplication.objects.filter(partner_page=self.page_a).update(language="pl")
        run()
        library = next(message for message in mail.outbox if message.to == [self.user_a.email])
        self.assertNotIn("These resources of", library.body)
        self.assertIn("Homework club toolkit", library.body)
