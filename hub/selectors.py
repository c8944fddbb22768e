"""Reads the page shell needs: translations of a page, localized links, navigation."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site


def active_locale() -> Locale:
    return Locale.get_active()


def site_home(request) -> Page | None:
    """The site's home page in the active language, or in the default language if untranslated."""
    cached = getattr(request, "_hub_home", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    if site is None:
        return None
    homes = {
        p.locale_id: p
        for p in Page.objects.filter(translation_key=site.root_page.translation_key).live()
    }
    home = homes.get(active_locale().id) or homes.get(site.root_page.locale_id)
    request._hub_home = home
    return home


def localized_pages_by_id(ids: list[int]) -> list[Page]:
    """The pages with these ids, each in the active language where translated, in order."""
    if not ids:
        return []
    sources = Page.objects.in_bulk(ids)
    found = {
        p.translation_key: p
        for p in Page.objects.filter(
            translation_key__in=[p.translation_key for p in sources.values()],
            locale=active_locale(),
        ).live()
    }
    pages = [sources[i] for i in ids if i in sources]
    return [found.get(p.translation_key, p) for p in pages]


def language_links(request, page: Page | None) -> list[dict]:
    """One link per site language: to this page in that language, else to that language's home.

    ``translated`` is False when the link leads to a page that is not written in that language
    (a wagtail-localize alias of the source page, or the home page instead of this one).
    """
    current = translation.get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    versions = {}
    if page is not None and page.pk:
        versions = {
            p.locale_id: p
            for p in Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("alias_of")
        }
    site = Site.find_for_request(request)
    homes = {}
    if site is not None:
        homes = {
            p.locale_id: p
            for p in Page.objects.filter(translation_key=site.root_page.translation_key).live()
        }
    links = []
    for code, name in settings.LANGUAGES:
        locale = locales.get(code)
        target = versions.get(locale.id) if locale else None
        same_page = target is not None
        if target is None and locale is not None:
            target = homes.get(locale.id)
        url = target.get_url(request) if target is not None else f"/{code}/"
        translated = same_page and not _is_cross_locale_alias(target)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "same_page": same_page,
                "translated": translated,
            }
        )
    return links


def _is_cross_locale_alias(page: Page) -> bool:
    """wagtail-localize keeps untranslated pages as aliases of the source-language page."""
    return page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id


def untranslated_source(page: Page) -> Page | None:
    """The page whose language this page is really written in, when it is an untranslated alias."""
    if page is None or page.alias_of_id is None:
        return None
    source = Page.objects.select_related("locale").get(pk=page.alias_of_id)
    return source if source.locale_id != page.locale_id else None


def hreflang_alternates(request, page: Page) -> list[dict]:
    """Alternate-language links for the head: only versions really written in that language."""
    versions = Page.objects.filter(translation_key=page.translation_key).live()
    versions = versions.select_related("locale", "alias_of")
    alternates = []
    for version in versions:
        if version.alias_of_id and version.alias_of.locale_id != version.locale_id:
            continue
        alternates.append(
            {"hreflang": version.locale.language_code, "url": version.get_full_url(request)}
        )
        if version.locale.language_code == settings.LANGUAGE_CODE:
            alternates.append({"hreflang": "x-default", "url": version.get_full_url(request)})
    return alternates


def menu_pages(request) -> list[Page]:
    """The home page's children marked "show in menus", in the active language."""
    home = site_home(request)
    if home is None:
        return []
    return list(home.get_children().live().in_menu().specific(defer=True))


def breadcrumbs(page: Page) -> list[Page]:
    """Ancestors from the home page down to the parent; empty on the home page itself."""
    if page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2))
