"""Compile locale/*/LC_MESSAGES/django.po into .mo files with Babel.

Django's ``compilemessages`` needs GNU gettext's ``msgfmt``; Babel does the same job in
pure Python, so ``make run`` and ``make test`` need no system package for it.
Run as ``python -m hub.compile_messages``; exits non-zero if a catalogue is broken.
"""

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


class CatalogError(Exception):
    pass


def compile_all(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        code = po_path.parent.parent.name
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=code, abort_invalid=True)
        if catalog.locale is None or str(catalog.locale) != code:
            # Babel drops the Plural-Forms header from the .mo without a language, and
            # gettext then falls back to English plurals (one/other) for every count.
            raise CatalogError(f'{po_path}: the header needs "Language: {code}"')
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


if __name__ == "__main__":
    try:
        paths = compile_all()
    except CatalogError as error:
        sys.exit(str(error))
    sys.stdout.write(f"Compiled {len(paths)} message catalogue(s).\n")
