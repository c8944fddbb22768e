"""Every interface string is translated into every site language."""

import re
from pathlib import Path

import babel
import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation

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


# Plurals -----------------------------------------------------------------------------------

COUNTS = (0, 1, 2, 3, 5, 11, 21, 100, 101)
CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")


def expected_form(code: str, n: int) -> int:
    """The gettext form for ``n`` by the language's CLDR rules (not by our .po header):
    gettext numbers a language's categories in CLDR's order, zero, one, two, few, many, other."""
    rule = babel.Locale.parse(code).plural_form
    categories = [tag for tag in CLDR_ORDER if tag in rule.tags or tag == "other"]
    return categories.index(rule(n))


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_every_plural_string_takes_the_right_form_for_each_count(code):
    plurals = [m for m in catalog(code) if m.id and m.pluralizable]
    assert plurals, f"no plural strings in the {code} catalogue"
    wrong = []
    with translation.override(code):
        for message in plurals:
            singular, plural = message.id
            for n in COUNTS:
                got = translation.ngettext(singular, plural, n)
                want = message.string[expected_form(code, n)]
                if got != want:
                    wrong.append((singular, n, got, want))
    assert wrong == []


def test_arabic_counts_read_as_arabic_grammar_wants():
    """The trial's example: twenty partners are not "one partner", one is not "none"."""
    with translation.override("ar"):
        forms = {
            n: translation.ngettext(
                "%(counter)s organisation has signed the charter.",
                "%(counter)s organisations have signed the charter.",
                n,
            )
            for n in COUNTS
        }
    assert len({forms[0], forms[1], forms[2], forms[3], forms[11], forms[100]}) == 6
    assert forms[3] == forms[5] and forms[11] == forms[21] and forms[100] == forms[101]


def test_a_catalogue_without_its_language_is_refused_at_compile_time(tmp_path):
    from hub.compile_messages import CatalogError, compile_all

    target = tmp_path / "ar" / "LC_MESSAGES"
    target.mkdir(parents=True)
    header = (LOCALE_DIR / "ar" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    (target / "django.po").write_text(header.replace('"Language: ar\\n"', '"Language: \\n"'))
    with pytest.raises(CatalogError, match="Language: ar"):
        compile_all(tmp_path)
