"""Issue 7, finding 2: a partner cannot attach another partner's image or document by id.

The choosers list only a partner's own collections; these tests post forged ids straight
to the page editor: into an image field, an inline document field and a rich text link.
Each refusal is paired with the same action on the partner's own file, and with the comms
team, who may choose from every collection.
"""

import json

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Revision

from partners.models import PartnerPage, PledgePage
from tests.partners.test_joining_fixtures import edit_form_data
from tests.partners.test_permissions import (
    B_DOCUMENT,
    B_IMAGE,
    PartnerMatrixTestCase,
    make_document,
    page_url,
)

NOT_YOURS = "Choose an image or document from your own collections."


def document_link(document) -> str:
    """Draftail content with a link to ``document``, as the rich text editor posts it."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "text": "Our annual report",
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 4, "length": 13, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {"type": "DOCUMENT", "mutability": "MUTABLE", "data": {"id": document.pk}}
            },
        }
    )


def evidence(document) -> dict:
    return {
        "progress_updates-TOTAL_FORMS": "1",
        "progress_updates-0-date": "2026-10-01",
        "progress_updates-0-summary": "Eighteen pupils came to the first six sessions.",
        "progress_updates-0-evidence_document": str(document.pk),
        "progress_updates-0-ORDER": "1",
    }


class TestForgedFileIds(PartnerMatrixTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.document_a = make_document("Report of A", cls.page_a.collection)

    def save_draft(self, page, **changes):
        data = edit_form_data(self.client, page, **changes)
        return self.client.post(page_url("edit", page.pk), data)

    def assert_refused_and_unsaved(self, page, response):
        self.assertEqual(response.status_code, 200)
        body = response.content.decode()
        self.assertNotIn(B_IMAGE, body)
        self.assertNotIn(B_DOCUMENT, body)
        self.assertFalse(
            Revision.page_revisions.filter(object_id=str(page.pk))
            .filter(created_at__gt=self.started)
            .exists()
        )

    def setUp(self):
        super().setUp()
        from django.utils import timezone

        self.started = timezone.now()

    def test_another_partners_image_as_the_logo_is_refused(self):
        response = self.save_draft(self.page_a, logo=str(self.image_b.pk))
        self.assert_refused_and_unsaved(self.page_a, response)
        self.assertIn("Select a valid choice", response.content.decode())

    def test_own_image_as_the_logo_is_saved(self):
        response = self.save_draft(self.page_a, logo=str(self.image_a.pk))
        self.assertEqual(response.status_code, 302)
        draft = PartnerPage.objects.get(pk=self.page_a.pk).get_latest_revision_as_object()
        self.assertEqual(draft.logo_id, self.image_a.pk)

    def test_another_partners_document_as_evidence_is_refused(self):
        response = self.save_draft(self.pledge_a, **evidence(self.document_b))
        self.assert_refused_and_unsaved(self.pledge_a, response)
        self.assertIn("Select a valid choice", response.content.decode())

    def test_own_document_as_evidence_is_saved(self):
        response = self.save_draft(self.pledge_a, **evidence(self.document_a))
        self.assertEqual(response.status_code, 302)
        draft = PledgePage.objects.get(pk=self.pledge_a.pk).get_latest_revision_as_object()
        self.assertEqual(
            [u.evidence_document_id for u in draft.progress_updates.all()], [self.document_a.pk]
        )

    def test_a_link_to_another_partners_document_in_rich_text_is_refused(self):
        response = self.save_draft(self.page_a, description=document_link(self.document_b))
        self.assert_refused_and_unsaved(self.page_a, response)
        self.assertIn(NOT_YOURS, response.content.decode())

    def test_a_link_to_own_document_in_rich_text_is_saved(self):
        response = self.save_draft(self.page_a, description=document_link(self.document_a))
        self.assertEqual(response.status_code, 302)
        draft = PartnerPage.objects.get(pk=self.page_a.pk).get_latest_revision_as_object()
        self.assertIn(f'linktype="document" id="{self.document_a.pk}"', draft.description)

    def test_the_comms_team_may_use_any_partners_files(self):
        self.client.force_login(self.comms)
        response = self.save_draft(
            self.page_a, logo=str(self.image_b.pk), description=document_link(self.document_b)
        )
        self.assertEqual(response.status_code, 302)
        draft = PartnerPage.objects.get(pk=self.page_a.pk).get_latest_revision_as_object()
        self.assertEqual(draft.logo_id, self.image_b.pk)

    def test_a_file_the_page_already_uses_stays_usable_by_the_partner(self):
        # Comms put B's image on A's page; A can still save other changes.
        page = PartnerPage.objects.get(pk=self.page_a.pk)
        page.logo = self.image_b
        page.save_revision(user=self.comms).publish()
        response = self.save_draft(self.page_a, summary="Books, computers and help to use them.")
        self.assertEqual(response.status_code, 302)


def test_every_page_type_checks_the_files_it_is_given():
    from django.apps import apps
    from wagtail.models import Page, get_page_models

    from hub.admin_forms import ScopedChooserPageForm

    project = {"hub", "charter", "partners", "resources", "events", "search"}
    for model in get_page_models():
        if model is Page or model._meta.app_label not in project:
            continue
        assert apps.is_installed(model._meta.app_config.name)
        form_class = model.get_edit_handler().get_form_class()
        assert issubclass(form_class, ScopedChooserPageForm), model


@pytest.mark.django_db
def test_images_and_documents_are_found_anywhere_in_a_body():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    from hub.admin_forms import _references
    from hub.blocks import BodyBlock

    image = get_image_model().objects.create(title="Image", file=get_test_image_file())
    linked, attached = (
        get_document_model().objects.create(title=title, file=ContentFile(b"x", name="x.txt"))
        for title in ("Linked", "Attached")
    )
    block = BodyBlock()
    value = block.to_python(
        [
            {"type": "image", "value": {"image": {"image": image.pk, "decorative": True,
                                                  "alt_text": ""}, "caption": ""}},
            {"type": "paragraph",
             "value": f'<p><a linktype="document" id="{linked.pk}">report</a></p>'},
            {"type": "document", "value": {"document": attached.pk, "title": ""}},
        ]
    )  # fmt: skip
    assert set(_references(block, value)) == {
        (get_image_model(), image.pk),
        (get_document_model(), linked.pk),
        (get_document_model(), attached.pk),
    }
