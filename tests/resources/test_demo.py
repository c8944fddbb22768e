"""The resource library's demo: its data files, its documents, and the demo hub as loaded.

Tests that take the ``demo`` fixture read the session's demo snapshot (tests/snapshots.py);
none of them builds the demo again.
"""

import csv
import datetime
import io
import re
import tomllib
from collections import Counter

from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import timezone
from wagtail.models import Collection, Page
from wagtail_localize.models import Translation

from charter.models import PrinciplePage
from hub.demo import data
from hub.models import HomePage
from partners.models import PartnerPage
from resources import demo as resources_demo
from resources import demo_documents
from resources.models import (
    Audience,
    Licence,
    ResourceDocument,
    ResourceFormat,
    ResourceLibraryPage,
    ResourcePage,
    ResourceTopic,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]
TOPIC_CODES = {
    "getting-online",
    "staying-safe",
    "money-and-benefits",
    "health-online",
    "running-sessions",
    "devices-and-data",
    "accessibility",
    "partnership-working",
}
SHARING = "share-best-practice-and-resources"
TOP_TASK_LINK = re.compile(r'class="govuk-link hub-top-tasks__link" href="([^"]+)"')


def _catalogue(code: str) -> set[str]:
    path = data.folder("resources") / "locale" / f"{code}.po"
    with path.open("rb") as po_file:
        return {message.id for message in read_po(po_file, locale=code) if message.id}


def _english(queryset):
    return queryset.filter(locale__language_code=settings.LANGUAGE_CODE)


# The data files (no database) --------------------------------------------------------------


def test_every_resource_names_known_partners_topics_audiences_formats_and_licences():
    partners = {
        tomllib.loads(path.read_text("utf-8"))["slug"]
        for path in (data.folder("partners") / "partners").glob("*.toml")
    }
    documents = set(data.read("resources", "documents"))
    texts = resources_demo.resource_texts()
    assert 28 <= len(texts) <= 35
    assert len({text["title"] for text in texts}) == len(texts)
    for text in texts:
        assert text.get("partner", "elmshire-libraries") in partners, text["title"]
        assert set(text["topics"]) <= TOPIC_CODES, text["title"]
        assert set(text["audiences"]) <= set(Audience.values) and text["audiences"]
        assert text["format"] in ResourceFormat.values, text["title"]
        assert text["licence"] in Licence.values, text["title"]
        assert set(text.get("principles", [])) <= {1, 2, 3, 4, 5, 6}, text["title"]
        assert set(text.get("documents", [])) <= documents, text["title"]
        assert bool(text.get("video_url")) == bool(text.get("transcript")), text["title"]
        assert len(text["summary"]) <= 300 and len(resources_demo._slug(text["title"])) <= 50


def test_topics_and_the_library_are_translated_in_every_language():
    library = data.read("resources", "library")
    english = [library["library"]["title"], *[topic["name"] for topic in library["topics"]]]
    for code in OTHER_LANGUAGES:
        assert set(english) <= _catalogue(code), code


def test_at_least_five_resources_are_translated_into_two_or_more_languages():
    titles = {text["title"] for text in resources_demo.resource_texts()}
    languages = Counter(title for code in OTHER_LANGUAGES for title in _catalogue(code) & titles)
    assert len([title for title, count in languages.items() if count >= 2]) >= 5


def test_review_dates_follow_the_day_the_demo_is_built():
    today = datetime.date(2026, 12, 2)
    reviewed, due = resources_demo.review_dates({"reviewed_days_ago": 400}, today)
    assert reviewed == datetime.date(2025, 10, 28)
    assert due == datetime.date(2026, 10, 28) < today
    reviewed, due = resources_demo.review_dates({"reviewed_days_ago": 10}, today)
    assert due > today


def test_documents_are_made_as_real_pdf_csv_and_text_files():
    specs = data.read("resources", "documents")
    kinds = Counter(spec["kind"] for spec in specs.values())
    assert set(kinds) == {"pdf", "csv", "txt"}
    for key, spec in specs.items():
        made = demo_documents.make(key, spec)
        assert made.filename == f"{key}.{spec['kind']}"
        assert made.filename.rsplit(".", 1)[1] in settings.WAGTAILDOCS_EXTENSIONS
        if spec["kind"] == "pdf":
            assert made.content.startswith(b"%PDF-") and made.content.rstrip().endswith(b"%%EOF")
            assert made.page_count >= 1
        elif spec["kind"] == "csv":
            rows = list(csv.reader(io.StringIO(made.content.decode("utf-8"))))
            assert rows[0] == spec["rows"][0] and len(rows[0]) >= 3
        else:
            assert made.content.decode("utf-8").splitlines() == spec["lines"]


def test_the_hand_made_pdf_has_a_cross_reference_table_that_points_at_its_objects():
    content = demo_documents._hand_made_pdf("Checklist (short)", ["One", "Two"])
    assert content.startswith(b"%PDF-1.4") and content.endswith(b"%%EOF\n")
    start = int(content.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert content[start:].startswith(b"xref\n0 6\n")
    offsets = re.findall(rb"(\d{10}) 00000 n", content[start:])
    assert len(offsets) == 5
    for number, offset in enumerate(offsets, start=1):
        assert content[int(offset) :].startswith(b"%d 0 obj" % number)
    assert b"(Checklist \\(short\\)) Tj" in content


# The loaded demo -----------------------------------------------------------------------------


def test_the_library_is_under_home_and_translated_into_every_language(demo, client):
    library = ResourceLibraryPage.objects.get(locale__language_code="en")
    home = HomePage.objects.get(locale__language_code="en")
    assert library.get_parent().pk == home.pk and library.slug == "resources" and library.live
    assert library.intro
    for code in OTHER_LANGUAGES:
        page = ResourceLibraryPage.objects.get(locale__language_code=code)
        assert page.translation_key == library.translation_key, code
        assert page.alias_of_id is None and page.live and page.title != library.title, code
        assert page.intro != library.intro, code


def test_topics_are_translated_into_every_language_with_the_same_codes(demo):
    english = _english(ResourceTopic.objects.all())
    assert set(english.values_list("code", flat=True)) == TOPIC_CODES
    for code in OTHER_LANGUAGES:
        translated = {t.code: t for t in ResourceTopic.objects.filter(locale__language_code=code)}
        assert set(translated) == TOPIC_CODES, code
        for topic in english:
            assert translated[topic.code].translation_key == topic.translation_key
            assert translated[topic.code].name != topic.name, (code, topic.code)


def test_thirty_live_resources_spread_across_topics_audiences_formats_and_partners(demo):
    resources = _english(ResourcePage.objects.live())
    assert 28 <= resources.count() <= 35
    per_topic = Counter(resources.values_list("topics__code", flat=True))
    assert set(per_topic) == TOPIC_CODES and min(per_topic.values()) >= 2
    for field in ResourcePage.AUDIENCE_FIELDS.values():
        assert resources.filter(**{field: True}).count() >= 5, field
    assert set(resources.values_list("resource_format", flat=True)) == set(ResourceFormat.values)
    licences = Counter(resources.values_list("licence", flat=True))
    assert len(licences) >= 3
    assert licences[Licence.OGL] + licences[Licence.CC_BY] >= resources.count() * 0.7
    parents = Counter(page.get_parent().specific_class for page in resources)
    assert parents[ResourceLibraryPage] >= 3
    owners = {
        page.get_parent().slug
        for page in resources
        if page.get_parent().specific_class is PartnerPage
    }
    assert len(owners) >= 12
    # Published through revisions, as an editor's resource would be.
    assert not resources.filter(latest_revision__isnull=True).exists()


def test_bodies_use_the_hubs_blocks_and_videos_have_transcripts(demo):
    resources = _english(ResourcePage.objects.live())
    used = Counter(block.block_type for page in resources for block in page.body)
    assert {"heading", "paragraph", "inset", "warning", "table", "details"} <= set(used)
    assert any("<ol>" in str(block.value) for page in resources for block in page.body)
    videos = resources.exclude(video_url="")
    assert videos.count() >= 3
    for video in videos:
        assert video.video_url.startswith("https://video.example.org/"), video.title
        assert len(video.video_transcript.split()) >= 80, video.title
    links = [link.url for page in resources for link in page.links.all()]
    assert len(links) >= 4 and all(url.startswith("https://www.example.org/") for url in links)


def test_some_resources_are_past_their_review_date(demo):
    resources = _english(ResourcePage.objects.live())
    today = timezone.localdate()
    assert 4 <= resources.filter(review_due__lt=today).count() <= 8
    assert not resources.filter(last_reviewed__gt=today).exists()
    assert not resources.filter(last_reviewed__isnull=True).exists()
    for page in resources:
        assert page.review_due == page.last_reviewed + resources_demo.REVIEW_EVERY


def test_generated_documents_are_in_the_owners_collection_with_their_page_counts(demo):
    rows = ResourceDocument.objects.filter(
        page__locale__language_code="en", page__alias_of__isnull=True
    ).select_related("document", "page")
    assert rows.count() >= 5
    root = Collection.get_first_root_node()
    for row in rows:
        parent = row.page.get_parent().specific
        expected = parent.collection if isinstance(parent, PartnerPage) else root
        assert expected is not None and row.document.collection_id == expected.pk, row.title
        extension = row.document.file_extension
        assert extension in settings.WAGTAILDOCS_EXTENSIONS
        assert row.document.file_size > 0 and row.document.file_hash
        with row.document.open_file() as file:
            head = file.read(5)
        if extension == "pdf":
            assert head == b"%PDF-" and row.page_count >= 1, row.title
    assert {row.document.file_extension for row in rows} == {"pdf", "csv", "txt"}


def test_five_resources_are_one_page_with_complete_translations_the_rest_aliases(demo):
    resources = _english(ResourcePage.objects.live())
    translated = 0
    for resource in resources:
        translations = Translation.objects.filter(source__object_id=resource.translation_key)
        codes = set(translations.values_list("target_locale__language_code", flat=True))
        others = ResourcePage.objects.filter(translation_key=resource.translation_key).exclude(
            pk=resource.pk
        )
        assert set(others.values_list("locale__language_code", flat=True)) == set(OTHER_LANGUAGES)
        for page in others:
            # A translation in the languages the PO files cover, an alias in the others.
            assert (page.alias_of_id is None) == (page.locale.language_code in codes)
        if len(codes) >= 2:
            translated += 1
            for translation in translations:
                page = translation.get_target_instance()
                assert page.live and page.title != resource.title
                total, done = translation.get_progress()
                assert done == total > 5, (resource.title, translation)
                # The topics and review dates come with the page (matched by code).
                assert {t.code for t in page.topics.all()} == {
                    t.code for t in resource.topics.all()
                }
                assert page.review_due == resource.review_due
    assert translated >= 5


def test_sharing_principle_is_tagged_on_resources_and_links_to_the_library(demo, client):
    principle = PrinciplePage.objects.get(slug=SHARING, locale__language_code="en")
    tagged = _english(ResourcePage.objects.live()).filter(principles=principle)
    assert tagged.count() >= 10
    for code in LANGUAGES:
        response = client.get(f"/{code}/charter/{SHARING}/")
        assert response.status_code == 200, code
        assert f'href="/{code}/resources/"' in response.content.decode(), code


def test_the_library_is_a_top_task_after_the_finder_in_every_language(demo, client):
    for code in LANGUAGES:
        links = TOP_TASK_LINK.findall(client.get(f"/{code}/").content.decode())
        assert links[0] == f"/{code}/find-help/", (code, links)
        assert f"/{code}/resources/" in links, (code, links)


def test_the_resources_loader_leaves_an_existing_library_alone(demo):
    home = HomePage.objects.get(locale__language_code="en")
    counts = (Page.objects.count(), ResourceTopic.objects.count(), ResourceDocument.objects.count())
    assert resources_demo.load(home=home) == {}
    assert (
        Page.objects.count(),
        ResourceTopic.objects.count(),
        ResourceDocument.objects.count(),
    ) == counts
