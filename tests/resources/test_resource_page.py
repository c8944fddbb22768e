"""The public resource page: every part, documents through the serve view, languages, review."""

import copy
import datetime
import html as htmllib
import re

import pytest
from dateutil.relativedelta import relativedelta
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Locale, PageViewRestriction

from partners.factories import PartnerDirectoryPageFactory, PartnerPageFactory
from resources.factories import (
    ResourceDocumentFactory,
    ResourceLibraryPageFactory,
    ResourceLinkFactory,
    ResourcePageFactory,
    ResourceTopicFactory,
)
from resources.page_context import file_type, last_reviewed_text
from tests.builders import make_home, publish, rolled_back

# Documents are private until a live page uses them: Wagtail's reference index says which.
pytestmark = [pytest.mark.django_db, pytest.mark.indexed]


def today() -> datetime.date:
    return timezone.localdate()


def make_document(title: str, name: str, size: int = 2048):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4\n" + b"x" * size, name=name)
    )


def build_resources() -> dict:
    home = make_home()
    directory = PartnerDirectoryPageFactory(parent=home)
    partner = PartnerPageFactory(parent=directory, title="Elmbridge Library", slug="elmbridge")
    library = ResourceLibraryPageFactory(parent=home)
    topics = [
        ResourceTopicFactory(name="Staying safe online", code="safety"),
        ResourceTopicFactory(name="Email", code="email"),
    ]
    full = ResourcePageFactory(
        parent=partner,
        title="Setting up your first email account",
        slug="first-email",
        summary="A step-by-step guide for residents new to email.",
        body=[("paragraph", "<p>Choose a provider you trust.</p>")],
        resource_format="guide",
        audience_residents=True,
        audience_champions=True,
        licence="ogl-3",
        video_url="https://video.example/first-email",
        video_transcript="Hello. Today we set up an email account.",
        last_reviewed=today() - relativedelta(months=3),
        review_due=today() + relativedelta(months=9),
    )
    full.topics.set(topics)
    guide = make_document("Email guide", "email-guide.pdf", size=150_000)
    sheet = make_document("Checklist", "checklist.docx")
    ResourceDocumentFactory(page=full, document=guide, title="Printable guide", page_count=12)
    ResourceDocumentFactory(page=full, document=sheet, page_count=None)
    ResourceLinkFactory(page=full, url="https://www.example.org/email-tips", title="More tips")
    full = publish(full)

    minimal = publish(
        ResourcePageFactory(
            parent=library,
            title="Partnership toolkit",
            slug="toolkit",
            summary="How partners work together.",
            audience_residents=False,
            audience_partners=True,
            resource_format="toolkit",
            licence="all-rights-reserved",
            last_reviewed=None,
            review_due=None,
        )
    )
    return {
        "home": home,
        "partner": partner,
        "library": library,
        "topics": topics,
        "full": full,
        "minimal": minimal,
        "guide": guide,
        "sheet": sheet,
    }


@pytest.fixture(scope="module")
def shared(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield build_resources()


@pytest.fixture
def site(shared, db):
    return copy.deepcopy(shared)


def page_html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def text(html: str) -> str:
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


# Every part --------------------------------------------------------------------------------


def test_a_full_resource_shows_every_part(client, site):
    html = page_html(client, site["full"])
    words = text(html)
    assert html.count("<h1") == 1
    assert "Setting up your first email account</h1>" in html
    assert "A resource from Elmbridge Library" in words
    assert "A step-by-step guide for residents new to email." in words
    assert "Choose a provider you trust." in words
    assert "Staying safe online" in words and "Email" in words
    assert "Residents" in words and "Digital champions" in words
    assert "Frontline staff" not in words
    assert "Guide" in words
    assert f'href="{site["partner"].url}"' in html
    ogl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
    assert f'href="{ogl}"' in html
    assert "Open Government Licence v3.0" in words
    assert 'href="https://www.example.org/email-tips"' in html and "More tips" in words
    # The video is a link, its transcript in a details block; never an embed.
    assert 'href="https://video.example/first-email"' in html
    assert '<details class="govuk-details">' in html
    assert "Today we set up an email account." in words
    assert "<iframe" not in html and "autoplay" not in html
    assert "Last reviewed 3 months ago, on" in words
    assert "due to be reviewed" not in words
    assert f'href="{site["full"].url}request-format/"' in html


def test_a_minimal_resource_has_no_empty_sections(client, site):
    html = page_html(client, site["minimal"])
    words = text(html)
    assert html.count("<h1") == 1
    assert "The partnership" in words
    assert "A resource from" not in words
    for absent in ("Documents", "Video", "Links", "Topics", "Last reviewed", "<details"):
        assert absent not in html, absent
    assert "All rights reserved: ask the author before reusing" in words
    assert 'rel="license' not in html
    assert "Partners" in words and "Toolkit" in words


# Documents ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extension", "label"),
    [
        ("pdf", "PDF"),
        ("PDF", "PDF"),
        ("docx", "Word document"),
        ("odt", "OpenDocument text"),
        ("xlsx", "Excel spreadsheet"),
        ("ods", "OpenDocument spreadsheet"),
        ("pptx", "PowerPoint presentation"),
        ("csv", "CSV spreadsheet"),
        ("txt", "Plain text file"),
        ("xyz", "XYZ file"),
        ("", "File"),
    ],
)
def test_file_types_are_named_in_words(extension, label):
    assert file_type(extension) == label


def test_documents_show_type_size_pages_and_a_request_link(client, site):
    html = page_html(client, site["full"])
    words = text(html)
    assert "Printable guide" in words  # the row's link text wins over the document title
    assert "PDF, 146.5 KB, 12 pages" in words
    assert "Word document, 2.0 KB" in words  # no page count: none shown
    request = f"{site['full'].url}request-format/?document="
    assert f'href="{request}{site["guide"].pk}"' in html
    assert f'href="{request}{site["sheet"].pk}"' in html


def test_sizes_and_pages_are_written_in_the_readers_language(client, site):
    response = client.get(site["full"].url.replace("/en/", "/pl/", 1), follow=True)
    words = text(response.content.decode())
    assert "146,5" in words  # Polish decimal comma
    assert "12 stron" in words


def test_documents_are_linked_through_the_serve_view_with_safe_headers(client, site):
    html = page_html(client, site["full"])
    guide = site["guide"]
    # The stored name may carry a suffix when the media folder already has the file.
    assert guide.filename.startswith("email-guide")
    serve_url = f"/documents/{guide.pk}/{guide.filename}"
    assert f'href="{serve_url}"' in html
    assert guide.file.url not in html  # never the raw media URL
    response = client.get(serve_url)
    assert response.status_code == 200
    # Wagtail shows a PDF in the browser (WAGTAILDOCS_INLINE_CONTENT_TYPES), under a policy
    # that lets it run and load nothing; every other type is a download.
    assert response["Content-Disposition"] == f'inline; filename="{guide.filename}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response["Content-Security-Policy"]
    sheet = client.get(site["sheet"].url)
    assert sheet.status_code == 200
    assert sheet["Content-Disposition"].startswith("attachment")
    assert sheet["X-Content-Type-Options"] == "nosniff"


def test_a_document_in_a_partners_collection_is_private_until_its_resource_is_live(client, site):
    from wagtail.models import Collection

    collection = Collection.get_first_root_node().add_child(name="Fernley documents")
    fernley = PartnerPageFactory(
        parent=site["partner"].get_parent(), title="Fernley", collection=collection
    )
    document = get_document_model().objects.create(
        title="Draft plan", file=ContentFile(b"plan", name="plan.odt"), collection=collection
    )
    draft = ResourcePageFactory(parent=fernley, title="Plan", slug="plan", live=False)
    ResourceDocumentFactory(page=draft, document=document)
    draft.save_revision()
    url = document.url
    assert client.get(url).status_code == 404
    publish(draft)
    assert client.get(url).status_code == 200


# Languages available -----------------------------------------------------------------------


def test_languages_list_live_translations_not_aliases_or_drafts(client, site):
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    ukrainian = Locale.objects.get_or_create(language_code="uk")[0]
    full = site["full"]
    polish_page = full.copy_for_translation(polish, copy_parents=True)
    polish_page.title = "Zakładanie pierwszego konta e-mail"
    polish_page = publish(polish_page)
    full.copy_for_translation(arabic, copy_parents=True, alias=True)  # an alias: not a language
    full.copy_for_translation(ukrainian, copy_parents=True)  # a draft: not a language
    html = page_html(client, full)
    assert f'href="{polish_page.url}" hreflang="pl"' in html
    assert '<span lang="pl" dir="ltr">polski</span> (Polish)' in html
    assert 'hreflang="ar"><span' not in html and 'hreflang="uk"><span' not in html
    this_page = '<span lang="en" dir="ltr">English</span> <span class="govuk-body-s">(this page)'
    assert this_page in html
    # From the Polish page the English version is linked, in Polish words.
    polish_html = client.get(polish_page.url).content.decode()
    assert f'href="{full.url}" hreflang="en"' in polish_html
    assert "(angielski)" in polish_html


def test_untranslated_topics_are_marked_with_their_language(client, site):
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    topic = site["topics"][0]
    translated = topic.copy_for_translation(polish)
    translated.name = "Bezpieczeństwo w sieci"
    translated.save()
    polish_page = publish(site["full"].copy_for_translation(polish, copy_parents=True))
    html = client.get(polish_page.url).content.decode()
    assert "Bezpieczeństwo w sieci" in html
    assert '<li lang="en" dir="ltr">Email</li>' in html


# Review ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (relativedelta(), "Last reviewed today, "),
        (relativedelta(months=3), "Last reviewed 3 months ago, on "),
        (relativedelta(years=1), "Last reviewed 1 year ago, on "),
    ],
)
def test_last_reviewed_in_plain_words(delta, expected):
    day = datetime.date(2026, 12, 2)
    with translation.override("en"):
        assert last_reviewed_text(day - delta, day).startswith(expected)


def test_last_reviewed_in_polish():
    with translation.override("pl"):
        assert "3 miesiące temu" in last_reviewed_text(
            datetime.date(2026, 9, 2), datetime.date(2026, 12, 2)
        )


def test_a_resource_past_its_review_date_shows_a_warning(client, site):
    page = site["full"]
    page.review_due = today() - datetime.timedelta(days=1)
    page = publish(page)
    words = text(page_html(client, page))
    assert "Warning This resource was due to be reviewed on" in words
    assert "Some of it may be out of date." in words


# Who may see it ----------------------------------------------------------------------------


def test_a_draft_resource_and_its_request_form_are_not_public(client, site):
    draft = ResourcePageFactory(parent=site["partner"], title="Draft", slug="draft", live=False)
    url = draft.get_url()
    assert client.get(url).status_code == 404
    assert client.get(url + "request-format/").status_code == 404
    assert client.post(url + "request-format/", {"needed_format": "audio"}).status_code == 404


def test_a_private_resource_asks_for_login_on_the_page_and_the_form(client, site):
    page = site["minimal"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    for url in (page.url, page.url + "request-format/", page.url + "request-format/sent/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "login" in response["Location"]


# Queries and languages ---------------------------------------------------------------------


def test_the_page_reads_a_fixed_number_of_queries(client, site, django_assert_max_num_queries):
    page = site["full"]
    locales = [Locale.objects.get_or_create(language_code=code)[0] for code in ("pl", "ro", "uk")]
    publish(page.copy_for_translation(locales[0], copy_parents=True))
    client.get(page.url)  # warm caches (site, settings)
    with django_assert_max_num_queries(40) as small:
        client.get(page.url)
    count = len(small.captured_queries)  # now: the query log is a bounded deque
    for index in range(6):
        ResourceDocumentFactory(
            page=page, document=make_document(f"Extra {index}", f"extra-{index}.pdf")
        )
        ResourceLinkFactory(page=page, title=f"Link {index}")
        page.topics.add(ResourceTopicFactory(name=f"Topic {index}", code=f"topic-{index}"))
    for locale in locales[1:]:
        publish(page.copy_for_translation(locale, copy_parents=True))
    page = publish(page)
    client.get(page.url)  # publishing cleared the site root paths cache: warm it again
    with django_assert_max_num_queries(count):
        response = client.get(page.url)
    html = response.content.decode()
    assert '<span lang="uk" dir="ltr">українська</span>' in html
    assert "Extra 5" in html and "Link 5" in html and 'hreflang="uk"' in html


def test_the_page_in_arabic_is_right_to_left_with_its_labels_translated(client, site):
    response = client.get(site["full"].url.replace("/en/", "/ar/", 1), follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'lang="ar" dir="rtl"' in html
    assert "طلب تنسيق يسهل الوصول إليه" in html  # "Request an accessible format"
    assert 'lang="en" dir="ltr"' in html  # the English content is marked as English
