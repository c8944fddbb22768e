"""Factories for the hub's page types, used by the tests and the demo loader."""

import factory
import wagtail_factories

from hub.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4)
    intro = factory.Faker("paragraph")

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4)
    intro = factory.Faker("sentence")
    body = factory.LazyAttribute(lambda page: [("paragraph", f"<p>{page.intro}</p>")])

    class Meta:
        model = StandardPage
