"""The finder's GET form, its links and its pagination: what readers (or links) may send.

A value that is not on offer (``?kind=teleport``), a malformed postcode, coordinates off
the map or a page that is not a number is not applied; the form (or ``paginate``) says
what was wrong, in the reader's language, and the other choices still work.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub import listing
from services import geo
from services.languages import SPOKEN_LANGUAGES, language_name
from services.templatetags.service_tags import miles

PER_PAGE = 20
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
    return listing.query_string(filters, (*FILTER_FIELDS, "page"), **changes)


def paginate(items, raw_number, filters: dict, errors: list) -> dict:
    """A page of ``items`` and GOV.UK pagination links that keep the filters."""

    def href(number: int) -> str:
        return query_string(filters, page=number if number > 1 else None) + "#results"

    return listing.paginate(items, raw_number, errors, href, PER_PAGE)
