"""Template tags for the page shell: languages, navigation, breadcrumbs, footer and helpline."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info
from wagtail.models import Page

from hub import dates, selectors

register = template.Library()


def _as_page(value):
    """Templates without a page (404, 400) pass an empty string; treat it as no page."""
    return value if isinstance(value, Page) else None


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    request = context["request"]
    return {"links": selectors.language_links(request, _as_page(page))}


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context, page):
    return {"alternates": selectors.hreflang_alternates(context["request"], page)}


@register.inclusion_tag("components/primary_navigation.html", takes_context=True)
def primary_navigation(context, page=None):
    request = context["request"]
    page = _as_page(page)
    current_path = page.url_path if page is not None else ""
    items = [
        {
            "page": item,
            "is_current": bool(current_path) and current_path.startswith(item.url_path),
        }
        for item in selectors.menu_pages(request)
    ]
    return {"items": items, "request": request, "home": selectors.site_home(request)}


def _lang_attributes(code: str | None) -> str:
    if not code or code == translation.get_language():
        return ""
    direction = "rtl" if get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.simple_tag(takes_context=True)
def content_lang(context, obj=None, field=None):
    """``lang`` and ``dir`` for content not written in the reader's language, else nothing.

    Without ``obj``: the page's own content when the page is shown untranslated; with
    ``field`` too, that field when the page's translation left it in the source language.
    With ``obj``: that item's text (a partner listed from the default-language tree, say).
    Only the content is marked; the labels and headings around it stay in the reader's
    language.
    """
    if obj is None:
        untranslated = context.get("untranslated") or {}
        code = untranslated.get("code")
        partly = context.get("partly")
        if code is None and field and partly and field in partly["fields"]:
            code = partly["code"]
    else:
        code = selectors.content_language(context["request"], obj)
    return _lang_attributes(code)


@register.simple_tag(takes_context=True)
def block_lang(context, block):
    """``lang`` and ``dir`` for a StreamField block the page's translation left untranslated."""
    partly = context.get("partly")
    if partly and getattr(block, "id", None) in partly["blocks"]:
        return _lang_attributes(partly["code"])
    return ""


@register.simple_tag(takes_context=True)
def partly_translated(context, page):
    """The language the untranslated parts of a published translation are shown in.

    A dict with the language's details and the untranslated ``fields`` and ``blocks``, or
    None when the page is fully translated (or not a translation).
    """
    request = context["request"]
    parts = selectors.untranslated_parts(request, _as_page(page))
    if parts is None:
        return None
    codes = {locale.id: code for code, locale in selectors.locales_by_code(request).items()}
    info = get_language_info(codes.get(parts["source"], settings.LANGUAGE_CODE))
    return {
        "code": info["code"],
        "bidi": info["bidi"],
        "name": info["name_translated"],
        "fields": parts["fields"],
        "blocks": parts["blocks"],
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    return {"crumbs": selectors.breadcrumbs(page), "request": context["request"]}


@register.simple_tag(takes_context=True)
def untranslated_source(context, page):
    """The source page an untranslated page is shown from, with its language's details."""
    source = selectors.untranslated_source(context["request"], page)
    if source is None:
        return None
    codes = {
        locale.id: code for code, locale in selectors.locales_by_code(context["request"]).items()
    }
    info = get_language_info(codes[source.locale_id])
    return {
        "page": source,
        "code": info["code"],
        "bidi": info["bidi"],
        "name": info["name_translated"],
    }


@register.simple_tag(takes_context=True)
def footer_links(context, hub_settings):
    ids = [
        hub_settings.contact_page_id,
        hub_settings.accessibility_page_id,
        hub_settings.privacy_page_id,
    ]
    return selectors.localized_pages_by_id(context["request"], [i for i in ids if i])


@register.filter
def helpline_time(value):
    """A time as the reader's language writes it: "9am" in English, "09:00" in Polish."""
    return dates.short_time(value)


@register.filter
def long_date(value):
    """A date as the reader's language writes it: "5 November 2024", "5 listopada 2024"."""
    return dates.long_date(value)


@register.simple_tag
def site_home(request):
    return selectors.site_home(request)


@register.filter
def page_type(page):
    """The page's model label (``hub.homepage``), for tests and styling hooks."""
    return page.specific_class._meta.label_lower if isinstance(page, Page) else ""
