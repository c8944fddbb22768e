"""The partner directory's filters: a GET form that validates what readers (or links) send.

A value that is not on offer (``?sector=xyz``, a mangled area) is not applied; the form
says what was wrong next to the field, and the other filters still work.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from partners.models import Sector

LETTERS = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: Form fields that narrow the listing, in the order they appear in links.
FILTER_FIELDS = ("q", "sector", "area", "principle", "letter")


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search by name"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Search must be 100 characters or fewer")},
    )
    sector = forms.ChoiceField(
        label=_("Sector"),
        required=False,
        error_messages={"invalid_choice": _("Choose a sector from the list")},
    )
    area = forms.ChoiceField(
        label=_("Area served"),
        required=False,
        error_messages={"invalid_choice": _("Choose an area from the list")},
    )
    principle = forms.TypedChoiceField(
        label=_("Principle pledged"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("Choose a principle from the list")},
    )
    letter = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, data, *, areas, principles):
        super().__init__(data)
        self.fields["sector"].choices = [("", _("All sectors")), *Sector.choices]
        self.fields["area"].choices = [
            ("", _("All areas")),
            *((area.slug, area.name) for area in areas),
        ]
        self.fields["principle"].choices = [
            ("", _("All principles")),
            *((str(p.number), f"{p.number}. {p.title}") for p in principles),
        ]

    def clean_letter(self):
        letter = self.cleaned_data["letter"].strip().upper()
        if letter and letter not in LETTERS:
            raise forms.ValidationError(_("Choose a letter from A to Z"))
        return letter

    def filters(self) -> dict:
        """The valid, non-empty filter values; anything invalid is left out."""
        self.is_valid()
        return {
            name: self.cleaned_data[name]
            for name in FILTER_FIELDS
            if self.cleaned_data.get(name) not in (None, "")
        }


def query_string(filters: dict, **changes) -> str:
    """``?`` plus the filters with ``changes`` applied (a value of None removes a key)."""
    values = {**filters, **changes}
    pairs = [(name, values[name]) for name in (*FILTER_FIELDS, "page") if values.get(name)]
    return "?" + urlencode(pairs) if pairs else "?"


def paginate(items, number, per_page: int, filters: dict, anchor: str = "#results") -> dict:
    """A page of ``items`` and govuk pagination links that keep the filters.

    A page number that is not a number, or is out of range, shows the nearest page.
    """
    paginator = Paginator(items, per_page)
    page = paginator.get_page(number)

    def href(n):
        return query_string(filters, page=n if n > 1 else None) + anchor

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
