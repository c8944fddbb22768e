"""The whole charter on one page (``<charter>/full/``), to read straight through or print."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from charter import pdf
from charter.factories import PrinciplePageFactory
from tests.builders import publish


def _principle(charter, number, title, **fields):
    return PrinciplePageFactory(
        parent=charter, number=number, title=title, slug=f"principle-{number}", **fields
    )


def _headings(html, level):
    return [
        " ".join(re.sub(r"<[^>]+>", " ", text).split())
        for text in re.findall(rf"<h{level}\b[^>]*>(.*?)</h{level}>", html, re.S)
    ]


@pytest.mark.django_db
def test_every_live_principle_in_order_in_full_under_one_h1(client, charter):
    _principle(charter, 2, "Share what works", summary="Pass on what helps.")
    first = _principle(
        charter,
        1,
        "Signpost people",
        commitments="<ul><li>Keep the directory current.</li></ul>",
        level_mature="<p>Every service checks its entries twice a year.</p>",
        metrics=[{"type": "metric", "value": "Entries checked this year"}],
        actions=[{"type": "action", "value": {"level": "3", "text": "Name an owner."}}],
    )
    _principle(charter, 3, "Draft idea", live=False)

    response = client.get("/en/charter/full/")

    assert response.status_code == 200
    html = response.content.decode()
    assert _headings(html, 1) == ["Elmshire charter"]
    principle_headings = [h for h in _headings(html, 2) if h.startswith("Principle")]
    assert principle_headings == [
        "Principle 1 : Signpost people",
        "Principle 2 : Share what works",
    ]
    assert "Draft idea" not in html
    start = html.index('id="full-charter-contents-heading"')
    contents = html[start : html.index("</nav>", start)]
    assert contents.index('href="#principle-1"') < contents.index('href="#principle-2"')
    assert 'id="principle-1"' in html and 'id="principle-2"' in html
    # The principle's own text, levels, metrics and actions, as its page holds them.
    for text in (
        "Keep the directory current.",
        "Every service checks its entries twice a year.",
        "Entries checked this year",
        "To reach level 3 Mature",
        "Name an owner.",
        "Pass on what helps.",
    ):
        assert text in html, text
    for label in ("1 Initial", "2 Developing", "3 Mature", "4 Leading"):
        assert f'<dt class="govuk-summary-list__key">{label}</dt>' in html
    # A full web address, so that the printed copy shows where to read more.
    assert f'href="{first.full_url}"' in html and first.full_url.startswith("http")


@pytest.mark.django_db
def test_the_charter_page_and_each_principle_link_to_the_whole_charter(client, principle):
    charter_html = client.get("/en/charter/").content.decode()
    principle_html = client.get("/en/charter/one-team/").content.decode()

    link = 'href="/en/charter/full/">Read or print the whole charter</a>'
    assert link in charter_html
    assert 'href="#download">Read or print the whole charter</a>' in charter_html
    assert link in principle_html


@pytest.mark.django_db
def test_arabic_page_is_right_to_left_with_english_fallback_marked(client, charter, locales):
    arabic = locales["ar"]
    translated = _principle(charter, 1, "Signpost people")
    untranslated = _principle(charter, 2, "Share what works")
    charter_ar = charter.copy_for_translation(arabic, copy_parents=True)
    charter_ar.title = "ميثاق إلمشاير"
    publish(charter_ar)
    translated_ar = translated.copy_for_translation(arabic)
    translated_ar.title = "وجّه الناس إلى المساعدة"
    translated_ar.summary = "ملخص بالعربية"
    publish(translated_ar)
    untranslated.copy_for_translation(arabic, alias=True)

    html = client.get("/ar/charter/full/").content.decode()

    assert '<html lang="ar" dir="rtl"' in html
    assert _headings(html, 1) == ["ميثاق إلمشاير"]
    assert "<span>وجّه الناس إلى المساعدة</span>" in html
    assert '<span lang="en" dir="ltr">Share what works</span>' in html
    assert '<p class="govuk-body-l">ملخص بالعربية</p>' in html
    assert html.index("وجّه الناس") < html.index("Share what works")


def _count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_number_of_principles(client, charter):
    for number in range(1, 4):
        _principle(charter, number, f"Principle number {number}")
    _count_queries(client, "/en/charter/full/")  # warm the per-process caches
    with_three = _count_queries(client, "/en/charter/full/")
    for number in range(4, 9):
        _principle(charter, number, f"Principle number {number}")

    with_eight = _count_queries(client, "/en/charter/full/")

    assert with_eight == with_three


@pytest.mark.django_db
def test_pdf_link_shows_only_when_pdf_generation_is_available(client, charter, monkeypatch):
    monkeypatch.setattr(pdf, "available", lambda: False)
    assert 'href="/en/charter/pdf/"' not in client.get("/en/charter/").content.decode()
    assert client.get("/en/charter/pdf/").status_code == 404

    monkeypatch.setattr(pdf, "available", lambda: True)
    assert 'href="/en/charter/pdf/"' in client.get("/en/charter/").content.decode()
