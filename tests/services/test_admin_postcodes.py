"""Uploading postcode districts as CSV: all or nothing, bad lines named, wrong files a 400."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse

from services.admin.postcodes import MAX_UPLOAD_BYTES
from services.factories import PostcodeDistrictFactory
from services.models import PostcodeDistrict
from tests.partners.test_permissions import DENIED
from tests.services.admin_builders import build_partners

UPLOAD = reverse("services_postcode_upload")
GOOD = "outward code,latitude,longitude\nEL6,51.49,-0.17\nel7 ,51.50,-0.20\nFN1,52.01,-1.02\n"


def csv_file(text: str | bytes, name: str = "districts.csv", content_type: str = "text/csv"):
    content = text.encode("utf-8") if isinstance(text, str) else text
    return SimpleUploadedFile(name, content, content_type)


class TestPostcodeUpload(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = build_partners()
        PostcodeDistrictFactory(outward_code="EL6", latitude=50.0, longitude=-3.0)
        PostcodeDistrictFactory(outward_code="ZZ9", latitude=53.0, longitude=-2.0)

    def setUp(self):
        self.client.force_login(self.data["comms"])

    def table(self):
        return dict(
            (code, (lat, lon))
            for code, lat, lon in PostcodeDistrict.objects.values_list(
                "outward_code", "latitude", "longitude"
            )
        )

    def upload(self, upload):
        return self.client.post(UPLOAD, {"file": upload})

    def assert_refused(self, response, *messages):
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Nothing was uploaded", status_code=400)
        for message in messages:
            self.assertContains(response, message, status_code=400)
        self.assertEqual(
            self.table(), {"EL6": (50.0, -3.0), "ZZ9": (53.0, -2.0)}, "the table changed"
        )

    def test_the_form_explains_the_columns(self):
        response = self.client.get(UPLOAD)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "outward code, latitude, longitude")
        self.assertContains(response, 'type="file"')

    def test_a_good_file_updates_existing_districts_and_adds_new_ones(self):
        response = self.upload(csv_file("\ufeff" + GOOD))  # with a byte-order mark
        self.assertRedirects(
            response,
            reverse("wagtailsnippets_services_postcodedistrict:list"),
            fetch_redirect_response=False,
        )
        self.assertEqual(
            self.table(),
            {
                "EL6": (51.49, -0.17),
                "EL7": (51.50, -0.20),
                "FN1": (52.01, -1.02),
                "ZZ9": (53.0, -2.0),
            },
        )
        listing = self.client.get(response["Location"])
        self.assertContains(listing, "2 added, 1 updated")

    def test_headings_in_another_order_and_spelling_are_read(self):
        response = self.upload(csv_file("LNG,Postcode district,Lat\n-0.1,EL8,51.4\n"))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.table()["EL8"], (51.4, -0.1))

    def test_bad_rows_are_named_by_line_and_nothing_is_stored(self):
        text = (
            "outward_code,latitude,longitude\n"
            "EL9,51.4,-0.1\n"
            "SW1A 1AA,51.5,-0.1\n"
            "EL10,north,-0.1\n"
            "EL11,40.7,-74.0\n"
            "EL9,51.4,-0.1\n"
        )
        response = self.upload(csv_file(text))
        self.assert_refused(
            response,
            "Line 3: “SW1A 1AA” is not a UK postcode district",
            "Line 4: the latitude and longitude must be numbers in the United Kingdom",
            "Line 5: the latitude and longitude",
            "Line 6: EL9 is also on line 2.",
        )
        self.assertNotIn("EL9", self.table())

    def test_many_bad_rows_are_summarised(self):
        text = "outward code,latitude,longitude\n" + "X,0,0\n" * 30
        response = self.upload(csv_file(text))
        self.assert_refused(response, "Line 21:", "… and 10 more lines.")
        self.assertNotContains(response, "Line 22:", status_code=400)

    def test_a_file_without_the_headings_is_refused(self):
        response = self.upload(csv_file("EL6,51.49,-0.17\n"))
        self.assert_refused(response, "The first line must name the columns")

    def test_an_image_is_refused(self):
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
        self.assert_refused(self.upload(csv_file(png, "districts.png", "image/png")), "CSV file")
        self.assert_refused(
            self.upload(csv_file(png, "districts.csv")), "The file is not a text file in UTF-8"
        )

    def test_an_empty_file_is_refused(self):
        self.assert_refused(self.upload(csv_file("")))
        self.assert_refused(
            self.upload(csv_file("outward code,latitude,longitude\n")),
            "The file has no postcode districts.",
        )

    def test_an_oversize_file_is_refused(self):
        big = GOOD + "EL6,51.49,-0.17\n" * (MAX_UPLOAD_BYTES // 16 + 10)
        self.assert_refused(self.upload(csv_file(big)), "it must be 2.0\xa0MB or smaller")

    def test_a_post_without_a_file_is_refused(self):
        response = self.client.post(UPLOAD, {})
        self.assertEqual(response.status_code, 400)

    def test_a_partners_forged_post_is_refused(self):
        self.client.force_login(self.data["user_a"])
        for response in (self.client.get(UPLOAD), self.upload(csv_file(GOOD))):
            self.assertEqual(response.status_code, 302)
            self.assertEqual(response["Location"], reverse("wagtailadmin_home"))
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), DENIED)
        self.assertEqual(self.table(), {"EL6": (50.0, -3.0), "ZZ9": (53.0, -2.0)})

    def test_a_partner_does_not_see_the_upload_button_anywhere(self):
        self.client.force_login(self.data["user_a"])
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), UPLOAD)
