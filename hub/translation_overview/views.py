"""The translation overview screen (Reports → Translation overview)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.admin.paginator import WagtailPaginator
from wagtail_localize.machine_translators import get_machine_translator

from hub.translation_overview import states
from hub.translation_overview.access import can_view

ROWS_PER_PAGE = 50


def machine_translator_name() -> str:
    """The configured machine translation service's name, or "" when it is off."""
    translator = get_machine_translator()
    return translator.display_name if translator else ""


@require_GET
def overview(request):
    if not can_view(request.user):
        raise PermissionDenied
    data = states.build()
    codes = {locale.language_code: locale for locale in data.locales}
    notices = []

    language = request.GET.get("language", "").strip()
    if language and language not in codes:
        notices.append(
            _("There is no language “%(value)s” to translate into, so every language is shown.")
            % {"value": language[:20]}
        )
        language = ""
    state = request.GET.get("state", "").strip()
    if state and state not in states.STATES:
        notices.append(
            _("“%(value)s” is not a translation state, so every state is shown.")
            % {"value": state[:40]}
        )
        state = ""

    rows = data.filtered(language or None, state or None)
    counts = data.counts()
    shown = [
        codes[language].get_display_name() if language else _("All languages"),
        states.STATES[state] if state else _("all states"),
    ]
    paginator = WagtailPaginator(rows, ROWS_PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "hub/translation_overview/index.html",
        {
            "header_title": _("Translation overview"),
            "page_title": _("Translation overview"),
            "header_icon": "site",
            "source_locale": data.source_locale,
            "counts": counts,
            "shown": ", ".join(str(part) for part in shown),
            "unreviewed": any(tally[states.NEEDS_REVIEW] for _locale, tally in counts),
            "states": states.STATES,
            "locales": data.locales,
            "language": language,
            "state": state,
            "notices": notices,
            "rows": page,
            "elided_page_range": paginator.get_elided_page_range(page.number),
            "index_url": reverse("hub_translation_overview"),
            "machine_translator": machine_translator_name(),
            "needs_review": states.NEEDS_REVIEW,
            "out_of_date": states.OUT_OF_DATE,
            "missing": states.MISSING,
        },
    )


urlpatterns = [path("translations/", overview, name="hub_translation_overview")]
