from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from hub.settings import env

BASE = Path("/srv/hub")


def test_database_defaults_to_sqlite_in_the_project_folder():
    config = env.databases({}, BASE)["default"]
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(BASE / "db.sqlite3")


def test_database_url_selects_postgresql_with_persistent_connections():
    config = env.databases({"DATABASE_URL": "postgres://hub:pw@db.internal:5432/hub"}, BASE)
    default = config["default"]
    assert default["ENGINE"] == "django.db.backends.postgresql"
    assert default["HOST"] == "db.internal"
    assert default["NAME"] == "hub"
    assert default["CONN_MAX_AGE"] == 600
    assert default["CONN_HEALTH_CHECKS"] is True


def test_search_uses_the_database_backend_without_elasticsearch():
    assert env.search_backends({})["default"]["BACKEND"] == "wagtail.search.backends.database"


def test_elasticsearch_url_selects_the_elasticsearch_backend():
    backend = env.search_backends(
        {
            "ELASTICSEARCH_URL": "https://es1:9200,https://es2:9200",
            "ELASTICSEARCH_INDEX_PREFIX": "hub",
        }
    )["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["https://es1:9200", "https://es2:9200"]
    assert backend["INDEX"] == "hub"


def test_opensearch_can_be_chosen():
    backend = env.search_backends(
        {"ELASTICSEARCH_URL": "https://os:9200", "SEARCH_BACKEND": "opensearch2"}
    )["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.opensearch2"


def test_unknown_search_backend_is_refused():
    with pytest.raises(ImproperlyConfigured):
        env.search_backends({"ELASTICSEARCH_URL": "https://es:9200", "SEARCH_BACKEND": "solr"})


def test_redis_url_selects_a_shared_cache():
    cache = env.caches({"REDIS_URL": "redis://cache:6379/1"})["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://cache:6379/1"


def test_cache_is_local_memory_without_redis():
    assert env.caches({})["default"]["BACKEND"].endswith("LocMemCache")


def test_media_is_local_by_default_and_s3_when_a_bucket_is_named():
    assert env.media_storage({})["BACKEND"].endswith("FileSystemStorage")
    s3 = env.media_storage(
        {"AWS_STORAGE_BUCKET_NAME": "hub-media", "AWS_S3_ENDPOINT_URL": "https://s3.example"}
    )
    assert s3["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s3["OPTIONS"]["bucket_name"] == "hub-media"
    assert s3["OPTIONS"]["endpoint_url"] == "https://s3.example"


def test_site_languages_default_to_english_and_five_community_languages():
    codes = [code for code, _name in env.languages({})]
    assert codes == ["en", "pl", "ro", "uk", "ar", "ur"]


def test_site_languages_can_be_narrowed_and_keep_their_own_names():
    assert env.languages({"SITE_LANGUAGES": "en,ar"}) == [("en", "English"), ("ar", "العربية")]


def test_unknown_site_language_is_refused():
    with pytest.raises(ImproperlyConfigured):
        env.languages({"SITE_LANGUAGES": "en,xx"})


def test_email_goes_to_the_console_in_development_and_smtp_when_configured():
    assert env.email({}, debug=True)["EMAIL_BACKEND"].endswith("console.EmailBackend")
    smtp = env.email({"EMAIL_HOST": "smtp.example", "EMAIL_HOST_USER": "hub"}, debug=False)
    assert smtp["EMAIL_BACKEND"].endswith("smtp.EmailBackend")
    assert smtp["EMAIL_USE_TLS"] is True
    assert smtp["EMAIL_PORT"] == 587


def test_tasks_run_at_once_by_default_and_can_be_queued_in_the_database():
    assert env.tasks({})["default"]["BACKEND"].endswith("ImmediateBackend")
    assert env.tasks({"TASKS_BACKEND": "database"})["default"]["BACKEND"] == (
        "django_tasks_db.DatabaseBackend"
    )
    with pytest.raises(ImproperlyConfigured):
        env.tasks({"TASKS_BACKEND": "celery"})


def test_production_settings_refuse_a_missing_secret_key(monkeypatch):
    import importlib
    import sys

    monkeypatch.setenv("SECRET_KEY", "")
    sys.modules.pop("hub.settings.production", None)
    with pytest.raises(ImproperlyConfigured):
        importlib.import_module("hub.settings.production")
    sys.modules.pop("hub.settings.production", None)


@pytest.mark.parametrize("address", ["", "http://hub.example.org"])
def test_production_settings_need_the_sites_public_https_address(monkeypatch, address):
    import importlib
    import sys

    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("WAGTAILADMIN_BASE_URL", address)
    for name in ("hub.settings.base", "hub.settings.production"):
        sys.modules.pop(name, None)
    try:
        with pytest.raises(ImproperlyConfigured, match="WAGTAILADMIN_BASE_URL"):
            importlib.import_module("hub.settings.production")
        monkeypatch.setenv("WAGTAILADMIN_BASE_URL", "https://hub.example.org")
        for name in ("hub.settings.base", "hub.settings.production"):
            sys.modules.pop(name, None)
        production = importlib.import_module("hub.settings.production")
        assert production.WAGTAILADMIN_BASE_URL == "https://hub.example.org"
    finally:
        for name in ("hub.settings.base", "hub.settings.production"):
            sys.modules.pop(name, None)
