"""Admin screens for the public partner pages: the areas partners serve, as a snippet."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from partners.models import Area


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "site"
    menu_label = _("Areas")
    menu_order = 300
    add_to_admin_menu = False
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel(
            [FieldPanel("latitude"), FieldPanel("longitude")],
            heading=_("Centre point"),
            help_text=_(
                "Where the finder measures distances from when a resident chooses this area."
            ),
        ),
    ]


register_snippet(AreaViewSet)
