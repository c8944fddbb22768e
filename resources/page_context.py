"""What the public resource page shows, worked out once per request (``ResourcePage.get_context``).

A fixed number of queries whatever the number of documents, links, topics or translations.
Labels (file types, sizes, dates, language names) are in the reader's language; content not
translated into it is marked in the template with ``{% content_lang %}``.
"""

from __future__ import annotations

import datetime

from babel.dates import format_timedelta
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import get_language, get_language_info, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from hub.dates import cldr_locale, long_date
from hub.languages import language_name
from hub.selectors import localized
from hub.selectors import parent_page as owning_partner
from resources.models.pages import Audience, Licence
from resources.models.snippets import ResourceTopic

__all__ = ["owning_partner", "resource_context"]

#: File extensions (``WAGTAILDOCS_EXTENSIONS`` and their older cousins) named in words.
FILE_TYPES = {
    "pdf": gettext_lazy("PDF"),
    "doc": gettext_lazy("Word document"),
    "docx": gettext_lazy("Word document"),
    "odt": gettext_lazy("OpenDocument text"),
    "rtf": gettext_lazy("Rich Text Format document"),
    "txt": gettext_lazy("Plain text file"),
    "csv": gettext_lazy("CSV spreadsheet"),
    "xls": gettext_lazy("Excel spreadsheet"),
    "xlsx": gettext_lazy("Excel spreadsheet"),
    "ods": gettext_lazy("OpenDocument spreadsheet"),
    "ppt": gettext_lazy("PowerPoint presentation"),
    "pptx": gettext_lazy("PowerPoint presentation"),
    "odp": gettext_lazy("OpenDocument presentation"),
}

LICENCE_URLS = {
    Licence.OGL: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
}


def file_type(extension: str) -> str:
    """ "PDF", "Word document"…; an unknown extension as "XYZ file"."""
    extension = (extension or "").lower().lstrip(".")
    if extension in FILE_TYPES:
        return str(FILE_TYPES[extension])
    if not extension:
        return _("File")
    return _("%(extension)s file") % {"extension": extension.upper()}


def file_size(document) -> str:
    """The size in the reader's language ("1.2 MB", "1,2 MB"), or "" if it cannot be read."""
    size = document.file_size
    if size is None:
        try:
            size = document.file.size
        except (OSError, ValueError):
            return ""
    return str(filesizeformat(size))


def document_rows(rows) -> list[dict]:
    """Each attached document with its link text, serve-view URL and description."""
    items = []
    for row in rows:
        document = row.document
        parts = [file_type(document.file_extension)]
        size = file_size(document)
        if size:
            parts.append(size)
        if row.page_count:
            parts.append(
                ngettext("%(count)s page", "%(count)s pages", row.page_count)
                % {"count": row.page_count}
            )
        items.append(
            {
                "row": row,
                "document": document,
                "title": row.title or document.title,
                # Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD), never the media URL.
                "url": document.url,
                "description": ", ".join(parts),
            }
        )
    return items


def text_direction(code: str) -> str:
    try:
        return "rtl" if get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def available_languages(page, request) -> list[dict]:
    """The live, non-alias versions of this resource (itself included), each with its link."""
    pages = (
        page.get_translations(inclusive=True)
        .live()
        .filter(alias_of__isnull=True)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    reader = get_language() or "en"
    items = []
    for version in pages:
        code = version.locale.language_code
        items.append(
            {
                "code": code,
                "name": language_name(code, code),
                "dir": text_direction(code),
                "reader_name": language_name(code, reader) if code != reader else "",
                "url": version.get_url(request),
                "current": version.pk == page.pk,
            }
        )
    return items


def last_reviewed_text(last_reviewed: datetime.date | None, today: datetime.date) -> str:
    """ "Last reviewed 3 months ago, on 2 September 2026.", in the reader's language."""
    if last_reviewed is None:
        return ""
    date = long_date(last_reviewed)
    if last_reviewed >= today:
        return _("Last reviewed today, %(date)s.") % {"date": date}
    ago = format_timedelta(
        last_reviewed - today, granularity="day", add_direction=True, locale=cldr_locale()
    )
    return _("Last reviewed %(ago)s, on %(date)s.") % {"ago": ago, "date": date}


def request_format_url(page, request) -> str:
    base = page.get_url(request)
    return base + page.reverse_subpage("format_request") if base else ""


def resource_context(page, request, now: datetime.datetime | None = None) -> dict:
    today = timezone.localdate(now or timezone.now())
    partner = owning_partner(page)
    from partners.models import PartnerPage

    documents = document_rows(page.documents.select_related("document"))
    request_url = request_format_url(page, request)
    for item in documents:
        item["request_url"] = f"{request_url}?document={item['document'].pk}" if request_url else ""
    overdue = page.review_due is not None and page.review_due < today
    return {
        "partner": partner if isinstance(partner, PartnerPage) else None,
        "library": None if isinstance(partner, PartnerPage) else partner,
        "topics": localized(list(page.topics.all()), ResourceTopic),
        "audience_labels": [Audience(value).label for value in page.audiences],
        "licence_url": LICENCE_URLS.get(page.licence, ""),
        "documents": documents,
        "links": list(page.links.all()),
        "languages": available_languages(page, request),
        "last_reviewed_text": last_reviewed_text(page.last_reviewed, today),
        "review_overdue": overdue,
        "review_due_text": long_date(page.review_due) if page.review_due else "",
        "request_format_url": request_url,
    }
