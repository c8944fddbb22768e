"""Settings shared by every environment; secure by default and read from the environment."""

import os
from pathlib import Path

from django.utils.functional import lazy

from hub import security_headers

from . import env

ENV = os.environ
BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = ENV.get("SECRET_KEY", "")
DEBUG = env.flag(ENV, "DEBUG", False)
ALLOWED_HOSTS = env.csv_list(ENV, "ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env.csv_list(ENV, "CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Serve static files through WhiteNoise under runserver too, as in production.
    "whitenoise.runserver_nostatic",
    "hub",
    "charter",
    "partners",
    "services",
    "resources",
    "events",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "wagtail.contrib.table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "hub.sessions.SessionTimeoutMiddleware",
    # Which second factor, if any, this session has used; then hold a password-only sign-in
    # at the second step (hub/two_factor).
    "django_otp.middleware.OTPMiddleware",
    "hub.two_factor.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "hub.security_headers.SitePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Repeated wrong passwords lock signing in (django-axes), per account and per client, for an
# hour; an administrator unlocks sooner with `manage.py axes_reset_username NAME` or
# `axes_reset_ip ADDRESS`. Attempts are stored in the database, shared by every app server.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(ENV.get("LOGIN_FAILURE_LIMIT", "8"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "hub.limits.client_ip"
AXES_LOCKOUT_TEMPLATE = "hub/account_locked.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False

# Two-factor authentication (hub/two_factor): an authenticator app and recovery codes,
# required for administrators and the comms team, offered to partners.
TWO_FACTOR_REQUIRED = env.flag(ENV, "TWO_FACTOR_REQUIRED", True)
OTP_TOTP_ISSUER = ENV.get("WAGTAIL_SITE_NAME", "Charter Hub")

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "hub.context_processors.site_wording",
            ],
        },
    },
]

DATABASES = env.databases(ENV, BASE_DIR)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = env.caches(ENV)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages -----------------------------------------------------------------
LANGUAGES = env.languages(ENV)
LANGUAGE_CODE = LANGUAGES[0][0]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates and times in British style wherever Django formats them (hub/formats/en).
FORMAT_MODULE_PATH = ["hub.formats"]
USE_I18N = True
TIME_ZONE = ENV.get("TIME_ZONE", "Europe/London")
USE_TZ = True

# Static files and media ----------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static_build"]
MEDIA_URL = ENV.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(ENV.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": env.media_storage(ENV),
    # Hashed file names, so browsers and CDNs may cache static files for a year.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 31536000
#: Serve uploaded media from Django itself; only for one-machine set-ups (the demo, tests).
SERVE_MEDIA = env.flag(ENV, "SERVE_MEDIA", False)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
FILE_UPLOAD_PERMISSIONS = 0o644

# Wagtail --------------------------------------------------------------------
# Nobody changes their own e-mail address in the admin: approving a charter application once
# trusted accounts by e-mail, and an unverified change could take another's organisation.
# Administrators change addresses in Settings > Users.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# No Gravatar: staff e-mail hashes stay with us, and the admin loads nothing from elsewhere.
WAGTAIL_GRAVATAR_PROVIDER_URL = None


def _partnership_name() -> str:
    from hub.admin_branding import partnership_name  # reads models: only when first shown

    return partnership_name()


# The admin's name is the partnership's name from the site wording, in the admin user's
# language (hub.admin_branding); WAGTAIL_SITE_NAME from the environment is the fallback
# until the comms team writes one.
HUB_FALLBACK_SITE_NAME = ENV.get("WAGTAIL_SITE_NAME", "Charter Hub")
WAGTAIL_SITE_NAME = lazy(_partnership_name, str)()
WAGTAILADMIN_BASE_URL = ENV.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public address: the default Site's host and port follow it (hub.site_address).
SITE_URL = ENV.get("SITE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILSEARCH_BACKENDS = env.search_backends(ENV)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A tiny file can still be a huge picture: decoding 100 megapixels takes half a gigabyte.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 25_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Documents: these types only, checked by content too (hub.document_uploads), 20 MB at most.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hub.document_uploads.CheckedDocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
WAGTAILADMIN_COMMENTS_ENABLED = True

# Machine translation (begin) ------------------------------------------------
# wagtail-localize's "Translate with …" button as a first draft: off unless MACHINE_TRANSLATOR
# is deepl (with DEEPL_API_KEY) or google (with GOOGLE_CLOUD_PROJECT); anything else stops
# start-up. Reviewing the machine's strings is tracked in Reports → Translation overview.
from .machine_translation import machine_translator  # noqa: E402 (kept inside this block)

WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(ENV)
# Machine translation (end) --------------------------------------------------

# Background tasks: run at once by default; TASKS_BACKEND=database queues them for
# ``manage.py db_worker`` so that web requests never wait on e-mail or indexing.
TASKS = env.tasks(ENV)

# E-mail ---------------------------------------------------------------------
_email = env.email(ENV, DEBUG)
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"]
EMAIL_PORT = _email["EMAIL_PORT"]
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
DEFAULT_FROM_EMAIL = SERVER_EMAIL = _email["DEFAULT_FROM_EMAIL"]
ADMINS = [("Hub admins", address) for address in env.csv_list(ENV, "ADMIN_EMAILS")]

# Joining the charter and keeping pledges up to date --------------------------
# The sign-the-charter form's spam guards (see partners/joining/spam.py) and how often a
# partner with overdue pledges is reminded by ``manage.py send_pledge_reminders``.
CHARTER_APPLICATIONS_PER_HOUR = int(ENV.get("CHARTER_APPLICATIONS_PER_HOUR", "5"))
CHARTER_FORM_MIN_SECONDS = int(ENV.get("CHARTER_FORM_MIN_SECONDS", "5"))
CHARTER_FORM_MAX_AGE_SECONDS = int(ENV.get("CHARTER_FORM_MAX_AGE_SECONDS", str(2 * 24 * 3600)))
CHARTER_TRUSTED_PROXY_COUNT = int(ENV.get("CHARTER_TRUSTED_PROXY_COUNT", "0"))
PLEDGE_REMINDER_INTERVAL_DAYS = int(ENV.get("PLEDGE_REMINDER_INTERVAL_DAYS", "30"))

# Support services and the finder ---------------------------------------------
# A service not checked for this many months is listed as due a check (admin report,
# the partner's dashboard, ``manage.py send_pledge_reminders``).
SERVICE_CHECK_MONTHS = int(ENV.get("SERVICE_CHECK_MONTHS", "6"))
# An HTTP postcode API for "near me": a URL with ``{postcode}`` in it, answering JSON with
# ``result.latitude`` and ``result.longitude`` (as postcodes.io does). Without it, or when
# it does not answer in time, postcodes are placed by the postcode-district table.
POSTCODE_API_URL = ENV.get("POSTCODE_API_URL", "")
POSTCODE_API_TIMEOUT = float(ENV.get("POSTCODE_API_TIMEOUT", "3"))

# Security -------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
# Signed-in sessions (staff and partners) end after this long idle, and at most this long
# after signing in (hub/sessions.py).
SESSION_IDLE_SECONDS = int(ENV.get("SESSION_IDLE_SECONDS", str(2 * 60 * 60)))
SESSION_COOKIE_AGE = int(ENV.get("SESSION_MAX_SECONDS", str(12 * 60 * 60)))
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "SAMEORIGIN"

# Content-Security-Policy (django-csp) by part of the site: see hub/security_headers.py.
_MEDIA_ORIGINS = (
    [f"https://{ENV['AWS_S3_CUSTOM_DOMAIN']}"] if ENV.get("AWS_S3_CUSTOM_DOMAIN") else []
)
if ENV.get("AWS_STORAGE_BUCKET_NAME") and not _MEDIA_ORIGINS:
    _MEDIA_ORIGINS = ["https:"]  # signed or regional bucket URLs
CONTENT_SECURITY_POLICY = {"DIRECTIVES": security_headers.public_policy(_MEDIA_ORIGINS)}
ADMIN_CONTENT_SECURITY_POLICY = security_headers.admin_policy(_MEDIA_ORIGINS)
# Permissions-Policy (django-permissions-policy): no page may use these.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": ENV.get("LOG_LEVEL", "WARNING")},
}
