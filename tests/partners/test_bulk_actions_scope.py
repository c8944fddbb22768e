"""Issue 7, finding 3: bulk-action confirmation pages name nothing the user cannot act on."""

from django.urls import reverse

from tests.partners.test_permissions import B_SECRETS, PartnerMatrixTestCase


def bulk(app, model, action, *ids):
    url = reverse("wagtail_bulk_action", args=[app, model, action])
    return url + "?" + "&".join(f"id={pk}" for pk in ids)


class TestBulkActionConfirmations(PartnerMatrixTestCase):
    def urls(self):
        return [
            bulk("wagtailcore", "page", "delete", self.pledge_b.pk, self.pledge_a.pk),
            bulk("wagtailcore", "page", "unpublish", self.page_b.pk, self.pledge_a.pk),
            bulk("wagtailcore", "page", "move", self.pledge_b.pk, self.pledge_a.pk),
            bulk("wagtailimages", "image", "delete", self.image_b.pk, self.image_a.pk),
            bulk("wagtailimages", "image", "add_tags", self.image_b.pk, self.image_a.pk),
            bulk("wagtaildocs", "document", "delete", self.document_b.pk),
        ]

    def test_another_partners_titles_are_not_listed_only_counted(self):
        for url in self.urls():
            with self.subTest(url=url):
                response = self.client.get(url)
                body = response.content.decode()
                self.assertEqual(response.status_code, 200)
                for secret in B_SECRETS:
                    self.assertNotIn(secret, body)
                self.assertIn("of the chosen items", body)

    def test_the_partners_own_items_are_still_listed(self):
        url = bulk("wagtailimages", "image", "delete", self.image_b.pk, self.image_a.pk)
        self.assertIn(self.image_a.title, self.client.get(url).content.decode())
