"""Account events in Wagtail's audit log, beside its own page and snippet actions.

Sign-ins, wrong passwords and codes, lockouts, unlocks and two-factor changes are logged
against the account they concern, with the client's address, so the comms team can read
them in Reports → Site history and filter by action, account, type and date.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

from hub.limits import client_ip

SIGNED_IN = "hub.account.sign_in"
WRONG_PASSWORD = "hub.account.wrong_password"  # noqa: S105 (an action name)
LOCKED_OUT = "hub.account.locked_out"
UNLOCKED = "hub.account.unlocked"
WRONG_CODE = "hub.two_factor.wrong_code"
RECOVERY_CODE_USED = "hub.two_factor.recovery_code_used"
NEW_RECOVERY_CODES = "hub.two_factor.new_recovery_codes"
TWO_FACTOR_ON = "hub.two_factor.on"
TWO_FACTOR_OFF = "hub.two_factor.off"
TWO_FACTOR_RESET = "hub.two_factor.reset"

LABELS = {
    SIGNED_IN: _("Sign in"),
    WRONG_PASSWORD: _("Wrong password"),
    LOCKED_OUT: _("Signing in locked"),
    UNLOCKED: _("Signing in unlocked"),
    WRONG_CODE: _("Wrong two-factor code"),
    RECOVERY_CODE_USED: _("Recovery code used"),
    NEW_RECOVERY_CODES: _("New recovery codes"),
    TWO_FACTOR_ON: _("Two-factor authentication on"),
    TWO_FACTOR_OFF: _("Two-factor authentication off"),
    TWO_FACTOR_RESET: _("Two-factor authentication reset"),
}


class AccountEventFormatter(LogFormatter):
    """The event's label, and the address it came from when there is one."""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        if data.get("address"):
            return _("%(event)s for the address %(address)s") % {
                "event": self.label,
                "address": data["address"],
            }
        if data.get("ip"):
            return _("%(event)s, from %(address)s") % {"event": self.label, "address": data["ip"]}
        return self.label


def register(actions) -> None:
    for action, label in LABELS.items():
        formatter = type("AccountEventFormatter", (AccountEventFormatter,), {"label": label})
        actions.register_action(action)(formatter)


def _real(user):
    """The User behind ``request.user``'s lazy wrappers (the log is keyed by model type)."""
    while isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    return user


SELF = object()


def record(account, action: str, request=None, by=SELF, **data) -> None:
    """Log ``action`` against ``account``, done ``by`` a user: the account itself by default,
    nobody known (None) for a wrong password or a lockout."""
    if request is not None:
        data["ip"] = client_ip(request)
    account = _real(account)
    actor = account if by is SELF else (None if by is None else _real(by))
    log(account, action, user=actor, data=data)


def account_named(username):
    if not username:
        return None
    User = get_user_model()
    return User.objects.filter(**{User.USERNAME_FIELD: username}).first()


def on_signed_in(sender, request, user, **kwargs):
    record(user, SIGNED_IN, request)


def on_login_failed(sender, credentials, request=None, **kwargs):
    account = account_named(credentials.get("username"))
    if account is not None:
        record(account, WRONG_PASSWORD, request, by=None)


def on_locked_out(sender, request, username, ip_address, **kwargs):
    account = account_named(username)
    if account is not None:
        record(account, LOCKED_OUT, request, by=None)


def connect() -> None:
    from axes.signals import user_locked_out

    user_logged_in.connect(on_signed_in, dispatch_uid="hub-audit-sign-in")
    user_login_failed.connect(on_login_failed, dispatch_uid="hub-audit-login-failed")
    user_locked_out.connect(on_locked_out, dispatch_uid="hub-audit-locked-out")
