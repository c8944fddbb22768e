"""The page shell makes a fixed, small number of queries."""

from django.test import Client

from hub.factories import StandardPageFactory
from hub.models import HomePage

# The shell (site, locales, menu, settings, site wording, translation state) plus the home
# page's own blocks (top tasks and the sign-the-charter button link to pages). Each linked
# page's ``.localized`` looks up the active locale once, so the demo's third top task (the
# service finder) costs one query more.
HOME_PAGE_QUERY_BUDGET = 19


def test_home_page_query_count_stays_fixed_as_the_menu_grows(demo, django_assert_max_num_queries):
    client = Client()
    client.get("/en/")  # warm per-process caches (site root paths, locales)
    with django_assert_max_num_queries(HOME_PAGE_QUERY_BUDGET) as few:
        client.get("/en/")
    home = HomePage.objects.get(locale__language_code="en")
    for number in range(15):
        StandardPageFactory(parent=home, slug=f"extra-{number}", show_in_menus=True)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/en/")
    assert response.content.decode().count("govuk-service-navigation__item") >= 15
