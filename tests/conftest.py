"""Suite-wide fixtures: snapshot databases, a temporary media folder, and the test order.

See ``tests/snapshots.py`` for how the migrated and demo databases are built once and
``tests/databases.py`` for how each test process switches between its clones of them.
"""

import shutil

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale

from charter.factories import CharterPageFactory, PrinciplePageFactory
from tests import snapshots
from tests.builders import make_home
from tests.databases import ProcessDatabases

_process: dict[str, object] = {}


def _is_browser(item) -> bool:
    return item.get_closest_marker("browser") is not None


def _is_demo(item) -> bool:
    return item.get_closest_marker("demo") is not None


def pytest_collection_modifyitems(config, items):
    """Mark tests that read the demo, and run them after the rest, browser tests last.

    Each test process then reaches its demo tests after all its other database tests and
    switches databases once; Playwright's event loop never shares a thread with the ORM.
    """
    for item in items:
        if "demo" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.demo)
    items.sort(key=lambda item: (_is_browser(item), _is_demo(item)))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Connect to the demo clone for demo tests and to the base clone for the others.

    Runs before any fixture of the test, so a test class's ``setUpTestData`` already sees
    the right database.
    """
    if _is_browser(item):
        return
    _index_as_saved(item.get_closest_marker("indexed") is not None)
    # A test that left another language active must not change the next one's words.
    translation.activate(settings.LANGUAGE_CODE)
    kind = "demo" if _is_demo(item) else "base"
    if "databases" in _process:
        _process["databases"].want(kind)
    else:
        _process["wanted"] = kind


def _index_as_saved(on: bool) -> None:
    """Update the search and reference indexes on save only in tests marked ``indexed``.

    Those updates are a fifth of the suite's time, and most tests never read either index.
    A test that searches, lists search results, or relies on what Wagtail knows links to
    what (document privacy, usage counts) carries the mark, so it sees the site's behaviour.
    """
    from hub.demo.indexing import pause_live_indexing, resume_live_indexing

    if _process.get("indexing") is on:
        return
    (resume_live_indexing if on else pause_live_indexing)()
    _process["indexing"] = on


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Uploaded and generated files go to a temporary folder, removed after the session."""
    folder = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=str(folder)):
        yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker, tmp_path_factory, media_root):
    """Clones of the snapshot databases instead of migrating a new test database."""
    workdir = tmp_path_factory.mktemp("databases")
    databases = ProcessDatabases(snapshots.store(), workdir, media_root)
    databases.wanted = _process.pop("wanted", "base")
    with django_db_blocker.unblock():
        databases.configure()
    _process["databases"] = databases
    yield
    del _process["databases"]
    with django_db_blocker.unblock():
        databases.teardown()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def home_page(db):
    """A live English home page set as the root of the default site."""
    return make_home()


@pytest.fixture
def charter(home_page):
    """A charter page under the test home page."""
    return CharterPageFactory(parent=home_page, title="Elmshire charter", slug="charter")


@pytest.fixture
def principle(charter):
    """The charter's first principle."""
    return PrinciplePageFactory(parent=charter, number=1, title="Work as one team", slug="one-team")


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def demo(db):
    """The demo hub as ``make run`` loads it; what the test changes is rolled back."""
    cache.clear()
    yield
    cache.clear()
