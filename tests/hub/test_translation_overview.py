"""Reports → Translation overview and its dashboard panel.

One English site where, in Polish, each translation state appears: pages translated with
wagtail-localize, partly, out of date and machine-translated; one translated by hand; one
only a stand-in alias; one with no copy at all; and an area snippet translated, another not.
"""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from hub.factories import StandardPageFactory
from hub.translation_overview import states
from partners.factories import AreaFactory
from tests.builders import make_home, publish
from tests.hub.localize_builders import translate, translate_strings
from tests.partners.test_joining_fixtures import approve_partner, build_site, make_comms_user

OVERVIEW = reverse("hub_translation_overview")
HOME = reverse("wagtailadmin_home")
OTHER_LANGUAGES = ("ro", "uk", "ar", "ur")


def page_edit(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def pl_copy(page):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code="pl")


def add_page(parent, title):
    return publish(
        StandardPageFactory(
            parent=parent, title=title, intro=f"About {title}.", slug=slugify(title)
        )
    )


class TranslationStatesTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pl = Locale.objects.get(language_code="pl")
        cls.home = make_home()
        cls.home.copy_for_translation(cls.pl, alias=True)  # a stand-in, as locale sync makes
        cls.full = add_page(cls.home, "Free wifi")
        cls.partly = add_page(cls.home, "Device lending")
        cls.stale = add_page(cls.home, "Data SIMs")
        cls.hand = add_page(cls.home, "Drop-in help")
        cls.alias = add_page(cls.home, "Skills classes")
        cls.untouched = add_page(cls.home, "Online forms")

        translate(cls.full, cls.pl)
        translate(cls.partly, cls.pl, count=1)
        stale_translation = translate(cls.stale, cls.pl)
        cls.stale.intro = "New opening hours."
        cls.stale = publish(cls.stale)
        stale_translation.source.update_from_db()  # "Sync translated pages" without publishing
        cls.stale_source = stale_translation.source
        publish(cls.hand.copy_for_translation(cls.pl))
        cls.alias.copy_for_translation(cls.pl, alias=True)

        cls.area = AreaFactory(name="Elmbridge", locale=Locale.get_default())
        cls.area_pl = translate(cls.area, cls.pl).get_target_instance()
        cls.untranslated_area = AreaFactory(name="Fernley", locale=Locale.get_default())

    def rows(self, language="pl"):
        return {row.item.title: row for row in states.build().filtered(language=language)}

    def test_counts_each_state_per_language(self):
        counts = {locale.language_code: tally for locale, tally in states.build().counts()}
        self.assertEqual(
            counts["pl"],
            {
                states.TRANSLATED: 3,  # Free wifi, Drop-in help (by hand), the Elmbridge area
                states.NEEDS_REVIEW: 0,
                states.PARTLY: 1,
                states.OUT_OF_DATE: 1,
                states.MISSING: 4,  # home and Skills classes (aliases), Online forms, Fernley
            },
        )
        for code in OTHER_LANGUAGES:
            self.assertEqual(counts[code][states.MISSING], 9)
            self.assertEqual(sum(counts[code].values()), 9)
        self.assertNotIn("en", counts)

    def test_each_page_is_in_its_state(self):
        rows = self.rows()
        self.assertEqual(rows["Free wifi"].state, states.TRANSLATED)
        self.assertEqual(rows["Device lending"].state, states.PARTLY)
        self.assertEqual(rows["Data SIMs"].state, states.OUT_OF_DATE)
        self.assertEqual(rows["Drop-in help"].state, states.TRANSLATED)
        self.assertEqual(rows["Skills classes"].state, states.MISSING)
        self.assertEqual(rows["Online forms"].state, states.MISSING)
        self.assertEqual(rows["Elmshire hub"].state, states.MISSING)
        self.assertEqual(rows["Elmbridge"].state, states.TRANSLATED)
        self.assertEqual(rows["Fernley"].state, states.MISSING)

    def test_progress_counts_the_strings_as_wagtail_localize_does(self):
        rows = self.rows()
        partly = rows["Device lending"]
        translation = self.partly_translation()
        self.assertEqual(
            (partly.progress.total, partly.progress.translated), translation.get_progress()
        )
        self.assertEqual(partly.progress.translated, 1)
        self.assertGreater(partly.progress.total, 1)
        self.assertIsNone(rows["Drop-in help"].progress)

    def partly_translation(self):
        source = TranslationSource.objects.get_for_instance(self.partly)
        return source.translations.get(target_locale=self.pl)

    def test_rows_link_to_where_each_is_translated(self):
        rows = self.rows()
        self.assertEqual(rows["Free wifi"].copy.edit_url, page_edit(pl_copy(self.full)))
        self.assertEqual(rows["Drop-in help"].copy.edit_url, page_edit(pl_copy(self.hand)))
        self.assertEqual(
            rows["Online forms"].item.translate_url,
            reverse("wagtail_localize:submit_page_translation", args=[self.untouched.pk]),
        )
        self.assertEqual(
            rows["Skills classes"].item.translate_url,
            reverse("wagtail_localize:submit_page_translation", args=[self.alias.pk]),
        )
        self.assertEqual(
            rows["Data SIMs"].sync_url,
            reverse("wagtail_localize:update_translations", args=[self.stale_source.pk]),
        )
        self.assertEqual(
            rows["Elmbridge"].copy.edit_url,
            reverse("wagtailsnippets_partners_area:edit", args=[self.area_pl.pk]),
        )
        self.assertEqual(
            rows["Fernley"].item.translate_url,
            reverse(
                "wagtail_localize:submit_snippet_translation",
                args=["partners", "area", self.untranslated_area.pk],
            ),
        )

    def test_publishing_the_source_again_makes_the_translation_out_of_date(self):
        self.full.intro = "Wifi in every library."
        publish(self.full)  # not yet synced: the source record is older than the page
        self.assertEqual(self.rows()["Free wifi"].state, states.OUT_OF_DATE)

    def test_saving_the_translation_after_a_sync_brings_it_up_to_date(self):
        translation = self.stale_source.translations.get(target_locale=self.pl)
        translate_strings(translation)
        translation.save_target(publish=True)
        self.assertEqual(self.rows()["Data SIMs"].state, states.TRANSLATED)

    def test_a_stopped_translation_counts_as_translated_by_hand(self):
        translation = self.partly_translation()
        translation.enabled = False
        translation.save()
        self.assertEqual(self.rows()["Device lending"].state, states.TRANSLATED)


class OverviewScreenTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site()
        cls.comms = make_comms_user()
        cls.admin = get_user_model().objects.create_superuser(
            "root", "root@example.org", "pw-root-1234"
        )
        _page, cls.partner = approve_partner(
            "Elmbridge Library", "staff@elmbridge-library.example", cls.comms
        )
        cls.pl = Locale.objects.get(language_code="pl")
        cls.translated = translate(cls.tree["charter"], cls.pl).get_target_instance()

    def test_comms_see_the_overview_with_links(self):
        self.client.force_login(self.comms)
        response = self.client.get(OVERVIEW)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("Translation overview", html)
        self.assertIn(f'href="{page_edit(self.translated)}"', html)
        principle = self.tree["principles"][0]
        submit = reverse("wagtail_localize:submit_page_translation", args=[principle.pk])
        self.assertIn(f'href="{submit}"', html)
        self.assertIn('<th scope="row"><span lang="pl">', html)
        self.assertIn("<caption", html)

    def test_superusers_see_the_overview(self):
        self.client.force_login(self.admin)
        self.assertEqual(self.client.get(OVERVIEW).status_code, 200)

    def test_partner_editors_are_refused(self):
        self.client.force_login(self.partner)
        response = self.client.get(OVERVIEW)
        self.assertRedirects(response, HOME, fetch_redirect_response=False)
        followed = self.client.get(OVERVIEW, follow=True)
        self.assertContains(followed, "Sorry, you do not have permission")
        self.assertNotContains(followed, page_edit(self.translated))

    def test_menu_item_is_shown_to_comms_and_not_to_partners(self):
        self.client.force_login(self.comms)
        self.assertContains(self.client.get(HOME), OVERVIEW)
        self.client.force_login(self.partner)
        self.assertNotContains(self.client.get(HOME), OVERVIEW)

    def test_dashboard_panel_for_comms_not_for_partners(self):
        self.client.force_login(self.comms)
        response = self.client.get(HOME)
        self.assertContains(response, 'id="translation-totals')
        self.assertContains(response, f"{OVERVIEW}?language=pl&amp;state=translated")
        self.client.force_login(self.admin)
        self.assertContains(self.client.get(HOME), 'id="translation-totals')
        self.client.force_login(self.partner)
        self.assertNotContains(self.client.get(HOME), 'id="translation-totals')

    def test_filters_by_language_and_state(self):
        self.client.force_login(self.comms)
        response = self.client.get(OVERVIEW, {"language": "pl", "state": "translated"})
        rows = list(response.context["rows"])
        self.assertEqual([row.item.title for row in rows], ["The charter"])
        missing = self.client.get(OVERVIEW, {"language": "ur", "state": "missing"})
        codes = {row.locale.language_code for row in missing.context["rows"]}
        self.assertEqual(codes, {"ur"})
        self.assertNotContains(missing, f'href="{page_edit(self.translated)}"')

    def test_odd_filter_values_are_explained_and_ignored(self):
        self.client.force_login(self.comms)
        everything = self.client.get(OVERVIEW).context["rows"].paginator.count
        for params, message in (
            ({"language": "xx"}, "There is no language “xx”"),
            ({"language": "en"}, "There is no language “en”"),
            ({"state": "bogus"}, "“bogus” is not a translation state"),
            ({"state": "<b>x</b>", "p": "9999"}, "“&lt;b&gt;x&lt;/b&gt;” is not"),
            ({"p": "abc"}, None),
        ):
            response = self.client.get(OVERVIEW, params)
            self.assertEqual(response.status_code, 200, params)
            self.assertEqual(response.context["rows"].paginator.count, everything, params)
            if message:
                self.assertContains(response, message)

    def test_post_is_not_allowed(self):
        self.client.force_login(self.comms)
        self.assertEqual(self.client.post(OVERVIEW).status_code, 405)


class OverviewQueryCountTestCase(TestCase):
    """The overview reads a fixed number of queries, however many pages there are."""

    @classmethod
    def setUpTestData(cls):
        cls.pl = Locale.objects.get(language_code="pl")
        cls.home = make_home()
        cls.home.copy_for_translation(cls.pl, alias=True)
        cls.comms = make_comms_user()

    def add_pages(self, number):
        for index in range(number):
            page = add_page(self.home, f"Service {Page.objects.count()} {index}")
            if index % 2:
                translate(page, self.pl, count=1, machine=1)
        AreaFactory(locale=Locale.get_default())

    def count_queries(self):
        with CaptureQueriesContext(connection) as build_queries:
            overview = states.build()
        with CaptureQueriesContext(connection) as view_queries:
            self.assertEqual(self.client.get(OVERVIEW).status_code, 200)
        return len(build_queries), len(view_queries), len(overview.rows)

    def test_same_queries_for_5_and_25_pages(self):
        self.client.force_login(self.comms)
        self.client.get(OVERVIEW)  # the session is saved once, after signing in
        self.add_pages(5)
        small = self.count_queries()
        self.add_pages(20)
        large = self.count_queries()
        self.assertGreater(large[2], small[2])
        self.assertEqual(large[:2], small[:2])
        # One for the languages, two for pages, three for wagtail-localize's records and
        # two for each translatable snippet model (areas, site wording, kinds of help, venues).
        snippet_models = len(states.translatable_snippet_models())
        self.assertGreaterEqual(snippet_models, 4)
        self.assertLessEqual(small[0], 6 + 2 * snippet_models)


class OverviewInOtherLanguagesTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pl = Locale.objects.get(language_code="pl")
        home = make_home()
        home.copy_for_translation(cls.pl, alias=True)
        translate(add_page(home, "Free wifi"), cls.pl, count=1, machine=1)
        cls.comms = make_comms_user()

    def test_the_overview_speaks_the_editors_language(self):
        for code, heading, progress in (
            ("pl", "Przegląd tłumaczeń", "przetłumaczono 1 z"),
            ("ar", "نظرة عامة على الترجمات", "تُرجم 1 من"),
        ):
            profile = UserProfile.get_for_user(self.comms)
            profile.preferred_language = code
            profile.save()
            self.client.force_login(self.comms)
            response = self.client.get(OVERVIEW, {"language": "pl"})
            self.assertContains(response, heading)
            self.assertContains(response, progress)
