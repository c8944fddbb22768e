"""The support service editor's form: checks that span the page and its inline rows.

Each inline row checks itself (a session closes after it opens, an exception's last day is
not before its first: see the models). What needs the whole page is checked here, with a
message next to the field the editor has to change:

* at least one kind of help, so that the finder can list the service;
* somewhere to get the help: a venue, or by phone, or online;
* no two closures or changed hours that share a day, since only one can apply.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from hub.admin_forms import ScopedChooserPageForm

NO_KIND = _("Choose at least one kind of help.")
NOWHERE = _("Add at least one venue, or tick “by phone” or “online”.")
OVERLAP = _("These dates overlap another closure or change of hours. Combine them into one.")


def _kept_rows(formset):
    """The cleaned data of the rows that stay (not deleted, not empty extra forms)."""
    if formset is None:
        return []
    rows = []
    for form in formset.forms:
        form.is_valid()  # cleans the row once (cached), like the formset itself does
        data = getattr(form, "cleaned_data", None)
        if not data or data.get("DELETE") or (not form.has_changed() and not form.instance.pk):
            continue
        rows.append((form, data))
    return rows


class ServicePageForm(ScopedChooserPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "kinds" in self.fields:
            self.fields["kinds"].error_messages["required"] = NO_KIND

    def clean(self):
        cleaned_data = super().clean()
        self._check_somewhere(cleaned_data)
        self._check_exceptions_overlap()
        return cleaned_data

    def _check_somewhere(self, cleaned_data) -> None:
        if cleaned_data.get("by_phone") or cleaned_data.get("online"):
            return
        locations = [data for _form, data in _kept_rows(self.formsets.get("locations"))]
        if not any(data.get("venue") for data in locations):
            self.add_error("by_phone", NOWHERE)

    def _check_exceptions_overlap(self) -> None:
        rows = [
            (form, data["starts_on"], data.get("ends_on") or data["starts_on"])
            for form, data in _kept_rows(self.formsets.get("opening_exceptions"))
            if data.get("starts_on")
        ]
        rows.sort(key=lambda row: (row[1], row[2]))
        latest_end = None
        for form, first, last in rows:
            if latest_end is not None and first <= latest_end:
                form.add_error("starts_on", OVERLAP)
            latest_end = last if latest_end is None else max(latest_end, last)
