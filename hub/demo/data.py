"""Read the demo's text from data files: English text in TOML, translations in PO files.

Each app that adds demo content keeps its text in a ``demo_data`` folder beside its code:
``<name>.toml`` files hold the English text of a page (or of a set of pages), and
``locale/<language code>.po`` the translations of those strings, keyed by the English text
exactly as wagtail-localize segments it. The hub's demo builder publishes the translations
through wagtail-localize, so the demo shows the same translation records as an editor's work.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po
from django.apps import apps

FOLDER = "demo_data"


def folder(app_label: str) -> Path:
    return Path(apps.get_app_config(app_label).path) / FOLDER


def read(app_label: str, name: str) -> dict:
    """The data in ``<app>/demo_data/<name>.toml``."""
    with (folder(app_label) / f"{name}.toml").open("rb") as data:
        return tomllib.load(data)


def read_each(app_label: str, subfolder: str) -> list[dict]:
    """Every TOML file in a subfolder, in file-name order (names start with their position)."""
    paths = sorted((folder(app_label) / subfolder).glob("*.toml"))
    return [tomllib.loads(path.read_text("utf-8")) for path in paths]


def catalogue_paths(code: str) -> list[Path]:
    """Every app's demo PO file for a language."""
    paths = []
    for config in apps.get_app_configs():
        path = Path(config.path) / FOLDER / "locale" / f"{code}.po"
        if path.is_file():
            paths.append(path)
    return paths


@cache
def translations(code: str) -> dict[str, str]:
    """English text to its translation in ``code``, from every app's demo PO file.

    Untranslated and fuzzy entries are left out, so their text stays English on the site.
    """
    found = {}
    for path in catalogue_paths(code):
        with path.open("rb") as po_file:
            for message in read_po(po_file, locale=code):
                if message.id and message.string and not message.fuzzy:
                    found[message.id] = message.string
    return found
