"""Which services the API serves, its filters, and the related rows each response needs.

Only live, public, default-language services of live partners are served, never an alias.
Every function makes a fixed number of queries whatever the number of services.
"""

from __future__ import annotations

import datetime
import math
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, F, FloatField, OuterRef, Prefetch, Q, QuerySet
from django.db.models.expressions import ExpressionWrapper
from django.db.models.functions import Length, Substr
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from partners.models import PartnerPage
from services.models import HelpKind, OpeningSession, ServiceLocation, ServicePage

from .ids import TAXONOMY_ID

#: Metres in one degree of latitude (and of longitude at the equator).
METRES_PER_DEGREE = 111_320.0


@dataclass(frozen=True)
class ServiceFilters:
    """The /services query parameters, already checked (see ``params``)."""

    search: str = ""
    taxonomy_term_id: uuid.UUID | None = None
    taxonomy_id: uuid.UUID | None = None
    minimum_age: float | None = None
    maximum_age: float | None = None
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None
    day: int | None = None


def default_language_code() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def _parent_path() -> Substr:
    return Substr("path", 1, Length("path") - Page.steplen)


def public_services() -> QuerySet:
    """Live, public, default-language services (no aliases) whose partner is live too."""
    live_partners = PartnerPage.objects.live().filter(path=OuterRef("parent_path"))
    return (
        ServicePage.objects.live()
        .public()
        .filter(locale__language_code=default_language_code(), alias_of__isnull=True)
        .annotate(parent_path=_parent_path())
        .filter(Exists(live_partners))
    )


def filter_services(services: QuerySet, filters: ServiceFilters) -> QuerySet:
    """``services`` narrowed by the standard's parameters (see docs/openreferral.md)."""
    kinds_through = ServicePage.kinds.through
    for word in filters.search.split():
        services = services.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(description__icontains=word)
            | Exists(
                kinds_through.objects.filter(
                    servicepage_id=OuterRef("pk"), helpkind__name__icontains=word
                )
            )
        )
    if filters.taxonomy_term_id is not None:
        services = services.filter(
            Exists(
                kinds_through.objects.filter(
                    servicepage_id=OuterRef("pk"),
                    helpkind__translation_key=filters.taxonomy_term_id,
                )
            )
        )
    if filters.taxonomy_id is not None:
        if filters.taxonomy_id != TAXONOMY_ID:
            return services.none()
        services = services.filter(
            Exists(kinds_through.objects.filter(servicepage_id=OuterRef("pk")))
        )
    if filters.minimum_age is not None:
        # Ages are whole years here: "at least 15.5" is at least 16.
        services = services.filter(minimum_age__gte=math.ceil(filters.minimum_age))
    if filters.maximum_age is not None:
        services = services.filter(maximum_age__lte=math.floor(filters.maximum_age))
    session = {}
    if filters.day is not None:
        session["weekday"] = filters.day
    if filters.start_time is not None:
        session["opens_at__gte"] = filters.start_time
    if filters.end_time is not None:
        session["closes_at__lte"] = filters.end_time
    if session:
        services = services.filter(
            Exists(OpeningSession.objects.filter(page_id=OuterRef("pk"), **session))
        )
    return services


def with_full_details(services: QuerySet) -> QuerySet:
    """Every related row a fully nested service shows (5 queries for any number)."""
    return services.select_related("locale").prefetch_related(
        Prefetch(
            "locations",
            queryset=ServiceLocation.objects.select_related("venue", "venue__area").order_by(
                "sort_order", "pk"
            ),
        ),
        Prefetch(
            "opening_sessions", queryset=OpeningSession.objects.order_by("weekday", "opens_at")
        ),
        "opening_exceptions",
        "languages",
        Prefetch("kinds", queryset=HelpKind.objects.order_by("sort_order", "name")),
    )


def partner_path(page) -> str:
    """The tree path of a service's partner (its parent page)."""
    return page.path[: -Page.steplen]


def partners_of(pages) -> dict[str, PartnerPage]:
    """The partner page of each service, by the partner's tree path (1 query)."""
    paths = {partner_path(page) for page in pages}
    if not paths:
        return {}
    return {
        partner.path: partner
        for partner in PartnerPage.objects.filter(path__in=paths).select_related("locale")
    }


def help_kinds() -> QuerySet:
    """The default-language kinds of help, the terms of our taxonomy."""
    return HelpKind.objects.filter(locale__language_code=default_language_code()).order_by(
        "sort_order", "name", "pk"
    )


def service_locations(services: QuerySet) -> QuerySet:
    """The venues of these services, one row per service and venue."""
    return ServiceLocation.objects.filter(page__in=services.values("pk")).select_related(
        "page", "page__locale", "venue", "venue__area"
    )


def by_distance(locations: QuerySet, latitude: float, longitude: float, within=None) -> QuerySet:
    """Service locations nearest first from a point, ``within`` metres if given.

    An equirectangular approximation in plain arithmetic (any database): under 0.5% off at
    the distances a county covers. Venues without coordinates come last (or drop out when
    ``within`` is given).
    """
    east_west = METRES_PER_DEGREE * math.cos(math.radians(latitude))
    north = (F("venue__latitude") - latitude) * METRES_PER_DEGREE
    east = (F("venue__longitude") - longitude) * east_west
    located = locations.annotate(
        distance_squared=ExpressionWrapper(north * north + east * east, output_field=FloatField())
    )
    if within is not None:
        located = located.filter(distance_squared__lte=within * within)
    return located.order_by(F("distance_squared").asc(nulls_last=True), "page__title", "pk")
