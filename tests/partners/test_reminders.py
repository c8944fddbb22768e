"""send_pledge_reminders: one e-mail per partner with overdue pledges, at most once a period."""

import datetime
import smtplib
from io import StringIO
from unittest import mock

from django.core import mail
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from partners.factories import (
    PartnerPageFactory,
    ProgressDashboardPageFactory,
    add_progress_update,
)
from partners.models import PledgeStatus
from partners.self_service import notifications
from partners.self_service.selectors import REMINDER_ACTION
from tests.partners.test_joining_fixtures import (
    add_pledge,
    approve_partner,
    build_site,
    make_comms_user,
)


def age(pledge, days):
    when = timezone.now() - datetime.timedelta(days=days)
    type(pledge).objects.filter(pk=pledge.pk).update(first_published_at=when)


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("send_pledge_reminders", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


class TestPledgeReminders(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site()
        principle = cls.tree["principles"][0]
        comms = make_comms_user()
        cls.library, cls.librarian = approve_partner(
            "Elmbridge Library", "staff@elmbridge-library.example", comms
        )
        cls.stale = add_pledge(cls.library, principle, "Homework club")
        age(cls.stale, 300)
        fresh = add_pledge(cls.library, principle, "Wifi hours")
        age(fresh, 300)
        add_progress_update(fresh, timezone.localdate() - datetime.timedelta(days=20))
        achieved = add_pledge(
            cls.library, principle, "Tablet amnesty", status=PledgeStatus.ACHIEVED
        )
        age(achieved, 400)
        draft = add_pledge(cls.library, principle, "Unpublished idea")
        draft.unpublish()
        age(draft, 400)

        cls.college = PartnerPageFactory(
            parent=cls.tree["directory"],
            title="Kingsford College",
            public_email="hello@kingsford-college.example",
        )
        cls.college_pledge = add_pledge(cls.college, principle, "Adult coding evenings")
        age(cls.college_pledge, 250)

    def test_each_partner_gets_one_email_listing_its_overdue_pledges_with_edit_links(self):
        out, _err = run()
        self.assertEqual(len(mail.outbox), 2)
        by_recipient = {tuple(message.to): message for message in mail.outbox}
        library = by_recipient[(self.librarian.email,)]
        self.assertIn("Elmbridge Library", library.subject)
        self.assertIn("Homework club", library.body)
        self.assertIn(reverse("wagtailadmin_pages:edit", args=[self.stale.pk]), library.body)
        for not_overdue in ("Wifi hours", "Tablet amnesty", "Unpublished idea"):
            self.assertNotIn(not_overdue, library.body)
        college = by_recipient[("hello@kingsford-college.example",)]
        self.assertIn("Adult coding evenings", college.body)
        self.assertIn("2 partner(s) reminded", out)

    def test_dry_run_sends_and_records_nothing(self):
        out, _err = run("--dry-run")
        self.assertEqual(mail.outbox, [])
        self.assertFalse(PageLogEntry.objects.filter(action=REMINDER_ACTION).exists())
        self.assertIn("Would remind Elmbridge Library: 1 overdue", out)
        self.assertIn("2 partner(s) would be reminded", out)

    def test_running_again_does_not_remind_the_same_partner_within_the_interval(self):
        run()
        mail.outbox.clear()
        out, _err = run()
        self.assertEqual(mail.outbox, [])
        self.assertIn("Skipped Elmbridge Library: reminded on", out)

        PageLogEntry.objects.filter(action=REMINDER_ACTION).update(
            timestamp=timezone.now() - datetime.timedelta(days=31)
        )
        run()
        self.assertEqual(len(mail.outbox), 2)

    @override_settings(PLEDGE_REMINDER_INTERVAL_DAYS=7)
    def test_the_interval_comes_from_settings_or_the_every_option(self):
        run()
        PageLogEntry.objects.filter(action=REMINDER_ACTION).update(
            timestamp=timezone.now() - datetime.timedelta(days=8)
        )
        mail.outbox.clear()
        run("--every", "10")
        self.assertEqual(mail.outbox, [])
        run()
        self.assertEqual(len(mail.outbox), 2)

    def test_months_come_from_the_option_or_the_dashboard_page(self):
        run("--months", "9")
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, [self.librarian.email])
        PageLogEntry.objects.all().delete()
        mail.outbox.clear()
        ProgressDashboardPageFactory(parent=self.tree["home"], overdue_after_months=12)
        out, _err = run()
        self.assertEqual(mail.outbox, [])
        self.assertIn("overdue after 12 months", out)

    def test_each_reminder_is_recorded_in_the_partner_pages_history(self):
        run()
        entry = PageLogEntry.objects.get(page=self.library, action=REMINDER_ACTION)
        self.assertEqual(entry.data["pledges"], [self.stale.pk])
        self.assertEqual(entry.data["recipients"], 1)
        self.client.force_login(self.librarian)
        response = self.client.get(reverse("wagtailadmin_pages:history", args=[self.library.pk]))
        self.assertContains(response, "Reminder to update overdue pledges")

    def test_inactive_contacts_are_skipped_and_a_partner_without_contacts_is_reported(self):
        self.librarian.is_active = False
        self.librarian.save()
        out, err = run()
        self.assertEqual(
            [message.to for message in mail.outbox], [["hello@kingsford-college.example"]]
        )
        self.assertIn("Skipped Elmbridge Library: no contact", err)

    def test_one_failing_partner_does_not_stop_the_others_and_is_tried_again_later(self):
        real_send = notifications.send_pledge_reminder

        def flaky(partner, *args, **kwargs):
            if partner.pk == self.library.pk:
                raise smtplib.SMTPRecipientsRefused({})
            return real_send(partner, *args, **kwargs)

        with (
            mock.patch.object(notifications, "send_pledge_reminder", side_effect=flaky),
            self.assertRaises(CommandError),
        ):
            run()
        self.assertEqual(
            [message.to for message in mail.outbox], [["hello@kingsford-college.example"]]
        )
        self.assertFalse(
            PageLogEntry.objects.filter(page=self.library).filter(action=REMINDER_ACTION)
        )

    def test_nonsense_options_are_refused(self):
        for args in (("--months", "0"), ("--months", "six"), ("--every", "-1")):
            with self.subTest(args=args), self.assertRaises(CommandError):
                run(*args)
        self.assertEqual(mail.outbox, [])
