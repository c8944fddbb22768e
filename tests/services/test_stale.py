"""Services due a check: the selectors, the admin report (both ways), the dashboard panel,
and the section they add to partners' reminder e-mails."""

import datetime
import io
from io import StringIO

import openpyxl
from dateutil.relativedelta import relativedelta
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from partners.self_service.selectors import REMINDER_ACTION
from services import stale
from services.factories import HelpKindFactory
from services.models import ServicePage
from tests.partners.test_joining_fixtures import add_pledge, make_user
from tests.partners.test_permissions import DENIED
from tests.services.admin_builders import add_service, build_partners, default

TODAY = timezone.localdate()
REPORT = reverse("services_due_report")
B_STALE = "XYZZY Fernley SIM bank"


def months_ago(months: int, days: int = 0) -> datetime.date:
    return TODAY - relativedelta(months=months) - datetime.timedelta(days=days)


class StaleTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = build_partners()
        cls.comms, cls.page_a, cls.page_b = (cls.data[key] for key in ("comms", "page_a", "page_b"))
        cls.user_a = cls.data["user_a"]
        kind = HelpKindFactory(name="Free data", code="data", locale=default())
        cls.kind = kind
        cls.fresh = add_service(cls.page_a, "Fresh wifi", kinds=[kind], by_phone=True)
        cls.edge = add_service(
            cls.page_a,
            "Checked just in time",
            kinds=[kind],
            by_phone=True,
            last_checked=months_ago(6),
        )
        cls.stale_a = add_service(
            cls.page_a,
            "Homework club computers",
            kinds=[kind],
            by_phone=True,
            last_checked=months_ago(8),
        )
        cls.never_a = add_service(
            cls.page_a, "Tablet loans", kinds=[kind], by_phone=True, last_checked=None
        )
        draft = add_service(
            cls.page_a, "Unpublished idea", kinds=[kind], by_phone=True, last_checked=None
        )
        draft.unpublish()
        cls.stale_b = add_service(
            cls.page_b, B_STALE, kinds=[kind], by_phone=True, last_checked=months_ago(12)
        )


class TestSelectors(StaleTestCase):
    def test_live_services_never_checked_or_checked_too_long_ago_are_due(self):
        due = list(stale.services_due())
        self.assertEqual(
            {service.pk for service in due},
            {self.stale_a.pk, self.never_a.pk, self.stale_b.pk},
        )
        self.assertEqual(due[0], self.never_a, "never checked comes first")
        partners = {service.pk: service.partner_title for service in due}
        self.assertEqual(partners[self.stale_b.pk], self.page_b.title)
        self.assertEqual(partners[self.stale_a.pk], self.page_a.title)

    @override_settings(SERVICE_CHECK_MONTHS=12)
    def test_the_number_of_months_comes_from_the_settings(self):
        # B's service was checked exactly twelve months ago: not due yet.
        due = {service.pk for service in stale.services_due()}
        self.assertEqual(due, {self.never_a.pk})

    def test_a_partner_sees_only_its_own_and_the_comms_team_all(self):
        mine = {service.pk for service in stale.services_due_for_user(self.user_a)}
        self.assertEqual(mine, {self.stale_a.pk, self.never_a.pk})
        every = {service.pk for service in stale.services_due_for_user(self.comms)}
        self.assertEqual(every, {self.stale_a.pk, self.never_a.pk, self.stale_b.pk})


class TestReport(StaleTestCase):
    def test_the_comms_team_sees_every_partners_services_due(self):
        self.client.force_login(self.comms)
        response = self.client.get(REPORT)
        self.assertEqual(response.status_code, 200)
        for title in ("Homework club computers", "Tablet loans", B_STALE, self.page_b.title):
            self.assertContains(response, title)
        for title in ("Fresh wifi", "Checked just in time", "Unpublished idea"):
            self.assertNotContains(response, title)
        self.assertContains(response, "Never")
        self.assertContains(response, "last checked more than 6 months ago")
        self.assertContains(response, reverse("wagtailadmin_pages:edit", args=[self.stale_a.pk]))

    def test_a_partner_sees_only_its_own_services(self):
        self.client.force_login(self.user_a)
        response = self.client.get(REPORT)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Homework club computers")
        self.assertContains(response, "Tablet loans")
        self.assertNotContains(response, B_STALE)
        self.assertNotContains(response, self.page_b.title)

    def test_a_forged_partner_filter_shows_nothing_of_the_other_partner(self):
        self.client.force_login(self.user_a)
        for query in (
            {"partner": self.page_b.pk},
            {"partner": "abc"},
            {"partner": "999999"},
            {"page": "abc"},
            {"page": "999"},
        ):
            with self.subTest(query=query):
                response = self.client.get(REPORT, query)
                self.assertIn(response.status_code, (200, 404))
                self.assertNotContains(response, B_STALE, status_code=response.status_code)
                self.assertNotContains(
                    response, self.page_b.title, status_code=response.status_code
                )
        response = self.client.get(
            reverse("services_due_report_results"), {"partner": self.page_b.pk}
        )
        self.assertNotContains(response, B_STALE)

    def test_the_comms_team_filters_by_partner(self):
        self.client.force_login(self.comms)
        response = self.client.get(
            reverse("services_due_report_results"), {"partner": self.page_b.pk}
        )
        self.assertContains(response, B_STALE)
        self.assertNotContains(response, "Homework club computers")

    def test_csv_export(self):
        self.client.force_login(self.user_a)
        response = self.client.get(REPORT, {"export": "csv"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("text/csv", response["Content-Type"])
        self.assertIn("services-due-a-check-", response["Content-Disposition"])
        text = b"".join(response.streaming_content).decode("utf-8")
        lines = text.strip().splitlines()
        self.assertEqual(lines[0], "Service,Partner,Last checked,Page path")
        self.assertEqual(len(lines), 3)
        self.assertIn(f"Homework club computers,{self.page_a.title},{months_ago(8)}", text)
        self.assertNotIn(B_STALE, text)

    def test_xlsx_export(self):
        self.client.force_login(self.comms)
        response = self.client.get(REPORT, {"export": "xlsx"})
        self.assertEqual(response.status_code, 200)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = list(sheet.iter_rows(values_only=True))
        self.assertEqual(rows[0][:2], ("Service", "Partner"))
        self.assertEqual(
            {row[0] for row in rows[1:]}, {"Homework club computers", "Tablet loans", B_STALE}
        )

    def test_someone_who_edits_no_page_is_refused(self):
        user = make_user("reader")
        from django.contrib.auth.models import Permission

        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(user)
        response = self.client.get(REPORT)
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), DENIED)

    def test_the_report_is_in_the_reports_menu_for_partners(self):
        self.client.force_login(self.user_a)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), REPORT)

    def count_queries(self, user, url=REPORT):
        self.client.force_login(user)
        self.client.get(url)  # warm caches (content types, site, locales)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_the_report_runs_a_fixed_number_of_queries(self):
        home = reverse("wagtailadmin_home")  # with the partner's dashboard panel
        small = {user: self.count_queries(user) for user in (self.comms, self.user_a)}
        small["panel"] = self.count_queries(self.user_a, home)
        for number in range(40):
            add_service(
                self.page_a if number % 2 else self.page_b,
                f"Old drop-in {number}",
                kinds=[self.kind],
                by_phone=True,
                last_checked=months_ago(9),
            )
        large = {user: self.count_queries(user) for user in (self.comms, self.user_a)}
        large["panel"] = self.count_queries(self.user_a, home)
        self.assertEqual(large, small)
        self.assertLessEqual(large[self.comms], 17)
        self.assertLessEqual(large[self.user_a], 18)
        self.assertLessEqual(self.count_queries(self.comms, REPORT + "?export=csv"), 9)


class TestDashboardPanel(StaleTestCase):
    def test_a_partner_sees_its_services_due_on_the_dashboard(self):
        self.client.force_login(self.user_a)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, f"Support services of {self.page_a.title}")
        self.assertContains(response, "Homework club computers")
        self.assertContains(response, "Tablet loans")
        self.assertNotContains(response, "Fresh wifi")
        self.assertNotContains(response, B_STALE)
        self.assertContains(
            response,
            reverse("wagtailadmin_pages:add", args=["services", "servicepage", self.page_a.pk]),
        )

    def test_a_partner_with_every_service_checked_is_thanked(self):
        ServicePage.objects.filter(pk__in=[self.stale_a.pk, self.never_a.pk]).update(
            last_checked=TODAY
        )
        self.client.force_login(self.user_a)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "All your live services have been checked recently.")

    def test_the_comms_team_has_no_partner_panel(self):
        self.client.force_login(self.comms)
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), "Support services of")


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("send_pledge_reminders", *args, stdout=out, stderr=err)
    return out.getvalue()


class TestReminderEmail(StaleTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.pledge = add_pledge(cls.page_b, cls.data["principles"][0], "Fernley coding club")
        type(cls.pledge).objects.filter(pk=cls.pledge.pk).update(
            first_published_at=timezone.now() - datetime.timedelta(days=300)
        )

    def test_one_email_per_partner_lists_its_services_due_with_edit_links(self):
        out = run()
        self.assertEqual(len(mail.outbox), 2, out)
        by_recipient = {tuple(message.to): message for message in mail.outbox}
        library = by_recipient[(self.user_a.email,)]
        self.assertIn("please check your listings", library.subject)
        self.assertIn("These support services of Elmbridge Library", library.body)
        for service in (self.stale_a, self.never_a):
            self.assertIn(service.title, library.body)
            self.assertIn(reverse("wagtailadmin_pages:edit", args=[service.pk]), library.body)
        self.assertIn("last checked: never", library.body)
        for title in ("Fresh wifi", "Checked just in time", "Unpublished idea", B_STALE):
            self.assertNotIn(title, library.body)
        self.assertNotIn("progress update", library.body)

    def test_pledges_and_services_of_one_partner_share_one_email(self):
        run()
        trust = [message for message in mail.outbox if message.to == [self.data["user_b"].email]]
        self.assertEqual(len(trust), 1)
        body = trust[0].body
        self.assertIn("Fernley coding club", body)
        self.assertIn(B_STALE, body)
        self.assertIn("This support service of", body)
        self.assertIn("one pledge is waiting", trust[0].subject)

    def test_the_services_are_recorded_in_the_reminders_history(self):
        run()
        entry = PageLogEntry.objects.get(page=self.page_a, action=REMINDER_ACTION)
        self.assertEqual(sorted(entry.data["services"]), sorted([self.stale_a.pk, self.never_a.pk]))
        self.assertEqual(entry.data["pledges"], [])

    def test_no_email_when_nothing_is_due(self):
        ServicePage.objects.update(last_checked=TODAY)
        type(self.pledge).objects.filter(pk=self.pledge.pk).update(
            first_published_at=timezone.now()
        )
        out = run()
        self.assertEqual(mail.outbox, [])
        self.assertIn("0 partner(s) reminded", out)

    def test_the_email_is_in_the_partners_language(self):
        from partners.models import CharterApplication

        CharterApplication.objects.filter(partner_page=self.page_a).update(language="pl")
        run()
        library = next(message for message in mail.outbox if message.to == [self.user_a.email])
        self.assertNotIn("These support services of", library.body)
        self.assertIn("Homework club computers", library.body)
