import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from charter.factories import CharterPageFactory, PrinciplePageFactory
from charter.models import CharterPage, PrinciplePage
from hub.models import HomePage, StandardPage
from hub.services import ensure_comms_team_group
from tests.builders import make_home

from .builders import make_directory, make_partner


class TestPageTypeRules(WagtailPageTestCase):
    def test_charter_page_only_under_the_home_page(self):
        self.assertAllowedParentPageTypes(CharterPage, {HomePage})
        self.assertCanCreateAt(HomePage, CharterPage)
        self.assertCanNotCreateAt(StandardPage, CharterPage)
        self.assertCanNotCreateAt(PrinciplePage, CharterPage)

    def test_principle_page_only_under_the_charter(self):
        self.assertAllowedParentPageTypes(PrinciplePage, {CharterPage})
        self.assertCanCreateAt(CharterPage, PrinciplePage)
        self.assertCanNotCreateAt(HomePage, PrinciplePage)
        self.assertCanNotCreateAt(StandardPage, PrinciplePage)

    def test_principles_have_no_children(self):
        self.assertAllowedSubpageTypes(PrinciplePage, set())


class TestPagesRenderAndEdit(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home(slug="test-home", title="Elmshire hub")
        cls.charter = CharterPageFactory(parent=cls.home, slug="charter", title="The charter")
        cls.principle = PrinciplePageFactory(parent=cls.charter, slug="one-team", number=3)

    def setUp(self):
        # force_login: django-axes wants the request that Client.login() does not pass.
        self.client.force_login(self.create_superuser("admin", "admin@elmshire.example", "pw"))

    def test_pages_render(self):
        self.assertPageIsRenderable(self.charter)
        self.assertPageIsRenderable(self.principle)

    def test_charter_page_is_editable_with_a_body(self):
        data = nested_form_data(
            {
                "title": "The charter",
                "slug": "charter",
                "intro": "Our promise.",
                "body": streamfield(
                    [
                        ("heading", {"text": "Why we have a charter", "level": "h2"}),
                        ("paragraph", rich_text("<p>Help was scattered.</p>")),
                    ]
                ),
                "how_to_sign": rich_text("<p>Fill in the form.</p>"),
            }
        )
        self.assertPageIsEditable(self.charter, post_data=data)

    def test_principle_page_is_editable_with_levels_metrics_and_actions(self):
        data = nested_form_data(
            {
                "title": "Work as one team",
                "slug": "one-team",
                "number": 3,
                "summary": "Everyone's job.",
                "description": rich_text("<p>A named lead.</p>"),
                "rationale": rich_text("<p>Silos waste effort.</p>"),
                "commitments": rich_text("<ul><li>Name a lead.</li></ul>"),
                "level_initial": rich_text("<p>Siloed.</p>"),
                "level_developing": rich_text("<p>Some coordination.</p>"),
                "level_mature": rich_text("<p>A formal group.</p>"),
                "level_leading": rich_text("<p>Second nature.</p>"),
                "metrics": streamfield([("metric", "Joint bids each year")]),
                "actions": streamfield(
                    [("action", {"level": "2", "text": "Name a digital inclusion lead."})]
                ),
            }
        )
        self.assertPageIsEditable(self.principle, post_data=data)


@pytest.mark.django_db
def test_comms_staff_may_edit_the_charter_and_other_staff_may_not(client, charter):
    User = get_user_model()
    comms = User.objects.create_user("comms-editor", password="x")
    comms.groups.add(ensure_comms_team_group())
    outsider = User.objects.create_user("outsider", password="x")
    outsider.user_permissions.add(
        apps.get_model("auth", "Permission").objects.get(codename="access_admin")
    )
    edit_url = f"/admin/pages/{charter.pk}/edit/"

    client.force_login(comms)
    assert client.get(edit_url).status_code == 200

    client.force_login(outsider)
    response = client.get(edit_url)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert charter.intro not in client.get("/admin/", follow=True).content.decode()


@pytest.mark.django_db
def test_charter_lists_its_live_principles_in_number_order(client, charter):
    PrinciplePageFactory(parent=charter, number=3, title="Third principle", slug="third")
    PrinciplePageFactory(parent=charter, number=1, title="First principle", slug="first")
    PrinciplePageFactory(parent=charter, number=2, title="Second principle", slug="second")
    PrinciplePageFactory(parent=charter, number=4, title="Draft principle", slug="d", live=False)

    html = client.get("/en/charter/").content.decode()

    start = html.index('<ol class="hub-principles">')
    listing = html[start : html.index("</ol>", start)]
    titles = re.findall(r'<a class="govuk-link" href="/en/charter/[a-z]+/">([^<]+)</a>', listing)
    assert titles == ["First principle", "Second principle", "Third principle"]
    assert 'id="principle-2"' in html


@pytest.mark.django_db
def test_charter_links_to_its_sign_page_when_there_is_one(client, charter):
    assert "Sign the charter" not in client.get("/en/charter/").content.decode()

    sign = apps.get_model("partners", "SignCharterPage")(title="Join us", slug="join")
    charter.add_child(instance=sign)

    html = client.get("/en/charter/").content.decode()
    assert re.search(r'href="/en/charter/join/"[^>]*class="govuk-button', html)


@pytest.mark.django_db
def test_charter_shows_who_has_signed_with_a_link_to_the_directory(client, charter, home_page):
    assert (
        "No organisation has signed the charter yet." in client.get("/en/charter/").content.decode()
    )

    directory = make_directory(home_page)
    make_partner(directory, "Elmbridge Library Service")
    make_partner(directory, "Fernley Housing")
    make_partner(directory, "Unpublished partner", live=False)

    html = client.get("/en/charter/").content.decode()
    assert "2 organisations have signed the charter." in html
    assert 'href="/en/partners/"' in html


@pytest.mark.django_db
def test_charter_offers_an_uploaded_copy_with_type_and_size(client, charter):
    html = client.get("/en/charter/").content.decode()
    assert 'id="download"' in html and "(PDF," not in html
    document = get_document_model().objects.create(
        title="The charter, designed for print",
        file=ContentFile(b"%PDF-1.7 " + b"x" * 2000, name="designed.pdf"),
    )
    charter.charter_document = document
    charter.save()

    html = client.get("/en/charter/").content.decode()

    assert f'href="{document.url}">The charter, designed for print</a>' in html
    assert re.search(r"\(PDF, [\d.]+\s(bytes|KB)\)", html.replace("\xa0", " "))
    assert 'href="/en/charter/full/">Read or print the whole charter</a>' in html


@pytest.mark.django_db
def test_principle_page_shows_levels_metrics_and_actions_grouped_by_level(client, principle):
    principle.metrics = [{"type": "metric", "value": "Joint bids each year"}]
    principle.actions = [
        {"type": "action", "value": {"level": "4", "text": "Form a board."}},
        {"type": "action", "value": {"level": "2", "text": "Name a lead."}},
        {"type": "action", "value": {"level": "2", "text": "Open a shared channel."}},
    ]
    principle.level_mature = "<p>A formal group meets every month.</p>"
    principle.save()

    html = client.get("/en/charter/one-team/").content.decode()

    assert html.count('class="govuk-summary-list__row"') == 4
    assert "3 Mature</dt>" in html
    assert "A formal group meets every month." in html
    assert "<li>Joint bids each year</li>" in html
    level_2 = html.index("To reach level 2 Developing")
    level_4 = html.index("To reach level 4 Leading")
    assert level_2 < html.index("Name a lead.") < html.index("Open a shared channel.") < level_4
    assert level_4 < html.index("Form a board.")
    assert "To reach level 3 Mature" not in html


@pytest.mark.django_db
def test_principle_page_links_to_the_principles_before_and_after_it(client, charter):
    PrinciplePageFactory(parent=charter, number=1, title="First", slug="first")
    PrinciplePageFactory(parent=charter, number=2, title="Second", slug="second")
    PrinciplePageFactory(parent=charter, number=3, title="Third", slug="third")

    html = client.get("/en/charter/second/").content.decode()

    assert re.search(r'href="/en/charter/first/" rel="prev"', html)
    assert re.search(r'href="/en/charter/third/" rel="next"', html)
    first = client.get("/en/charter/first/").content.decode()
    assert 'rel="prev"' not in first


@pytest.mark.django_db
def test_odd_query_strings_are_ignored(client, principle):
    assert client.get("/en/charter/?page=x&principle=%00").status_code == 200
    assert client.get("/en/charter/one-team/?status=nonsense").status_code == 200
