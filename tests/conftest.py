import pytest
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Locale

from tests.builders import make_home


def pytest_collection_modifyitems(config, items):
    """Run the browser tests last: Playwright's event loop must not share a thread with the ORM."""
    items.sort(key=lambda item: item.nodeid.startswith("tests/browser/"))


@pytest.fixture
def home_page(db):
    """A live English home page set as the root of the default site."""
    return make_home()


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo hub, built once per test module and rolled back after it.

    Building the demo takes half a minute, so a module's tests share one build; each test
    still runs in its own savepoint (through ``db``), so what a test changes is undone.
    """
    from hub.demo.builder import build

    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        assert build() is True
        yield
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture
def demo(demo_site, db):
    """The demo hub, for one test."""
