"""Small builders shared by the test packages (no tests here)."""

from contextlib import contextmanager

from django.db import transaction
from wagtail.models import Page, Site

from hub.factories import HomePageFactory


def make_home(**fields) -> Page:
    """An English home page set as the root of the default site (the old root removed)."""
    fields = {"title": "Elmshire hub", "slug": "hub-home", "intro": "Welcome.", **fields}
    home = HomePageFactory(parent=Page.get_first_root_node(), **fields)
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.save()
    if old_root.pk != home.pk:
        old_root.delete()
    return home


def publish(page: Page) -> Page:
    """Publish the page's latest state and return it fresh, as its specific class."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


@contextmanager
def rolled_back(django_db_blocker):
    """For module-scoped fixtures: data built once, in a transaction undone afterwards.

    Each test still runs in its own savepoint inside it (through ``db``), so what one test
    changes is undone before the next. Hand tests a ``copy.deepcopy`` of the objects built.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
