from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from hub.demo.builder import DEMO_ACCOUNTS, build
from hub.models import HomePage, HubSettings, SiteWording, StandardPage

SITE_LANGUAGES = ["en", "pl", "ro", "uk", "ar", "ur"]


def test_home_and_accessibility_statement_are_translated_into_every_language(demo):
    for slug_model in (HomePage,):
        codes = set(
            slug_model.objects.filter(alias_of__isnull=True).values_list(
                "locale__language_code", flat=True
            )
        )
        assert codes == set(SITE_LANGUAGES)
    statements = StandardPage.objects.filter(slug="accessibility-statement", alias_of__isnull=True)
    assert set(statements.values_list("locale__language_code", flat=True)) == set(SITE_LANGUAGES)
    arabic = statements.get(locale__language_code="ar")
    assert arabic.title != statements.get(locale__language_code="en").title
    assert arabic.live


def test_pages_left_in_english_are_aliases_in_every_other_language(demo):
    english_partner = Page.objects.get(slug="hollowmere-community-hub", locale__language_code="en")
    aliases = Page.objects.filter(alias_of=english_partner)
    assert set(aliases.values_list("locale__language_code", flat=True)) == set(SITE_LANGUAGES) - {
        "en"
    }


def test_demo_translations_are_wagtail_localize_translations(demo):
    """Built as an editor would: a source, imported strings, a published translation."""
    others = set(SITE_LANGUAGES) - {"en"}
    for slug in ("charter-hub", "charter", "work-as-one-team", "about", "sign"):
        english = Page.objects.get(slug=slug, locale__language_code="en")
        source = TranslationSource.objects.get(object_id=english.translation_key)
        translations = Translation.objects.filter(source=source)
        assert set(translations.values_list("target_locale__language_code", flat=True)) == others
        for translation in translations:
            page = translation.get_target_instance()
            assert page.live and page.alias_of_id is None
            total, done = translation.get_progress()
            # About gives only its title and introduction in every language, to show the
            # "parts of this page are not translated" notice; the rest are complete.
            assert (done < total) if slug == "about" else (done == total), (slug, translation)
    names = dict(SiteWording.objects.values_list("locale__language_code", "partnership_name"))
    assert set(names) == set(SITE_LANGUAGES) and names["ar"] != names["en"]
    wording = SiteWording.objects.get(locale__language_code="en")
    for translation in Translation.objects.filter(source__object_id=wording.translation_key):
        total, done = translation.get_progress()
        # The postal address too (a multi-line field), kept as the post needs it.
        assert done == total, translation


def test_loader_is_idempotent_and_makes_the_demo_accounts(demo):
    pages = Page.objects.count()
    assert build() is False
    assert Page.objects.count() == pages
    users = get_user_model().objects.filter(username__in=[a[0] for a in DEMO_ACCOUNTS])
    assert users.count() == 4
    assert users.get(username="admin").is_superuser
    comms = users.get(username="comms")
    assert not comms.is_superuser
    assert comms.groups.filter(name="Comms team").exists()
    assert comms.has_perm("wagtailadmin.access_admin")


def test_site_settings_carry_the_helpline_and_footer_links(demo):
    settings = HubSettings.objects.get()
    assert settings.helpline_phone
    assert settings.helpline_tel.startswith("tel:0")
    assert settings.accessibility_page.slug == "accessibility-statement"
    assert Locale.objects.count() == len(SITE_LANGUAGES)


def test_load_demo_command_prints_the_logins_and_changes_nothing_the_second_time(demo, capsys):
    pages = Page.objects.count()
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "Demo content is already there; nothing was changed." in out
    assert Page.objects.count() == pages
    for username, password, _role in DEMO_ACCOUNTS:
        assert username in out and password in out


def test_body_images_are_responsive_modern_formats_with_real_alt_text(demo, client):
    html = client.get("/en/about/").content.decode()
    assert '<source sizes="(min-width: 1020px) 640px, 100vw" srcset="' in html
    assert 'type="image/webp"' in html
    assert ".width-800.webp 800w" in html
    assert 'alt="Drawing of two people sitting side by side at a table' in html
    assert 'loading="lazy"' in html
