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


def compile_all(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parent.parent.name, abort_invalid=True)
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


if __name__ == "__main__":
    paths = compile_all()
    sys.stdout.write(f"Compiled {len(paths)} message catalogue(s).\n")
