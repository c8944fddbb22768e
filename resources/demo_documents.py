"""The demo's attached documents, made here rather than downloaded.

A PDF is printed by WeasyPrint from a short HTML string when WeasyPrint and Pango are
installed (as ``charter.pdf`` does for the whole charter); without them a minimal PDF is
written by hand, so the demo builds on any machine. The checklist is plain text and the
templates are CSV files, as a partner would upload them. Each document is saved in the
owning partner's collection (the root collection for the partnership's own resources).
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection


@dataclass(frozen=True)
class Made:
    """A document's file and, for a PDF, its number of pages."""

    filename: str
    content: bytes
    page_count: int | None = None


PDF_STYLE = """
@page { size: A4; margin: 2cm; }
body { font-family: sans-serif; font-size: 12pt; line-height: 1.4; }
h1 { font-size: 20pt; } h2 { font-size: 15pt; break-before: page; }
h2:first-of-type { break-before: auto; }
"""


@functools.cache
def weasyprint_available() -> bool:
    """Whether WeasyPrint and the Pango library it loads are installed."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):  # OSError: WeasyPrint is installed but Pango is not
        return False
    return True


def _hand_made_pdf(title: str, lines: list[str]) -> bytes:
    """A valid one-page PDF with a few lines of text (Helvetica), for machines without Pango."""
    text = [f"BT /F1 18 Tf 72 770 Td ({_pdf_escape(title)}) Tj ET"]
    for number, line in enumerate(lines):
        text.append(f"BT /F1 11 Tf 72 {740 - 16 * number} Td ({_pdf_escape(line)}) Tj ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    table = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % table)
    return out.getvalue()


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _pdf(filename: str, title: str, sections: list[tuple[str, list[str]]]) -> Made:
    """A tagged PDF of a title and sections of paragraphs; its page count from the render."""
    if not weasyprint_available():
        lines = [line for heading, paragraphs in sections for line in (heading, *paragraphs)]
        return Made(filename, _hand_made_pdf(title, lines), page_count=1)
    import weasyprint

    parts = [f"<h1>{title}</h1>"]
    for heading, paragraphs in sections:
        parts.append(f"<h2>{heading}</h2>")
        parts.extend(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{PDF_STYLE}</style></head><body>{''.join(parts)}</body></html>"
    )
    document = weasyprint.HTML(string=html).render()
    return Made(filename, document.write_pdf(pdf_variant="pdf/ua-1"), len(document.pages))


def _csv(filename: str, rows: list[list[str]]) -> Made:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return Made(filename, buffer.getvalue().encode("utf-8"))


def _text(filename: str, lines: list[str]) -> Made:
    return Made(filename, ("\n".join(lines) + "\n").encode("utf-8"))


def make(key: str, spec: dict) -> Made:
    """The file for one document of ``documents.toml``: its kind names the maker."""
    filename = f"{key}.{spec['kind']}"
    if spec["kind"] == "pdf":
        sections = [(section["heading"], section["paragraphs"]) for section in spec["sections"]]
        return _pdf(filename, spec["title"], sections)
    if spec["kind"] == "csv":
        return _csv(filename, spec["rows"])
    return _text(filename, spec["lines"])


def save(key: str, spec: dict, collection: Collection | None):
    """Make the document's file and save it as a Wagtail document in ``collection``."""
    made = make(key, spec)
    document = get_document_model()(
        title=spec["title"], collection=collection or Collection.get_first_root_node()
    )
    document.file.save(made.filename, ContentFile(made.content), save=False)
    document.file_size = len(made.content)
    document._set_file_hash()
    document.save()
    return document, made.page_count
