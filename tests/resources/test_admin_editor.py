"""The resource editor's checks, through the real admin add and edit views.

A video needs its link and its transcript, the next review is not due before the last, and
a resource has at least one topic and one audience. Each refusal names what to change, next
to the field, and saves nothing; a correct form is accepted.
"""

import datetime

from django.test import TestCase
from wagtail.models import Page

from resources import forms
from resources.factories import ResourceLibraryPageFactory
from resources.models import ResourcePage
from tests.builders import publish
from tests.partners.test_joining_fixtures import build_site, make_comms_user
from tests.partners.test_permissions import page_url
from tests.resources.admin_builders import (
    add_resource,
    add_url,
    edit_form,
    make_topic,
    resource_form,
)

TODAY = datetime.date.today()


class EditorTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site()
        cls.comms = make_comms_user()
        cls.library = publish(ResourceLibraryPageFactory(parent=tree["home"]))
        cls.topic = make_topic()

    def setUp(self):
        self.client.force_login(self.comms)

    def post_new(self, **fields):
        data = resource_form(self.client, self.library, **{"topics": [self.topic.pk], **fields})
        data["action-publish"] = "1"
        return self.client.post(add_url(self.library), data)

    def assert_refused(self, response, field: str, message):
        self.assertEqual(response.status_code, 200)
        self.assertIn(str(message), response.context["form"].errors.get(field, []))
        self.assertContains(response, "The page could not be created due to validation errors")
        self.assertFalse(ResourcePage.objects.filter(slug="email-account").exists())


class TestAddingAResource(EditorTestCase):
    def test_the_audience_fields_the_form_checks_are_the_models(self):
        self.assertEqual(forms.AUDIENCE_FIELDS, list(ResourcePage.AUDIENCE_FIELDS.values()))
        self.assertEqual(forms.VIDEO, "video")

    def test_a_complete_resource_is_published(self):
        response = self.post_new(
            resource_format="video",
            video_url="https://www.youtube.com/watch?v=abc123",
            video_transcript="Hello. Today we set up an email account.",
            audience_frontline=True,
        )
        self.assertEqual(response.status_code, 302)
        resource = ResourcePage.objects.get(slug="email-account")
        self.assertTrue(resource.live)
        self.assertEqual(resource.audiences, ["residents", "frontline"])
        self.assertEqual(list(resource.topics.all()), [self.topic])

    def test_a_video_without_a_transcript_is_refused(self):
        response = self.post_new(video_url="https://www.youtube.com/watch?v=abc123")
        self.assert_refused(response, "video_transcript", forms.NO_TRANSCRIPT)
        self.assertContains(response, "Add a transcript of the video")

    def test_a_blank_transcript_is_no_transcript(self):
        response = self.post_new(
            resource_format="video",
            video_url="https://vimeo.com/123",
            video_transcript="   ",
        )
        self.assert_refused(response, "video_transcript", forms.NO_TRANSCRIPT)

    def test_a_video_resource_without_a_link_is_refused(self):
        response = self.post_new(resource_format="video", video_transcript="Hello.")
        self.assert_refused(response, "video_url", forms.NO_VIDEO)

    def test_a_review_due_before_the_last_review_is_refused(self):
        response = self.post_new(
            last_reviewed=TODAY.isoformat(),
            review_due=(TODAY - datetime.timedelta(days=1)).isoformat(),
        )
        self.assert_refused(response, "review_due", forms.REVIEW_BEFORE_LAST)

    def test_a_review_due_on_the_day_of_the_last_review_is_accepted(self):
        response = self.post_new(last_reviewed=TODAY.isoformat(), review_due=TODAY.isoformat())
        self.assertEqual(response.status_code, 302)

    def test_a_resource_without_a_topic_is_refused(self):
        response = self.post_new(topics=[])
        self.assert_refused(response, "topics", forms.NO_TOPIC)

    def test_a_resource_without_an_audience_is_refused(self):
        response = self.post_new(audience_residents=False)
        self.assert_refused(response, "audience_residents", forms.NO_AUDIENCE)
        self.assertContains(response, "Tick at least one audience")


class TestEditingAResource(EditorTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.resource = add_resource(cls.library, "Drop-in toolkit", topics=[cls.topic])

    def test_an_edit_that_removes_every_audience_is_refused_and_nothing_is_saved(self):
        revisions = self.resource.revisions.count()
        data = edit_form(self.client, self.resource, title="Changed title")
        data.pop("audience_residents")
        data["action-publish"] = "1"
        response = self.client.post(page_url("edit", self.resource.pk), data)
        self.assertEqual(response.status_code, 200)
        self.assertIn(str(forms.NO_AUDIENCE), response.context["form"].errors["audience_residents"])
        self.assertEqual(Page.objects.get(pk=self.resource.pk).title, "Drop-in toolkit")
        self.assertEqual(self.resource.revisions.count(), revisions)

    def test_an_edit_adding_a_video_needs_its_transcript_then_publishes(self):
        data = edit_form(self.client, self.resource, video_url="https://vimeo.com/42")
        data["action-publish"] = "1"
        response = self.client.post(page_url("edit", self.resource.pk), data)
        self.assertIn(str(forms.NO_TRANSCRIPT), response.context["form"].errors["video_transcript"])
        data["video_transcript"] = "Welcome to the drop-in."
        response = self.client.post(page_url("edit", self.resource.pk), data)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            ResourcePage.objects.get(pk=self.resource.pk).video_transcript,
            "Welcome to the drop-in.",
        )
