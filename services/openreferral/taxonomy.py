"""Matching another directory's taxonomy terms onto our kinds of help.

A term matches a kind of help by our own id (a feed exported from a hub like this one),
by code (``code`` or ``term``, compared as slugs), or by name (ignoring case). Terms that
match nothing are collected so that the import can report them.
"""

from __future__ import annotations

from django.utils.text import slugify

from .selectors import help_kinds


def terms_of(record: dict) -> list[dict]:
    """The taxonomy terms a service record carries (in ``attributes``, HSDS's link table)."""
    terms = []
    for attribute in record.get("attributes") or []:
        term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
        if isinstance(term, dict):
            terms.append(term)
    return terms


def term_label(term: dict) -> str:
    name = str(term.get("name") or term.get("term") or term.get("code") or "?")
    return f"{name} ({term['id']})" if term.get("id") else name


class KindMatcher:
    def __init__(self):
        self.kinds = list(help_kinds())
        self.by_key = {str(kind.translation_key): kind for kind in self.kinds}
        self.by_code = {kind.code: kind for kind in self.kinds}
        self.by_name = {kind.name.casefold(): kind for kind in self.kinds}
        self.unmapped: dict[str, int] = {}

    def match(self, term: dict):
        if str(term.get("id", "")) in self.by_key:
            return self.by_key[str(term["id"])]
        for field in ("code", "term", "name"):
            value = term.get(field)
            if not isinstance(value, str) or not value.strip():
                continue
            found = self.by_code.get(slugify(value)) or self.by_name.get(value.strip().casefold())
            if found:
                return found
        label = term_label(term)
        self.unmapped[label] = self.unmapped.get(label, 0) + 1
        return None

    def kinds_for(self, record: dict) -> list:
        found = []
        for term in terms_of(record):
            kind = self.match(term)
            if kind and kind not in found:
                found.append(kind)
        return found
