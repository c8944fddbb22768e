"""Document uploads: only the allowed types, judged by content as well as by name, and small enough.

A refused upload shows a clear message next to the file field and saves nothing: no
document, no file kept for later, and an edited document keeps its old file. The rules are
``hub.document_uploads`` (the form every document upload goes through) and the settings
``WAGTAILDOCS_EXTENSIONS`` and ``WAGTAILDOCS_MAX_UPLOAD_SIZE``.
"""

import io
import json
import zipfile

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import UploadedFile

from hub.document_uploads import BROKEN
from tests.partners.test_joining_fixtures import approve_partner, build_site, make_comms_user

Document = get_document_model()
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def package(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = package({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
XLSX = package({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
ODP = package(
    {"mimetype": b"application/vnd.oasis.opendocument.presentation", "content.xml": b"<x/>"}
)
VALID = {
    "guide.pdf": PDF,
    "guide.docx": DOCX,
    "budget.xlsx": XLSX,
    "slides.odp": ODP,
    "steps.txt": "Step 1: open the browser. Étape 2.".encode(),
    "venues.csv": b"name,town\nElmbridge Library,Elmbridge\n",
}


class UploadTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()
        cls.comms = make_comms_user()
        cls.partner_page, cls.partner = approve_partner(
            "Elmbridge Library", "staff@elmbridge-library.example", cls.comms
        )

    def setUp(self):
        self.client.force_login(self.partner)

    def add(self, name: str, content: bytes, title: str = "Uploaded guide"):
        upload = SimpleUploadedFile(name, content, "application/octet-stream")
        return self.client.post(
            reverse("wagtaildocs:add"),
            {"title": title, "file": upload, "collection": self.partner_page.collection_id},
        )

    def assert_refused(self, response, message: str):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, message)
        self.assertFalse(Document.objects.filter(title="Uploaded guide").exists())


class TestAllowedDocuments(UploadTestCase):
    def test_a_partner_uploads_each_allowed_type_into_its_collection(self):
        for name, content in VALID.items():
            with self.subTest(name=name):
                response = self.add(name, content, title=name)
                self.assertEqual(response.status_code, 302)
                document = Document.objects.get(title=name)
                self.assertEqual(document.collection_id, self.partner_page.collection_id)
                self.assertEqual(document.file_extension, name.rsplit(".", 1)[1])


class TestRefusedDocuments(UploadTestCase):
    def test_web_pages_svg_and_other_types_are_refused_by_name(self):
        for name, content in (
            ("page.html", HTML),
            ("chart.svg", SVG),
            ("tool.exe", b"MZ\x90\x00"),
            ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
        ):
            with self.subTest(name=name):
                self.assert_refused(self.add(name, content), "File extension")

    def test_a_web_page_or_svg_disguised_as_a_document_is_refused(self):
        for name, content in (
            ("guide.pdf", HTML),
            ("notes.txt", HTML),
            ("chart.csv", SVG),
            ("letter.rtf", b"  \n<html><body>hello</body></html>"),
        ):
            with self.subTest(name=name):
                self.assert_refused(
                    self.add(name, content), "Web pages and pictures in SVG cannot be uploaded"
                )

    def test_a_file_whose_content_is_of_another_kind_is_refused(self):
        for name, content in (
            ("guide.pdf", DOCX),
            ("guide.docx", PDF),
            ("guide.docx", XLSX),
            ("slides.odp", package({"mimetype": b"application/vnd.oasis.opendocument.text"})),
            ("notes.txt", PDF),
        ):
            with self.subTest(name=name):
                self.assert_refused(self.add(name, content), "This file is not a real .")

    def test_a_broken_upload_is_refused_with_a_clear_message(self):
        for name, content in (("guide.docx", DOCX[: len(DOCX) // 2]), ("sheet.ods", b"PK\x03\x04")):
            with self.subTest(name=name):
                self.assert_refused(self.add(name, content), str(BROKEN)[:40])

    def test_an_empty_file_is_refused(self):
        self.assert_refused(self.add("guide.pdf", b""), "The submitted file is empty.")

    @override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
    def test_an_oversize_file_is_refused(self):
        big = PDF + b"%" + b"x" * 2048
        self.assert_refused(self.add("guide.pdf", big), "This file is too big")
        self.assertEqual(self.add("guide.pdf", PDF).status_code, 302)

    def test_the_size_limit_is_set_and_told_to_the_editor(self):
        response = self.client.get(reverse("wagtaildocs:add"))
        self.assertContains(response, "Maximum filesize: 20.0\xa0MB.")


class TestOtherUploadRoutes(UploadTestCase):
    def test_the_multiple_uploader_refuses_a_disguised_file_and_keeps_nothing(self):
        response = self.client.post(
            reverse("wagtaildocs:add_multiple"),
            {
                "collection": self.partner_page.collection_id,
                "files[]": SimpleUploadedFile("guide.pdf", HTML),
            },
        )
        self.assertEqual(response.status_code, 200)
        data = json.loads(response.content)
        self.assertFalse(data["success"])
        self.assertIn("Web pages and pictures in SVG", data["error_message"])
        self.assertFalse(Document.objects.exists())
        self.assertFalse(UploadedFile.objects.exists())

    def test_the_multiple_uploader_accepts_a_real_pdf(self):
        response = self.client.post(
            reverse("wagtaildocs:add_multiple"),
            {
                "collection": self.partner_page.collection_id,
                "files[]": SimpleUploadedFile("guide.pdf", PDF),
            },
        )
        self.assertTrue(json.loads(response.content)["success"])
        self.assertEqual(Document.objects.count(), 1)

    def test_the_chooser_upload_refuses_a_disguised_file(self):
        response = self.client.post(
            reverse("wagtaildocs_chooser:create"),
            {
                "document-chooser-upload-title": "Uploaded guide",
                "document-chooser-upload-file": SimpleUploadedFile("guide.pdf", SVG),
                "document-chooser-upload-collection": self.partner_page.collection_id,
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Web pages and pictures in SVG", response.content.decode())
        self.assertFalse(Document.objects.exists())

    def test_replacing_a_documents_file_with_a_disguised_one_keeps_the_old_file(self):
        document = Document.objects.create(
            title="Opening times",
            file=ContentFile(PDF, name="times.pdf"),
            collection_id=self.partner_page.collection_id,
        )
        old_name = document.file.name
        response = self.client.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "Opening times",
                "file": SimpleUploadedFile("times.pdf", HTML),
                "collection": self.partner_page.collection_id,
            },
        )
        self.assertContains(response, "Web pages and pictures in SVG")
        document.refresh_from_db()
        self.assertEqual(document.file.name, old_name)
        with document.file.open("rb") as stored:
            self.assertEqual(stored.read(), PDF)
