"""The partners' sections on the charter's pages: signatories and pledges per principle."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from charter.factories import PrinciplePageFactory
from charter.models import MaturityLevel
from partners import charter_sections as selectors
from tests.charter.builders import make_directory, make_partner, make_pledge


@pytest.mark.django_db
def test_signatory_count_counts_only_live_partner_pages(home_page, locales):
    directory = make_directory(home_page)
    library = make_partner(directory, "Elmbridge Library Service")
    make_partner(directory, "Kingsford College")
    make_partner(directory, "Draft partner", live=False)
    assert selectors.signatory_count() == 2

    # A translation of a partner's page is the same organisation, counted once.
    library.copy_for_translation(locales["pl"], copy_parents=True).save_revision().publish()
    assert selectors.signatory_count() == 2

    library.unpublish()
    assert selectors.signatory_count() == 2  # the Polish version is still live
    make_partner(directory, "Marlow Vale Foodbank")
    assert selectors.signatory_count() == 3


@pytest.mark.django_db
def test_pledges_for_a_principle_are_only_live_pledges_of_live_partners(home_page, principle):
    directory = make_directory(home_page)
    fernley = make_partner(directory, "Fernley Housing")
    hidden = make_partner(directory, "Unpublished partner", live=False)
    other = PrinciplePageFactory(parent=principle.get_parent(), number=2, slug="other")
    make_pledge(fernley, principle, "Run weekly drop-ins", status="achieved", now=2, target=4)
    make_pledge(fernley, principle, "Draft pledge", live=False)
    make_pledge(fernley, other, "Pledge to another principle")
    make_pledge(hidden, principle, "Pledge of an unpublished partner")

    listings, total = selectors.pledges_for_principle(principle)

    assert total == 1
    [listing] = listings
    assert listing.pledge.title == "Run weekly drop-ins"
    assert listing.partner.title == "Fernley Housing"
    assert listing.maturity_now == MaturityLevel.DEVELOPING
    assert listing.maturity_target == MaturityLevel.LEADING


@pytest.mark.django_db
def test_pledges_are_ordered_by_partner_then_pledge_and_cut_at_the_limit(home_page, principle):
    directory = make_directory(home_page)
    zeta = make_partner(directory, "Zeta Trust")
    alpha = make_partner(directory, "alpha Library")
    make_pledge(zeta, principle, "A pledge")
    make_pledge(alpha, principle, "B pledge")
    make_pledge(alpha, principle, "A pledge")

    listings, total = selectors.pledges_for_principle(principle, limit=2)

    assert [(i.partner.title, i.pledge.title) for i in listings] == [
        ("alpha Library", "A pledge"),
        ("alpha Library", "B pledge"),
    ]
    assert total == 3


def _principle_page_queries(client):
    client.get("/en/charter/one-team/")  # warm the per-process caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/charter/one-team/")
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.django_db
def test_principle_page_lists_pledges_in_a_fixed_number_of_queries(client, home_page, principle):
    directory = make_directory(home_page)
    partners = [make_partner(directory, f"Partner {n:02}") for n in range(12)]
    make_pledge(partners[0], principle, "First pledge")
    make_pledge(partners[1], principle, "Lapsed pledge", status="lapsed", live=False)
    few, html = _principle_page_queries(client)
    assert html.count('class="govuk-table__row"') == 1 + 1  # the header row and one pledge

    for number, partner in enumerate(partners):
        make_pledge(partner, principle, f"Pledge {number}", status="planned")
        make_pledge(partner, principle, f"Second pledge {number}", status="achieved")
    many, html = _principle_page_queries(client)

    assert html.count('class="govuk-table__row"') == 1 + 25
    assert "Lapsed pledge" not in html
    assert re.search(r'href="/en/partners/partner-05/"', html)
    assert many == few, f"{few} queries with one pledge, {many} with 25"
    assert many <= 30


@pytest.mark.django_db
def test_pledges_are_listed_in_the_readers_language_where_they_exist(home_page, principle, locales):
    directory = make_directory(home_page)
    partner = make_partner(directory, "Hollowmere Community Hub")
    shown_in_polish = make_pledge(partner, principle, "Weekly drop-in")
    make_pledge(partner, principle, "Tablet loans")
    polish_principle = principle.copy_for_translation(locales["pl"], copy_parents=True, alias=True)
    polish_pledge = shown_in_polish.copy_for_translation(
        locales["pl"], copy_parents=True, alias=True
    )

    listings, total = selectors.pledges_for_principle(polish_principle)

    assert total == 2
    by_title = {item.pledge.title: item for item in listings}
    assert by_title["Weekly drop-in"].pledge.pk == polish_pledge.pk
    assert by_title["Weekly drop-in"].partner.locale_id == locales["pl"].pk
    assert by_title["Tablet loans"].pledge.locale_id == locales["en"].pk
    english, _total = selectors.pledges_for_principle(principle)
    assert {item.pledge.locale_id for item in english} == {locales["en"].pk}
