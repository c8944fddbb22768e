"""Languages a service can be offered in: ISO 639 codes, named in the reader's language."""

from hub.languages import language_name

__all__ = ["SPOKEN_LANGUAGES", "language_name", "spoken_language_choices"]

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


def spoken_language_choices() -> list[tuple[str, str]]:
    """Choices for the editor, named in the editor's own language."""
    return [(code, language_name(code)) for code in SPOKEN_LANGUAGES]
