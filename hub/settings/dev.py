"""Local development and the demo hub served by ``make run``."""

import os

os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("SERVE_MEDIA", "true")

from .base import *  # noqa: E402, F403
from .base import ENV, env  # noqa: E402

SECRET_KEY = ENV.get("SECRET_KEY") or "dev-only-secret-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = env.csv_list(ENV, "ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
