"""Writes for the charter.

The charter's printable copy is now the whole-charter page (``<charter>/full/``) and, where
WeasyPrint is installed, its tagged PDF (``<charter>/pdf/``); the plain-text document is gone.
"""

from __future__ import annotations

from charter.models import CharterPage


def attach_charter_document(charter: CharterPage, url: str = "", collection=None) -> None:
    """Kept only while ``charter.demo`` still calls it: the charter needs no generated document.

    Does nothing. Remove it, and the call in ``charter.demo.load``, together.
    """
    return None
