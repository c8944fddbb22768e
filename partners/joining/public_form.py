"""What the public site's forms share: the spam fields, GOV.UK choices and the error summary.

The charter application, a service's "report a problem" and a resource's "request an
accessible format" are filled in by people without an account, so each carries the spam
checks of ``partners.joining.spam`` (a honeypot and a signed, timed form token, never shown in
the error summary) and lists its errors in page order for the GOV.UK error summary.
"""

from __future__ import annotations

from collections.abc import Iterable

from django import forms
from django.utils.translation import gettext_lazy as _

from partners.joining import spam


class PublicForm(forms.Form):
    extra_notes = forms.CharField(label=_("Leave this field blank"), required=False, max_length=200)
    form_started = forms.CharField(required=False, widget=forms.HiddenInput, max_length=200)

    #: The fields people fill in, in order; the error summary follows it.
    visible_fields_order: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[spam.TOKEN_FIELD].initial = spam.make_token()

    def govuk_items(self, name: str, choices: Iterable[tuple]) -> list[dict]:
        """Radios or checkboxes to render, with govuk ids and what the reader had chosen.

        ``choices`` holds ``(value, label)`` or ``(value, label, hint, lang)``; ``lang`` is set
        on labels still in the default language (not yet translated).
        """
        field = self[name]
        value = field.value()
        chosen = {str(v) for v in value} if isinstance(value, list | tuple) else {str(value)}
        items = []
        for index, (choice, label, *rest) in enumerate(choices):
            hint, lang = (*rest, "", "")[:2]
            items.append(
                {
                    "id": field.auto_id if index == 0 else f"{field.auto_id}-{index + 1}",
                    "value": choice,
                    "label": label,
                    "hint": hint,
                    "lang": lang,
                    "checked": str(choice) in chosen,
                }
            )
        return items

    def error_list(self) -> list[dict]:
        """The error summary: form-wide errors first, then each field's errors in page order."""
        items = [{"href": "", "text": error} for error in self.non_field_errors()]
        for name in self.visible_fields_order:
            for error in self.errors.get(name, []):
                items.append({"href": f"#{self[name].auto_id}", "text": error})
        return items
