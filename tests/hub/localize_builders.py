"""Builders for wagtail-localize translations in tests (no tests here)."""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def start_translation(instance, locale: Locale) -> Translation:
    """A synced translation of ``instance`` (page or snippet) into ``locale``, nothing saved."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    return translation


def translate_strings(translation: Translation, *, count=None, machine=0) -> int:
    """Translate the first ``count`` strings (all by default), the first ``machine`` of them
    as machine translations; returns how many strings the source has."""
    segments = list(
        StringSegment.objects.filter(source=translation.source)
        .select_related("string")
        .order_by("order")
    )
    for index, segment in enumerate(segments[:count]):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={
                "data": f"{segment.string.data}-{translation.target_locale.language_code}",
                "translation_type": "machine" if index < machine else "manual",
                "tool_name": "DeepL" if index < machine else "",
            },
        )
    return len(segments)


def translate(instance, locale: Locale, *, count=None, machine=0) -> Translation:
    """Translate ``instance`` into ``locale`` with wagtail-localize and save (publish) it."""
    translation = start_translation(instance, locale)
    translate_strings(translation, count=count, machine=machine)
    translation.save_target(publish=True)
    return translation
