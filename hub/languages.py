"""Names of languages (ISO 639 codes) in the reader's language, from CLDR through Babel."""

from babel import Locale, UnknownLocaleError
from django.utils.translation import get_language, gettext, to_locale


def language_name(code: str, language: str | None = None) -> str:
    """The name of language ``code`` in ``language`` (default: the active one)."""
    try:
        locale = Locale.parse(to_locale(language or get_language() or "en"))
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    if code == "bfi":  # not in CLDR
        return gettext("British Sign Language")
    return locale.languages.get(code) or Locale("en").languages.get(code) or code
