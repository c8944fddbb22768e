"""Every interface string is translated into every site language."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]+\}")
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def catalog(code):
    with (LOCALE_DIR / code / "LC_MESSAGES" / "django.po").open("rb") as po_file:
        return read_po(po_file, locale=code)


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(code):
    messages = [m for m in catalog(code) if m.id]
    assert messages, f"no messages in the {code} catalogue"
    untranslated = [
        m.id
        for m in messages
        if not m.string or (isinstance(m.string, tuple) and not all(m.string))
    ]
    fuzzy = [m.id for m in messages if m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_translations_keep_every_placeholder(code):
    broken = []
    for message in catalog(code):
        if not message.id:
            continue
        if message.pluralizable:
            # A singular form may leave the number out ("one partner"), so plural
            # translations may use fewer placeholders, never other ones.
            allowed = set(PLACEHOLDER.findall(" ".join(message.id)))
            for string in message.string:
                if string and not set(PLACEHOLDER.findall(string)) <= allowed:
                    broken.append((message.id[0], string))
        elif message.string and sorted(PLACEHOLDER.findall(message.string)) != sorted(
            PLACEHOLDER.findall(message.id)
        ):
            broken.append((message.id, message.string))
    assert broken == []
