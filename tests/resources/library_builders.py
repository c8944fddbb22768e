"""Data for the library tests: a small known site, and resources built in bulk.

``library_site`` builds home, the charter with two principles, the partner directory with
two live partners (Alder Library Trust, Birch Housing), the library and three topics.
``bulk_resources`` inserts thousands of live resources with a topic each in seconds.
"""

from __future__ import annotations

import datetime

from django.utils import timezone
from wagtail.models import Locale, Page

from charter.factories import CharterPageFactory, PrinciplePageFactory
from partners.factories import PartnerDirectoryPageFactory, PartnerPageFactory
from resources.factories import (
    ResourceLibraryPageFactory,
    ResourcePageFactory,
    ResourceTopicFactory,
)
from resources.models import ResourcePage
from tests.builders import make_home
from tests.partners.public_data import bulk_pages

TOPIC_NAMES = {
    "email": "Email and messages",
    "devices": "Devices and data",
    "safety": "Staying safe online",
}


def library_site() -> dict:
    home = make_home()
    charter = CharterPageFactory(parent=home, title="The charter", slug="charter")
    share = PrinciplePageFactory(
        parent=charter, title="Share best practice and resources", slug="share", number=1
    )
    signpost = PrinciplePageFactory(
        parent=charter, title="Signpost people to support", slug="signpost", number=2
    )
    directory = PartnerDirectoryPageFactory(parent=home, title="Our partners")
    library = ResourceLibraryPageFactory(parent=home, intro="Guides and toolkits to share.")
    default = Locale.get_default()
    topics = {
        code: ResourceTopicFactory(name=name, code=code, locale=default, sort_order=n)
        for n, (code, name) in enumerate(TOPIC_NAMES.items())
    }
    alder = PartnerPageFactory(parent=directory, title="Alder Library Trust", slug="alder")
    birch = PartnerPageFactory(parent=directory, title="Birch Housing", slug="birch")
    return {
        "home": home,
        "charter": charter,
        "share": share,
        "signpost": signpost,
        "directory": directory,
        "library": library,
        "topics": topics,
        "alder": alder,
        "birch": birch,
    }


def days_ago(n: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=n)


def resource(parent, title, topics=(), principles=(), **fields) -> ResourcePage:
    """A live resource with its topics and principles (set after the first save)."""
    page = ResourcePageFactory(parent=parent, title=title, **fields)
    if topics or principles:
        page.topics.set(topics)
        page.principles.set(principles)
        page.save()
    return page


def bulk_resources(parent, count: int, topics, prefix: str = "Bulk", principle=None) -> list[int]:
    """``count`` live resources under ``parent``, each with a topic (and ``principle``)."""
    start = timezone.now() - datetime.timedelta(days=count)
    ids = bulk_pages(
        ResourcePage,
        [
            (
                parent,
                {
                    "title": f"{prefix} guide {n:05d}",
                    "slug": f"{prefix.lower()}-guide-{n:05d}",
                    "summary": "A guide made in bulk.",
                    "resource_format": ("guide", "toolkit", "template")[n % 3],
                    "audience_residents": n % 2 == 0,
                    "audience_champions": n % 2 == 1,
                    "last_reviewed": datetime.date(2026, 1, 1),
                    "first_published_at": start + datetime.timedelta(days=n),
                },
            )
            for n in range(count)
        ],
    )
    through = ResourcePage.topics.through
    through.objects.bulk_create(
        [
            through(resourcepage_id=pk, resourcetopic_id=topics[n % len(topics)].pk)
            for n, pk in enumerate(ids)
        ],
        batch_size=500,
    )
    if principle is not None:
        links = ResourcePage.principles.through
        links.objects.bulk_create(
            [links(resourcepage_id=pk, principlepage_id=principle.pk) for pk in ids],
            batch_size=500,
        )
    return ids


def refreshed(page: Page) -> Page:
    return Page.objects.get(pk=page.pk).specific
