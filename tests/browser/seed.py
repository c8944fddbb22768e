"""Prepare the browser server's copy of the demo, and say which pages the suite samples.

The demo has exactly one page of partners; the browser suite also audits the directory's
pagination, so a few partners are added. Then each page type's first English page (the
shallowest, then A-Z) is printed as JSON, so the tests need not crawl the site to find
them. Run as ``python -m tests.browser.seed`` with DATABASE_URL naming that copy.
"""

import json
import os

import django

EXTRA_PARTNERS = 6


def add_partners(count: int = EXTRA_PARTNERS) -> None:
    import factory.random
    from wagtail_localize.synctree import create_aliases_for_new_page

    from partners.factories import PartnerPageFactory
    from partners.models import PartnerDirectoryPage
    from tests.builders import publish

    factory.random.reseed_random(2026)
    directory = PartnerDirectoryPage.objects.get(alias_of__isnull=True, locale__language_code="en")
    for _ in range(count):
        partner = publish(PartnerPageFactory(parent=directory))
        create_aliases_for_new_page(partner)


def page_types() -> dict[str, str]:
    """Each page type's label and the path of its first live, public English page."""
    from wagtail.models import Page

    pages = (
        Page.objects.live()
        .public()
        .filter(locale__language_code="en", depth__gt=1)
        .select_related("content_type")
    )
    found: dict[str, str] = {}
    for page in sorted(pages, key=lambda page: (page.depth, page.url_path)):
        label = f"{page.content_type.app_label}.{page.content_type.model}"
        if label not in found:
            url = page.get_url()
            if url:
                found[label] = url
    return found


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    django.setup()
    add_partners()
    print(json.dumps(page_types()))
