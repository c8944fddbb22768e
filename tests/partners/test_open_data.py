"""Open data downloads: contents, formats, and no personal data."""

import csv
import io
import json

from django.contrib.auth import get_user_model
from django.test import TestCase

from partners.factories import CharterApplicationFactory
from partners.public.opendata import _safe_cell

from .public_data import known_site


class TestOpenData(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = known_site()
        cls.base = cls.data["directory"].url + "open-data/"
        CharterApplicationFactory(
            organisation_name="Birch Housing",
            contact_name="Priya Quellington",
            contact_email="priya.q@personal-mail.example",
            contact_phone="01632 960 999",
            partner_page=cls.data["partners"]["birch"],
        )
        get_user_model().objects.create_user(
            "birch-editor", email="editor@birch-housing.example", first_name="Tamsin"
        )

    def get(self, dataset, fmt):
        response = self.client.get(f"{self.base}{dataset}/{fmt}/")
        self.assertEqual(response.status_code, 200)
        return response

    def csv_rows(self, dataset):
        response = self.get(dataset, "csv")
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertEqual(
            response["Content-Disposition"], f'attachment; filename="charter-{dataset}.csv"'
        )
        text = response.content.decode("utf-8")
        self.assertTrue(text.startswith("\ufeff"))
        return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))

    def json_document(self, dataset):
        response = self.get(dataset, "json")
        self.assertEqual(response["Content-Type"], "application/json; charset=utf-8")
        self.assertEqual(
            response["Content-Disposition"], f'attachment; filename="charter-{dataset}.json"'
        )
        return json.loads(response.content)

    def test_partners_csv(self):
        rows = self.csv_rows("partners")
        self.assertEqual(
            [row["name"] for row in rows],
            ["Alder Library Trust", "Birch Housing", "Cedar Council"],
        )
        birch = rows[1]
        self.assertEqual(birch["sector"], "housing")
        self.assertEqual(birch["sector_name"], "Housing")
        self.assertEqual(birch["areas"], "Fernley; Hollowmere")
        self.assertEqual(birch["date_signed"], "2025-05-05")
        self.assertEqual(birch["pledges"], "1")
        self.assertTrue(birch["url"].endswith("/partners/birch-housing/"))
        self.assertTrue(birch["url"].startswith("http"))

    def test_partners_json(self):
        document = self.json_document("partners")
        self.assertEqual(document["dataset"], "partners")
        self.assertEqual(document["count"], 3)
        birch = document["partners"][1]
        self.assertEqual(birch["areas"], ["Fernley", "Hollowmere"])
        self.assertEqual(birch["pledges"], 1)

    def test_pledges_csv(self):
        rows = self.csv_rows("pledges")
        self.assertEqual(len(rows), 5)
        b1 = next(row for row in rows if row["title"] == "Wifi in every community room")
        self.assertEqual(b1["partner"], "Birch Housing")
        self.assertEqual(b1["status"], "planned")
        self.assertEqual(b1["principles"], "1. Signpost people to support; 2. Work as one team")
        self.assertEqual(b1["maturity_now"], "1; 2")
        self.assertEqual(b1["maturity_target"], "2; 4")
        self.assertTrue(b1["url"].endswith("/birch-housing/wifi-in-every-community-room/"))
        self.assertTrue(b1["partner_url"].endswith("/partners/birch-housing/"))
        a1 = next(row for row in rows if row["title"] == "Lend laptops from every branch")
        self.assertEqual(
            a1["last_update"], self.data["pledges"]["a1"].progress_updates.first().date.isoformat()
        )

    def test_pledges_json_nests_principles_and_leaves_out_drafts(self):
        document = self.json_document("pledges")
        titles = {p["title"] for p in document["pledges"]}
        self.assertNotIn("Train housing officers", titles)
        self.assertNotIn("Refurbish donated laptops", titles)
        b1 = next(p for p in document["pledges"] if p["title"] == "Wifi in every community room")
        self.assertEqual(
            b1["principles"],
            [
                {
                    "number": 1,
                    "title": "Signpost people to support",
                    "maturity_now": 1,
                    "maturity_target": 2,
                },
                {"number": 2, "title": "Work as one team", "maturity_now": 2, "maturity_target": 4},
            ],
        )

    def test_no_personal_data_in_any_download(self):
        for dataset in ("partners", "pledges"):
            for fmt in ("csv", "json"):
                body = self.get(dataset, fmt).content.decode("utf-8")
                for secret in (
                    "priya",
                    "Quellington",
                    "personal-mail.example",
                    "01632 960 999",
                    "01632 960 555",  # even the public phone: the files are organisation facts
                    "hello@birch-housing.example",
                    "editor@birch-housing.example",
                    "Tamsin",
                    "@",
                ):
                    self.assertNotIn(secret.lower(), body.lower(), (dataset, fmt, secret))

    def test_unknown_datasets_and_formats_are_not_found(self):
        for path in ("users/csv/", "partners/xml/", "applications/json/", "partners/"):
            self.assertEqual(self.client.get(self.base + path).status_code, 404, path)


def test_spreadsheet_formulas_are_defused():
    assert _safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _safe_cell("+44") == "'+44"
    assert _safe_cell("Plain text") == "Plain text"
    assert _safe_cell(3) == "3"
