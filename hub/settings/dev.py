"""Local development and the demo hub served by ``make run``."""

import os

os.environ.setdefault("SERVE_MEDIA", "true")

from .base import *  # noqa: E402, F403
from .base import ENV, env  # noqa: E402

DEBUG = env.flag(ENV, "DEBUG", True)
SECRET_KEY = ENV.get("SECRET_KEY") or "dev-only-secret-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = env.csv_list(ENV, "ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
if not ENV.get("EMAIL_HOST") and not ENV.get("EMAIL_BACKEND"):
    # Mail the hub sends (notifications, invitations) is printed where `make run` runs.
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
