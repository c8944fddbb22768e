"""Resource lists that other apps' pages show, without those apps importing this one.

The principle page's template loads ``{% principle_resources page %}`` and the partner
page's ``{% partner_resources page %}``; each draws the newest resources (a fixed number
of queries) with a link to the library for the rest, or nothing when there are none.
"""

from django import template

from hub.selectors import site_wording
from resources import selectors

register = template.Library()


def _list(context, resources, total, heading, anchor, page) -> dict:
    return {
        "request": context["request"],
        "partnership_name": str(site_wording(context["request"]).partnership_name),
        "resources": resources,
        "total": total,
        "heading": heading,
        "anchor": anchor,
        "library": selectors.library_for_locale(page.locale_id) if total > len(resources) else None,
    }


@register.inclusion_tag("resources/components/resource_list.html", takes_context=True)
def principle_resources(context, page):
    """Resources tagged with this principle (matched across its translations)."""
    resources, total = selectors.resources_for_principle(page)
    return _list(context, resources, total, "principle", "resources", page)


@register.inclusion_tag("resources/components/resource_list.html", takes_context=True)
def partner_resources(context, page):
    """Resources this partner has published."""
    resources, total = selectors.resources_for_partner(page)
    return _list(context, resources, total, "partner", "resources", page)
