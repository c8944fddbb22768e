"""The whole charter as a tagged PDF (PDF/UA-1), printed by WeasyPrint from the whole-charter page.

WeasyPrint is the optional ``pdf`` extra and needs Pango from the system (Debian's
``libpango-1.0-0`` and ``libpangoft2-1.0-0``); without them the hub offers the web page alone.
A PDF is made once for each version of the charter in each language and kept in the cache.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import logging
import mimetypes
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify

#: A PDF's key changes with every revision, so old ones only need to expire eventually.
CACHE_SECONDS = 60 * 60 * 24 * 30


@dataclass(frozen=True)
class CharterPdf:
    content: bytes
    filename: str


@functools.cache
def available() -> bool:
    """Whether WeasyPrint and the Pango library it loads are installed."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):  # OSError: WeasyPrint is installed but Pango is not
        return False
    return True


def _static_file(path: str) -> str | None:
    """The file on disk behind a URL path under STATIC_URL (hashed names included)."""
    if not path.startswith(settings.STATIC_URL):
        return None
    name = unquote(path.removeprefix(settings.STATIC_URL))
    if ".." in name.split("/"):
        return None
    try:
        if staticfiles_storage.exists(name):
            return staticfiles_storage.path(name)
    except NotImplementedError:  # a remote static storage: fall back to the finders
        pass
    return finders.find(name)


def _fetcher():
    """A WeasyPrint URL fetcher that reads the hub's own static files and nothing else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFilesFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            found = _static_file(urlsplit(url).path)
            if found is None:
                raise ValueError(f"Not one of the hub's static files: {url}")
            kind = mimetypes.guess_type(found)[0] or "application/octet-stream"
            with open(found, "rb") as file:
                return URLFetcherResponse(url, file.read(), {"Content-Type": kind})

    return StaticFilesFetcher()


def cache_key(charter, context: dict) -> str:
    """The charter's and its principles' revisions, other apps' sections and the language."""
    parts = [
        translation.get_language(),
        charter.pk,
        charter.latest_revision_id,
        charter.last_published_at,
        *[section.version for section in context["app_sections"]],
        *[(p.pk, p.latest_revision_id, p.last_published_at) for p in context["principles"]],
    ]
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f"charter-pdf:{digest}"


@contextlib.contextmanager
def _quiet_weasyprint():
    """WeasyPrint warns about every screen-only media query in the stylesheet; keep errors."""
    logger = logging.getLogger("weasyprint")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def render(html: str, base_url: str) -> bytes:
    """HTML as a tagged PDF/UA-1 document, styled by the hub's print stylesheet."""
    import weasyprint

    with _quiet_weasyprint():
        document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=_fetcher())
        return document.write_pdf(pdf_variant="pdf/ua-1")


def charter_pdf(charter, request) -> CharterPdf:
    """The whole charter in the reader's language as a PDF, from the cache when it is there."""
    # Rendered as a visitor sees it, so an editor's toolbar never ends up in the shared copy.
    visitor = copy.copy(request)
    visitor.user = AnonymousUser()
    context = charter.full_charter_context(visitor)
    filename = f"{slugify(charter.slug) or 'charter'}-{translation.get_language()}.pdf"
    key = cache_key(charter, context)
    content = cache.get(key)
    if content is None:
        html = render_to_string("charter/full_charter.html", context, visitor)
        content = render(html, request.build_absolute_uri("/"))
        cache.set(key, content, CACHE_SECONDS)
    return CharterPdf(content, filename)
