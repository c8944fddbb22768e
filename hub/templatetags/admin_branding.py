"""``{% admin_site_name %}``: the partnership's name as the admin shows it (hub.admin_branding)."""

from django import template

from hub.admin_branding import partnership_name

register = template.Library()


@register.simple_tag
def admin_site_name() -> str:
    return partnership_name()
