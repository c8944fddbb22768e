"""What a document upload must be: an allowed type, by its name and by its content, and not too big.

Wagtail checks only the file name's extension (``WAGTAILDOCS_EXTENSIONS``) and the size
(``WAGTAILDOCS_MAX_UPLOAD_SIZE``). A web page renamed ``guide.pdf`` would pass, and a
browser that opened it could run its script, so every document form
(``WAGTAILDOCS_DOCUMENT_FORM_BASE``: the add, edit, multiple-upload and chooser-upload
forms) also looks inside the file:

* PDF starts with ``%PDF-``; RTF with ``{\\rtf``;
* docx, xlsx, pptx are ZIP packages with ``[Content_Types].xml`` and their part folder;
* odt, ods, odp are ZIP packages whose ``mimetype`` entry names that type;
* txt and csv are text (UTF-8 or a single-byte encoding, no NUL bytes).

Whatever the type, a file whose start looks like HTML, SVG or XML is refused. The old
binary Office formats (doc, xls, ppt) are not allowed: they carry macros and their content
cannot be checked as simply. A refused file is never saved.
"""

from __future__ import annotations

import re
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

SNIFF_BYTES = 4096
MARKUP = re.compile(
    rb"<\s*(?:!doctype\s+html|html|head|body|script|svg|iframe|object|embed|\?xml)\b", re.I
)
OOXML_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
ODF_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}

NOT_WHAT_IT_SAYS = _(
    "This file is not a real .%(extension)s file: its content is of another kind. "
    "Save it again from the program that made it, or choose another file."
)
MARKUP_FILE = _(
    "Web pages and pictures in SVG cannot be uploaded as documents. "
    "Save the file as a PDF or a Word document and upload that."
)
BROKEN = _(
    "This file is damaged or incomplete, so it cannot be opened. "
    "Save it again from the program that made it and upload it again."
)


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _zip_members(upload) -> zipfile.ZipFile:
    """The package's table of contents; a cut-off or damaged file has none.

    Members are not decompressed (a small upload could expand to gigabytes), except the
    first bytes of an OpenDocument's ``mimetype``.
    """
    upload.seek(0)
    try:
        return zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
        raise ValidationError(BROKEN, code="broken") from error


def _odf_type(archive: zipfile.ZipFile) -> str:
    try:
        with archive.open("mimetype") as member:
            return member.read(100).strip().decode("ascii", "replace")
    except (KeyError, zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError):
        return ""


def _check_zip_package(upload, extension: str, head: bytes) -> None:
    if not head.startswith(b"PK\x03\x04"):
        raise ValidationError(
            NOT_WHAT_IT_SAYS, code="wrong_content", params={"extension": extension}
        )
    archive = _zip_members(upload)
    names = set(archive.namelist())
    if extension in OOXML_PARTS:
        part = OOXML_PARTS[extension]
        valid = "[Content_Types].xml" in names and any(n.startswith(part) for n in names)
    else:
        valid = _odf_type(archive) == ODF_TYPES[extension]
    if not valid:
        raise ValidationError(
            NOT_WHAT_IT_SAYS, code="wrong_content", params={"extension": extension}
        )


def check_document_content(upload) -> None:
    """Raise ``ValidationError`` unless ``upload``'s content matches its extension."""
    extension = _extension(upload.name)
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    if MARKUP.search(head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024]):
        raise ValidationError(MARKUP_FILE, code="markup")
    if extension == "pdf":
        valid = head.startswith(b"%PDF-")
    elif extension == "rtf":
        valid = head.startswith(b"{\\rtf")
    elif extension in OOXML_PARTS or extension in ODF_TYPES:
        _check_zip_package(upload, extension, head)
        upload.seek(0)
        return
    elif extension in ("txt", "csv"):
        valid = b"\x00" not in head and not head.startswith((b"PK\x03\x04", b"%PDF-"))
    else:
        return  # the extension check refuses it, with Wagtail's own message
    if not valid:
        raise ValidationError(
            NOT_WHAT_IT_SAYS, code="wrong_content", params={"extension": extension}
        )


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing a file whose content is not what its name says."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            check_document_content(upload)
        return upload
