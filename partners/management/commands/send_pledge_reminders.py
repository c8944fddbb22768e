"""E-mail partners whose pledges have had no progress update for a while.

Meant to run once a day from a scheduler, for example a cron line such as::

    15 7 * * *  cd /srv/charter-hub && .venv/bin/python manage.py send_pledge_reminders

or a systemd timer with ``OnCalendar=daily``. Running it more often does no harm: each partner
gets at most one reminder every ``--every`` days (``PLEDGE_REMINDER_INTERVAL_DAYS``, default
30), and each reminder sent is recorded in the partner page's history. One e-mail goes to each
partner, to the users of its group (else its public e-mail address), listing its overdue
pledges with a link to edit each, and what other apps add through the
``partner_reminder_items`` hook (support services due a check); a partner with only such
items is reminded too.
"""

import datetime
import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.log_actions import log

from partners.self_service import notifications, selectors

logger = logging.getLogger(__name__)


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    help = "E-mail partners whose pledges are overdue for a progress update."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=positive_int,
            help="Months without an update before a pledge is overdue "
            "(default: the progress dashboard page's setting, else 6).",
        )
        parser.add_argument(
            "--every",
            type=positive_int,
            help="Days to wait before reminding the same partner again "
            "(default: PLEDGE_REMINDER_INTERVAL_DAYS, else 30).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="List who would be e-mailed; send nothing."
        )

    def handle(self, *args, months=None, every=None, dry_run=False, **options):
        months = months or selectors.overdue_after_months()
        every = every or int(getattr(settings, "PLEDGE_REMINDER_INTERVAL_DAYS", 30))
        if every < 1:
            raise CommandError("PLEDGE_REMINDER_INTERVAL_DAYS must be at least 1.")
        now = timezone.now()
        sent = skipped = failed = 0
        for partner, pledges, sections in selectors.reminders_by_partner(months):
            last = selectors.last_reminded(partner)
            if last and now - last < datetime.timedelta(days=every):
                skipped += 1
                self.stdout.write(f"Skipped {partner.title}: reminded on {last:%Y-%m-%d}.")
                continue
            recipients = selectors.partner_contacts(partner)
            if not recipients:
                skipped += 1
                self.stderr.write(f"Skipped {partner.title}: no contact e-mail address.")
                continue
            extra = "".join(f", {len(section.items)} {section.log_key}" for section in sections)
            summary = f"{partner.title}: {len(pledges)} overdue{extra}, to {', '.join(recipients)}"
            if dry_run:
                sent += 1
                self.stdout.write(f"Would remind {summary}.")
                continue
            try:
                notifications.send_pledge_reminder(
                    partner, pledges, recipients, selectors.partner_language(partner), sections
                )
            except Exception:  # one partner's bad address must not stop the others' reminders
                failed += 1
                logger.exception("Could not send the pledge reminder to %s", partner.title)
                self.stderr.write(f"Failed {summary}.")
                continue
            log(
                instance=partner,
                action=selectors.REMINDER_ACTION,
                data={
                    "pledges": [pledge.pk for pledge in pledges],
                    **{sec.log_key: [item["id"] for item in sec.items] for sec in sections},
                    "recipients": len(recipients),
                },
            )
            sent += 1
            self.stdout.write(f"Reminded {summary}.")
        verb = "would be reminded" if dry_run else "reminded"
        self.stdout.write(
            f"{sent} partner(s) {verb}, {skipped} skipped, {failed} failed "
            f"(pledges overdue after {months} months)."
        )
        if failed:
            raise CommandError(f"{failed} reminder(s) could not be sent; see the log.")
