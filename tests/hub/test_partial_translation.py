"""A translation published before all its strings are translated says so, and marks the
parts still in the source language, block by block."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from hub.factories import StandardPageFactory
from hub.locales import ensure_locales
from tests.builders import make_home, publish

PARTLY = "Części tej strony nie zostały jeszcze przetłumaczone"
WHOLE = "Ta strona nie została jeszcze przetłumaczona"


def _translate(source, locale, strings: dict[str, str]) -> None:
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": strings[segment.string.data]},
            )


@pytest.fixture
def page_and_translation(db):
    ensure_locales()
    home = publish(make_home())
    polish = Locale.objects.get(language_code="pl")
    publish(home.copy_for_translation(polish))
    page = StandardPageFactory(
        parent=home,
        title="Get online",
        slug="get-online",
        intro="Free help in every library.",
        body=[
            {"type": "paragraph", "value": "<p>Ask at the front desk.</p>"},
            {"type": "paragraph", "value": "<p>Bring your phone.</p>"},
        ],
    )
    publish(page)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=polish)
    return page, source, translation, polish


def _main(path):
    response = Client().get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def _publish_translation(translation, capture_on_commit):
    # wagtail-localize publishes once the transaction commits.
    with capture_on_commit(execute=True):
        translation.save_target(publish=True)


def test_publishing_an_incomplete_translation_marks_the_english_parts(
    page_and_translation, django_capture_on_commit_callbacks
):
    page, source, translation, polish = page_and_translation
    _translate(
        source,
        polish,
        {"Get online": "Połącz się z internetem", "Ask at the front desk.": "Zapytaj w recepcji."},
    )
    # wagtail-localize fills the gaps with the English text
    _publish_translation(translation, django_capture_on_commit_callbacks)

    main = _main("/pl/get-online/")
    assert PARTLY in main.get_text()
    assert main.find("h1").get("lang") is None
    assert main.find("p", class_="govuk-body-l")["lang"] == "en"  # the intro
    english = main.select('div[lang="en"][dir="ltr"]')
    assert [block.get_text(strip=True) for block in english] == ["Bring your phone."]
    assert "Zapytaj w recepcji." in main.get_text()


def test_a_complete_translation_has_no_notice_and_marks_nothing(
    page_and_translation, django_capture_on_commit_callbacks
):
    page, source, translation, polish = page_and_translation
    _translate(
        source,
        polish,
        {
            "Get online": "Połącz się z internetem",
            "Free help in every library.": "Bezpłatna pomoc w każdej bibliotece.",
            "Ask at the front desk.": "Zapytaj w recepcji.",
            "Bring your phone.": "Weź ze sobą telefon.",
        },
    )
    _publish_translation(translation, django_capture_on_commit_callbacks)

    main = _main("/pl/get-online/")
    assert PARTLY not in main.get_text() and WHOLE not in main.get_text()
    assert not main.select("[lang]")


def test_the_english_page_itself_is_never_marked(page_and_translation):
    main = _main("/en/get-online/")
    assert PARTLY not in main.get_text()
    assert not main.select("[lang]")
