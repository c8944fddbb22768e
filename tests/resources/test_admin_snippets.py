"""Resource topics in the admin: the comms team's alone, tried both ways.

Partners choose topics in the resource editor but may neither list, add, change nor delete
them; every refusal leaves the topics as they were.
"""

from django.test import TestCase
from django.urls import reverse

from resources.models import ResourceTopic
from tests.partners.test_permissions import DENIED
from tests.resources.admin_builders import make_topic
from tests.services.admin_builders import build_partners

HOME = reverse("wagtailadmin_home")


def topic_url(action, *args):
    return reverse(f"wagtailsnippets_resources_resourcetopic:{action}", args=args)


class TopicTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        data = build_partners()
        cls.comms, cls.partner = data["comms"], data["user_a"]
        cls.topic = make_topic()

    def snapshot(self):
        return sorted(ResourceTopic.objects.values_list("pk", "name", "code", "sort_order"))


class TestTopics(TopicTestCase):
    def test_comms_adds_changes_and_deletes_a_topic(self):
        self.client.force_login(self.comms)
        self.assertContains(self.client.get(topic_url("list")), "Getting online")
        response = self.client.post(
            topic_url("add") + "?locale=en",
            {"name": "Staying safe online", "code": "safety", "sort_order": "2"},
        )
        self.assertEqual(response.status_code, 302)
        added = ResourceTopic.objects.get(code="safety")
        response = self.client.post(
            topic_url("edit", added.pk),
            {"name": "Staying safe and private online", "code": "safety", "sort_order": "2"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            ResourceTopic.objects.get(pk=added.pk).name, "Staying safe and private online"
        )
        response = self.client.post(topic_url("delete", added.pk))
        self.assertEqual(response.status_code, 302)
        self.assertFalse(ResourceTopic.objects.filter(pk=added.pk).exists())

    def test_the_topics_are_in_the_resource_library_menu_for_comms(self):
        self.client.force_login(self.comms)
        response = self.client.get(HOME)
        self.assertContains(response, "Resource library")
        self.assertContains(response, topic_url("list"))

    def test_a_partner_can_neither_list_nor_add_change_or_delete_topics(self):
        self.client.force_login(self.partner)
        before = self.snapshot()
        requests = [
            ("get", topic_url("list"), {}),
            ("post", topic_url("add") + "?locale=en", {"name": "Forged", "code": "forged"}),
            ("post", topic_url("edit", self.topic.pk), {"name": "Forged", "code": "x"}),
            ("post", topic_url("delete", self.topic.pk), {}),
        ]
        for method, url, data in requests:
            with self.subTest(url=url):
                response = getattr(self.client, method)(url, data)
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], HOME)
        self.assertContains(self.client.get(HOME), DENIED)
        self.assertEqual(self.snapshot(), before)
        self.assertNotContains(self.client.get(HOME), topic_url("list"))
