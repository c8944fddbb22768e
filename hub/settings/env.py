"""Turn environment variables into Django settings.

Each function takes the environment as a mapping so that the settings tests can
call it with made-up values; ``base.py`` calls them with ``os.environ``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

TRUE_VALUES = {"1", "true", "yes", "on"}

#: Languages the hub knows how to present, in their own names.
KNOWN_LANGUAGES = {
    "en": "English",
    "pl": "Polski",
    "ro": "Română",
    "uk": "Українська",
    "ar": "العربية",
    "ur": "اردو",
}

#: Elasticsearch/OpenSearch backends Wagtail ships, by the value of SEARCH_BACKEND.
SEARCH_BACKEND_MODULES = {
    "elasticsearch7": "wagtail.search.backends.elasticsearch7",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
}


def flag(env: Mapping[str, str], name: str, default: bool = False) -> bool:
    value = env.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in TRUE_VALUES


def csv_list(env: Mapping[str, str], name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env.get(name, default).split(",") if item.strip()]


def databases(env: Mapping[str, str], base_dir: Path) -> dict:
    """SQLite in the project folder unless DATABASE_URL names another database."""
    url = env.get("DATABASE_URL") or f"sqlite:///{base_dir / 'db.sqlite3'}"
    config = dj_database_url.parse(url)
    if config["ENGINE"] == "django.db.backends.postgresql":
        config["CONN_MAX_AGE"] = int(env.get("DATABASE_CONN_MAX_AGE", "600"))
        config["CONN_HEALTH_CHECKS"] = True
    return {"default": config}


def languages(env: Mapping[str, str]) -> list[tuple[str, str]]:
    """The site languages, default first; SITE_LANGUAGES is a comma-separated list of codes."""
    codes = csv_list(env, "SITE_LANGUAGES", ",".join(KNOWN_LANGUAGES))
    unknown = [code for code in codes if code not in KNOWN_LANGUAGES]
    if unknown or not codes:
        raise ImproperlyConfigured(
            f"SITE_LANGUAGES may list only {', '.join(KNOWN_LANGUAGES)}; got {unknown or 'none'}."
        )
    return [(code, KNOWN_LANGUAGES[code]) for code in codes]


def search_backends(env: Mapping[str, str]) -> dict:
    """Wagtail's database backend, or Elasticsearch/OpenSearch when ELASTICSEARCH_URL is set."""
    url = env.get("ELASTICSEARCH_URL")
    if not url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    name = env.get("SEARCH_BACKEND") or "elasticsearch8"
    if name not in SEARCH_BACKEND_MODULES:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND must be one of {', '.join(SEARCH_BACKEND_MODULES)}; got {name!r}."
        )
    return {
        "default": {
            "BACKEND": SEARCH_BACKEND_MODULES[name],
            "URLS": csv_list(env, "ELASTICSEARCH_URL"),
            "INDEX": env.get("ELASTICSEARCH_INDEX_PREFIX", "charterhub"),
            "TIMEOUT": int(env.get("ELASTICSEARCH_TIMEOUT", "5")),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }


#: The database table of the ``limits`` cache when there is no Redis (made by a migration).
LIMITS_CACHE_TABLE = "hub_limits_cache"


def caches(env: Mapping[str, str]) -> dict:
    """``default`` for speed and ``limits`` for counts every app process must share.

    With REDIS_URL both live in Redis; without it ``default`` is a per-process memory
    cache and ``limits`` (form submissions per client, used form tokens) a database table.
    """
    url = env.get("REDIS_URL")
    prefix = env.get("CACHE_KEY_PREFIX", "charterhub")
    if url:
        redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
        return {
            "default": {**redis, "KEY_PREFIX": prefix, "TIMEOUT": 300},
            "limits": {**redis, "KEY_PREFIX": f"{prefix}-limits"},
        }
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "limits": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": LIMITS_CACHE_TABLE,
            "KEY_PREFIX": prefix,
        },
    }


def media_storage(env: Mapping[str, str]) -> dict:
    """Local files by default; S3-compatible object storage when AWS_STORAGE_BUCKET_NAME is set."""
    bucket = env.get("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "default_acl": None,
        "querystring_auth": flag(env, "AWS_QUERYSTRING_AUTH", False),
        "file_overwrite": False,
    }
    for setting, option in (
        ("AWS_S3_ENDPOINT_URL", "endpoint_url"),
        ("AWS_S3_REGION_NAME", "region_name"),
        ("AWS_S3_CUSTOM_DOMAIN", "custom_domain"),
        ("AWS_ACCESS_KEY_ID", "access_key"),
        ("AWS_SECRET_ACCESS_KEY", "secret_key"),
    ):
        if env.get(setting):
            options[option] = env[setting]
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def email(env: Mapping[str, str], debug: bool) -> dict:
    """SMTP, or the console in development when no EMAIL_HOST is given."""
    host = env.get("EMAIL_HOST")
    if debug and not host:
        backend = "django.core.mail.backends.console.EmailBackend"
    else:
        backend = "django.core.mail.backends.smtp.EmailBackend"
    return {
        "EMAIL_BACKEND": env.get("EMAIL_BACKEND") or backend,
        "EMAIL_HOST": host or "localhost",
        "EMAIL_PORT": int(env.get("EMAIL_PORT", "587" if host else "25")),
        "EMAIL_HOST_USER": env.get("EMAIL_HOST_USER", ""),
        "EMAIL_HOST_PASSWORD": env.get("EMAIL_HOST_PASSWORD", ""),
        "EMAIL_USE_TLS": flag(env, "EMAIL_USE_TLS", bool(host)),
        "DEFAULT_FROM_EMAIL": env.get("DEFAULT_FROM_EMAIL", "Charter Hub <hub@localhost>"),
    }


TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks(env: Mapping[str, str]) -> dict:
    """Run background tasks at once, or queue them in the database for ``manage.py db_worker``."""
    name = env.get("TASKS_BACKEND") or "immediate"
    if name not in TASK_BACKENDS:
        raise ImproperlyConfigured(f"TASKS_BACKEND must be immediate or database; got {name!r}.")
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}
