"""Work out, for every page and translatable snippet, its translation state in each language.

The default language is the source. For each other language an item is:

* **missing** when there is no copy in that language, or only the stand-in alias that
  wagtail-localize's locale synchronisation makes for untranslated pages;
* **out of date** when it is translated with wagtail-localize and the source changed after
  the translation was last saved: the source was synced (``TranslationSource.last_updated_at``
  is later than the last ``TranslationLog``), or the source was published again since it was
  last synced (``last_published_at`` later than ``last_updated_at``);
* **partly translated** when some of the source's strings have no translation in that
  language (what ``Translation.get_progress()`` counts);
* **machine translated, needs review** when every string is translated but some still have
  ``translation_type == "machine"``: a person saving a string in the translation editor makes
  it a manual translation;
* **translated** otherwise, including copies translated by hand (no ``Translation`` row, or
  one that was stopped so the copy is edited as an ordinary page).

Everything is read in a fixed number of queries, however many items there are: one for the
languages, two for pages, two for each translatable snippet model and three for
wagtail-localize's records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import quote
from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.models import Translation as LocalizeTranslation

TRANSLATED = "translated"
NEEDS_REVIEW = "needs_review"
PARTLY = "partly"
OUT_OF_DATE = "out_of_date"
MISSING = "missing"

#: The states in the order the overview shows them, with their labels.
STATES = {
    TRANSLATED: _("Translated"),
    NEEDS_REVIEW: _("Machine translated, needs review"),
    PARTLY: _("Partly translated"),
    OUT_OF_DATE: _("Out of date"),
    MISSING: _("Missing"),
}


@dataclass(frozen=True)
class Item:
    """A page or snippet in the default language: the source of its translations."""

    key: object  # translation_key, shared by every language's copy
    kind: str
    title: str
    edit_url: str
    translate_url: str
    changed_at: datetime | None  # when it was last published, if it has publishing


@dataclass(frozen=True)
class Copy:
    """An item's copy in another language."""

    title: str
    edit_url: str
    is_alias: bool


@dataclass(frozen=True)
class Progress:
    """A wagtail-localize translation's strings: how many, how many translated, by machine."""

    source_id: int
    enabled: bool
    total: int
    translated: int
    machine: int


@dataclass(frozen=True)
class Row:
    item: Item
    locale: Locale
    state: str
    copy: Copy | None = None
    progress: Progress | None = None
    sync_url: str = ""

    @property
    def state_label(self):
        return STATES[self.state]

    @property
    def unreviewed(self) -> int:
        """Strings still as the machine translated them (shown even when partly translated)."""
        return self.progress.machine if self.progress else 0


@dataclass
class Overview:
    source_locale: Locale | None
    locales: list[Locale]
    rows: list[Row] = field(default_factory=list)

    def counts(self) -> list[tuple[Locale, dict[str, int]]]:
        """Per language, the number of items in each state (every state listed, zeros too)."""
        tally = Counter((row.locale.pk, row.state) for row in self.rows)
        return [
            (locale, {state: tally[(locale.pk, state)] for state in STATES})
            for locale in self.locales
        ]

    def filtered(self, language: str | None = None, state: str | None = None) -> list[Row]:
        return [
            row
            for row in self.rows
            if (language is None or row.locale.language_code == language)
            and (state is None or row.state == state)
        ]


def build() -> Overview:
    """Every item's state in every language other than the default."""
    order = [code for code, _name in settings.LANGUAGES]
    locales = sorted(
        Locale.objects.all(),
        key=lambda locale: (
            order.index(locale.language_code) if locale.language_code in order else len(order),
            locale.language_code,
        ),
    )
    if not locales:
        return Overview(source_locale=None, locales=[])
    source_locale = next(
        (locale for locale in locales if locale.language_code == settings.LANGUAGE_CODE),
        locales[0],
    )
    targets = [locale for locale in locales if locale.pk != source_locale.pk]
    overview = Overview(source_locale=source_locale, locales=targets)
    if not targets:
        return overview

    items, copies = _pages(source_locale)
    for model in translatable_snippet_models():
        snippet_items, snippet_copies = _snippets(model, source_locale)
        items += snippet_items
        copies.update(snippet_copies)

    sources = dict(
        TranslationSource.objects.filter(locale=source_locale).values_list(
            "object_id", "last_updated_at"
        )
    )
    progress = _progress(source_locale)
    synced = {
        (entry["source_id"], entry["locale_id"]): entry["last"]
        for entry in TranslationLog.objects.filter(source__locale=source_locale)
        .values("source_id", "locale_id")
        .annotate(last=Max("created_at"))
        .order_by()
    }

    for item in items:
        for locale in targets:
            overview.rows.append(
                _row(
                    item,
                    locale,
                    copies.get((item.key, locale.pk)),
                    progress.get((item.key, locale.pk)),
                    sources.get(item.key),
                    synced,
                )
            )
    return overview


def _row(item, locale, copy, progress, source_updated_at, synced) -> Row:
    if copy is None or copy.is_alias:
        return Row(item, locale, MISSING, copy)
    if progress is None or not progress.enabled:
        return Row(item, locale, TRANSLATED, copy)  # translated by hand
    last_synced = synced.get((progress.source_id, locale.pk))
    source_resynced = (
        last_synced is not None
        and source_updated_at is not None
        and source_updated_at > last_synced
    )
    source_republished = (
        item.changed_at is not None
        and source_updated_at is not None
        and item.changed_at > source_updated_at
    )
    if source_resynced or source_republished:
        sync_url = reverse("wagtail_localize:update_translations", args=[progress.source_id])
        return Row(item, locale, OUT_OF_DATE, copy, progress, sync_url)
    if progress.translated < progress.total:
        return Row(item, locale, PARTLY, copy, progress)
    if progress.machine:
        return Row(item, locale, NEEDS_REVIEW, copy, progress)
    return Row(item, locale, TRANSLATED, copy, progress)


def translatable_snippet_models() -> list[type]:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _pages(source_locale: Locale) -> tuple[list[Item], dict]:
    """Source pages (not the tree root, not aliases) and their copies: two queries."""
    sources = Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
    items = [
        Item(
            key=page["translation_key"],
            kind=_model_name(page["content_type__app_label"], page["content_type__model"]),
            title=page["title"],
            edit_url=reverse("wagtailadmin_pages:edit", args=[page["pk"]]),
            translate_url=reverse("wagtail_localize:submit_page_translation", args=[page["pk"]]),
            changed_at=page["last_published_at"],
        )
        for page in sources.order_by("path").values(
            "pk",
            "title",
            "translation_key",
            "last_published_at",
            "content_type__app_label",
            "content_type__model",
        )
    ]
    copies = {
        (page["translation_key"], page["locale_id"]): Copy(
            title=page["title"],
            edit_url=reverse("wagtailadmin_pages:edit", args=[page["pk"]]),
            is_alias=page["alias_of_id"] is not None,
        )
        for page in Page.objects.exclude(locale=source_locale)
        .filter(translation_key__in=sources.values("translation_key"))
        .values("pk", "title", "translation_key", "locale_id", "alias_of_id")
    }
    return items, copies


def _snippets(model, source_locale: Locale) -> tuple[list[Item], dict]:
    """One snippet model's items in the default language and their copies: two queries."""
    meta = model._meta
    edit_name = model.snippet_viewset.get_url_name("edit")
    published = "last_published_at" if _has_field(model, "last_published_at") else None
    sources = model.objects.filter(locale=source_locale)
    items = [
        Item(
            key=snippet.translation_key,
            kind=str(meta.verbose_name).capitalize(),
            title=str(snippet),
            edit_url=reverse(edit_name, args=[quote(snippet.pk)]),
            translate_url=reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(snippet.pk)],
            ),
            changed_at=getattr(snippet, published) if published else None,
        )
        for snippet in sources
    ]
    copies = {
        (snippet.translation_key, snippet.locale_id): Copy(
            title=str(snippet),
            edit_url=reverse(edit_name, args=[quote(snippet.pk)]),
            is_alias=False,
        )
        for snippet in model.objects.exclude(locale=source_locale).filter(
            translation_key__in=sources.values("translation_key")
        )
    }
    return items, copies


def _progress(source_locale: Locale) -> dict:
    """Each wagtail-localize translation's string counts, in one query.

    A string is translated when it has an error-free ``StringTranslation`` in the target
    language for the same context (as ``Translation.get_progress()`` counts it).
    """
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )

    def count(queryset):
        counted = queryset.order_by().values("source_id").annotate(n=Count("pk")).values("n")
        return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))

    rows = (
        LocalizeTranslation.objects.filter(source__locale=source_locale)
        .annotate(
            total=count(segments),
            done=count(segments.filter(Exists(translated))),
            machine=count(
                segments.filter(
                    Exists(
                        translated.filter(
                            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
                        )
                    )
                )
            ),
        )
        .values(
            "source_id",
            "source__object_id",
            "target_locale_id",
            "enabled",
            "total",
            "done",
            "machine",
        )
    )
    return {
        (row["source__object_id"], row["target_locale_id"]): Progress(
            source_id=row["source_id"],
            enabled=row["enabled"],
            total=row["total"],
            translated=row["done"],
            machine=row["machine"],
        )
        for row in rows
    }


def _model_name(app_label: str, model_name: str) -> str:
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return model_name
    return str(model._meta.verbose_name).capitalize()


def _has_field(model, name: str) -> bool:
    return any(field.name == name for field in model._meta.get_fields())
