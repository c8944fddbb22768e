"""Factories for kinds of help, venues, services and their rows (tests and the demo)."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from services.models import (
    HelpKind,
    OpeningException,
    OpeningSession,
    PostcodeDistrict,
    ServiceFinderPage,
    ServiceLanguage,
    ServiceLocation,
    ServicePage,
    Venue,
)


class HelpKindFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kind of help {n}")
    code = factory.LazyAttribute(lambda kind: slugify(kind.name))

    class Meta:
        model = HelpKind


class VenueFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Venue {n}")
    address = factory.Faker("street_address")
    town = "Hollowmere"
    postcode = factory.Sequence(lambda n: f"EL{n % 9 + 1} {n % 10}AB")
    latitude = 52.0
    longitude = -1.5

    class Meta:
        model = Venue


class PostcodeDistrictFactory(factory.django.DjangoModelFactory):
    outward_code = factory.Sequence(lambda n: f"EL{n + 1}")
    latitude = 52.0
    longitude = -1.5

    class Meta:
        model = PostcodeDistrict
        django_get_or_create = ["outward_code"]


class ServiceFinderPageFactory(wagtail_factories.PageFactory):
    title = "Find digital help"
    slug = "find-help"
    intro = factory.Faker("sentence")

    class Meta:
        model = ServiceFinderPage


class ServicePageFactory(wagtail_factories.PageFactory):
    """A live service (pass ``parent``: a partner page)."""

    title = factory.Sequence(lambda n: f"Digital drop-in {n}")
    slug = factory.LazyAttributeSequence(lambda page, n: f"{slugify(page.title)[:40]}-{n}")
    summary = factory.Faker("sentence", nb_words=10)
    description = factory.Faker("paragraph")
    phone = factory.Sequence(lambda n: f"01632 961 {n % 1000:03d}")
    last_checked = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = ServicePage


class ServiceLocationFactory(factory.django.DjangoModelFactory):
    venue = factory.SubFactory(VenueFactory)

    class Meta:
        model = ServiceLocation


class OpeningSessionFactory(factory.django.DjangoModelFactory):
    weekday = 0
    opens_at = datetime.time(10)
    closes_at = datetime.time(12)

    class Meta:
        model = OpeningSession


class OpeningExceptionFactory(factory.django.DjangoModelFactory):
    starts_on = factory.LazyFunction(datetime.date.today)
    closed = True

    class Meta:
        model = OpeningException


class ServiceLanguageFactory(factory.django.DjangoModelFactory):
    code = "en"

    class Meta:
        model = ServiceLanguage
