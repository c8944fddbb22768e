"""Reads the page shell needs: translations of a page, localized links, navigation.

Several template tags need the same few rows (locales, the site's home pages), so
they are read once per request and kept on the request object.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from hub.models import SiteWording


def _once_per_request(request, key, load):
    cache = request.__dict__.setdefault("_hub_cache", {})
    if key not in cache:
        cache[key] = load()
    return cache[key]


def locales_by_code(request) -> dict[str, Locale]:
    return _once_per_request(
        request, "locales", lambda: {loc.language_code: loc for loc in Locale.objects.all()}
    )


def active_locale(request) -> Locale:
    locales = locales_by_code(request)
    return locales.get(translation.get_language()) or default_locale(request)


def default_locale(request) -> Locale:
    return locales_by_code(request).get(settings.LANGUAGE_CODE) or Locale.get_default()


def site_homes(request) -> dict[int, Page]:
    """The site's home page in every language, by locale id."""

    def load():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        homes = Page.objects.filter(translation_key=site.root_page.translation_key).live()
        return {home.locale_id: home for home in homes}

    return _once_per_request(request, "homes", load)


def site_home(request) -> Page | None:
    """The home page in the active language, or the first one there is."""
    homes = site_homes(request)
    return homes.get(active_locale(request).id) or next(iter(homes.values()), None)


def localized_pages_by_id(request, ids: list[int]) -> list[Page]:
    """The pages with these ids, each in the active language where translated, in order."""
    if not ids:
        return []
    sources = Page.objects.in_bulk(ids)
    found = {
        p.translation_key: p
        for p in Page.objects.filter(
            translation_key__in=[p.translation_key for p in sources.values()],
            locale=active_locale(request),
        ).live()
    }
    pages = [sources[i] for i in ids if i in sources]
    return [found.get(p.translation_key, p) for p in pages]


def _is_cross_locale_alias(page: Page) -> bool:
    """wagtail-localize keeps untranslated pages as aliases of the source-language page."""
    return page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id


def page_versions(request, page: Page) -> dict[int, Page]:
    """Every live language version of a page (translations and aliases), by locale id."""

    def load():
        versions = Page.objects.filter(translation_key=page.translation_key).live()
        return {p.locale_id: p for p in versions.select_related("alias_of")}

    return _once_per_request(request, ("versions", page.pk), load)


def language_links(request, page: Page | None) -> list[dict]:
    """One link per site language: to this page in that language, else to that language's home.

    ``translated`` is False when the link leads to a page that is not written in that language
    (a wagtail-localize alias of the source page, or the home page instead of this one).
    """
    current = translation.get_language()
    locales = locales_by_code(request)
    versions = page_versions(request, page) if page is not None and page.pk else {}
    homes = site_homes(request)
    links = []
    for code, name in settings.LANGUAGES:
        locale = locales.get(code)
        target = versions.get(locale.id) if locale else None
        same_page = target is not None
        if target is None and locale is not None:
            target = homes.get(locale.id)
        links.append(
            {
                "code": code,
                "name": name,
                "url": target.get_url(request) if target is not None else f"/{code}/",
                "is_current": code == current,
                "same_page": same_page,
                "translated": same_page and not _is_cross_locale_alias(target),
            }
        )
    return links


def untranslated_source(request, page: Page) -> Page | None:
    """The page whose language this page is really written in, when it is an untranslated alias."""
    if page is None or page.alias_of_id is None:
        return None
    version = page_versions(request, page).get(page.locale_id)
    source = version.alias_of if version is not None else None
    if source is None or source.locale_id == page.locale_id:
        return None
    return source


def content_language(request, obj) -> str:
    """The language ``obj``'s text is written in (a page, snippet or anything with a locale).

    A wagtail-localize alias in another language's tree repeats its source page's text, and
    sources are written in the default language.
    """
    codes = {locale.id: code for code, locale in locales_by_code(request).items()}
    code = codes.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
    if getattr(obj, "alias_of_id", None) is not None and code != settings.LANGUAGE_CODE:
        return settings.LANGUAGE_CODE
    return code


def hreflang_alternates(request, page: Page) -> list[dict]:
    """Alternate-language links for the head: only versions really written in that language."""
    codes = {locale.id: code for code, locale in locales_by_code(request).items()}
    alternates = []
    for version in page_versions(request, page).values():
        if _is_cross_locale_alias(version):
            continue
        code = codes[version.locale_id]
        url = request.build_absolute_uri(version.get_url(request))
        alternates.append({"hreflang": code, "url": url})
        if code == settings.LANGUAGE_CODE:
            alternates.append({"hreflang": "x-default", "url": url})
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


def site_wording(request):
    """The partnership's name and address in the reader's language.

    Falls back to the default language's wording (marked as such by its locale), and to the
    site's name when comms have written none yet.
    """

    def load():
        wordings = {w.locale_id: w for w in SiteWording.objects.order_by("-pk")}
        active, default = active_locale(request), default_locale(request)
        return (
            wordings.get(active.pk)
            or wordings.get(default.pk)
            or next(iter(wordings.values()), None)
            or SiteWording(partnership_name=settings.WAGTAIL_SITE_NAME, locale=default)
        )

    return _once_per_request(request, "site_wording", load)


#: Parts of a page that readers do not see as text on it; left untranslated, they don't
#: make the page "partly translated".
UNSEEN_FIELDS = {"slug", "seo_title", "search_description"}


def untranslated_parts(request, page: Page) -> dict | None:
    """What a published wagtail-localize translation still shows in its source language.

    wagtail-localize publishes a translation with its missing strings in the source text.
    Returns ``{"source": source locale id, "fields": {...}, "blocks": {...}}``: the fields
    and StreamField block ids with untranslated strings, or None when nothing the reader
    sees is untranslated (or the page is not a wagtail-localize translation).
    """
    if page is None or page.alias_of_id is not None:
        return None
    if page.locale_id == active_locale(request).pk == default_locale(request).pk:
        return None  # the source language: nothing here is a translation

    def load():
        translation_row = (
            Translation.objects.filter(
                source__object_id=page.translation_key, target_locale_id=page.locale_id
            )
            .values("source_id", "source__locale_id")
            .first()
        )
        if translation_row is None:
            return None
        done = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=page.locale_id,
            has_error=False,
        )
        paths = (
            StringSegment.objects.filter(source_id=translation_row["source_id"])
            .exclude(Exists(done))
            .values_list("context__path", flat=True)
        )
        fields, blocks = set(), set()
        for path in paths:
            field, _dot, rest = path.partition(".")
            if field in UNSEEN_FIELDS:
                continue
            fields.add(field)
            if rest:
                blocks.add(rest.split(".")[0])
        if not fields:
            return None
        return {"source": translation_row["source__locale_id"], "fields": fields, "blocks": blocks}

    return _once_per_request(request, f"untranslated_parts:{page.pk}", load)


def localized(objects: list, model) -> list:
    """Each translatable snippet in the active locale where it has a translation."""
    try:
        active = Locale.get_active()
    except Locale.DoesNotExist:
        return objects
    missing = [obj.translation_key for obj in objects if obj.locale_id != active.pk]
    if not missing:
        return objects
    found = {
        obj.translation_key: obj
        for obj in model.objects.filter(locale=active, translation_key__in=missing)
    }
    return [found.get(obj.translation_key, obj) for obj in objects]


def parent_page(page) -> Page | None:
    """A page's parent, as its specific class (a service's or a resource's partner page)."""
    if not page.path or not page.depth or page.depth < 2:
        return None
    return Page.objects.filter(path=page.path[: -Page.steplen]).specific().first()
