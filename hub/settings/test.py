"""Settings for the test suite: fast hashing, plain static files, memory cache, tasks at once."""

from .base import *  # noqa: F403
from .base import BASE_DIR, ENV, env

SECRET_KEY = "test-only-secret-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = ENV.get("MEDIA_ROOT", str(BASE_DIR / "media" / "test"))
SERVE_MEDIA = True
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "limits": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "limits"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILSEARCH_BACKENDS = env.search_backends(ENV)
# Tests that sign in as staff are about other things; the two-factor tests switch it on.
TWO_FACTOR_REQUIRED = env.flag(ENV, "TWO_FACTOR_REQUIRED", False)

# The browser suite loads axe-core from node_modules as a static file, which Chromium then
# caches (and compiles once), instead of injecting half a megabyte of script into every page.
AXE_CORE_DIR = BASE_DIR / "node_modules" / "axe-core"
if AXE_CORE_DIR.is_dir():
    STATICFILES_DIRS = [*STATICFILES_DIRS, ("test-tools/axe-core", AXE_CORE_DIR)]  # noqa: F405
