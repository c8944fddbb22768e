"""The demo builds its search and reference indexes once, at the end, and misses nothing."""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import ReferenceIndex

from hub.demo.indexing import deferred_indexing
from hub.factories import StandardPageFactory
from hub.models import StandardPage

pytestmark = pytest.mark.indexed  # searches, or reads the reference index


def page_with_image(parent, title):
    image = get_image_model().objects.create(title="Drop-in", file=get_test_image_file())
    block = {"image": {"image": image.pk, "decorative": True, "alt_text": ""}, "caption": ""}
    page = StandardPageFactory(parent=parent, title=title, body=[{"type": "image", "value": block}])
    return page, image


def test_deferred_indexing_indexes_everything_once_on_leaving(home_page):
    with deferred_indexing():
        page, image = page_with_image(home_page, "Zebra crossing drop-in")
        assert list(StandardPage.objects.search("zebra")) == []
        assert not ReferenceIndex.get_references_to(image).exists()

    assert list(StandardPage.objects.search("zebra")) == [page]
    assert [ref.object_id for ref in ReferenceIndex.get_references_to(image)] == [str(page.pk)]


def test_indexing_on_save_is_back_after_the_block(home_page):
    with deferred_indexing():
        pass
    page, image = page_with_image(home_page, "Quokka tablet loans")

    assert list(StandardPage.objects.search("quokka")) == [page]
    assert ReferenceIndex.get_references_to(image).exists()


def test_the_demo_is_searchable_and_its_image_uses_are_recorded(demo):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    assert about in list(StandardPage.objects.live().search("charter"))
    image = get_image_model().objects.get(title="A volunteer helps a resident at a laptop")
    assert str(about.pk) in {ref.object_id for ref in ReferenceIndex.get_references_to(image)}
