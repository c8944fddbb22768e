"""The page shell makes a fixed, small number of queries."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from hub.factories import StandardPageFactory
from hub.models import HomePage

# The shell (site, locales, menu, settings, site wording, translation state) plus the home
# page's own blocks: the top tasks' pages in the reader's language (two queries however many
# tasks there are) and the sign-the-charter button's link.
HOME_PAGE_QUERY_BUDGET = 18


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


def test_home_page_query_count_stays_fixed_as_top_tasks_are_added(demo):
    client = Client()
    home = HomePage.objects.get(locale__language_code="en")
    polish_home = HomePage.objects.get(locale__language_code="pl")
    extra = iter(StandardPageFactory(parent=home, slug=f"task-{n}") for n in range(5))

    def add_tasks_and_count(number: int) -> int:
        polish_home.top_tasks = [
            *polish_home.top_tasks.raw_data,
            *(
                {"type": "task", "value": {"title": "Task", "description": "More", "page": p.pk}}
                for p in (next(extra) for _ in range(number))
            ),
        ]
        polish_home.save()
        client.get("/pl/")  # caches the save emptied fill again
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/pl/")
        assert response.content.decode().count("hub-top-tasks__item") == len(polish_home.top_tasks)
        return len(queries)

    assert add_tasks_and_count(1) == add_tasks_and_count(4)
