"""Data for the public partner page tests: a small known site, and bulk pages for scale tests.

``known_site`` builds a data set whose dashboard figures are worked out by hand in its
docstring. ``bulk_pages`` inserts many live pages at once (a page row and a specific row per
page, paths computed as treebeard would), so the scale tests build 2,500 pages in seconds.
"""

from __future__ import annotations

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Locale, Page

from charter.factories import CharterPageFactory, PrinciplePageFactory
from partners.factories import (
    AreaFactory,
    PartnerDirectoryPageFactory,
    PartnerPageFactory,
    PledgePageFactory,
    ProgressDashboardPageFactory,
    add_principle,
    add_progress_update,
)
from partners.models import PartnerPage, PledgePage, PledgePrinciple, ProgressUpdate
from partners.selectors import months_before
from tests.builders import make_home


def make_structure(principle_titles=("Signpost people to support", "Work as one team")):
    """Home, a charter with numbered principles, the directory and the dashboard."""
    home = make_home()
    charter = CharterPageFactory(parent=home, title="The charter", slug="charter")
    principles = [
        PrinciplePageFactory(parent=charter, title=title, slug=f"principle-{n}", number=n)
        for n, title in enumerate(principle_titles, start=1)
    ]
    directory = PartnerDirectoryPageFactory(parent=home, title="Our partners", intro="Who signed.")
    dashboard = ProgressDashboardPageFactory(parent=home, overdue_after_months=6)
    return {
        "home": home,
        "charter": charter,
        "principles": principles,
        "directory": directory,
        "dashboard": dashboard,
    }


def known_site(today: datetime.date | None = None) -> dict:
    """A small site with hand-checked figures (``today`` defaults to the real date).

    Partners: Alder Library Trust (library; Elmbridge), Birch Housing (housing; Fernley,
    Hollowmere), Cedar Council (council; Elmbridge) and Dune Digital (business; a draft).
    Live pledges of live partners, with (principle number, maturity now, aimed for):

    ========  ===========  ===================  ==================================
    pledge    status       principles           progress updates
    ========  ===========  ===================  ==================================
    a1        in progress  (1, 2, 3)            2 and 10 months ago
    a2        achieved     (2, 3, 3)            14 months ago
    b1        planned      (1, 1, 2), (2, 2, 4) none; first published 10 months ago
    c1        in progress  (1, 3, 4)            8 months ago (with evidence)
    c2        lapsed       (3, 1, 2)            none
    ========  ===========  ===================  ==================================

    Not public: b2 (a draft pledge of Birch, principle 3) and d1 (a live pledge of the draft
    partner Dune Digital, principle 1). With 6 months allowed, b1 and c1 are overdue.
    """
    today = today or timezone.localdate()
    data = make_structure(
        ("Signpost people to support", "Work as one team", "Embed equality and inclusion")
    )
    p1, p2, p3 = data["principles"]
    default = Locale.get_default()
    areas = {
        name: AreaFactory(name=name, slug=name.lower(), locale=default)
        for name in ("Elmbridge", "Fernley", "Hollowmere")
    }
    directory = data["directory"]

    def partner(title, sector, area_names, signed, **fields):
        return PartnerPageFactory(
            parent=directory,
            title=title,
            slug=title.lower().replace(" ", "-"),
            sector=sector,
            date_signed=signed,
            areas=[areas[name] for name in area_names],
            **fields,
        )

    def months_ago(n):
        return months_before(today, n)

    alder = partner("Alder Library Trust", "library", ["Elmbridge"], datetime.date(2024, 3, 1))
    birch = partner(
        "Birch Housing",
        "housing",
        ["Fernley", "Hollowmere"],
        datetime.date(2025, 5, 5),
        public_phone="01632 960 555",
        public_email="hello@birch-housing.example",
    )
    cedar = partner("Cedar Council", "council", ["Elmbridge"], datetime.date(2026, 1, 20))
    dune = partner("Dune Digital", "business", ["Fernley"], datetime.date(2025, 1, 1), live=False)

    def pledge(parent, title, status, links, published_months_ago=12, **fields):
        published = timezone.make_aware(
            datetime.datetime.combine(months_ago(published_months_ago), datetime.time(12))
        )
        page = PledgePageFactory(
            parent=parent,
            title=title,
            slug=title.lower().replace(" ", "-"),
            status=status,
            first_published_at=published,
            **fields,
        )
        for principle, now, target in links:
            add_principle(page, principle, now, target)
        return page

    a1 = pledge(alder, "Lend laptops from every branch", "in_progress", [(p1, 2, 3)])
    add_progress_update(a1, months_ago(10), "Two branches lend laptops now.")
    add_progress_update(a1, months_ago(2), "All five branches lend laptops now.")
    a2 = pledge(alder, "Join the referral network", "achieved", [(p2, 3, 3)])
    add_progress_update(a2, months_ago(14), "We joined the referral network.")
    b1 = pledge(
        birch,
        "Wifi in every community room",
        "planned",
        [(p1, 1, 2), (p2, 2, 4)],
        published_months_ago=10,
    )
    b2 = pledge(birch, "Train housing officers", "in_progress", [(p3, 1, 2)], live=False)
    c1 = pledge(cedar, "Digital champions in every library", "in_progress", [(p1, 3, 4)])
    add_progress_update(
        c1,
        months_ago(8),
        "Twelve champions trained.",
        evidence_url="https://www.cedar-council.example/champions",
    )
    c2 = pledge(cedar, "Free data for care leavers", "lapsed", [(p3, 1, 2)])
    d1 = pledge(dune, "Refurbish donated laptops", "in_progress", [(p1, 1, 2)])
    data.update(
        today=today,
        areas=areas,
        partners={"alder": alder, "birch": birch, "cedar": cedar, "dune": dune},
        pledges={"a1": a1, "a2": a2, "b1": b1, "b2": b2, "c1": c1, "c2": c2, "d1": d1},
    )
    return data


# Bulk pages --------------------------------------------------------------------------------


def bulk_pages(model, items: list[tuple[Page, dict]], batch_size: int = 200) -> list[int]:
    """Insert live pages of ``model`` under the given parents; returns their ids in order.

    ``items`` are (parent, fields) pairs; ``fields`` holds ``title``, ``slug`` and the
    model's own fields. Page paths continue after each parent's existing children.
    """
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    next_step = {}
    for parent, _fields in items:
        if parent.pk not in next_step:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .first()
            )
            next_step[parent.pk] = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    base_rows, own_fields = [], []
    added = {}
    for parent, fields in items:
        fields = dict(fields)
        step = next_step[parent.pk]
        next_step[parent.pk] += 1
        added[parent.pk] = added.get(parent.pk, 0) + 1
        title, slug = fields.pop("title"), fields.pop("slug")
        base_rows.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=Page._get_path(parent.path, parent.depth + 1, step),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                locale_id=parent.locale_id,
                live=True,
                has_unpublished_changes=False,
                first_published_at=fields.pop("first_published_at", now),
                last_published_at=now,
            )
        )
        own_fields.append(fields)
    Page.objects.bulk_create(base_rows, batch_size=batch_size)
    specific_rows = [
        model(page_ptr_id=base.pk, **fields)
        for base, fields in zip(base_rows, own_fields, strict=True)
    ]
    local_fields = model._meta.local_concrete_fields
    for start in range(0, len(specific_rows), batch_size):
        model.objects._insert(
            specific_rows[start : start + batch_size], fields=local_fields, raw=True
        )
    for parent_pk, count in added.items():
        page = Page.objects.get(pk=parent_pk)
        Page.objects.filter(pk=parent_pk).update(numchild=page.numchild + count)
    return [base.pk for base in base_rows]


def grow(
    directory,
    principles,
    areas,
    partners: int,
    pledges_each: int,
    today: datetime.date,
    logo=None,
    prefix: str = "Bulk",
) -> None:
    """Add ``partners`` live partners, each with ``pledges_each`` pledges, links and updates."""
    sectors = ["council", "health", "voluntary", "education", "housing", "library", "business"]
    partner_ids = bulk_pages(
        PartnerPage,
        [
            (
                directory,
                {
                    "title": f"{prefix} partner {n:04d}",
                    "slug": f"{prefix.lower()}-partner-{n:04d}",
                    "sector": sectors[n % len(sectors)],
                    "summary": "A partner made in bulk.",
                    "date_signed": datetime.date(2025, 1, 1),
                    "logo_id": logo.pk if logo else None,
                    "public_email": f"bulk{n}@partner.example",
                },
            )
            for n in range(partners)
        ],
    )
    through = PartnerPage.areas.through
    through.objects.bulk_create(
        [
            through(partnerpage_id=pk, area_id=areas[n % len(areas)].pk)
            for n, pk in enumerate(partner_ids)
        ]
    )
    parents = list(Page.objects.filter(pk__in=partner_ids).order_by("path"))
    statuses = ["planned", "in_progress", "achieved", "lapsed"]
    pledge_ids = bulk_pages(
        PledgePage,
        [
            (
                parent,
                {
                    "title": f"Pledge {m} of {parent.title}",
                    "slug": f"pledge-{m}",
                    "commitment": "We will help more people get online.",
                    "target": "100 people a year",
                    "target_date": datetime.date(2027, 3, 31),
                    "status": statuses[(n + m) % len(statuses)],
                    "first_published_at": timezone.now() - datetime.timedelta(days=400),
                },
            )
            for n, parent in enumerate(parents)
            for m in range(pledges_each)
        ],
    )
    PledgePrinciple.objects.bulk_create(
        [
            PledgePrinciple(
                pledge_id=pk,
                principle=principles[n % len(principles)],
                maturity_now=1 + n % 4,
                maturity_target=4,
                sort_order=0,
            )
            for n, pk in enumerate(pledge_ids)
        ]
    )
    ProgressUpdate.objects.bulk_create(
        [
            ProgressUpdate(
                pledge_id=pk,
                date=months_before(today, n % 12),
                summary="Progress made in bulk.",
                sort_order=0,
            )
            for n, pk in enumerate(pledge_ids)
            if n % 3
        ]
    )
