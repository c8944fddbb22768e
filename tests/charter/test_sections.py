"""Other apps add sections and page types to the charter through the charter's hooks."""

import pytest
from django.template import engines
from wagtail import hooks

from charter import sections
from charter.models import CharterPage
from partners.models import SignCharterPage


def _calendar_section(page, request):
    return sections.Section(
        template=engines["django"].from_string(
            '<p id="{{ section.anchor }}">{{ section.context.text }}</p>'
        ),
        context={"text": f"Events about {page.title}"},
        anchor="events",
        title="Events",
        order=5,
    )


@pytest.mark.django_db
def test_a_registered_section_is_drawn_and_listed_in_the_contents(client, charter, principle):
    with hooks.register_temporarily(sections.PRINCIPLE_PAGE_SECTIONS, _calendar_section):
        html = client.get(principle.url).content.decode()
    assert '<p id="events">Events about Work as one team</p>' in html
    assert 'href="#events">Events</a>' in html
    # Sections come in their order: this one (5) before the partners' pledges (10).
    assert html.index('id="events"') < html.index('id="pledges"')


def test_apps_allow_their_page_types_under_the_charter():
    assert SignCharterPage in CharterPage.allowed_subpage_models()
