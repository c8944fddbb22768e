"""Reads for joining the charter: the sign-the-charter form in the reader's language."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant

from partners.models import SignCharterPage


def sign_charter_page() -> SignCharterPage | None:
    """The live "sign the charter" form in the active language, else in the default one.

    One query: the language codes come from settings, not from the locale table.
    """
    active = get_supported_content_language_variant(translation.get_language())
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    found = {}
    pages = SignCharterPage.objects.live().filter(locale__language_code__in={active, default})
    for page in pages.select_related("locale").order_by("-path"):
        found[page.locale.language_code] = page  # the first in tree order wins
    return found.get(active) or found.get(default)
