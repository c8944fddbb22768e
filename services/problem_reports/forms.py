"""The short public form: what is wrong, details, and (optionally) who is telling us."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from partners.joining.forms import single_line
from partners.joining.public_form import PublicForm
from services.problem_reports.models import ProblemKind

DETAILS_MAX_LENGTH = 2000


class ProblemReportForm(PublicForm):
    kind = forms.ChoiceField(
        label=_("What is wrong?"),
        choices=ProblemKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select what is wrong with this listing"),
            "invalid_choice": _("Select what is wrong from the list"),
        },
    )
    details = forms.CharField(
        label=_("Tell us more (optional)"),
        help_text=_("For example, the right opening times. Do not include personal details."),
        required=False,
        max_length=DETAILS_MAX_LENGTH,
        widget=forms.Textarea,
        error_messages={"max_length": _("Details must be %(limit_value)d characters or fewer")},
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        required=False,
        max_length=100,
        validators=[single_line],
        error_messages={"max_length": _("Your name must be %(limit_value)d characters or fewer")},
    )
    email = forms.EmailField(
        label=_("Email address (optional)"),
        help_text=_("Only if you would like us to reply. We use it for nothing else."),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("Enter an email address in the correct format, like name@example.org"),
            "max_length": _("Email address must be %(limit_value)d characters or fewer"),
        },
    )

    visible_fields_order = ["kind", "details", "name", "email"]

    def kind_items(self) -> list[dict]:
        """The radios, with govuk ids and the reader's earlier choice."""
        return self.govuk_items("kind", ProblemKind.choices)
