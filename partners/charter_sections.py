"""The partners' sections on the charter's pages: who has signed, and pledges per principle.

Registered with the charter's hooks (``charter.sections``) in ``partners.wagtail_hooks``, so
the charter shows them without knowing the partners app.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.db.models.functions import Length, Lower, Substr
from django.utils.translation import gettext
from wagtail.models import Locale, Page

from charter.models import MaturityLevel, PrinciplePage
from charter.sections import Section
from partners.models import (
    PartnerDirectoryPage,
    PartnerPage,
    PledgePage,
    PledgePrinciple,
    SignCharterPage,
)

#: The most pledges listed on a principle page; the rest are counted and left to the directory.
PLEDGE_LIST_LIMIT = 50


def signatory_count() -> int:
    """Organisations with a live partner page, each counted once whatever its translations."""
    return PartnerPage.objects.live().values("translation_key").distinct().count()


def _nearest(model, page: Page) -> Page | None:
    """A live page of ``model`` beside ``page`` in its tree, else any, in the reader's language."""
    found = model.objects.live().sibling_of(page, inclusive=False).first()
    if found is None:
        found = model.objects.live().order_by("path").first()
        found = found.localized if found is not None else None
    return found


def partner_directory(charter: Page) -> Page | None:
    return _nearest(PartnerDirectoryPage, charter)


def sign_page(charter: Page) -> Page | None:
    """The "sign the charter" form: the charter's own child first, else one beside the charter."""
    found = SignCharterPage.objects.child_of(charter).live().first()
    return found if found is not None else _nearest(SignCharterPage, charter)


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
    live_partners = PartnerPage.objects.live()
    links = (
        PledgePrinciple.objects.filter(
            principle__translation_key=principle.translation_key, pledge__live=True
        )
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
    partners = PartnerPage.objects.live()
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


def charter_page_section(page, request) -> Section:
    """How to join (the sign form), how many have signed, and the way to the directory."""
    count = signatory_count()
    return Section(
        template="partners/includes/charter_signatories.html",
        context={
            "sign_page": sign_page(page),
            "signatory_count": count,
            "partner_directory": partner_directory(page),
        },
        anchor="who-has-signed",
        title=gettext("Who has signed"),
        order=10,
        version=count,
    )


def principle_page_section(page, request) -> Section:
    """The live pledges that serve the principle, with their partners."""
    pledges, total = pledges_for_principle(page)
    return Section(
        template="partners/includes/principle_pledges.html",
        context={
            "pledges": pledges,
            "pledge_total": total,
            "partner_directory": partner_directory(page.get_parent()),
        },
        anchor="pledges",
        title=gettext("Pledges that serve this principle"),
        order=10,
    )
