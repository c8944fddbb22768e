"""Small builders shared by the test packages (no tests here)."""

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
