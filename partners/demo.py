"""Demo content for partners and pledges: the directory, twenty partners and the dashboard.

Called by the hub's demo loader after the charter's, so the charter principles exist and
pledges link to them (if there are none, pledges are made without principle links). The
text lives in ``partners/demo_data`` (TOML; every organisation, web address and phone number
is invented); pages are made with ``partners.factories``
and published, then synchronised into every other language tree as wagtail-localize aliases.
"""

from __future__ import annotations

import datetime
import io

import factory.random
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from charter.models import PrinciplePage
from hub.demo import data
from partners.factories import (
    AreaFactory,
    PartnerDirectoryPageFactory,
    PartnerPageFactory,
    PledgePageFactory,
    ProgressDashboardPageFactory,
    add_principle,
    add_progress_update,
)
from partners.joining.demo import load_demo_joining
from partners.models import Area, PartnerDirectoryPage
from partners.selectors import months_before
from partners.self_service.demo import load_demo_access

__all__ = ["DEMO_PARTNER_SLUGS", "load"]

SEED = 2026

#: The partners whose pages the demo's partner editors ("partner1", "partner2") look after.
DEMO_PARTNER_SLUGS = ("hollowmere-community-hub", "elmshire-college")


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text + "\n")


def _logo(name: str, initials: str, colour: str):
    """A simple drawn logo (initials on a coloured tile), so the demo needs no download."""
    canvas = PillowImage.new("RGB", (320, 160), "#ffffff")
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((8, 8, 312, 152), radius=24, fill=colour)
    font = ImageFont.load_default(size=72)
    box = draw.textbbox((0, 0), initials, font=font)
    x = (320 - (box[2] - box[0])) / 2 - box[0]
    y = (160 - (box[3] - box[1])) / 2 - box[1]
    draw.text((x, y), initials, fill="#ffffff", font=font)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = get_image_model()(title=f"{name} logo", description=f"{name} logo")
    image.file = ImageFile(buffer, name=f"logo-{initials.lower()}.png")
    image.save()
    return image


def _areas(locale, names: list[str]) -> dict[str, Area]:
    areas = {}
    for name in names:
        slug = name.lower().replace(" ", "-")
        existing = Area.objects.filter(slug=slug, locale=locale).first()
        areas[name] = existing or AreaFactory(name=name, slug=slug, locale=locale)
    return areas


def _backdate(page: Page, day: datetime.date) -> None:
    """Say the page was first published on ``day`` (when the partner signed the charter)."""
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
    Page.objects.filter(pk=page.pk).update(first_published_at=moment)


def _short_slug(title: str, limit: int = 50) -> str:
    """A slug of at most ``limit`` characters, cut between words."""
    slug = slugify(title)
    return slug if len(slug) <= limit else slug[: limit + 1].rsplit("-", 1)[0]


def _pledge(partner, text: dict, principles: dict, signed: datetime.date, today):
    pledge = PledgePageFactory(
        parent=partner,
        title=text["title"],
        slug=_short_slug(text["title"]),
        commitment=text["commitment"],
        target=text["target"],
        target_date=datetime.date.fromisoformat(text["target_date"]),
        status=text["status"],
    )
    for link in text["principles"]:
        if link["number"] in principles:
            add_principle(pledge, principles[link["number"]], link["now"], link["aim"])
    for index, update in enumerate(text["updates"]):
        months_ago, summary, url = update["months_ago"], update["summary"], update["evidence_url"]
        # Spread the days of the month a little, as real updates would be.
        day = months_before(today, months_ago) - datetime.timedelta(
            days=(len(summary) + index) % 19
        )
        day = max(day, signed + datetime.timedelta(days=21))
        add_progress_update(pledge, min(day, today), summary, evidence_url=url)
    _publish(pledge)
    _backdate(pledge, signed)
    return pledge


def _partner(directory, text: dict, areas: dict, principles: dict, today) -> int:
    signed = datetime.date.fromisoformat(text["signed"])
    logo = text.get("logo")
    logo = _logo(text["title"], logo["initials"], logo["colour"]) if logo else None
    partner = PartnerPageFactory(
        parent=directory,
        title=text["title"],
        slug=text["slug"],
        summary=text["summary"],
        description=text["description"],
        sector=text["sector"],
        areas=[areas[name] for name in text["areas"]],
        website=text["website"],
        public_email=text["email"],
        public_phone=text["phone"],
        address=text["address"],
        date_signed=signed,
        logo=logo,
    )
    _publish(partner)
    _backdate(partner, signed)
    for pledge_text in text["pledges"]:
        _pledge(partner, pledge_text, principles, signed, today)
    return len(text["pledges"])


def _sync_language_trees() -> None:
    """Show the new pages in every synchronised language (as aliases until translated).

    One index of the page tree serves every language: syncing one language changes
    nothing the next one reads from it.
    """
    page_index = PageIndex.from_database().sort_by_tree_position()
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale, page_index=page_index)


def load(home: Page, stdout=None) -> dict:
    """Create the directory, partners, pledges and dashboard under ``home`` (once)."""
    if PartnerDirectoryPage.objects.child_of(home).exists():
        return {}
    factory.random.reseed_random(SEED)
    today = timezone.localdate()
    sections = data.read("partners", "directory")
    areas = _areas(home.locale, sections["areas"])
    principles = {
        p.number: p
        for p in PrinciplePage.objects.live().descendant_of(home).filter(locale=home.locale_id)
    }
    if not principles:
        _say(stdout, "No charter principles found: pledges are made without principle links.")

    directory = PartnerDirectoryPageFactory(
        parent=home, show_in_menus=True, **sections["directory"]
    )
    _publish(directory)
    partners = data.read_each("partners", "partners")
    pledge_count = sum(_partner(directory, text, areas, principles, today) for text in partners)
    dashboard = ProgressDashboardPageFactory(
        parent=home, show_in_menus=True, overdue_after_months=6, **sections["dashboard"]
    )
    _publish(dashboard)
    _sync_language_trees()
    _say(stdout, f"Partners: {len(partners)} partners with {pledge_count} pledges.")

    load_demo_joining(stdout=stdout)
    load_demo_access(stdout=stdout)
    return {"directory": directory, "dashboard": dashboard}
