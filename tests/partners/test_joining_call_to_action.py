"""The home page asks organisations to sign the charter, in the reader's own language."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

from partners.models import SignCharterPage
from tests.builders import publish
from tests.partners.test_joining_fixtures import build_site

pytestmark = pytest.mark.django_db

BUTTON = "Apply to sign the charter"


def translate(page, locale, **fields):
    """A published translation of ``page`` (and of any ancestor not yet translated)."""
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    return publish(copy)


@pytest.fixture
def site(locales):
    tree = build_site()
    tree["home_ar"] = translate(tree["home"], locales["ar"], title="مساعدة رقمية مجانية")
    tree["sign_ar"] = translate(tree["sign"], locales["ar"], title="وقّع الميثاق")
    return tree


def links_to(html: str, page) -> bool:
    return f'href="{page.url}"' in html


def test_the_english_and_arabic_home_pages_link_the_sign_page_in_their_own_language(client, site):
    english = client.get(site["home"].url).content.decode()
    assert site["home"].url == "/en/"
    assert links_to(english, site["sign"]) and not links_to(english, site["sign_ar"])
    assert BUTTON in english

    assert site["home_ar"].url == "/ar/"
    arabic = client.get("/ar/").content.decode()
    assert site["sign_ar"].url.startswith("/ar/")
    assert links_to(arabic, site["sign_ar"]) and not links_to(arabic, site["sign"])
    with translation.override("ar"):
        button = translation.gettext(BUTTON)
    assert button != BUTTON
    assert button in arabic


def test_without_a_translated_form_the_english_one_is_linked(client, site):
    site["sign_ar"].unpublish()
    arabic = client.get("/ar/").content.decode()
    assert links_to(arabic, site["sign"])


def test_no_button_while_the_form_is_not_live(client, site):
    site["sign"].unpublish()
    site["sign_ar"].unpublish()
    html = client.get("/en/").content.decode()
    assert BUTTON not in html
    assert "/sign/" not in html


def test_a_home_page_with_its_own_button_to_the_form_gets_no_second_one(client, site):
    home = site["home"]
    home.body = [
        {
            "type": "call_to_action",
            "value": {"text": "Join us", "description": "", "page": site["sign"].pk},
        }
    ]
    publish(home)
    html = client.get("/en/").content.decode()
    assert html.count(f'href="{site["sign"].url}"') == 1
    assert "Join us" in html and BUTTON not in html


def test_the_demo_home_and_about_pages_have_one_sign_button_in_every_language(client, demo):
    sign = SignCharterPage.objects.get(locale__language_code="en")
    for code, _name in settings.LANGUAGES:
        sign_url = sign.get_translation(Locale.objects.get(language_code=code)).url
        assert sign_url.startswith(f"/{code}/")
        for path in (f"/{code}/", f"/{code}/about/"):
            response = client.get(path)
            assert response.status_code == 200, path
            buttons = re.findall(
                r'href="([^"]+)"[^>]*class="govuk-button govuk-button--start"',
                response.content.decode(),
            )
            assert buttons == [sign_url], (path, buttons)


def test_finding_the_form_takes_one_query_and_none_when_the_page_has_its_own_button(
    site, django_assert_num_queries
):
    from partners.joining.selectors import sign_charter_page
    from partners.templatetags.joining_tags import sign_charter_call_to_action

    with translation.override("ar"), django_assert_num_queries(1):
        assert sign_charter_page().pk == site["sign_ar"].pk
    home = site["home"]
    home.body = [
        {"type": "call_to_action", "value": {"text": "Join", "page": site["sign"].pk}},
    ]
    # The page's own blocks (and the pages they link) are read when it is drawn, before the tag.
    assert [block.value["page"].pk for block in home.body] == [site["sign"].pk]
    with django_assert_num_queries(0):
        assert sign_charter_call_to_action(home) == {"sign_page": None}
