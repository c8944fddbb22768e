"""Production: everything from the environment, HTTPS enforced, nothing insecure by default."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ENV, SECRET_KEY, env

if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 50 characters.")

if not ENV.get("WAGTAILADMIN_BASE_URL", "").startswith("https://"):
    raise ImproperlyConfigured(
        "Set WAGTAILADMIN_BASE_URL to the site's public https:// address: password reset and "
        "invitation e-mails link to it."
    )

DEBUG = False
SECURE_SSL_REDIRECT = env.flag(ENV, "SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(ENV.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.flag(ENV, "SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env.flag(ENV, "SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
USE_X_FORWARDED_HOST = env.flag(ENV, "USE_X_FORWARDED_HOST", False)
# Wagtail's live preview shows the page in a same-origin frame, so SAMEORIGIN (set in
# base.py) is deliberate rather than DENY.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
