"""The finder's GET form and the context of the finder page and its print view.

Whatever a reader (or a link) sends, the finder answers: a value it cannot use is named in
the error summary, in the reader's language, and left out; the other choices still apply.
Where the reader is comes from, in this order: a postcode, a town or area with a centre
point, or the browser's location (hidden fields a small script fills in).
"""

from __future__ import annotations

from urllib.parse import urlencode

from babel.dates import format_skeleton
from django import forms
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.dates import cldr_locale, short_time
from partners.public.selectors import areas_for_locale
from partners.public.views import tel_href
from services import geo, opening, selectors
from services.languages import SPOKEN_LANGUAGES, language_name
from services.templatetags.service_tags import miles

PER_PAGE = 20
#: The print view lists at most this many services, and says so when there are more.
PRINT_LIMIT = 100
RADIUS_MILES = (1, 3, 5, 10, 25)
#: Form fields that narrow or order the listing, in the order they appear in links.
FILTER_FIELDS = (
    "q",
    "kind",
    "area",
    "postcode",
    "lat",
    "lng",
    "radius",
    "open_now",
    "free",
    "no_booking",
    "language",
    "access",
)


class FinderForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Search words"),
        required=False,
        max_length=100,
        error_messages={"max_length": gettext_lazy("Search words must be 100 characters or fewer")},
    )
    kind = forms.MultipleChoiceField(
        label=gettext_lazy("Kind of help"),
        required=False,
        error_messages={
            "invalid_choice": gettext_lazy("Choose kinds of help from the list"),
            "invalid_list": gettext_lazy("Choose kinds of help from the list"),
        },
    )
    area = forms.ChoiceField(
        label=gettext_lazy("Town or area"),
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Choose a town or area from the list")},
    )
    postcode = forms.CharField(
        label=gettext_lazy("Postcode"),
        required=False,
        max_length=10,
        error_messages={"max_length": gettext_lazy("Enter a real postcode, like EL6 2AB")},
    )
    lat = forms.FloatField(
        required=False,
        widget=forms.HiddenInput,
        error_messages={
            "invalid": gettext_lazy(
                "Your location could not be read. Enter a postcode or choose a town instead"
            )
        },
    )
    lng = forms.FloatField(
        required=False,
        widget=forms.HiddenInput,
        error_messages={
            "invalid": gettext_lazy(
                "Your location could not be read. Enter a postcode or choose a town instead"
            )
        },
    )
    radius = forms.TypedChoiceField(
        label=gettext_lazy("Distance"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": gettext_lazy("Choose a distance from the list")},
    )
    open_now = forms.BooleanField(label=gettext_lazy("Open now"), required=False)
    free = forms.BooleanField(label=gettext_lazy("Free only"), required=False)
    no_booking = forms.BooleanField(label=gettext_lazy("No booking needed"), required=False)
    language = forms.ChoiceField(
        label=gettext_lazy("Language spoken"),
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Choose a language from the list")},
    )
    access = forms.MultipleChoiceField(
        label=gettext_lazy("Accessibility"),
        required=False,
        error_messages={
            "invalid_choice": gettext_lazy("Choose accessibility needs from the list"),
            "invalid_list": gettext_lazy("Choose accessibility needs from the list"),
        },
    )

    def __init__(self, data, *, kinds, areas):
        super().__init__(data)
        self.areas = {area.slug: area for area in areas}
        self.fields["kind"].choices = [(kind.code, kind.name) for kind in kinds]
        self.fields["area"].choices = [
            ("", _("Any town or area")),
            *((a.slug, a.name) for a in areas),
        ]
        self.fields["radius"].choices = [
            ("", _("Any distance")),
            *(
                (str(value), _("Within %(distance)s") % {"distance": miles(value)})
                for value in RADIUS_MILES
            ),
        ]
        languages = sorted(
            ((code, language_name(code)) for code in SPOKEN_LANGUAGES),
            key=lambda pair: pair[1].casefold(),
        )
        self.fields["language"].choices = [("", _("Any language")), *languages]
        self.fields["access"].choices = [
            ("step-free", _("Step-free access")),
            ("hearing-loop", _("Hearing loop")),
            ("toilet", _("Accessible toilet")),
            ("bsl", _("British Sign Language")),
        ]

    def clean_postcode(self):
        text = self.cleaned_data["postcode"].strip()
        if not text:
            return ""
        postcode = geo.normalise_postcode(text)
        if postcode is None:
            raise forms.ValidationError(_("Enter a real postcode, like EL6 2AB"))
        return postcode

    def clean(self):
        data = super().clean()
        lat, lng = data.get("lat"), data.get("lng")
        if "lat" in self.errors or "lng" in self.errors:
            return data
        if (lat is None) != (lng is None):
            self.add_error(
                "lat",
                _("Your location could not be read. Enter a postcode or choose a town instead"),
            )
        elif lat is not None and not geo.is_on_earth(lat, lng):
            self.add_error(
                "lat",
                _(
                    "That location is not a place on Earth. "
                    "Enter a postcode or choose a town instead"
                ),
            )
        elif lat is not None and not geo.is_in_uk(lat, lng):
            self.add_error(
                "lat",
                _("Your location is outside the UK. Enter a postcode or choose a town instead"),
            )
        return data

    def filters(self) -> dict:
        """The valid, non-empty filter values; anything invalid is left out."""
        self.is_valid()
        values = {
            name: self.cleaned_data[name]
            for name in FILTER_FIELDS
            if name not in self.errors and self.cleaned_data.get(name) not in (None, "", [], False)
        }
        if "lat" in self.errors or "lng" in self.errors:
            values.pop("lat", None)
            values.pop("lng", None)
        return values


def query_string(filters: dict, **changes) -> str:
    """``?`` plus the filters with ``changes`` applied (a value of None removes a key)."""
    values = {**filters, **changes}
    pairs = []
    for name in (*FILTER_FIELDS, "page"):
        value = values.get(name)
        if value in (None, "", [], False):
            continue
        if value is True:
            value = "1"
        if isinstance(value, list):
            pairs.extend((name, item) for item in value)
        else:
            pairs.append((name, value))
    return "?" + urlencode(pairs) if pairs else "?"


def _page_number(raw: str | None, num_pages: int, errors: list) -> int:
    if raw in (None, ""):
        return 1
    if not raw.isdigit() or int(raw) < 1:
        errors.append(
            {
                "href": "#results",
                "text": _("Page numbers are whole numbers, such as 2. This is the first page."),
            }
        )
        return 1
    if int(raw) > num_pages:
        errors.append(
            {
                "href": "#results",
                "text": _("There is no page %(number)s of these results. This is the last page.")
                % {"number": raw},
            }
        )
        return num_pages
    return int(raw)


def paginate(items, raw_number, filters: dict, errors: list) -> dict:
    """A page of ``items`` and GOV.UK pagination links that keep the filters."""
    paginator = Paginator(items, PER_PAGE, allow_empty_first_page=True)
    page = paginator.page(_page_number(raw_number, paginator.num_pages, errors))

    def href(n):
        return query_string(filters, page=n if n > 1 else None) + "#results"

    links = []
    if paginator.num_pages > 1:
        for n in paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1):
            if n == Paginator.ELLIPSIS:
                links.append({"ellipsis": True})
            else:
                links.append({"number": n, "href": href(n), "current": n == page.number})
    return {
        "page": page,
        "items": links,
        "previous": href(page.previous_page_number()) if page.has_previous() else "",
        "next": href(page.next_page_number()) if page.has_next() else "",
    }


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
