"""The "Support services" snippets: who may add, change and delete each, tried both ways.

Kinds of help and postcode districts are the comms team's alone. Venues are public places
shared by every service: a partner's staff may add one (and choose any), but only the comms
team changes or deletes them. Every refusal leaves the data as it was.
"""

from django.test import TestCase
from django.urls import reverse

from partners.models import Area
from services.factories import HelpKindFactory, PostcodeDistrictFactory, VenueFactory
from services.models import HelpKind, PostcodeDistrict, Venue
from tests.partners.test_permissions import DENIED
from tests.services.admin_builders import build_partners, default

HOME = reverse("wagtailadmin_home")


def snippet_url(model, action, *args):
    return reverse(f"wagtailsnippets_services_{model}:{action}", args=args)


VENUE = {
    "name": "Kingsford Community Centre",
    "address": "1 Mill Lane",
    "town": "Kingsford",
    "postcode": "EL4 2AB",
}


class SnippetTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = build_partners()
        cls.comms, cls.partner = cls.data["comms"], cls.data["user_a"]
        cls.kind = HelpKindFactory(name="Device lending", code="devices", locale=default())
        cls.venue = VenueFactory(name="Elmbridge Library", locale=default())
        cls.district = PostcodeDistrictFactory(outward_code="EL6", latitude=52.1)

    def assert_refused(self, response):
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], HOME)
        followed = self.client.get(HOME)
        self.assertContains(followed, DENIED)


class TestKindsOfHelp(SnippetTestCase):
    def test_comms_adds_changes_and_deletes_a_kind_of_help(self):
        self.client.force_login(self.comms)
        response = self.client.post(
            snippet_url("helpkind", "add") + "?locale=en",
            {"name": "Free mobile data and SIMs", "code": "data", "sort_order": "3"},
        )
        self.assertEqual(response.status_code, 302)
        added = HelpKind.objects.get(code="data")
        response = self.client.post(
            snippet_url("helpkind", "edit", added.pk),
            {"name": "Free data and SIM cards", "code": "data", "sort_order": "3"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(HelpKind.objects.get(pk=added.pk).name, "Free data and SIM cards")
        response = self.client.post(snippet_url("helpkind", "delete", added.pk))
        self.assertEqual(response.status_code, 302)
        self.assertFalse(HelpKind.objects.filter(pk=added.pk).exists())

    def test_a_partner_can_neither_list_nor_add_change_or_delete_kinds_of_help(self):
        self.client.force_login(self.partner)
        before = list(HelpKind.objects.values_list("pk", "name", "code"))
        self.assert_refused(self.client.get(snippet_url("helpkind", "list")))
        self.assert_refused(
            self.client.post(
                snippet_url("helpkind", "add") + "?locale=en",
                {"name": "Forged", "code": "forged", "sort_order": "0"},
            )
        )
        self.assert_refused(
            self.client.post(
                snippet_url("helpkind", "edit", self.kind.pk),
                {"name": "Forged", "code": "devices", "sort_order": "0"},
            )
        )
        self.assert_refused(self.client.post(snippet_url("helpkind", "delete", self.kind.pk)))
        self.assertEqual(list(HelpKind.objects.values_list("pk", "name", "code")), before)


class TestVenues(SnippetTestCase):
    def test_a_partner_may_list_and_add_a_venue(self):
        self.client.force_login(self.partner)
        listing = self.client.get(snippet_url("venue", "list"))
        self.assertEqual(listing.status_code, 200)
        self.assertContains(listing, "Elmbridge Library")
        response = self.client.post(snippet_url("venue", "add") + "?locale=en", VENUE)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Venue.objects.filter(name=VENUE["name"], town="Kingsford").exists())

    def test_a_partner_may_not_change_or_delete_a_venue(self):
        self.client.force_login(self.partner)
        self.assert_refused(self.client.get(snippet_url("venue", "edit", self.venue.pk)))
        self.assert_refused(
            self.client.post(snippet_url("venue", "edit", self.venue.pk), {**VENUE})
        )
        self.assert_refused(self.client.post(snippet_url("venue", "delete", self.venue.pk)))
        venue = Venue.objects.get(pk=self.venue.pk)
        self.assertEqual(venue.name, "Elmbridge Library")

    def test_the_comms_team_changes_and_deletes_a_venue(self):
        self.client.force_login(self.comms)
        response = self.client.post(
            snippet_url("venue", "edit", self.venue.pk), {**VENUE, "step_free": "on"}
        )
        self.assertEqual(response.status_code, 302)
        venue = Venue.objects.get(pk=self.venue.pk)
        self.assertEqual((venue.name, venue.step_free), (VENUE["name"], True))
        response = self.client.post(snippet_url("venue", "delete", self.venue.pk))
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Venue.objects.filter(pk=self.venue.pk).exists())

    def test_a_partner_group_made_later_gets_the_right_to_add_venues(self):
        self.assertTrue(self.data["user_b"].has_perm("services.add_venue"))
        self.assertFalse(self.data["user_b"].has_perm("services.change_venue"))


class TestPostcodeDistricts(SnippetTestCase):
    def test_the_comms_team_lists_districts_with_an_upload_button(self):
        self.client.force_login(self.comms)
        response = self.client.get(snippet_url("postcodedistrict", "list"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "EL6")
        self.assertContains(response, reverse("services_postcode_upload"))

    def test_the_comms_team_edits_a_district_within_the_world(self):
        self.client.force_login(self.comms)
        url = snippet_url("postcodedistrict", "edit", self.district.pk)
        refused = self.client.post(
            url, {"outward_code": "EL6", "latitude": "95", "longitude": "-1.5"}
        )
        self.assertEqual(refused.status_code, 200)
        self.assertEqual(PostcodeDistrict.objects.get(pk=self.district.pk).latitude, 52.1)
        response = self.client.post(
            url, {"outward_code": "EL6", "latitude": "52.3", "longitude": "-1.5"}
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(PostcodeDistrict.objects.get(pk=self.district.pk).latitude, 52.3)

    def test_a_partner_cannot_list_or_change_districts(self):
        self.client.force_login(self.partner)
        self.assert_refused(self.client.get(snippet_url("postcodedistrict", "list")))
        self.assert_refused(
            self.client.post(
                snippet_url("postcodedistrict", "edit", self.district.pk),
                {"outward_code": "EL6", "latitude": "50", "longitude": "0"},
            )
        )
        self.assert_refused(
            self.client.post(snippet_url("postcodedistrict", "delete", self.district.pk))
        )
        self.assertEqual(PostcodeDistrict.objects.get(pk=self.district.pk).latitude, 52.1)


class TestAreaCentre(SnippetTestCase):
    def test_the_comms_team_sets_an_areas_centre_point(self):
        self.client.force_login(self.comms)
        area = self.data["areas"][0]
        response = self.client.get(reverse("wagtailsnippets_partners_area:edit", args=[area.pk]))
        self.assertContains(response, 'name="latitude"')
        response = self.client.post(
            reverse("wagtailsnippets_partners_area:edit", args=[area.pk]),
            {"name": area.name, "slug": area.slug, "latitude": "51.5", "longitude": "-0.9"},
        )
        self.assertEqual(response.status_code, 302)
        area = Area.objects.get(pk=area.pk)
        self.assertEqual((area.latitude, area.longitude), (51.5, -0.9))
