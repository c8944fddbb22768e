"""The short public form: the format needed (and which language), notes, name and e-mail."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from partners.joining.forms import single_line
from partners.joining.public_form import PublicForm
from resources.format_requests.models import NeededFormat

NOTES_MAX_LENGTH = 2000


class FormatRequestForm(PublicForm):
    needed_format = forms.ChoiceField(
        label=_("Which format do you need?"),
        choices=NeededFormat.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select the format you need"),
            "invalid_choice": _("Select the format you need from the list"),
        },
    )
    other_language = forms.CharField(
        label=_("Which language? (only for another language)"),
        required=False,
        max_length=100,
        validators=[single_line],
        error_messages={
            "max_length": _("The language must be %(limit_value)d characters or fewer")
        },
    )
    notes = forms.CharField(
        label=_("Anything else we should know (optional)"),
        help_text=_("For example, the size of print you can read."),
        required=False,
        max_length=NOTES_MAX_LENGTH,
        widget=forms.Textarea,
        error_messages={"max_length": _("Notes must be %(limit_value)d characters or fewer")},
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=100,
        validators=[single_line],
        error_messages={
            "required": _("Enter your name"),
            "max_length": _("Your name must be %(limit_value)d characters or fewer"),
        },
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("We use it to send you the resource and for nothing else."),
        max_length=254,
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.org"),
            "max_length": _("Email address must be %(limit_value)d characters or fewer"),
        },
    )

    visible_fields_order = ["needed_format", "other_language", "notes", "name", "email"]

    def clean(self):
        cleaned = super().clean()
        language = (cleaned.get("other_language") or "").strip()
        cleaned["other_language"] = language
        if cleaned.get("needed_format") == NeededFormat.OTHER_LANGUAGE and not language:
            self.add_error("other_language", _("Enter the language you need"))
        elif cleaned.get("needed_format") not in (None, NeededFormat.OTHER_LANGUAGE):
            cleaned["other_language"] = ""
        return cleaned

    def format_items(self) -> list[dict]:
        """The radios, with govuk ids and the reader's earlier choice."""
        return self.govuk_items("needed_format", NeededFormat.choices)
