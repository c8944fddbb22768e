"""Publish the demo's translations through wagtail-localize, as an editor would.

For each English page whose title has a translation in the demo's PO files, a translation
source is made, the translated strings are imported as manual string translations, and the
translation is published (turning wagtail-localize's stand-in alias into a real page).
Strings with no translation stay English on the page; the templates mark them as English
and tell the reader that part of the page is not translated yet.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from hub.demo.data import translations
from hub.models import SiteWording


def _languages() -> list[tuple[Locale, dict[str, str]]]:
    found = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        catalogue = translations(code)
        if catalogue:
            found.append((Locale.objects.get(language_code=code), catalogue))
    return found


def _look_up(catalogue: dict, text: str) -> str | None:
    """The translation of a segment; plain-text fields come with their line breaks as <br/>."""
    if text in catalogue:
        return catalogue[text]
    lines = text.replace("<br/>", "\n")
    if lines != text and lines in catalogue:
        return catalogue[lines].replace("\n", "<br/>")
    return None


def _import_strings(source: TranslationSource, locale: Locale, catalogue: dict) -> int:
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    rows = []
    for segment in segments:
        text = segment.string.data
        # Addresses stay the same in every language: /pl/charter/ like /en/charter/.
        translated = text if segment.context.path == "slug" else _look_up(catalogue, text)
        if translated is not None:
            rows.append(
                StringTranslation(
                    translation_of_id=segment.string_id,
                    locale=locale,
                    context_id=segment.context_id,
                    data=translated,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )
            )
    StringTranslation.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


def _translate(instance, languages, key_text: str) -> int:
    """Translate ``instance`` into each language whose catalogue has ``key_text``."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    count = 0
    for locale, catalogue in languages:
        if key_text not in catalogue:
            continue
        _import_strings(source, locale, catalogue)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        translation.save_target(publish=True)
        count += 1
    return count


def translate_object(instance, key_text: str) -> int:
    """Translate one object (a translatable snippet, say) into each language that has
    ``key_text``; for the apps' demo loaders. Returns how many translations were published."""
    return _translate(instance, _languages(), key_text)


def translate_demo(default_locale: Locale) -> int:
    """Translate and publish the demo's pages and site wording that the PO files translate.

    A page is translated into a language when its title is; returns how many translations
    were published.
    """
    languages = _languages()
    known = set().union(*(catalogue for _locale, catalogue in languages)) if languages else set()
    pages = (
        Page.objects.live()
        .filter(locale=default_locale, depth__gt=1, title__in=known)
        .order_by("path")
        .specific()
    )
    count = sum(_translate(page, languages, page.title) for page in pages)
    for wording in SiteWording.objects.filter(locale=default_locale):
        count += _translate(wording, languages, wording.partnership_name)
    return count
