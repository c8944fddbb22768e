"""Languages a service can be offered in: ISO 639 codes, named in the reader's language."""

from babel import Locale, UnknownLocaleError
from django.utils.translation import get_language, gettext, to_locale

# The languages most spoken in the partnership's area after English, and British Sign
# Language (ISO 639-3 "bfi"); the order is the editor's list order.
SPOKEN_LANGUAGES = [
    "en",
    "cy",
    "bfi",
    "ar",
    "bn",
    "zh",
    "fa",
    "fr",
    "gu",
    "hi",
    "ku",
    "lt",
    "ne",
    "pa",
    "pl",
    "ps",
    "pt",
    "ro",
    "ru",
    "so",
    "es",
    "ta",
    "ti",
    "tr",
    "uk",
    "ur",
]


def language_name(code: str, language: str | None = None) -> str:
    """The name of language ``code`` in ``language`` (default: the active one)."""
    try:
        locale = Locale.parse(to_locale(language or get_language() or "en"))
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    if code == "bfi":  # not in CLDR
        return gettext("British Sign Language")
    return locale.languages.get(code) or Locale("en").languages.get(code) or code


def spoken_language_choices() -> list[tuple[str, str]]:
    """Choices for the editor, named in the editor's own language."""
    return [(code, language_name(code)) for code in SPOKEN_LANGUAGES]
