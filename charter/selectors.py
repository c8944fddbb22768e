"""Reads the charter pages need: principles in order, their neighbours and example actions.

What other apps show on the charter's pages (who has signed, pledges per principle) they
add through ``charter.sections``.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from wagtail.models import Page

from charter.models import MaturityLevel, PrinciplePage


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
