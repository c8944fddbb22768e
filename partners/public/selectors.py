"""Reads behind the public partner pages: which partners and pledges a reader sees, and how.

Every function here makes a fixed number of queries whatever the number of partners or
pledges, so that the directory, the dashboard and the open data stay fast at county scale.

A reader sees the partners under a page (the directory, or the home page for the dashboard)
in that page's language tree. A partner that exists only in the site's default language
(because it has not been synchronised into the reader's tree yet) is shown from the default
language tree instead, so no signatory is ever missing from a translated listing.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import (
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Concat, Length, Lower, Substr, Upper
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images import get_image_model
from wagtail.models import Page

from charter.models import PrinciplePage
from partners.models import Area, PartnerPage, PledgePage, PledgePrinciple, ProgressUpdate
from partners.selectors import with_last_update

#: The logo size on directory cards and partner pages (one rendition, prefetched).
LOGO_FILTER = "max-160x80"


def default_language_code() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def _count(queryset: QuerySet) -> Coalesce:
    """A correlated COUNT(*) of ``queryset`` as an integer annotation (0 when none)."""
    counted = queryset.order_by().annotate(
        _n=Func(F("pk"), function="COUNT", output_field=IntegerField())
    )
    return Coalesce(Subquery(counted.values("_n")[:1]), 0)


def parent_path_of(field: str = "path") -> Substr:
    """The treebeard path of a page's parent, as an expression on the page's own path."""
    return Substr(field, 1, Length(field) - Page.steplen)


def children_of_outer_page(prefix: str = "") -> Q:
    """Pages whose parent is the outer query's page, as treebeard finds children (indexed).

    ``prefix`` reaches the page through a relation, e.g. ``"pledge__"``.
    """
    return Q(
        **{
            f"{prefix}path__gte": Concat(OuterRef("path"), Value("0" * Page.steplen)),
            f"{prefix}path__lte": Concat(OuterRef("path"), Value(Page.alphabet[-1] * Page.steplen)),
            f"{prefix}depth": OuterRef("depth") + 1,
        }
    )


def source_tree_root(root: Page) -> Page | None:
    """The default-language version of ``root``, when ``root`` is in another language."""
    return (
        Page.objects.filter(
            translation_key=root.translation_key, locale__language_code=default_language_code()
        )
        .exclude(locale_id=root.locale_id)
        .only("path", "depth", "locale_id")
        .first()
    )


def partner_scope(root: Page) -> QuerySet:
    """Live partners under ``root``, completed from the default-language tree (1 query)."""
    live = PartnerPage.objects.live()
    local = Page.objects.descendant_of_q(root)
    source = source_tree_root(root)
    if source is None:
        return live.filter(local)
    local_keys = PartnerPage.objects.live().filter(local).values("translation_key")
    return live.filter(
        local | (Page.objects.descendant_of_q(source) & ~Q(translation_key__in=local_keys))
    )


def pledge_scope(partners: QuerySet) -> QuerySet:
    """Live pledges of these partners (a draft partner's pledges are not public).

    Each pledge looks up its parent by the indexed path (``EXISTS``), rather than matching
    against the list of every partner's path: the lookup stays fast when the database has
    no statistics yet for the planner (fresh imports, tests), where ``IN`` did not.
    """
    return (
        PledgePage.objects.live()
        .annotate(parent_path=parent_path_of())
        .filter(Exists(partners.filter(path=OuterRef("parent_path"))))
    )


def _prefer_locale(objects, locale_id: int) -> list:
    """One object per translation key: the one in ``locale_id`` where there is one."""
    chosen = {}
    for obj in objects:
        current = chosen.get(obj.translation_key)
        if current is None or obj.locale_id == locale_id:
            chosen[obj.translation_key] = obj
    return list(chosen.values())


def areas_for_locale(locale_id: int) -> list[Area]:
    """Every area, named in the reader's language where translated, A–Z (1 query)."""
    areas = Area.objects.filter(
        Q(locale_id=locale_id) | Q(locale__language_code=default_language_code())
    )
    return sorted(_prefer_locale(areas, locale_id), key=lambda area: area.name.casefold())


def principles_for_locale(locale_id: int) -> list[PrinciplePage]:
    """Live charter principles in the reader's language where translated, by number (1 query)."""
    principles = (
        PrinciplePage.objects.live()
        .filter(Q(locale_id=locale_id) | Q(locale__language_code=default_language_code()))
        .only("title", "number", "translation_key", "locale_id", "url_path", "path", "depth")
    )
    return sorted(_prefer_locale(principles, locale_id), key=lambda p: (p.number, p.title))


def localized_names(areas, local_areas: list[Area]) -> list[str]:
    """Names of ``areas`` in the reader's language (from ``areas_for_locale``), A–Z."""
    by_key = {area.translation_key: area.name for area in local_areas}
    return sorted({by_key.get(area.translation_key, area.name) for area in areas}, key=str.casefold)


# Directory ---------------------------------------------------------------------------------


def filter_partners(partners: QuerySet, filters: dict, local_areas: list[Area]) -> QuerySet:
    """Narrow ``partners`` by valid directory filters (see ``DirectoryFilterForm.filters``)."""
    if sector := filters.get("sector"):
        partners = partners.filter(sector=sector)
    if area_slug := filters.get("area"):
        keys = [area.translation_key for area in local_areas if area.slug == area_slug]
        through = PartnerPage.areas.through.objects.filter(
            partnerpage_id=OuterRef("pk"), area__translation_key__in=keys
        )
        partners = partners.filter(Exists(through))
    if principle := filters.get("principle"):
        pledged = PledgePrinciple.objects.filter(
            children_of_outer_page("pledge__"), pledge__live=True, principle__number=principle
        )
        partners = partners.filter(Exists(pledged))
    if query := filters.get("q"):
        partners = partners.filter(Q(title__icontains=query) | Q(summary__icontains=query))
    return partners


def filter_by_letter(partners: QuerySet, letter: str | None) -> QuerySet:
    return partners.filter(title__istartswith=letter) if letter else partners


def initial_letters(partners: QuerySet) -> set[str]:
    """The first letters of the partners' names, upper case (1 query)."""
    initials = (
        partners.order_by()
        .annotate(initial=Upper(Substr("title", 1, 1)))
        .values_list("initial", flat=True)
        .distinct()
    )
    return set(initials)


def directory_listing(partners: QuerySet) -> QuerySet:
    """Partners A–Z with their pledge count, areas and logo rendition prefetched."""
    live_pledges = PledgePage.objects.live().filter(children_of_outer_page())
    images = get_image_model().objects.prefetch_renditions(LOGO_FILTER)
    return (
        partners.annotate(pledge_count=_count(live_pledges))
        .prefetch_related("areas", Prefetch("logo", queryset=images))
        .order_by(Lower("title"), "pk")
    )


# Partner and pledge pages ------------------------------------------------------------------


def principle_links() -> Prefetch:
    return Prefetch(
        "principle_links",
        queryset=PledgePrinciple.objects.select_related("principle").order_by("sort_order"),
    )


def localized_principles(links, locale_id: int) -> dict[str, PrinciplePage]:
    """Principle pages in the reader's language, keyed by translation key (1 query)."""
    keys = {link.principle.translation_key for link in links}
    if not keys:
        return {}
    pages = PrinciplePage.objects.live().filter(translation_key__in=keys, locale_id=locale_id)
    return {page.translation_key: page for page in pages}


def partner_pledges(partner: PartnerPage, recent: int = 1) -> list[PledgePage]:
    """The partner's live pledges with principles and their latest updates (3 queries)."""
    if not partner.pk:
        return []
    pledges = with_last_update(PledgePage.objects.live().child_of(partner)).prefetch_related(
        principle_links(),
        Prefetch(
            "progress_updates",
            queryset=ProgressUpdate.objects.select_related("evidence_document").order_by(
                "-date", "-pk"
            ),
            to_attr="updates_newest_first",
        ),
    )
    pledges = list(pledges.order_by("target_date", "title"))
    for pledge in pledges:
        pledge.recent_updates = pledge.updates_newest_first[:recent]
    return pledges


def timeline(pledge: PledgePage) -> list[ProgressUpdate]:
    """A pledge's progress updates, newest first (also right in previews of unsaved edits)."""
    updates = list(pledge.progress_updates.select_related("evidence_document"))
    return sorted(updates, key=lambda u: (u.date, u.pk or 0), reverse=True)
