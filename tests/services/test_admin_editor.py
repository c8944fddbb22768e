"""The support service editor refuses what cannot be right, with a message by the field.

Posted to Wagtail's real add and edit views, as the comms team and as a partner: each
refusal is paired with the same form made right, which saves.
"""

from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from services.factories import OpeningExceptionFactory
from services.forms import NO_KIND, OVERLAP
from services.models import ServicePage
from tests.partners.test_joining_fixtures import edit_form_data
from tests.services.admin_builders import (
    VenueFactory,
    add_service,
    add_url,
    build_partners,
    service_form,
)

SESSION_BACKWARDS = "A session must close after it opens, on the same day."


class EditorTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = build_partners()
        cls.page_a = cls.data["page_a"]
        cls.kind = cls.data["kind"]
        cls.venue = VenueFactory(name="Elmbridge Library, Station Road")

    def setUp(self):
        self.client.force_login(self.data["comms"])

    def create(self, **fields):
        fields.setdefault("kinds", [self.kind.pk])
        fields.setdefault("locations", [{"venue": self.venue.pk}])
        data = service_form(self.client, self.page_a, **fields)
        data["action-publish"] = "1"
        return self.client.post(add_url(self.page_a), data)

    def assert_refused(self, response, message):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "The page could not be created due to validation errors")
        self.assertContains(response, message)
        self.assertFalse(ServicePage.objects.exists())

    def assert_saved(self, response):
        if response.status_code != 302:
            form = response.context["form"]
            errors = {name: fs.errors for name, fs in form.formsets.items()}
            self.fail(f"not saved: {form.errors} {errors}")
        return ServicePage.objects.get()


class TestCreatingAService(EditorTestCase):
    def test_a_complete_service_is_published_with_its_rows(self):
        service = self.assert_saved(
            self.create(
                opening_sessions=[{"weekday": 1, "opens_at": "10:00", "closes_at": "12:00"}],
                opening_exceptions=[
                    {"closed": "on", "starts_on": "2026-12-25", "ends_on": "2026-12-26"}
                ],
            )
        )
        self.assertTrue(service.live)
        self.assertEqual(list(service.kinds.all()), [self.kind])
        self.assertEqual([row.venue for row in service.locations.all()], [self.venue])
        self.assertEqual(service.opening_sessions.get().weekday, 1)

    def test_a_session_that_ends_before_it_starts_is_refused(self):
        response = self.create(
            opening_sessions=[{"weekday": 1, "opens_at": "14:00", "closes_at": "10:00"}]
        )
        self.assert_refused(response, SESSION_BACKWARDS)

    def test_overlapping_exceptions_are_refused(self):
        response = self.create(
            opening_exceptions=[
                {
                    "closed": "on",
                    "starts_on": "2026-12-24",
                    "ends_on": "2026-12-27",
                    "note": "Christmas",
                },
                {"closed": "on", "starts_on": "2026-12-26", "note": "Boxing Day"},
            ]
        )
        self.assert_refused(response, OVERLAP)

    def test_exceptions_on_following_days_do_not_overlap(self):
        service = self.assert_saved(
            self.create(
                opening_exceptions=[
                    {"closed": "on", "starts_on": "2026-12-25"},
                    {"closed": "on", "starts_on": "2026-12-26", "ends_on": "2026-12-28"},
                ]
            )
        )
        self.assertEqual(service.opening_exceptions.count(), 2)

    def test_a_deleted_exception_does_not_count_as_an_overlap(self):
        data = service_form(
            self.client,
            self.page_a,
            kinds=[self.kind.pk],
            locations=[{"venue": self.venue.pk}],
            opening_exceptions=[
                {"closed": "on", "starts_on": "2026-12-25"},
                {"closed": "on", "starts_on": "2026-12-25"},
            ],
        )
        data["opening_exceptions-1-DELETE"] = "1"
        data["action-publish"] = "1"
        service = self.assert_saved(self.client.post(add_url(self.page_a), data))
        self.assertEqual(service.opening_exceptions.count(), 1)

    def test_a_service_needs_a_kind_of_help(self):
        self.assert_refused(self.create(kinds=[]), str(NO_KIND))

    def test_a_service_needs_a_venue_or_phone_or_online(self):
        self.assert_refused(self.create(locations=[]), "Add at least one venue, or tick")

    def test_a_phone_service_needs_no_venue(self):
        service = self.assert_saved(self.create(locations=[], by_phone="on"))
        self.assertTrue(service.by_phone)

    def test_an_online_service_needs_no_venue(self):
        service = self.assert_saved(self.create(locations=[], online="on"))
        self.assertTrue(service.online)

    def test_a_maximum_age_below_the_minimum_is_refused(self):
        response = self.create(minimum_age="65", maximum_age="18")
        self.assert_refused(response, "The maximum age must not be less than the minimum age.")


class TestEditingAService(EditorTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.service = add_service(
            cls.page_a, "Wifi and computers", kinds=[cls.kind], venues=[cls.venue]
        )
        OpeningExceptionFactory(page=cls.service, starts_on="2026-12-25", note="Christmas")
        cls.service.save_revision().publish()

    def edit(self, **changes):
        # The helper reads a ticked checkbox without a value as "", which Django reads as
        # unticked: tick "closed" again as a browser would post it.
        changes.setdefault("opening_exceptions-0-closed", "on")
        data = edit_form_data(self.client, self.service, **changes)
        data["action-publish"] = "1"
        return self.client.post(reverse("wagtailadmin_pages:edit", args=[self.service.pk]), data)

    def test_the_editor_shows_the_form_with_its_checks(self):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.service.pk]))
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        self.assertEqual(type(form).__name__, "ServicePageForm")

    def test_an_exception_overlapping_the_saved_one_is_refused(self):
        extra = nested_form_data(
            {
                "opening_exceptions": inline_formset(
                    [
                        {
                            "id": "",
                            "closed": "on",
                            "starts_on": "2026-12-20",
                            "ends_on": "2026-12-31",
                        }
                    ],
                    initial=1,
                )
            }
        )
        changes = {
            key.replace("opening_exceptions-0-", "opening_exceptions-1-"): value
            for key, value in extra.items()
            if key.startswith("opening_exceptions-0-")
        }
        response = self.edit(**{"opening_exceptions-TOTAL_FORMS": "2"}, **changes)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, OVERLAP)
        self.assertEqual(ServicePage.objects.get(pk=self.service.pk).opening_exceptions.count(), 1)

    def test_removing_the_last_venue_without_phone_or_online_is_refused(self):
        response = self.edit(**{"locations-0-DELETE": "1"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Add at least one venue, or tick")
        self.assertEqual(ServicePage.objects.get(pk=self.service.pk).locations.count(), 1)

    def test_removing_the_venue_of_a_phone_service_is_saved(self):
        response = self.edit(**{"locations-0-DELETE": "1", "by_phone": "on"})
        self.assert_saved(response)
        self.assertEqual(ServicePage.objects.get(pk=self.service.pk).locations.count(), 0)
