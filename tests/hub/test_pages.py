import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from hub.factories import StandardPageFactory
from hub.models import HomePage, StandardPage
from tests.builders import make_home


class TestPageTypeRules(WagtailPageTestCase):
    def test_home_page_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_page_under_home_or_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)


class TestPagesRenderAndEdit(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home(slug="test-home", title="Elmshire hub")
        cls.page = StandardPageFactory(parent=cls.home, slug="about", title="About the charter")

    def setUp(self):
        # force_login: django-axes wants the request that Client.login() does not pass.
        self.client.force_login(self.create_superuser("admin", "admin@elmshire.example", "pw"))

    def test_pages_render(self):
        self.assertPageIsRenderable(self.home)
        self.assertPageIsRenderable(self.page)

    def test_standard_page_is_editable_with_a_body(self):
        data = nested_form_data(
            {
                "title": "About the charter",
                "slug": "about",
                "intro": "What we do.",
                "body": streamfield(
                    [
                        ("heading", {"text": "Who we are", "level": "h2"}),
                        ("paragraph", rich_text("<p>We are a partnership.</p>")),
                        ("warning", "We never ask for bank details."),
                    ]
                ),
            }
        )
        self.assertPageIsEditable(self.page, post_data=data)

    def test_home_page_is_editable(self):
        data = nested_form_data(
            {
                "title": "Elmshire hub",
                "slug": "test-home",
                "intro": "Welcome",
                "top_tasks_heading": "What do you need?",
                "top_tasks": streamfield(
                    [("task", {"title": "Read", "description": "About us", "page": self.page.pk})]
                ),
                "body": streamfield([]),
            }
        )
        self.assertPageIsEditable(self.home, post_data=data)


@pytest.mark.django_db
def test_page_types_are_translatable_into_every_site_language(home_page, locales):
    page = StandardPageFactory(parent=home_page, slug="guide", title="A guide")
    home_pl = home_page.copy_for_translation(locales["pl"])
    page_pl = page.copy_for_translation(locales["pl"])
    assert home_pl.translation_key == home_page.translation_key
    assert page_pl.get_parent().specific == home_pl
    assert page_pl.locale.language_code == "pl"
    assert set(locales) == {"en", "pl", "ro", "uk", "ar", "ur"}


@pytest.mark.django_db
def test_call_to_action_needs_a_page_or_a_web_address():
    from django.core.exceptions import ValidationError

    from hub.blocks import CallToActionBlock

    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"text": "Go", "description": "", "page": None, "url": ""}))
    cleaned = block.clean(
        block.to_python(
            {"text": "Go", "description": "", "page": None, "url": "https://a.example/"}
        )
    )
    assert cleaned["url"] == "https://a.example/"
