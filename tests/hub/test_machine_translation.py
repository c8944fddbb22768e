"""Machine translation: configured from the environment, and its strings tracked until reviewed."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation

from hub.factories import StandardPageFactory
from hub.settings.machine_translation import machine_translator
from hub.translation_overview import states
from tests.builders import make_home, publish
from tests.hub.localize_builders import translate
from tests.partners.test_joining_fixtures import make_comms_user

DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"
GOOGLE = "wagtail_localize.machine_translators.google.GoogleCloudTranslator"


# Settings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, "", "off", "None"])
def test_machine_translation_is_off_by_default(value):
    env = {} if value is None else {"MACHINE_TRANSLATOR": value}
    assert machine_translator(env) is None


def test_deepl_with_its_api_key():
    config = machine_translator({"MACHINE_TRANSLATOR": "DeepL", "DEEPL_API_KEY": "abc:fx"})
    assert config == {"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": "abc:fx", "TIMEOUT": 30}}


def test_deepl_formality_and_timeout():
    config = machine_translator(
        {
            "MACHINE_TRANSLATOR": "deepl",
            "DEEPL_API_KEY": "abc",
            "DEEPL_FORMALITY": "prefer_less",
            "MACHINE_TRANSLATOR_TIMEOUT": "10",
        }
    )
    assert config["OPTIONS"] == {"AUTH_KEY": "abc", "TIMEOUT": 10, "FORMALITY": "prefer_less"}


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"MACHINE_TRANSLATOR": "babelfish"}, "must be one of deepl, google"),
        ({"MACHINE_TRANSLATOR": "deepl"}, "needs DEEPL_API_KEY"),
        ({"MACHINE_TRANSLATOR": "deepl", "DEEPL_API_KEY": " "}, "needs DEEPL_API_KEY"),
        (
            {"MACHINE_TRANSLATOR": "deepl", "DEEPL_API_KEY": "k", "DEEPL_FORMALITY": "posh"},
            "DEEPL_FORMALITY must be one of",
        ),
        (
            {
                "MACHINE_TRANSLATOR": "deepl",
                "DEEPL_API_KEY": "k",
                "MACHINE_TRANSLATOR_TIMEOUT": "x",
            },
            "MACHINE_TRANSLATOR_TIMEOUT must be a whole number",
        ),
    ],
)
def test_bad_values_stop_start_up_with_a_clear_message(env, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        machine_translator(env)


def test_google_needs_its_library():
    with pytest.raises(ImproperlyConfigured, match="needs the google-cloud-translate package"):
        machine_translator(
            {"MACHINE_TRANSLATOR": "google", "GOOGLE_CLOUD_PROJECT": "hub"},
            installed=lambda module: False,
        )


def test_google_with_its_project():
    def installed(module):
        return module == "google.cloud.translate"

    config = machine_translator(
        {"MACHINE_TRANSLATOR": "google", "GOOGLE_CLOUD_PROJECT": "hub-123"}, installed=installed
    )
    assert config == {"CLASS": GOOGLE, "OPTIONS": {"PROJECT_ID": "hub-123", "LOCATION": "global"}}
    with pytest.raises(ImproperlyConfigured, match="needs GOOGLE_CLOUD_PROJECT"):
        machine_translator({"MACHINE_TRANSLATOR": "google"}, installed=installed)


def test_the_deepl_setting_gives_wagtail_localize_a_working_translator():
    config = machine_translator({"MACHINE_TRANSLATOR": "deepl", "DEEPL_API_KEY": "abc:fx"})
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=config):
        translator = get_machine_translator()
    assert translator.display_name == "DeepL"
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"


# The overview --------------------------------------------------------------------------------


class MachineTranslatedStringsTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pl = Locale.objects.get(language_code="pl")
        home = make_home()
        home.copy_for_translation(cls.pl, alias=True)
        cls.page = publish(
            StandardPageFactory(
                parent=home, title="Free wifi", intro="In every library.", slug=slugify("wifi")
            )
        )
        cls.translation = translate(cls.page, cls.pl, machine=2)
        cls.comms = make_comms_user()

    def row(self):
        (row,) = [
            row for row in states.build().filtered(language="pl") if row.item.title == "Free wifi"
        ]
        return row

    def test_machine_translated_strings_need_review(self):
        row = self.row()
        self.assertEqual(row.state, states.NEEDS_REVIEW)
        self.assertEqual(row.unreviewed, 2)
        self.assertEqual(row.progress.translated, row.progress.total)

    def test_saving_each_string_by_hand_counts_as_reviewed(self):
        StringTranslation.objects.filter(locale=self.pl).update(translation_type="manual")
        self.assertEqual(self.row().state, states.TRANSLATED)

    def test_the_overview_lists_it_and_warns_it_can_still_be_published(self):
        self.client.force_login(self.comms)
        response = self.client.get(
            reverse("hub_translation_overview"), {"state": states.NEEDS_REVIEW}
        )
        self.assertEqual([row.item.title for row in response.context["rows"]], ["Free wifi"])
        self.assertContains(response, "2 machine translated, not reviewed")
        self.assertContains(response, "Nothing stops machine-translated text from being published")

    @override_settings(
        WAGTAILLOCALIZE_MACHINE_TRANSLATOR={"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": "k"}}
    )
    def test_the_overview_says_when_machine_translation_is_on(self):
        self.client.force_login(self.comms)
        response = self.client.get(reverse("hub_translation_overview"))
        self.assertContains(response, "Machine translation with DeepL is on")

    def test_no_machine_notice_when_it_is_off_and_nothing_needs_review(self):
        StringTranslation.objects.filter(locale=self.pl).update(translation_type="manual")
        self.client.force_login(self.comms)
        response = self.client.get(reverse("hub_translation_overview"))
        self.assertNotContains(response, "Machine translation with")
        self.assertNotContains(response, "Nothing stops machine-translated text")
