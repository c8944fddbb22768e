"""Spam checks for the public "sign the charter" form, without third-party services.

Three signals, all configurable in settings:

* a honeypot field people never see (``HONEYPOT_FIELD``); anything typed in it marks a bot;
* a signed, single-use token (``TOKEN_FIELD``) holding the time the form was shown: a post
  sooner than ``CHARTER_FORM_MIN_SECONDS`` after it, or with a missing or tampered token,
  marks a bot; a token older than ``CHARTER_FORM_MAX_AGE_SECONDS`` asks a person to send the
  form again; a token already used for an application stores nothing more;
* a per-client limit of ``CHARTER_APPLICATIONS_PER_HOUR`` submissions. The client is
  ``REMOTE_ADDR`` unless ``CHARTER_TRUSTED_PROXY_COUNT`` says how many proxies of ours append
  to ``X-Forwarded-For``.

The acknowledgement e-mailed to the address typed in the form is sent at most
``ACKNOWLEDGEMENTS_PER_ADDRESS`` times a day per address, so the form cannot be used to flood
someone else's inbox; applications past the limit are still stored and reviewed.

Counts and used tokens are kept in the ``limits`` cache, which every app process shares
(Redis when ``REDIS_URL`` is set, the database otherwise).
"""

from __future__ import annotations

import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import caches

from hub import limits

HONEYPOT_FIELD = "extra_notes"
TOKEN_FIELD = "form_started"  # noqa: S105 - a form field name, not a secret
SALT = "partners.joining.form-started"
WINDOW_SECONDS = 60 * 60

OK = "ok"
HONEYPOT = "honeypot"
TOO_FAST = "too-fast"
TAMPERED = "tampered"
EXPIRED = "expired"


def min_seconds() -> int:
    return int(getattr(settings, "CHARTER_FORM_MIN_SECONDS", 5))


def max_age_seconds() -> int:
    return int(getattr(settings, "CHARTER_FORM_MAX_AGE_SECONDS", 2 * 24 * 60 * 60))


def per_hour() -> int:
    return int(getattr(settings, "CHARTER_APPLICATIONS_PER_HOUR", 5))


def make_token(now: float | None = None) -> str:
    """A signed token holding when the form was shown, unique to this showing."""
    started = int(now if now is not None else time.time())
    return signing.dumps({"started": started, "nonce": secrets.token_urlsafe(9)}, salt=SALT)


def check_token(token: str, now: float | None = None) -> str:
    """``OK``, ``TOO_FAST``, ``TAMPERED`` (missing, forged or altered) or ``EXPIRED``."""
    if not token:
        return TAMPERED
    try:
        payload = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return TAMPERED
    started = payload.get("started") if isinstance(payload, dict) else None
    if not isinstance(started, int):
        return TAMPERED
    elapsed = (now if now is not None else time.time()) - started
    if elapsed < min_seconds():
        return TOO_FAST
    if elapsed > max_age_seconds():
        return EXPIRED
    return OK


def bot_reason(data) -> str:
    """Why this post looks automated, or an empty string. An expired form is not a bot."""
    if data.get(HONEYPOT_FIELD, ""):
        return HONEYPOT
    result = check_token(data.get(TOKEN_FIELD, ""))
    return result if result in (TOO_FAST, TAMPERED) else ""


client_ip = limits.client_ip


def _key(request) -> str:
    return limits.key("charter-applications", client_ip(request))


def claim_token(token: str) -> bool:
    """Mark a valid token used; False if it was used before (a replayed or repeated post)."""
    return caches["limits"].add(limits.key("charter-token", token), 1, max_age_seconds())


def is_rate_limited(request) -> bool:
    return limits.reached(_key(request), per_hour())


def count_submission(request) -> None:
    """Count one submission (stored or caught as a bot) against the client's hourly limit."""
    limits.count(_key(request), WINDOW_SECONDS)


#: Acknowledgements e-mailed to one address in ``ACKNOWLEDGEMENT_WINDOW_SECONDS``.
ACKNOWLEDGEMENTS_PER_ADDRESS = 3
ACKNOWLEDGEMENT_WINDOW_SECONDS = 24 * 60 * 60


def may_acknowledge(address: str) -> bool:
    """Whether to e-mail an acknowledgement to ``address`` now (counting it if so)."""
    cache_key = limits.key("charter-acknowledgement", address.strip().lower())
    if limits.reached(cache_key, ACKNOWLEDGEMENTS_PER_ADDRESS):
        return False
    limits.count(cache_key, ACKNOWLEDGEMENT_WINDOW_SECONDS)
    return True
