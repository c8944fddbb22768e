"""Sections other apps add to the charter's pages, through hooks the charter defines.

The charter knows nothing of who signs it or what they offer. An app that does (partners
and their pledges; later the service finder, the resource library and the calendar)
registers functions with these Wagtail hooks in its ``wagtail_hooks.py``, and the charter
never imports it:

``charter_page_sections`` and ``principle_page_sections``
    ``fn(page, request) -> Section | None``: a part of the charter page (or of a principle
    page), drawn by the section's template with the page's context and ``section``.
``charter_subpage_types``
    ``fn() -> list[str]``: page types ("app_label.ModelName") that may sit under the
    charter page beside its principles (the partners' "sign the charter" form).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wagtail import hooks

CHARTER_PAGE_SECTIONS = "charter_page_sections"
PRINCIPLE_PAGE_SECTIONS = "principle_page_sections"
CHARTER_SUBPAGE_TYPES = "charter_subpage_types"


@dataclass(frozen=True)
class Section:
    #: A template name, or a template object (anything ``{% include %}`` accepts).
    template: object
    context: dict = field(default_factory=dict)
    #: The id of the section's heading and its text, for the page's contents list.
    anchor: str = ""
    title: str = ""
    #: Sections are drawn in this order, lowest first.
    order: int = 100
    #: What printed copies (the charter's PDF) must be made again for when it changes.
    version: object = None


def sections(hook_name: str, page, request) -> list[Section]:
    """Every app's sections for ``page``, in order."""
    found = [fn(page, request) for fn in hooks.get_hooks(hook_name)]
    return sorted((s for s in found if s is not None), key=lambda s: s.order)


def subpage_types() -> list[str]:
    """The page types other apps allow under the charter page."""
    return [label for fn in hooks.get_hooks(CHARTER_SUBPAGE_TYPES) for label in fn()]
