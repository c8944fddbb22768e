"""Factories for topics, the library, resources and their rows (tests and the demo)."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from resources.models import (
    ResourceDocument,
    ResourceLibraryPage,
    ResourceLink,
    ResourcePage,
    ResourceTopic,
)


class ResourceTopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    code = factory.LazyAttribute(lambda topic: slugify(topic.name))

    class Meta:
        model = ResourceTopic


class ResourceLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Resource library"
    slug = "resources"
    intro = factory.Faker("sentence")

    class Meta:
        model = ResourceLibraryPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    """A live resource (pass ``parent``: a partner page or the library)."""

    title = factory.Sequence(lambda n: f"How to set up an email account {n}")
    slug = factory.LazyAttributeSequence(lambda page, n: f"{slugify(page.title)[:40]}-{n}")
    summary = factory.Faker("sentence", nb_words=12)
    audience_residents = True
    last_reviewed = factory.LazyFunction(datetime.date.today)
    review_due = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=365))

    class Meta:
        model = ResourcePage


class ResourceDocumentFactory(factory.django.DjangoModelFactory):
    document = factory.SubFactory(wagtail_factories.DocumentFactory)

    class Meta:
        model = ResourceDocument


class ResourceLinkFactory(factory.django.DjangoModelFactory):
    url = factory.Sequence(lambda n: f"https://www.example.org/guide-{n}")
    title = factory.Sequence(lambda n: f"Further reading {n}")

    class Meta:
        model = ResourceLink
