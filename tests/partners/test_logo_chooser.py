"""Issue 8, item 12: a partner's image chooser offers its current logo, and never another's.

Logos often sit outside the partner's collection (the demo draws them into the root
collection; comms staff upload them there). ``partners.logos`` moves such a logo into the
partner's collection when the partner is given access and when an editor sets it.
"""

from django.urls import reverse
from wagtail.models import Collection

from partners.factories import PartnerPageFactory
from partners.logos import adopt_logo
from partners.models import PartnerPage
from partners.self_service import access
from tests.builders import publish
from tests.partners.test_joining_fixtures import edit_form_data, make_user
from tests.partners.test_permissions import B_IMAGE, DENIED, PartnerMatrixTestCase, make_image

A_LOGO = "Elmbridge Library logo"
B_LOGO = "XYZZY Fernley Housing Trust logo"


class TestLogoChooser(PartnerMatrixTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        root = Collection.get_first_root_node()
        cls.logo_a = make_image(A_LOGO, root)
        cls.logo_b = make_image(B_LOGO, root)

    def set_logo(self, page, image, action=None):
        """Comms staff choose ``image`` as the logo in the page editor (saved or published)."""
        self.client.force_login(self.comms)
        data = edit_form_data(self.client, page, logo=str(image.pk))
        if action:
            data[action] = "1"
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
        self.assertEqual(response.status_code, 302)
        image.refresh_from_db()
        self.client.force_login(self.user_a)

    def chooser(self):
        response = self.client.get(reverse("wagtailimages_chooser:choose"))
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_a_logo_set_by_comms_appears_in_the_partners_chooser_and_no_other(self):
        self.assertNotIn(A_LOGO, self.chooser())
        self.set_logo(self.page_a, self.logo_a)  # a draft: after_edit_page
        self.set_logo(self.page_b, self.logo_b, action="action-publish")  # after_publish_page
        self.assertEqual(self.logo_a.collection_id, self.page_a.collection_id)
        self.assertEqual(self.logo_b.collection_id, self.page_b.collection_id)
        body = self.chooser()
        self.assertIn(A_LOGO, body)
        self.assertNotIn(B_LOGO, body)
        self.assertNotIn(B_IMAGE, body)

    def test_another_partners_image_is_never_taken_from_its_collection(self):
        self.set_logo(self.page_a, self.image_b)
        self.assertEqual(self.image_b.collection_id, self.page_b.collection_id)
        self.assertNotIn(B_IMAGE, self.chooser())

    def test_a_forged_choose_of_another_partners_logo_is_refused(self):
        self.set_logo(self.page_b, self.logo_b, action="action-publish")
        chosen = reverse("wagtailimages_chooser:chosen", args=[self.logo_b.pk])
        response = self.client.get(chosen, headers={"x-requested-with": "XMLHttpRequest"})
        self.assertEqual(response.status_code, 403)
        self.assertNotIn(B_LOGO, response.content.decode())
        response = self.client.get(chosen, follow=True)
        self.assertIn(DENIED, response.content.decode())
        self.assertNotIn(B_LOGO, response.content.decode())
        # Posted straight to the page editor, it is refused too.
        data = edit_form_data(self.client, self.page_a, logo=str(self.logo_b.pk))
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[self.page_a.pk]), data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("Select a valid choice", response.content.decode())

    def test_a_partner_may_choose_its_own_logo(self):
        self.set_logo(self.page_a, self.logo_a)
        response = self.client.get(reverse("wagtailimages_chooser:chosen", args=[self.logo_a.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertIn(A_LOGO, response.content.decode())

    def test_granting_access_adopts_the_logo_the_page_already_has(self):
        # As in the demo: a partner page with a logo in the root collection, access later.
        logo = make_image("Greywater Colleges logo", Collection.get_first_root_node())
        page = publish(
            PartnerPageFactory(parent=self.tree["directory"], title="Greywater", logo=logo)
        )
        member = make_user("greywater")
        membership = access.add_partner_member(page, member)
        logo.refresh_from_db()
        self.assertEqual(logo.collection_id, membership.collection.pk)
        self.client.force_login(member)
        body = self.chooser()
        self.assertIn("Greywater Colleges logo", body)
        self.assertNotIn(A_LOGO, body)

    def test_nothing_moves_without_a_logo_or_a_collection(self):
        collection = PartnerPage.objects.get(pk=self.page_a.pk).collection
        self.assertFalse(adopt_logo(None, collection))
        self.assertFalse(adopt_logo(self.logo_a.pk, None))
        self.assertTrue(adopt_logo(self.logo_a.pk, collection))
        self.assertFalse(adopt_logo(self.logo_a.pk, collection))  # already there
