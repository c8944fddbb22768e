"""Add partners to the browser server's copy of the demo, so the directory has two pages.

The demo has exactly one page of partners; the browser suite also audits the directory's
pagination. Run as ``python -m tests.browser.seed`` with DATABASE_URL naming that copy.
"""

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


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    django.setup()
    add_partners()
