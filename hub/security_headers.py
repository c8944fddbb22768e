"""Content-Security-Policy for each part of the site, on top of django-csp.

* Public pages: no script at all from anywhere but the site itself, and none inline (the hub
  ships no JavaScript to residents); inline styles are allowed because the server-drawn SVG
  charts carry their own; frames only from the video sites the embed block knows.
* The Wagtail admin (``/admin/``): what Wagtail's editor needs, inline scripts included.
* Documents (``/documents/``): nothing may run or load (``default-src 'none'``), so a
  document that a browser opens inline can do no harm.

Every policy forbids framing by other sites (``frame-ancestors 'self'``; Wagtail's preview
frames the site itself) and plugins, and pins ``base-uri`` and ``form-action`` to the site.
"""

from __future__ import annotations

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings  # lazy: safe although the settings module imports this one

VIDEO_FRAMES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]


def _shared(media_origins: list[str]) -> dict:
    return {
        "default-src": [SELF],
        "img-src": [SELF, "data:", *media_origins],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }


def public_policy(media_origins: list[str]) -> dict:
    return {
        **_shared(media_origins),
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "frame-src": [SELF, *VIDEO_FRAMES],
        "media-src": [SELF, *media_origins],
    }


def admin_policy(media_origins: list[str]) -> dict:
    shared = _shared(media_origins)
    return {
        **shared,
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [*shared["img-src"], "blob:"],
        "frame-src": [SELF, "https:"],
        "media-src": [SELF, *media_origins],
    }


DOCUMENT_POLICY = {"default-src": [NONE], "frame-ancestors": [NONE], "sandbox": True}


class SitePolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the admin or document policy by path."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        path = request.path_info
        if path.startswith("/admin/"):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        elif path.startswith("/documents/"):
            parts.config = DOCUMENT_POLICY
        return parts
