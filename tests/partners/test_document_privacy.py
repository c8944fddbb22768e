"""Issue 7, finding 10: a partner's document is private until a live page uses it."""

import pytest
from django.test import Client
from wagtail.models import Collection

from tests.partners.test_chooser_scope import evidence
from tests.partners.test_joining_fixtures import edit_form_data
from tests.partners.test_permissions import PartnerMatrixTestCase, page_url

pytestmark = pytest.mark.indexed  # searches, or reads the reference index


class TestPartnerDocumentPrivacy(PartnerMatrixTestCase):
    def download(self, client=None):
        client = client or Client()
        response = client.get(self.document_b.url)
        return response.status_code

    def test_an_unused_partner_document_is_not_served_to_visitors_or_other_partners(self):
        self.assertEqual(self.download(), 404)
        self.assertEqual(self.download(self.client), 404)  # partner A

    def test_its_own_partner_and_the_comms_team_may_download_it(self):
        self.client.force_login(self.user_b)
        self.assertEqual(self.download(self.client), 200)
        self.client.force_login(self.comms)
        self.assertEqual(self.download(self.client), 200)

    def test_it_is_public_once_a_live_page_uses_it(self):
        self.client.force_login(self.comms)  # comms publish the pledge with it as evidence
        data = edit_form_data(self.client, self.pledge_b, **evidence(self.document_b))
        data["action-publish"] = "1"
        with self.captureOnCommitCallbacks(execute=True):  # the reference index updates then
            response = self.client.post(page_url("edit", self.pledge_b.pk), data)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.download(), 200)

    def test_a_draft_that_uses_it_does_not_make_it_public(self):
        page = self.page_b.get_latest_revision_as_object()
        page.description = f'<p><a linktype="document" id="{self.document_b.pk}">report</a></p>'
        page.save_revision(user=self.user_b)
        self.assertEqual(self.download(), 404)

    def test_comms_make_it_public_by_moving_it_to_a_shared_collection(self):
        self.document_b.collection = Collection.get_first_root_node()
        self.document_b.save()
        self.assertEqual(self.download(), 200)

    def test_files_under_media_documents_are_never_served_directly(self):
        self.client.force_login(self.comms)
        response = self.client.get(f"/media/{self.document_b.file.name}")
        self.assertEqual(response.status_code, 404)
