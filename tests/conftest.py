import pytest
from wagtail.models import Locale, Page, Site

from hub.factories import HomePageFactory


def pytest_collection_modifyitems(config, items):
    """Run the browser tests last: Playwright's event loop must not share a thread with the ORM."""
    items.sort(key=lambda item: item.nodeid.startswith("tests/browser/"))


@pytest.fixture
def home_page(db):
    """A live English home page set as the root of the default site."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Elmshire hub", slug="hub-home", intro="Welcome.")
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.save()
    old_root.delete()
    return home


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}
