"""The progress dashboard's figures, each read with one grouped query.

Every figure is a ``Figure``: a caption and labelled rows of numbers. The template draws a
chart from it and prints the same rows as a table, so both always agree.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Max, OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from charter.models import MaturityLevel
from partners.models import PledgePrinciple, PledgeStatus, ProgressUpdate, Sector
from partners.selectors import overdue_pledges

from . import selectors
from .selectors import parent_path_of

RECENT_UPDATES = 10
OVERDUE_SHOWN = 50


@dataclass
class Figure:
    """Numbers for one chart and its table: ``rows`` of (label, values), ``columns`` names."""

    key: str
    caption: str
    columns: list[str]
    rows: list[tuple[str, list[int]]]
    row_header: str = ""
    chart: str = field(default="", repr=False)

    @property
    def total(self) -> int:
        return sum(sum(values) for _label, values in self.rows)


def _partner_title() -> Subquery:
    """The title of the partner page a pledge belongs to (pledges annotated ``parent_path``)."""
    return Subquery(Page.objects.filter(path=OuterRef("parent_path")).values("title")[:1])


def _principle_label(principle) -> str:
    return f"{principle.number}. {principle.title}"


def sector_figure(partners: QuerySet) -> Figure:
    counts = dict(partners.order_by().values_list("sector").annotate(n=Count("pk")))
    return Figure(
        key="sectors",
        caption=_("Signatories by sector"),
        row_header=_("Sector"),
        columns=[_("Signatories")],
        rows=[(label, [counts.get(value, 0)]) for value, label in Sector.choices],
    )


def status_figure(pledges: QuerySet) -> Figure:
    counts = dict(pledges.order_by().values_list("status").annotate(n=Count("pk")))
    return Figure(
        key="statuses",
        caption=_("Pledges by status"),
        row_header=_("Status"),
        columns=[_("Pledges")],
        rows=[(label, [counts.get(value, 0)]) for value, label in PledgeStatus.choices],
    )


def principle_figure(pledges: QuerySet, principles: list) -> Figure:
    links = PledgePrinciple.objects.filter(pledge__in=pledges.values("pk"))
    counts = dict(
        links.order_by()
        .values_list("principle__translation_key")
        .annotate(n=Count("pledge_id", distinct=True))
    )
    return Figure(
        key="principles",
        caption=_("Pledges by principle"),
        row_header=_("Principle"),
        columns=[_("Pledges")],
        rows=[(_principle_label(p), [counts.get(p.translation_key, 0)]) for p in principles],
    )


def maturity_figure(pledges: QuerySet, principles: list) -> Figure:
    """Partners at each maturity level now, per principle.

    A partner with several pledges for one principle counts once, at the highest level it
    reports for that principle.
    """
    per_partner = (
        PledgePrinciple.objects.filter(pledge__in=pledges.values("pk"))
        .annotate(partner_path=parent_path_of("pledge__path"))
        .order_by()
        .values_list("principle__translation_key", "partner_path")
        .annotate(level=Max("maturity_now"))
    )
    counts = Counter((key, level) for key, _path, level in per_partner)
    return Figure(
        key="maturity",
        caption=_("Partners at each maturity level now, by principle"),
        row_header=_("Principle"),
        columns=[label for _value, label in MaturityLevel.choices],
        rows=[
            (
                _principle_label(p),
                [counts.get((p.translation_key, level), 0) for level in MaturityLevel.values],
            )
            for p in principles
        ],
    )


def recent_updates(pledges: QuerySet, limit: int = RECENT_UPDATES) -> list[ProgressUpdate]:
    """The latest progress updates with their pledge and partner name (1 query)."""
    updates = (
        ProgressUpdate.objects.filter(pledge__in=pledges.values("pk"))
        .select_related("pledge", "evidence_document")
        .annotate(
            parent_path=parent_path_of("pledge__path"),
            partner_title=_partner_title(),
        )
        .order_by("-date", "-pk")
    )
    return list(updates[:limit])


def overdue(pledges: QuerySet, months: int, today: datetime.date, limit: int = OVERDUE_SHOWN):
    """The pledges longest without an update (up to ``limit``) and how many there are."""
    late = overdue_pledges(months=months, today=today, pledges=pledges).annotate(
        partner_title=_partner_title()
    )
    return list(late[:limit]), late.count()


def _count_for(figure: Figure, status) -> int:
    return figure.rows[PledgeStatus.values.index(status)][1][0]


def dashboard(root: Page, locale_id: int, months: int, today=None) -> dict:
    """Every figure on the dashboard for the partners under ``root`` (a fixed 11 queries)."""
    today = today or timezone.localdate()
    partners = selectors.partner_scope(root)
    pledges = selectors.pledge_scope(partners)
    principles = selectors.principles_for_locale(locale_id)
    figures = [
        sector_figure(partners),
        principle_figure(pledges, principles),
        status_figure(pledges),
        maturity_figure(pledges, principles),
    ]
    overdue_list, overdue_count = overdue(pledges, months, today)
    by_key = {figure.key: figure for figure in figures}
    return {
        "figures": figures,
        "partner_total": by_key["sectors"].total,
        "pledge_total": by_key["statuses"].total,
        "achieved_total": _count_for(by_key["statuses"], PledgeStatus.ACHIEVED),
        "recent_updates": recent_updates(pledges),
        "overdue": overdue_list,
        "overdue_count": overdue_count,
        "overdue_months": months,
    }
