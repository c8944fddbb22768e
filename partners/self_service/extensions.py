"""Extension points for apps built on partner self-service (partners imports none of them).

* ``partner_reminder_items``: functions called with ``today`` (a date or None) that return
  ``{partner page id: ReminderSection}``; each section is added to that partner's reminder
  e-mail (one e-mail per partner, with the overdue pledges), and a partner with a section
  but no overdue pledge is reminded too. The support services app lists services due a check.
* ``partner_group_permissions``: functions returning ``(app_label, codename)`` pairs of model
  permissions every partner group gets (support services: adding venues).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from wagtail import hooks

REMINDER_ITEMS_HOOK = "partner_reminder_items"
GROUP_PERMISSIONS_HOOK = "partner_group_permissions"


@dataclass(frozen=True)
class ReminderSection:
    """Things a partner should attend to, added to its reminder e-mail.

    ``template`` is a plain-text template rendered in the partner's language with ``items``
    (dicts, each with an ``id`` recorded in the reminder's history under ``log_key``).
    """

    template: str
    log_key: str
    items: list[dict] = field(default_factory=list)


def reminder_sections(today: datetime.date | None = None) -> dict[int, list[ReminderSection]]:
    sections = defaultdict(list)
    for items_for in hooks.get_hooks(REMINDER_ITEMS_HOOK):
        for partner_id, section in items_for(today).items():
            if section.items:
                sections[partner_id].append(section)
    return dict(sections)


def group_permissions() -> list[tuple[str, str]]:
    hooked = hooks.get_hooks(GROUP_PERMISSIONS_HOOK)
    return [pair for permissions in hooked for pair in permissions()]
