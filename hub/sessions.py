"""Signed-in sessions end after a spell of inactivity, and after a working day at most.

Everyone who signs in is staff or a partner editor, so a session left open on a shared
library computer must not stay usable: ``SESSION_IDLE_SECONDS`` (two hours by default)
without a request, or ``SESSION_COOKIE_AGE`` (twelve hours) after signing in, signs the
user out. The last-seen time is written at most once a minute, not on every request.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils.translation import gettext as _

STARTED = "hub_session_started"
LAST_SEEN = "hub_session_last_seen"
WRITE_EVERY_SECONDS = 60


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            self._check(request)
        return self.get_response(request)

    def _check(self, request) -> None:
        session, now = request.session, int(time.time())
        started = session.setdefault(STARTED, now)
        last_seen = session.get(LAST_SEEN, now)
        idle, age = now - last_seen, now - started
        if idle > settings.SESSION_IDLE_SECONDS or age > settings.SESSION_COOKIE_AGE:
            logout(request)
            messages.info(
                request,
                _("You were signed out because the session had been idle or open too long."),
            )
        elif LAST_SEEN not in session or idle >= WRITE_EVERY_SECONDS:
            session[LAST_SEEN] = now
