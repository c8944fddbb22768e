"""Demo content for the resource library: the library, its topics and thirty resources.

Called by the hub's demo loader after the charter's, partners' and services' (INSTALLED_APPS
order), so the principles and partner pages exist. The text lives in
``resources/demo_data`` (TOML): the library and its topics, the documents made for it, and
the resources in a few files. Each resource is made with ``resources.factories`` under its
partner's page (or under the library when it is the partnership's own), published, and then
shown in every other language as a wagtail-localize alias. Topics are translated here; the
library and the resources the PO files translate (matched by title) are translated with
every other page by the hub's loader afterwards, each one page with its translations.

Review dates follow the day the demo is built: a resource was last reviewed so many days
ago and is due a review a year later, so those reviewed over a year ago are past due.
"""

from __future__ import annotations

import datetime

import factory.random
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page
from wagtail_localize.synctree import create_aliases_for_new_page

from charter.models import PrinciplePage
from hub.demo import data
from hub.demo.builder import publish, stream
from hub.demo.translation import translate_object
from partners.models import PartnerPage
from resources import demo_documents
from resources.factories import (
    ResourceLibraryPageFactory,
    ResourcePageFactory,
    ResourceTopicFactory,
)
from resources.models import (
    Audience,
    Licence,
    ResourceDocument,
    ResourceFormat,
    ResourceLibraryPage,
    ResourceLink,
    ResourcePage,
    ResourceTopic,
)

__all__ = ["load"]

SEED = 2026

#: A resource is due a review this long after it was last reviewed.
REVIEW_EVERY = datetime.timedelta(days=365)


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text + "\n")


def _slug(title: str, limit: int = 50) -> str:
    """A slug of at most ``limit`` characters, cut between words."""
    slug = slugify(title)
    return slug if len(slug) <= limit else slug[: limit + 1].rsplit("-", 1)[0]


def resource_texts() -> list[dict]:
    """Every resource's text, in file order."""
    return [
        text for group in data.read_each("resources", "resources") for text in group["resources"]
    ]


def review_dates(text: dict, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """When the resource was last reviewed, and when its next review is due."""
    reviewed = today - datetime.timedelta(days=text["reviewed_days_ago"])
    return reviewed, reviewed + REVIEW_EVERY


def _topics(locale, texts: list[dict]) -> dict[str, ResourceTopic]:
    """The topics in English, each translated through wagtail-localize."""
    topics = {}
    for position, text in enumerate(texts):
        topic = ResourceTopicFactory(locale=locale, sort_order=position, **text)
        translate_object(topic, topic.name)
        topics[topic.code] = topic
    return topics


def _documents(text: dict, parent: Page, context: dict) -> list[ResourceDocument]:
    """The resource's attached documents, made now in the owner's collection."""
    rows = []
    collection = getattr(parent.specific, "collection", None)
    for position, key in enumerate(text.get("documents", [])):
        spec = context["documents"][key]
        document, page_count = demo_documents.save(key, spec, collection)
        rows.append(
            ResourceDocument(
                document=document, title=spec["title"], page_count=page_count, sort_order=position
            )
        )
    return rows


def _resource(parent: Page, text: dict, context: dict) -> ResourcePage:
    reviewed, due = review_dates(text, context["today"])
    audiences = {ResourcePage.AUDIENCE_FIELDS[Audience(value)] for value in text["audiences"]}
    page = ResourcePageFactory(
        parent=parent,
        title=text["title"],
        slug=_slug(text["title"]),
        summary=text["summary"],
        body=stream(text.get("body", [])),
        resource_format=ResourceFormat(text["format"]),
        licence=Licence(text["licence"]),
        topics=[context["topics"][code] for code in text["topics"]],
        principles=[
            context["principles"][n]
            for n in text.get("principles", [])
            if n in context["principles"]
        ],
        video_url=text.get("video_url", ""),
        video_transcript=text.get("transcript", "").strip(),
        last_reviewed=reviewed,
        review_due=due,
        documents=_documents(text, parent, context),
        links=[
            ResourceLink(url=link["url"], title=link["title"], sort_order=position)
            for position, link in enumerate(text.get("links", []))
        ],
        **{field: field in audiences for field in ResourcePage.AUDIENCE_FIELDS.values()},
    )
    publish(page)
    # First published when it was last reviewed, so "newest first" has an order to show.
    when = timezone.make_aware(datetime.datetime.combine(reviewed, datetime.time(10)))
    Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    return page


def _link_from_principle(locale, library: ResourceLibraryPage, text: dict) -> None:
    """Add a sentence linking to the library to the principle about sharing resources."""
    principle = PrinciplePage.objects.filter(locale=locale, slug=text["slug"]).first()
    if principle is None:
        return
    link = f'<a linktype="page" id="{library.pk}">{text["link_text"]}</a>'
    principle.description += text["sentence"].format(link=link)
    publish(principle)


def _show_in_other_languages(pages: list[Page]) -> None:
    """Alias the new pages in every synchronised language (until they are translated).

    Only the new pages: synchronising the whole tree again would read all of it for each
    language only to find the same pages.
    """
    for page in pages:
        create_aliases_for_new_page(page)


def load(home: Page, stdout=None) -> dict:
    """Create the library, topics, documents and resources under ``home`` (once)."""
    if ResourceLibraryPage.objects.child_of(home).exists():
        return {}
    factory.random.reseed_random(SEED)
    locale = home.locale
    text = data.read("resources", "library")
    library = publish(ResourceLibraryPageFactory(parent=home, **text["library"]))
    context = {
        "today": timezone.localdate(),
        "topics": _topics(locale, text["topics"]),
        "principles": {
            page.number: page
            for page in PrinciplePage.objects.live().descendant_of(home).filter(locale=locale)
        },
        "documents": data.read("resources", "documents"),
    }
    partners = {
        page.slug: page for page in PartnerPage.objects.descendant_of(home).filter(locale=locale)
    }
    texts = resource_texts()
    missing = sorted({t["partner"] for t in texts if "partner" in t} - set(partners))
    if missing:
        _say(stdout, f"No partner pages for {', '.join(missing)}: their resources are left out.")
    made = [
        _resource(partners[t["partner"]] if "partner" in t else library, t, context)
        for t in texts
        if t.get("partner", "") in partners or "partner" not in t
    ]
    _link_from_principle(locale, library, text["principle"])
    _show_in_other_languages([library, *made])
    _say(
        stdout,
        f"Resources: {len(made)} resources in {len(context['topics'])} topics; "
        f"the library is at {library.get_url()}",
    )
    return {"library": library}
