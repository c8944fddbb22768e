"""Reads behind the finder and its print view: which services a reader sees, and how.

Every function makes a fixed number of queries whatever the number of services: filters
are ``EXISTS`` subqueries, the distance to a service's nearest venue is a correlated
subquery the database sorts by, and a page of results gets its rows in one prefetch each.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import (
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    prefetch_related_objects,
)
from django.db.models.functions import Length, Lower, Substr
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from services import geo, opening
from services.models import (
    HelpKind,
    OpeningException,
    OpeningSession,
    ServiceLanguage,
    ServiceLocation,
    ServicePage,
)

#: Access needs a reader can ask for: the form's value and the venue's field.
ACCESS_FIELDS = {
    "step-free": "step_free",
    "hearing-loop": "hearing_loop",
    "toilet": "accessible_toilet",
    "bsl": "bsl",
}


def _parent_path():
    return Substr("path", 1, Length("path") - Page.steplen)


def kinds_for_locale(locale_id: int) -> list[HelpKind]:
    """Every kind of help, named in the reader's language where translated (1 query)."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    kinds = HelpKind.objects.filter(Q(locale_id=locale_id) | Q(locale__language_code=default))
    chosen: dict = {}
    for kind in kinds:
        current = chosen.get(kind.translation_key)
        if current is None or kind.locale_id == locale_id:
            chosen[kind.translation_key] = kind
    return sorted(chosen.values(), key=lambda kind: (kind.sort_order, kind.name.casefold()))


def service_scope(locale_id: int) -> QuerySet:
    """Live, public services in the reader's language tree whose partner page is live too.

    Each service finds its parent (the partner page) by the indexed path, and a page with a
    view restriction on it or above it is left out (``public()``: one query).
    """
    live_parents = Page.objects.live().filter(path=OuterRef("parent_path"))
    return (
        ServicePage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .annotate(parent_path=_parent_path())
        .filter(Exists(live_parents))
    )


def filter_services(services: QuerySet, filters: dict, moment: datetime.datetime) -> QuerySet:
    """Narrow ``services`` by the finder's valid filters (see ``FinderForm.filters``)."""
    if codes := filters.get("kind"):
        services = services.filter(
            Exists(
                ServicePage.kinds.through.objects.filter(
                    servicepage_id=OuterRef("pk"), helpkind__code__in=codes
                )
            )
        )
    if filters.get("free"):
        services = services.filter(is_free=True)
    if filters.get("no_booking"):
        services = services.filter(booking="not_needed")
    if language := filters.get("language"):
        services = services.filter(
            Exists(ServiceLanguage.objects.filter(page=OuterRef("pk"), code=language))
        )
    if needs := filters.get("access"):
        venue_has = {f"venue__{ACCESS_FIELDS[need]}": True for need in needs}
        services = services.filter(
            Exists(ServiceLocation.objects.filter(page=OuterRef("pk"), **venue_has))
        )
    if query := filters.get("q"):
        services = services.filter(
            Q(title__icontains=query)
            | Q(summary__icontains=query)
            | Exists(
                ServicePage.kinds.through.objects.filter(
                    servicepage_id=OuterRef("pk"), helpkind__name__icontains=query
                )
            )
        )
    if filters.get("open_now"):
        services = opening.open_now(services, moment)
    return services


def in_area(services: QuerySet, area) -> QuerySet:
    """Services with a venue in ``area`` (in any language's version of the area)."""
    venues = ServiceLocation.objects.filter(
        page=OuterRef("pk"), venue__area__translation_key=area.translation_key
    )
    return services.filter(Exists(venues))


def nearest_venue_miles(origin: geo.Point, radius: float | None = None) -> Subquery:
    """Miles from ``origin`` to the service's nearest venue with a position (None if none).

    With a radius, only venues inside its bounding box are measured (then the exact
    distance is compared with the radius by the caller).
    """
    venues = ServiceLocation.objects.filter(
        page=OuterRef("pk"), venue__latitude__isnull=False, venue__longitude__isnull=False
    )
    if radius is not None:
        box = geo.bounding_box(origin, radius)
        venues = venues.filter(**{f"venue__{lookup}": value for lookup, value in box.items()})
    measured = venues.annotate(
        miles=geo.distance_miles(origin, "venue__latitude", "venue__longitude")
    ).order_by("miles")
    return Subquery(measured.values("miles")[:1])


def order_services(
    services: QuerySet, origin: geo.Point | None = None, radius: float | None = None
) -> QuerySet:
    """A–Z, or nearest first from ``origin``.

    Services given only by phone or online (no venue) come after the nearby ones; with a
    radius, services whose venues are all further away are left out, and those without a
    venue stay (they reach the reader wherever they are).
    """
    if origin is None:
        return services.order_by(Lower("title"), "pk")
    services = services.annotate(distance=nearest_venue_miles(origin, radius))
    if radius is not None:
        any_venue = ServiceLocation.objects.filter(page=OuterRef("pk"))
        services = services.filter(Q(distance__lte=radius) | ~Exists(any_venue))
    return services.order_by(F("distance").asc(nulls_last=True), Lower("title"), "pk")


def with_partner_title(services: QuerySet) -> QuerySet:
    """Each service with its partner's (parent page's) title, in the same query."""
    parent = Page.objects.filter(path=OuterRef("parent_path")).values("title")[:1]
    return services.annotate(partner_title=Subquery(parent))


def attach_rows(services: list[ServicePage]) -> list[ServicePage]:
    """Prefetch kinds, venues, opening hours and languages for a page of results (5 queries)."""
    prefetch_related_objects(
        services,
        "kinds",
        Prefetch("locations", queryset=ServiceLocation.objects.select_related("venue")),
        Prefetch(
            "opening_sessions", queryset=OpeningSession.objects.order_by("weekday", "opens_at")
        ),
        Prefetch("opening_exceptions", queryset=OpeningException.objects.order_by("starts_on")),
        "languages",
    )
    return services


def localise_kinds(services: list[ServicePage], local_kinds: list[HelpKind]) -> None:
    """Set ``kind_names`` on each service: its kinds named in the reader's language."""
    by_key = {kind.translation_key: kind for kind in local_kinds}
    for service in services:
        kinds = [by_key.get(kind.translation_key, kind) for kind in service.kinds.all()]
        kinds.sort(key=lambda kind: (kind.sort_order, kind.name.casefold()))
        service.kind_names = [kind.name for kind in kinds]
