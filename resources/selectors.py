"""Reads behind the library, its feeds and the resource lists on principle and partner pages.

Every function makes a fixed number of queries whatever the number of resources: filters
are ``EXISTS`` subqueries, and a page of results gets its topics, languages and authors
in one query each.

A resource's languages are its live translations that are not wagtail-localize aliases.
wagtail-localize does not translate many-to-many fields, so a translation (or an alias)
points at the source language's topics and principles: they are matched by ``code`` and
``translation_key``, never by id.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Length, Lower, Substr
from django.utils.translation import get_language_info
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from partners.models import PartnerPage
from resources.models import Audience, ResourceLibraryPage, ResourcePage, ResourceTopic

#: How the library may be ordered: the form's value and the ordering.
SORTS = {
    "newest": (F("first_published_at").desc(nulls_last=True), "-pk"),
    "title": (Lower("title"), "pk"),
}


def _parent_path():
    return Substr("path", 1, Length("path") - Page.steplen)


def topics_for_locale(locale_id: int) -> list[ResourceTopic]:
    """Every topic, named in the reader's language where translated (1 query)."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    topics = ResourceTopic.objects.filter(Q(locale_id=locale_id) | Q(locale__language_code=default))
    chosen: dict = {}
    for topic in topics:
        current = chosen.get(topic.translation_key)
        if current is None or topic.locale_id == locale_id:
            chosen[topic.translation_key] = topic
    return sorted(chosen.values(), key=lambda topic: (topic.sort_order, topic.name.casefold()))


def site_languages() -> list[tuple[str, str]]:
    """The site's languages as (code, name in the reader's language)."""
    return [(code, get_language_info(code)["name_translated"]) for code, _ in settings.LANGUAGES]


def resource_scope(locale_id: int) -> QuerySet:
    """Live, public resources of one language tree whose parent (partner or library) is live."""
    live_parents = Page.objects.live().filter(path=OuterRef("parent_path"))
    return (
        ResourcePage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .annotate(parent_path=_parent_path())
        .filter(Exists(live_parents))
    )


def available_in(language_code: str) -> Exists:
    """True for resources with a live, non-alias version in ``language_code``."""
    return Exists(
        Page.objects.live().filter(
            translation_key=OuterRef("translation_key"),
            alias_of__isnull=True,
            locale__language_code=language_code,
        )
    )


def filter_resources(resources: QuerySet, filters: dict) -> QuerySet:
    """Narrow ``resources`` by the library's valid filters (see ``LibraryForm.filters``).

    Within one filter, any chosen value matches (topic A or B); filters combine with "and".
    The search words are looked for in the title and the summary (``icontains``): Wagtail's
    search cannot be combined with these ``EXISTS`` filters and the database ordering in
    one query, and titles and summaries are what a reader scans.
    """
    if codes := filters.get("topic"):
        resources = resources.filter(
            Exists(
                ResourcePage.topics.through.objects.filter(
                    resourcepage_id=OuterRef("pk"), resourcetopic__code__in=codes
                )
            )
        )
    if audiences := filters.get("audience"):
        matches = Q()
        for audience in audiences:
            matches |= Q(**{ResourcePage.AUDIENCE_FIELDS[audience]: True})
        resources = resources.filter(matches)
    if formats := filters.get("format"):
        resources = resources.filter(resource_format__in=formats)
    if language := filters.get("language"):
        resources = resources.filter(available_in(language))
    if query := filters.get("q"):
        resources = resources.filter(Q(title__icontains=query) | Q(summary__icontains=query))
    return resources


def order_resources(resources: QuerySet, sort: str = "newest") -> QuerySet:
    return resources.order_by(*SORTS.get(sort, SORTS["newest"]))


def library_resources(locale_id: int, filters: dict) -> QuerySet:
    """The library's narrowed, ordered resources (not yet paginated)."""
    resources = filter_resources(resource_scope(locale_id), filters)
    return order_resources(resources, filters.get("sort", "newest"))


def attach_rows(resources: list[ResourcePage], topics: list[ResourceTopic]) -> list:
    """Give each resource its topic, audience and language names and ``author`` (3 queries).

    ``author`` is the partner page the resource sits under, or None for the library's own
    (the partnership's). ``topics`` are the topics in the reader's language.
    """
    if not resources:
        return resources
    through = ResourcePage.topics.through.objects.filter(
        resourcepage_id__in=[r.pk for r in resources]
    ).select_related("resourcetopic")
    by_key = {topic.translation_key: topic for topic in topics}
    topics_of: dict[int, list] = {}
    for link in through:
        topic = by_key.get(link.resourcetopic.translation_key, link.resourcetopic)
        topics_of.setdefault(link.resourcepage_id, []).append(topic)

    keys = {r.translation_key for r in resources}
    versions = (
        Page.objects.live()
        .filter(translation_key__in=keys, alias_of__isnull=True)
        .values_list("translation_key", "locale__language_code")
    )
    codes_of: dict = {}
    for key, code in versions:
        codes_of.setdefault(key, set()).add(code)

    steplen = Page.steplen
    parent_paths = {r.path[:-steplen] for r in resources}
    partners = {p.path: p for p in PartnerPage.objects.live().filter(path__in=parent_paths)}

    names = site_languages()
    for resource in resources:
        found = sorted(
            topics_of.get(resource.pk, []), key=lambda t: (t.sort_order, t.name.casefold())
        )
        resource.topic_names = [topic.name for topic in found]
        codes = codes_of.get(resource.translation_key, set())
        resource.language_names = [name for code, name in names if code in codes]
        resource.author = partners.get(resource.path[:-steplen])
        resource.audience_names = [Audience(value).label for value in resource.audiences]
    return resources


#: The most resources listed on a principle or partner page; the library has the rest.
LIST_LIMIT = 10


def _listing(resources: QuerySet, locale_id: int, limit: int) -> tuple[list, int]:
    rows = list(order_resources(resources)[: limit + 1])
    total = len(rows)
    if total > limit:
        total = resources.count()
    return attach_rows(rows[:limit], topics_for_locale(locale_id)), total


def resources_for_principle(principle: Page, limit: int = LIST_LIMIT) -> tuple[list, int]:
    """Newest resources tagged with ``principle`` (in any language version), and the total."""
    tagged = ResourcePage.principles.through.objects.filter(
        resourcepage_id=OuterRef("pk"), principlepage__translation_key=principle.translation_key
    )
    resources = resource_scope(principle.locale_id).filter(Exists(tagged))
    return _listing(resources, principle.locale_id, limit)


def resources_for_partner(partner: Page, limit: int = LIST_LIMIT) -> tuple[list, int]:
    """Newest resources published under ``partner``'s page, and the total."""
    resources = resource_scope(partner.locale_id).child_of(partner)
    return _listing(resources, partner.locale_id, limit)


def library_for_locale(locale_id: int):
    """The live library page in this language tree (for "see all" links), or None."""
    return ResourceLibraryPage.objects.live().filter(locale_id=locale_id).first()
