"""Reads the charter pages need: principles in order, who has signed, pledges per principle.

The partners app imports charter, so partner models are looked up by label here
(``apps.get_model``) rather than imported.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.db.models.functions import Length, Lower, Substr
from wagtail.models import Locale, Page

from charter.models import MaturityLevel, PrinciplePage

#: The most pledges listed on a principle page; the rest are counted and left to the directory.
PLEDGE_LIST_LIMIT = 50


def _partner_model(name: str):
    return apps.get_model("partners", name)


def principles(charter: Page) -> QuerySet[PrinciplePage]:
    """The charter's live principles in number order (tree order breaks ties)."""
    return PrinciplePage.objects.child_of(charter).live().order_by("number", "path")


def neighbours(principle: PrinciplePage) -> tuple[PrinciplePage | None, PrinciplePage | None]:
    """The principles before and after this one in the charter, for reading it in order."""
    ordered = list(PrinciplePage.objects.sibling_of(principle).live().order_by("number", "path"))
    index = next((i for i, p in enumerate(ordered) if p.pk == principle.pk), None)
    if index is None:
        return None, None
    before = ordered[index - 1] if index > 0 else None
    after = ordered[index + 1] if index + 1 < len(ordered) else None
    return before, after


def signatory_count() -> int:
    """Organisations with a live partner page, each counted once whatever its translations."""
    return _partner_model("PartnerPage").objects.live().values("translation_key").distinct().count()


def _nearest(model, page: Page) -> Page | None:
    """A live page of ``model`` beside ``page`` in its tree, else any, in the reader's language."""
    found = model.objects.live().sibling_of(page, inclusive=False).first()
    if found is None:
        found = model.objects.live().order_by("path").first()
        found = found.localized if found is not None else None
    return found


def partner_directory(charter: Page) -> Page | None:
    return _nearest(_partner_model("PartnerDirectoryPage"), charter)


def sign_page(charter: Page) -> Page | None:
    """The "sign the charter" form: the charter's own child first, else one beside the charter."""
    model = _partner_model("SignCharterPage")
    found = model.objects.child_of(charter).live().first()
    return found if found is not None else _nearest(model, charter)


def actions_by_level(principle: PrinciplePage) -> list[tuple[MaturityLevel, list[str]]]:
    """The example actions grouped under the maturity level each helps reach, in level order."""
    grouped: dict[int, list[str]] = {level.value: [] for level in MaturityLevel}
    for block in principle.actions:
        try:
            level = int(block.value["level"])
        except (TypeError, ValueError):
            continue
        if level in grouped:
            grouped[level].append(block.value["text"])
    return [(MaturityLevel(level), texts) for level, texts in grouped.items() if texts]


@dataclass(frozen=True)
class PrincipleSection:
    """One principle as the whole-charter page prints it, with its actions grouped by level."""

    principle: PrinciplePage
    actions_by_level: list[tuple[MaturityLevel, list[str]]]


def principle_sections(principles: list[PrinciplePage]) -> list[PrincipleSection]:
    """The principles already fetched, each with its example actions by level; no queries."""
    return [PrincipleSection(p, actions_by_level(p)) for p in principles]


@dataclass(frozen=True)
class PledgeListing:
    """One live pledge serving a principle, as the principle page lists it."""

    pledge: Page
    partner: Page
    maturity_now: MaturityLevel
    maturity_target: MaturityLevel


def _parent_path(path_field: str):
    """SQL for the tree path of the parent of the page whose path is in ``path_field``."""
    return Substr(OuterRef(path_field), 1, Length(OuterRef(path_field)) - Page.steplen)


def _pledge_links_for(principle: PrinciplePage, locale_id: int) -> QuerySet:
    """Links from live pledges of live partners to this principle, by partner then pledge.

    Links are matched by the principle's translation key, so a pledge counts whichever
    language version of the principle it names. Each pledge is taken in the given locale
    where a version there serves the principle (a translation or an alias), otherwise in
    the default language.
    """
    PledgePage = _partner_model("PledgePage")
    live_partners = _partner_model("PartnerPage").objects.live()
    links = (
        apps.get_model("partners", "PledgePrinciple")
        .objects.filter(principle__translation_key=principle.translation_key, pledge__live=True)
        .annotate(
            partner_title=Subquery(
                live_partners.filter(path=_parent_path("pledge__path")).values("title")[:1]
            )
        )
        .filter(partner_title__isnull=False)
    )
    default_locale = Locale.get_default()
    if locale_id == default_locale.pk:
        links = links.filter(pledge__locale_id=locale_id)
    else:
        in_locale = PledgePage.objects.live().filter(
            locale_id=locale_id,
            translation_key=OuterRef("pledge__translation_key"),
            principle_links__principle__translation_key=principle.translation_key,
        )
        links = (
            links.filter(pledge__locale_id__in=[locale_id, default_locale.pk])
            .annotate(has_local=Exists(in_locale))
            .exclude(pledge__locale=default_locale, has_local=True)
        )
    return links.select_related("pledge").order_by(
        Lower("partner_title"), Lower("pledge__title"), "pledge_id", "pk"
    )


def pledges_for_principle(
    principle: PrinciplePage, limit: int = PLEDGE_LIST_LIMIT
) -> tuple[list[PledgeListing], int]:
    """Up to ``limit`` live pledges serving ``principle``, with their partner, and the total.

    A fixed number of queries whatever the number of pledges: the links with their
    pledges, the partner pages, and the total (only when the list is cut short).
    """
    links = _pledge_links_for(principle, principle.locale_id)
    rows, seen = [], set()
    fetched = 0
    for link in links[: limit * 2]:  # a pledge may name the same principle twice
        fetched += 1
        if link.pledge_id not in seen and len(rows) < limit:
            seen.add(link.pledge_id)
            rows.append(link)
    steplen = Page.steplen
    partners = _partner_model("PartnerPage").objects.live()
    partners = {
        partner.path: partner
        for partner in partners.filter(path__in={link.pledge.path[:-steplen] for link in rows})
    }
    listings = [
        PledgeListing(
            pledge=link.pledge,
            partner=partners[link.pledge.path[:-steplen]],
            maturity_now=MaturityLevel(link.maturity_now),
            maturity_target=MaturityLevel(link.maturity_target),
        )
        for link in rows
        if link.pledge.path[:-steplen] in partners
    ]
    total = len(listings)
    if len(rows) == limit or fetched == limit * 2:
        total = links.order_by().values("pledge_id").distinct().count()
    return listings, total
