"""A password alone is half a sign-in when the account has (or must have) a second factor.

Until the second step is done, admin pages send the user to it (to enter a code, or to set
up an authenticator when their role requires one) and every other page treats them as an
anonymous visitor, so a stolen password opens neither the admin nor private documents.
Must come after django-otp's ``OTPMiddleware``.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseRedirect
from django.urls import reverse

from . import policy

# Admin pages open to a half-signed-in user: the steps themselves and leaving.
OPEN_URL_NAMES = (
    "two_factor_verify",
    "two_factor_setup",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
)


def pending_step(user) -> str | None:
    """``"verify"``, ``"setup"`` or None for a signed-in user who has not used a code."""
    if policy.authenticator(user) is not None:
        return "verify"
    if policy.is_required(user):
        return "setup"
    return None


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified():
            step = pending_step(user)
            if step is not None:
                if request.path.startswith(reverse("wagtailadmin_home")):
                    if not self._is_open(request.path):
                        target = reverse(f"two_factor_{step}")
                        query = urlencode({"next": request.get_full_path()})
                        return HttpResponseRedirect(f"{target}?{query}")
                else:
                    request.user = AnonymousUser()
        return self.get_response(request)

    @staticmethod
    def _is_open(path: str) -> bool:
        return any(path.startswith(reverse(name)) for name in OPEN_URL_NAMES)
