"""The library's GET form, its links and its pagination: what readers (or links) may send.

A value that is not on offer (``?topic=teleport``), search words that are too long, a sort
that does not exist or a page that is not a number is not applied; the page says what was
wrong, in the reader's language, answers 400, and the other choices still work.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub import listing
from resources.models import Audience, ResourceFormat
from resources.selectors import site_languages

PER_PAGE = 20
#: Form fields that narrow or order the listing, in the order they appear in links.
FILTER_FIELDS = ("q", "topic", "audience", "format", "language", "sort")


def _choose(message):
    return {"invalid_choice": message, "invalid_list": message}


class LibraryForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Search the library"),
        required=False,
        max_length=100,
        error_messages={"max_length": gettext_lazy("Search words must be 100 characters or fewer")},
    )
    topic = forms.MultipleChoiceField(
        label=gettext_lazy("Topic"),
        required=False,
        error_messages=_choose(gettext_lazy("Choose topics from the list")),
    )
    audience = forms.MultipleChoiceField(
        label=gettext_lazy("Who it is for"),
        required=False,
        error_messages=_choose(gettext_lazy("Choose who it is for from the list")),
    )
    format = forms.MultipleChoiceField(
        label=gettext_lazy("Format"),
        required=False,
        error_messages=_choose(gettext_lazy("Choose formats from the list")),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Available in"),
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Choose a language from the list")},
    )
    sort = forms.ChoiceField(
        label=gettext_lazy("Sort by"),
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Choose how to sort from the list")},
    )

    def __init__(self, data, *, topics):
        super().__init__(data)
        self.fields["topic"].choices = [(topic.code, topic.name) for topic in topics]
        self.fields["audience"].choices = Audience.choices
        self.fields["format"].choices = ResourceFormat.choices
        self.fields["language"].choices = [("", _("Any language")), *site_languages()]
        self.fields["sort"].choices = [("newest", _("Newest first")), ("title", _("A to Z"))]

    def filters(self) -> dict:
        """The valid, non-empty filter values; anything invalid is left out.

        Of a list with an unknown value in it (``?topic=email&topic=teleport``), the known
        values still apply.
        """
        self.is_valid()
        values = {
            name: self.cleaned_data[name]
            for name in FILTER_FIELDS
            if name not in self.errors and self.cleaned_data.get(name) not in (None, "", [])
        }
        for name in ("topic", "audience", "format"):
            if name in self.errors and hasattr(self.data, "getlist"):
                known = {str(value) for value, _label in self.fields[name].choices}
                chosen = [v for v in dict.fromkeys(self.data.getlist(name)) if v in known]
                if chosen:
                    values[name] = chosen
        return {name: values[name] for name in FILTER_FIELDS if name in values}

    def error_list(self) -> list[dict]:
        """The error summary's entries, each linking to its field."""
        anchors = {"topic": "#topic", "audience": "#audience", "format": "#format"}
        return [
            {"href": anchors.get(name) or f"#{self[name].id_for_label}", "text": message}
            for name, messages in self.errors.items()
            for message in messages
        ]


def query_string(filters: dict, **changes) -> str:
    """``?`` plus the filters with ``changes`` applied (a value of None removes a key)."""
    return listing.query_string(filters, (*FILTER_FIELDS, "page"), **changes)


def paginate(items, raw_number, filters: dict, errors: list) -> dict:
    """A page of ``items`` and GOV.UK pagination links that keep the filters."""

    def href(number: int) -> str:
        return query_string(filters, page=number if number > 1 else None) + "#results"

    return listing.paginate(items, raw_number, errors, href, PER_PAGE)
