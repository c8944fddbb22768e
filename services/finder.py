"""The context of the finder page and of its print view.

Where the reader is comes from, in this order: a postcode, a town or area with a centre
point, or the browser's location (hidden fields a small script fills in). Whatever a
reader (or a link) sends, the finder answers: see ``finder_filters`` for what is checked.
"""

from __future__ import annotations

from babel.dates import format_skeleton
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.dates import cldr_locale, short_time
from partners.public.selectors import areas_for_locale
from partners.public.views import tel_href
from services import geo, opening, selectors
from services.finder_filters import FinderForm, paginate, query_string

#: The print view lists at most this many services, and says so when there are more.
PRINT_LIMIT = 100


def _field_errors(form) -> list[dict]:
    anchors = {"lat": "#id_postcode", "lng": "#id_postcode", "kind": "#kind", "access": "#access"}
    errors = []
    for name, messages in form.errors.items():
        if name == "lng" and "lat" in form.errors:
            continue
        anchor = anchors.get(name) or f"#{form[name].id_for_label}"
        errors.extend({"href": anchor, "text": message} for message in messages)
    return errors


def _origin(form, filters: dict, errors: list) -> dict:
    """Where distances are measured from, and how to say so; may add an error."""
    if postcode := filters.get("postcode"):
        located = geo.locate_postcode(postcode)
        if located is None:
            errors.append(
                {
                    "href": "#id_postcode",
                    "text": _(
                        "We could not find the postcode %(postcode)s. "
                        "Check it, or choose a town instead"
                    )
                    % {"postcode": postcode},
                }
            )
            return {}
        if located.approximate:
            note = _("Nearest first, from the middle of the %(district)s postcode district.") % {
                "district": geo.outward_code(postcode)
            }
        else:
            note = _("Nearest first, from %(postcode)s.") % {"postcode": postcode}
        return {"origin": located.point, "note": note}
    if slug := filters.get("area"):
        area = form.areas[slug]
        if area.latitude is not None and area.longitude is not None:
            return {
                "origin": geo.Point(area.latitude, area.longitude),
                "note": _("Nearest first, from the middle of %(area)s.") % {"area": area.name},
            }
        return {"area": area}
    if "lat" in filters:
        return {
            "origin": geo.Point(filters["lat"], filters["lng"]),
            "note": _("Nearest first, from your location."),
            "from_location": True,
        }
    return {}


def results(page, request) -> dict:
    """The form, the errors and the narrowed, ordered (not yet paginated) services."""
    kinds = selectors.kinds_for_locale(page.locale_id)
    areas = areas_for_locale(page.locale_id)
    form = FinderForm(request.GET, kinds=kinds, areas=areas)
    filters = form.filters()
    errors = _field_errors(form)
    where = _origin(form, filters, errors)
    services = selectors.filter_services(
        selectors.service_scope(page.locale_id), filters, timezone.now()
    )
    if "area" in where:
        services = selectors.in_area(services, where["area"])
    origin = where.get("origin")
    radius = filters.get("radius") if origin else None
    services = selectors.with_partner_title(selectors.order_services(services, origin, radius))
    return {
        "form": form,
        "filters": filters,
        "errors": errors,
        "kinds": kinds,
        "services": services,
        "near": where.get("note", ""),
        "has_distance": origin is not None,
        "from_location": where.get("from_location", False),
    }


def _decorate(services: list, kinds: list) -> list:
    selectors.attach_rows(services)
    selectors.localise_kinds(services, kinds)
    for service in services:
        service.phone_href = tel_href(service.phone)
        service.venues = [location.venue for location in service.locations.all()]
        if not hasattr(service, "distance"):
            service.distance = None
    return services


def _url(page, request, route: str | None = None) -> str:
    base = page.get_url(request) or ""
    return base + page.reverse_subpage(route) if route and base else base


def finder_context(page, request) -> dict:
    """The finder: a fixed number of queries whatever the number of services."""
    found = results(page, request)
    filters, errors = found["filters"], found["errors"]
    pagination = paginate(found["services"], request.GET.get("page"), filters, errors)
    services = _decorate(list(pagination["page"].object_list), found["kinds"])
    return {
        **found,
        "errors": errors,
        "services": services,
        "has_filters": bool(filters),
        "result_count": pagination["page"].paginator.count,
        "pagination": pagination,
        "print_href": _url(page, request, "print") + query_string(filters),
        "forget_location_href": query_string(filters, lat=None, lng=None) + "#results",
    }


def week_rows(service, start) -> list[dict]:
    """Seven days from ``start``: the day and its hours in words (none if no hours are known)."""
    sessions, exceptions = service.opening_sessions.all(), service.opening_exceptions.all()
    if not sessions and not exceptions:
        return []
    rows = []
    for day, intervals, exception in opening.week(start, sessions, exceptions):
        hours = ", ".join(
            _("%(opens)s to %(closes)s") % {"opens": short_time(o), "closes": short_time(c)}
            for o, c in intervals
        )
        text = hours or _("Closed")
        if exception is not None and exception.note:
            text = f"{text} ({exception.note})"
        label = format_skeleton("EEEEdMMMM", day, locale=cldr_locale())
        rows.append({"label": label, "hours": text})
    return rows


def print_context(page, request) -> dict:
    """The print view: up to ``PRINT_LIMIT`` services with this week's opening hours."""
    found = results(page, request)
    rows = list(found["services"][: PRINT_LIMIT + 1])
    services = _decorate(rows[:PRINT_LIMIT], found["kinds"])
    today = opening.local(timezone.now()).date()
    for service in services:
        service.week_rows = week_rows(service, today)
    return {
        **found,
        "today": today,
        "services": services,
        "cut": len(rows) > PRINT_LIMIT,
        "print_limit": PRINT_LIMIT,
        "back_href": _url(page, request) + query_string(found["filters"]),
    }
