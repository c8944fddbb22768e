"""Writes for the charter: its downloadable copy, made from the same text as the web pages."""

from __future__ import annotations

import textwrap
from html.parser import HTMLParser

from django.core.files.base import ContentFile
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from charter import selectors
from charter.models import CharterPage

WIDTH = 78


class _PlainText(HTMLParser):
    """Collects rich text as paragraphs and list items ("- " or "1. "), ignoring other tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []  # (marker, text); marker "" for a paragraph
        self.lists: list[list] = []  # open lists: [ordered, items so far]
        self.text: list[str] = []
        self.marker = ""

    def flush(self):
        text = " ".join("".join(self.text).split())
        if text:
            self.blocks.append((self.marker, text))
        self.text, self.marker = [], ""

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "h2", "h3", "h4", "ul", "ol", "li", "br"):
            self.flush()
        if tag in ("ul", "ol"):
            self.lists.append([tag == "ol", 0])
        elif tag == "li" and self.lists:
            self.lists[-1][1] += 1
            ordered, count = self.lists[-1]
            self.marker = f"{count}." if ordered else "-"

    def handle_endtag(self, tag):
        if tag in ("p", "h2", "h3", "h4", "li"):
            self.flush()
        elif tag in ("ul", "ol") and self.lists:
            self.flush()
            self.lists.pop()

    def handle_data(self, data):
        self.text.append(data)


def _rich_text_lines(value) -> str:
    """Rich text as wrapped plain paragraphs and list items, lists kept together."""
    parser = _PlainText()
    parser.feed(str(value or ""))
    parser.close()
    parser.flush()
    lines = []
    for index, (marker, text) in enumerate(parser.blocks):
        if marker:
            lines.append(_item(text, marker))
        else:
            lines.append(textwrap.fill(text, WIDTH))
        following = parser.blocks[index + 1][0] if index + 1 < len(parser.blocks) else None
        if following is not None and not (marker and following):
            lines.append("")
    return "\n".join(lines)


def _heading(text: str, underline: str) -> str:
    return f"{text}\n{underline * min(len(text), WIDTH)}\n"


def _item(text: str, marker: str = "-") -> str:
    return textwrap.fill(
        text, WIDTH, initial_indent=f"  {marker} ", subsequent_indent=" " * (len(marker) + 3)
    )


def _body_text(body) -> list[str]:
    """The parts of a body StreamField that make sense on paper, in order."""
    parts = []
    for block in body:
        if block.block_type == "heading":
            parts.append(_heading(block.value["text"], "-"))
        elif block.block_type in ("paragraph", "inset"):
            parts.append(_rich_text_lines(block.value.source) + "\n")
        elif block.block_type == "warning":
            parts.append(textwrap.fill(f"! {block.value}", WIDTH) + "\n")
        elif block.block_type == "details":
            parts.append(_heading(block.value["summary"], "-"))
            parts.append(_rich_text_lines(block.value["body"].source) + "\n")
    return parts


def charter_as_text(charter: CharterPage, url: str = "") -> str:
    """The charter and its live principles as UTF-8 plain text with underlined headings."""
    parts = [_heading(charter.title, "=")]
    if charter.intro:
        parts.append(textwrap.fill(charter.intro, WIDTH) + "\n")
    if url:
        parts.append(_("The web version of this charter is at %(url)s") % {"url": url} + "\n")
    parts.extend(_body_text(charter.body))
    principles = list(selectors.principles(charter))
    if principles:
        parts.append(_heading(_("The principles"), "-"))
        parts.extend(f"{p.number}. {p.title}" for p in principles)
        parts.append("")
    for principle in principles:
        parts.append(
            _heading(
                _("Principle %(number)s: %(title)s")
                % {"number": principle.number, "title": principle.title},
                "=",
            )
        )
        parts.append(textwrap.fill(principle.summary, WIDTH) + "\n")
        for title, value in (
            (_("What this principle means"), principle.description),
            (_("Why it matters"), principle.rationale),
            (_("What signatories commit to"), principle.commitments),
        ):
            if value:
                parts.append(_heading(title, "-"))
                parts.append(_rich_text_lines(value) + "\n")
        parts.append(_heading(_("Maturity levels"), "-"))
        for level, description in principle.maturity_levels:
            parts.append(f"{level.label}\n{_rich_text_lines(description)}\n")
        if principle.metrics:
            parts.append(_heading(_("Suggested metrics"), "-"))
            for metric in principle.metrics:
                parts.append(_item(metric.value))
            parts.append("")
        actions = selectors.actions_by_level(principle)
        if actions:
            parts.append(_heading(_("Example actions"), "-"))
            for level, texts in actions:
                parts.append(_("To reach level %(level)s") % {"level": level.label})
                for text in texts:
                    parts.append(_item(text))
                parts.append("")
    if charter.how_to_sign:
        parts.append(_heading(_("How to sign"), "="))
        parts.append(_rich_text_lines(charter.how_to_sign) + "\n")
    return "\n".join(parts).rstrip() + "\n"


def attach_charter_document(charter: CharterPage, url: str = "", collection=None):
    """Save the charter as a plain-text document and set it as the charter's downloadable copy.

    The page is saved but not published: the caller decides when to publish.
    """
    Document = get_document_model()
    content = ContentFile(
        charter_as_text(charter, url).encode("utf-8"), name=f"{slugify(charter.title)}.txt"
    )
    document = Document(title=charter.title)
    if collection is not None:
        document.collection = collection
    document.file = content
    document.save()
    document.get_file_size()  # stores the size and hash shown beside the download link
    document.get_file_hash()
    charter.charter_document = document
    charter.save()
    return document
