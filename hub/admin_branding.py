"""The admin's name for the hub: the partnership's name, the same for every user.

Wagtail named the admin after ``WAGTAIL_SITE_NAME`` ("Charter Hub") for users who can
explore the whole tree (the comms team) and after the ``Site``'s own name for users who
start lower down (partners). Both now come from ``SiteWording``: the partnership's name in
the admin user's language, else in the default language. The settings set
``WAGTAIL_SITE_NAME`` to a lazy call of ``partnership_name`` so that Wagtail's own uses (the
"type the site name to delete" check among them) read it too; the templates under
``templates/wagtailadmin/`` and the dashboard's page count use it through the
``admin_site_name`` tag and ``name_summary_items``.
"""

from django.conf import settings
from django.db import DatabaseError
from django.utils import translation

from hub.models import SiteWording


def partnership_name() -> str:
    """The partnership's name in the active language (one query)."""
    default = settings.LANGUAGE_CODE
    language = translation.get_language() or default
    try:
        names = dict(
            SiteWording.objects.filter(locale__language_code__in={language, default})
            .order_by("pk")
            .values_list("locale__language_code", "partnership_name")
        )
    except DatabaseError:  # before the first migration: no site wording table yet
        names = {}
    return names.get(language) or names.get(default) or settings.HUB_FALLBACK_SITE_NAME


def name_summary_items(request, summary_items) -> None:
    """The dashboard's counts (pages, images, documents) say "created in <the partnership>".

    Wagtail's summary items each look up the site's name for the user; the name they put in
    their template context is replaced, whatever the item's class.
    """
    for item in summary_items:
        item.get_context_data = _with_partnership_name(item.get_context_data)


def _with_partnership_name(get_context_data):
    def wrapped(parent_context):
        context = get_context_data(parent_context)
        if "site_name" in context:
            context["site_name"] = partnership_name()
        return context

    return wrapped
