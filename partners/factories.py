"""Factories for areas, partner pages, pledges and applications (tests and the demo loader).

Pages are live from the start (as if published). Helpers ``add_principle`` and
``add_progress_update`` attach a pledge's inline rows.
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from partners.models import (
    Area,
    CharterApplication,
    PartnerDirectoryPage,
    PartnerPage,
    PledgePage,
    PledgePrinciple,
    PledgeStatus,
    ProgressDashboardPage,
    ProgressUpdate,
    Sector,
)


def _example_domain(name: str) -> str:
    return f"{slugify(name)[:40].strip('-') or 'partner'}.example"


class AreaFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.LazyAttribute(lambda area: slugify(area.name))

    class Meta:
        model = Area


class PartnerDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Our partners"
    slug = "partners"
    intro = factory.Faker("sentence")

    class Meta:
        model = PartnerDirectoryPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("company")
    slug = factory.LazyAttributeSequence(lambda page, n: f"{slugify(page.title)[:40]}-{n}")
    summary = factory.Faker("sentence", nb_words=10)
    description = factory.LazyAttribute(lambda page: f"<p>{page.summary}</p>")
    sector = factory.Iterator(Sector.values)
    website = factory.LazyAttribute(lambda page: f"https://www.{_example_domain(page.title)}/")
    public_email = factory.LazyAttribute(lambda page: f"hello@{_example_domain(page.title)}")
    public_phone = factory.Sequence(lambda n: f"01632 960 {n % 1000:03d}")
    date_signed = factory.Faker(
        "date_between", start_date=datetime.date(2024, 1, 1), end_date=datetime.date(2026, 6, 30)
    )
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyAttribute(lambda page: page.first_published_at)

    class Meta:
        model = PartnerPage
        skip_postgeneration_save = True

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        if extracted:
            self.areas.set(extracted)
            if create:
                self.save()


class PledgePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=6)
    slug = factory.LazyAttributeSequence(lambda page, n: f"{slugify(page.title)[:40]}-{n}")
    commitment = factory.Faker("paragraph")
    target = factory.Faker("sentence", nb_words=8)
    target_date = factory.Faker("date_between", start_date="+30d", end_date="+2y")
    status = PledgeStatus.IN_PROGRESS
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyAttribute(lambda page: page.first_published_at)

    class Meta:
        model = PledgePage


class PledgePrincipleFactory(factory.django.DjangoModelFactory):
    maturity_now = 1
    maturity_target = 2

    class Meta:
        model = PledgePrinciple


class ProgressUpdateFactory(factory.django.DjangoModelFactory):
    date = factory.Faker("date_between", start_date="-1y", end_date="today")
    summary = factory.Faker("paragraph")

    class Meta:
        model = ProgressUpdate


def add_principle(pledge, principle, now=1, target=2) -> PledgePrinciple:
    """Link ``pledge`` to a charter principle with the maturity now and aimed for."""
    order = pledge.principle_links.count()
    return PledgePrincipleFactory(
        pledge=pledge,
        principle=principle,
        maturity_now=now,
        maturity_target=target,
        sort_order=order,
    )


def add_progress_update(pledge, date, summary=None, **fields) -> ProgressUpdate:
    """Record a dated progress update on ``pledge`` (evidence_url / evidence_document)."""
    if summary is not None:
        fields["summary"] = summary
    return ProgressUpdateFactory(pledge=pledge, date=date, **fields)


class ProgressDashboardPageFactory(wagtail_factories.PageFactory):
    title = "Progress dashboard"
    slug = "progress"
    intro = factory.Faker("sentence")
    overdue_after_months = 6

    class Meta:
        model = ProgressDashboardPage


class CharterApplicationFactory(factory.django.DjangoModelFactory):
    organisation_name = factory.Faker("company")
    sector = factory.Iterator(Sector.values)
    website = factory.LazyAttribute(
        lambda app: f"https://www.{_example_domain(app.organisation_name)}/"
    )
    contact_name = factory.Faker("name")
    contact_email = factory.Faker("safe_email")
    contact_phone = factory.Sequence(lambda n: f"01632 960 {n % 1000:03d}")
    first_pledges = factory.Faker("paragraph")
    consent = True
    language = "en"

    class Meta:
        model = CharterApplication
        skip_postgeneration_save = True

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.areas.set(extracted)

    @factory.post_generation
    def principles(self, create, extracted, **kwargs):
        if create and extracted:
            self.principles.set(extracted)
