"""The demo's own translations (its PO files) are complete, like the interface strings."""

import re

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

from hub.demo.data import catalogue_paths

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_every_app_with_demo_text_has_a_complete_catalogue_in_each_language(code):
    paths = catalogue_paths(code)
    assert {path.parts[-4] for path in paths} >= {"hub", "charter", "partners"}
    for path in paths:
        with path.open("rb") as po_file:
            messages = [m for m in read_po(po_file, locale=code) if m.id]
        assert messages, path
        assert [m.id for m in messages if not m.string or m.fuzzy] == [], path
        # Links and emphasis survive translation: the same tags, attributes included.
        changed = [
            m.id for m in messages if sorted(TAG.findall(m.id)) != sorted(TAG.findall(m.string))
        ]
        assert changed == [], path
