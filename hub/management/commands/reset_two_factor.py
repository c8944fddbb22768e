"""Turn off two-factor authentication for an account whose owner lost their phone and codes."""

from django.core.management.base import BaseCommand, CommandError

from hub import audit
from hub.two_factor import policy


class Command(BaseCommand):
    help = (
        "Remove an account's authenticator and recovery codes. Check who is asking first: "
        "they sign in next with their password alone, and set it up again if their role "
        "requires it."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = audit.account_named(username)
        if user is None:
            raise CommandError(f"No account is called {username!r}.")
        policy.remove_all(user)
        audit.record(user, audit.TWO_FACTOR_RESET, by=None, reason="manage.py reset_two_factor")
        self.stdout.write(f"Two-factor authentication is reset for {username}.")
