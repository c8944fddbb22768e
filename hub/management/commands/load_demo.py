from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from hub.demo.builder import DEMO_ACCOUNTS, build


class Command(BaseCommand):
    help = (
        "Load the demo hub if the database has none (safe to run again), then list the demo logins."
    )

    def add_arguments(self, parser):
        parser.add_argument("--quiet-logins", action="store_true", help="Do not print the logins.")

    def handle(self, *args, quiet_logins=False, **options):
        with transaction.atomic():
            created = build(stdout=self.stdout)
        if created:
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        else:
            self.stdout.write("Demo content is already there; nothing was changed.")
        if not quiet_logins:
            self.stdout.write("\nDemo logins (for this demo only):")
            for username, password, role in DEMO_ACCOUNTS:
                self.stdout.write(f"  {username:<10} {password:<22} {role}")
            if settings.TWO_FACTOR_REQUIRED:
                self.stdout.write(
                    "  admin and comms set up two-factor authentication at their first sign-in:"
                    " any authenticator app, by QR code or typed key (TWO_FACTOR_REQUIRED)."
                )
