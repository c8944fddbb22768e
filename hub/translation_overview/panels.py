"""The dashboard panel: translation totals per language for the comms team."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from hub.translation_overview import states
from hub.translation_overview.access import can_view


class TranslationTotalsPanel(Component):
    name = "translation_totals"
    template_name = "hub/translation_overview/panel.html"
    order = 150

    def get_context_data(self, parent_context):
        overview = states.build()
        return {
            "counts": overview.counts(),
            "states": states.STATES,
            "index_url": reverse("hub_translation_overview"),
        }


def add_panel(request, panels) -> None:
    """``construct_homepage_panels``: only for those who may open the overview."""
    if can_view(request.user):
        panels.append(TranslationTotalsPanel())
