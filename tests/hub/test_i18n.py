"""Languages on the demo site: lang/dir, the language links, hreflang and untranslated pages."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation


def get(path, **headers):
    return Client().get(path, **headers)


@pytest.mark.parametrize(
    ("path", "lang", "direction"),
    [("/en/", "en", "ltr"), ("/pl/", "pl", "ltr"), ("/ar/", "ar", "rtl"), ("/ur/", "ur", "rtl")],
)
def test_html_element_carries_the_language_and_direction(demo, path, lang, direction):
    html = get(path).content.decode()
    assert f'<html lang="{lang}" dir="{direction}"' in html


def test_root_redirects_to_the_readers_preferred_language(demo):
    response = get("/", HTTP_ACCEPT_LANGUAGE="uk,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/uk/"


def test_language_switcher_links_each_language_in_its_own_name(demo):
    html = get("/en/accessibility-statement/").content.decode()
    nav = re.search(r'<nav class="govuk-language-navigation".*?</nav>', html, re.S).group(0)
    assert 'aria-current="true">English<' in nav
    for code, name, direction in [
        ("pl", "Polski", "ltr"),
        ("ro", "Română", "ltr"),
        ("uk", "Українська", "ltr"),
        ("ar", "العربية", "rtl"),
        ("ur", "اردو", "rtl"),
    ]:
        assert (
            f'href="/{code}/accessibility-statement/" rel="alternate" lang="{code}" '
            f'hreflang="{code}" dir="{direction}">{name}</a>'
        ) in nav


def test_language_switcher_marks_links_to_pages_not_yet_translated(demo):
    html = get("/en/partners/hollowmere-community-hub/").content.decode()
    nav = re.search(r'<nav class="govuk-language-navigation".*?</nav>', html, re.S).group(0)
    # Partner pages are English only: the Polish link leads to the alias, marked in Polish.
    assert 'href="/pl/partners/hollowmere-community-hub/"' in nav
    assert "Polski<span" in nav


def test_hreflang_alternates_list_only_real_translations(demo):
    html = get("/en/accessibility-statement/").content.decode()
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    languages = {code for code, _url in alternates}
    assert languages == {"en", "pl", "ro", "uk", "ar", "ur", "x-default"}
    assert ("ar", "http://testserver/ar/accessibility-statement/") in alternates

    partner = get("/en/partners/hollowmere-community-hub/").content.decode()
    partner_languages = set(re.findall(r'<link rel="alternate" hreflang="([^"]+)"', partner))
    assert partner_languages == {"en", "x-default"}


def test_untranslated_page_shows_english_content_with_a_notice_in_the_readers_language(demo):
    response = get("/pl/partners/hollowmere-community-hub/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="pl"' in html
    assert 'class="govuk-inset-text hub-untranslated"' in html
    assert "Ta strona nie została jeszcze przetłumaczona na ten język" in html
    # The English content is marked as English for screen readers.
    assert '<h1 class="govuk-heading-xl" lang="en" dir="ltr">Hollowmere Community Hub</h1>' in html


def test_partly_translated_page_marks_only_its_english_parts(demo):
    """About is translated only as far as its title and introduction in the demo."""
    html = get("/pl/about/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    main = soup.find("main")
    assert "Części tej strony nie zostały jeszcze przetłumaczone" in main.get_text()
    heading = main.find("h1")
    assert heading.get_text() == "O karcie" and _language_of(heading) == "pl"
    # Every English body block is marked English; the translated title and intro are not.
    english_blocks = main.select('div[lang="en"][dir="ltr"]')
    assert "Why we have a charter" in english_blocks[0].get_text()
    assert _language_of(main.find("p", class_="govuk-body-l")) == "pl"


def test_translated_page_has_no_untranslated_notice(demo):
    html = get("/ar/accessibility-statement/").content.decode()
    assert "hub-untranslated" not in html
    assert '<div lang="' not in html


def test_sitemap_lists_every_translation_but_no_aliases(demo):
    xml = get("/sitemap.xml").content.decode()
    locations = set(re.findall(r"<loc>([^<]+)</loc>", xml))
    assert "http://testserver/en/about/" in locations
    assert "http://testserver/ar/accessibility-statement/" in locations
    assert "http://testserver/ar/" in locations
    assert "http://testserver/pl/about/" in locations  # partly translated: a real page
    assert "http://testserver/pl/partners/hollowmere-community-hub/" not in locations


def _language_of(element) -> str:
    """The language an element is read in: its own lang, else its nearest ancestor's."""
    while element is not None:
        if element.get("lang"):
            return element["lang"]
        element = element.parent
    return ""


def test_only_untranslated_content_is_marked_english_not_the_interface_around_it(demo):
    response = get("/ar/partners/hollowmere-community-hub/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    heading = soup.find("h1")
    assert (heading["lang"], heading["dir"]) == ("en", "ltr")
    assert soup.find("main").get("lang") is None
    with translation.override("ar"):
        labels = [translation.gettext(text) for text in ("About this partner", "Pledges")]
    for label in labels:
        element = soup.find(string=label).parent
        assert _language_of(element) == "ar", label
    signed = soup.find("time")
    assert _language_of(signed) == "ar" and signed.get_text().isascii() is False
    # Pledge titles, and the partner's resources after them, are English content.
    titles = soup.select("#pledges ~ * h3")
    assert titles and all(_language_of(title.a or title) == "en" for title in titles)


def test_a_translated_listing_marks_each_untranslated_item(demo):
    soup = BeautifulSoup(get("/ar/partners/").content, "html.parser")
    names = soup.select(".hub-partner__name")
    assert names and all(name.get("lang") == "en" for name in names)
    assert _language_of(soup.find("label", attrs={"for": True})) == "ar"  # the filters
