"""The whole charter as a tagged PDF (PDF/UA-1), made once per language and revision."""

import re
import zlib

import pytest
from django.core.cache import cache

from charter import pdf
from charter.factories import PrinciplePageFactory
from tests.builders import publish

STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _readable(document: bytes) -> bytes:
    """The PDF with its compressed streams (object streams, XMP metadata) inflated."""
    parts = [document]
    for raw in STREAM.findall(document):
        try:
            parts.append(zlib.decompress(raw))
        except zlib.error:
            continue
    return b"\n".join(parts)


def _counting(monkeypatch, make):
    calls = []

    def counting(html, base_url):
        calls.append(html)
        return make(html, base_url)

    monkeypatch.setattr(pdf, "render", counting)
    cache.clear()
    return calls


@pytest.fixture
def rendered(monkeypatch):
    """Counts the PDFs WeasyPrint makes, so tests can tell a cached copy from a new one."""
    yield _counting(monkeypatch, pdf.render)
    cache.clear()


@pytest.fixture
def render_calls(monkeypatch):
    """Counts what would go to WeasyPrint, for tests about what is rendered and when.

    Each PDF takes WeasyPrint about two seconds here; these tests need only its input.
    """
    yield _counting(monkeypatch, lambda html, base_url: b"%PDF-1.7 " + str(len(html)).encode())
    cache.clear()


def test_weasyprint_is_installed_with_the_hub():
    # make install brings the pdf extra; a machine without Pango would hide the PDF link.
    assert pdf.available()


@pytest.mark.django_db
def test_charter_pdf_is_tagged_pdf_ua_in_the_readers_language(client, charter, rendered):
    PrinciplePageFactory(parent=charter, number=1, title="Signpost people", slug="signpost")

    response = client.get("/en/charter/pdf/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="charter-en.pdf"'
    assert response.content.startswith(b"%PDF-")
    text = _readable(response.content)
    assert b"/StructTreeRoot" in text
    assert re.search(rb"<pdfuaid:part>1</pdfuaid:part>|pdfuaid:part=\"1\"", text)
    assert b"/Lang (en)" in text
    assert b"/MarkInfo" in text
    assert "Signpost people" in rendered[0]


@pytest.mark.django_db
def test_arabic_pdf_says_it_is_in_arabic(client, charter, locales, rendered):
    charter_ar = charter.copy_for_translation(locales["ar"], copy_parents=True)
    charter_ar.title = "ميثاق إلمشاير"
    publish(charter_ar)

    response = client.get("/ar/charter/pdf/")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'inline; filename="charter-ar.pdf"'
    assert b"/Lang (ar)" in _readable(response.content)


@pytest.mark.django_db
def test_pdf_is_made_once_per_revision_and_language(client, charter, render_calls):
    rendered = render_calls
    principle = PrinciplePageFactory(parent=charter, number=1, title="Old title", slug="one")
    first = client.get("/en/charter/pdf/").content

    assert client.get("/en/charter/pdf/").content == first
    assert len(rendered) == 1

    principle.title = "New title"
    publish(principle)
    client.get("/en/charter/pdf/")

    assert len(rendered) == 2
    assert "New title" in rendered[1]


@pytest.mark.django_db
def test_pdf_never_holds_the_editors_toolbar(admin_client, charter, render_calls):
    rendered = render_calls
    assert admin_client.get("/en/charter/pdf/").status_code == 200

    assert "wagtail-userbar" not in rendered[0]


@pytest.mark.django_db
def test_pdf_reads_only_the_hubs_static_files(settings):
    assert pdf._static_file(f"{settings.STATIC_URL}css/hub.css") is not None
    assert pdf._static_file(f"{settings.STATIC_URL}../hub/settings/base.py") is None
    assert pdf._static_file("/media/original_images/secret.png") is None
