"""The public "sign the charter" form.

Areas and principles are offered from the default language (what the application stores and
what approval copies to the partner page), labelled with their translation in the reader's
language where there is one. Anything not offered is refused as an invalid choice.
"""

from __future__ import annotations

from django import forms
from django.core.validators import RegexValidator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from charter.models import PrinciplePage
from partners.joining.public_form import PublicForm
from partners.models import Area, Sector

single_line = RegexValidator(
    r"[\x00-\x1f\x7f]", inverse_match=True, message=_("Use one line without special characters")
)
phone_number = RegexValidator(
    r"^\+?[0-9][0-9 ()\-]{4,28}[0-9]$",
    message=_("Enter a phone number using digits and spaces only, like 01632 960 001"),
)


def _localized(objects: list, queryset) -> dict:
    """Each object's translation in the active locale (or the object itself), by object pk."""
    active = Locale.get_active()
    if not objects or all(obj.locale_id == active.pk for obj in objects):
        return {obj.pk: obj for obj in objects}
    translations = {
        obj.translation_key: obj
        for obj in queryset.filter(
            locale=active, translation_key__in=[o.translation_key for o in objects]
        )
    }
    return {obj.pk: translations.get(obj.translation_key, obj) for obj in objects}


def _source_language(obj) -> str:
    """The language an untranslated label is written in, or "" when it is in the reader's."""
    active = Locale.get_active()
    if obj.locale_id == active.pk and not getattr(obj, "alias_of_id", None):
        return ""
    return Locale.get_default().language_code


class CharterApplicationForm(PublicForm):
    organisation_name = forms.CharField(
        label=_("Organisation name"),
        max_length=200,
        validators=[single_line],
        error_messages={
            "required": _("Enter the name of your organisation"),
            "max_length": _("Organisation name must be %(limit_value)d characters or fewer"),
        },
    )
    sector = forms.ChoiceField(
        label=_("Type of organisation"),
        choices=Sector.choices,
        error_messages={
            "required": _("Select the type of organisation"),
            "invalid_choice": _("Select the type of organisation from the list"),
        },
    )
    areas = forms.ModelMultipleChoiceField(
        label=_("Areas you serve"),
        help_text=_("Select all that apply."),
        queryset=Area.objects.none(),
        required=False,
        error_messages={
            "required": _("Select at least one area you serve"),
            "invalid_choice": _("Select areas from the list"),
            "invalid_pk_value": _("Select areas from the list"),
        },
    )
    website = forms.URLField(
        label=_("Website (optional)"),
        required=False,
        max_length=200,
        assume_scheme="https",
        error_messages={
            "invalid": _("Enter a website address in the correct format, like www.example.org"),
            "max_length": _("Website address must be %(limit_value)d characters or fewer"),
        },
    )
    description = forms.CharField(
        label=_("About your organisation (optional)"),
        help_text=_(
            "Who you are and the people you help, in a few sentences. If we approve your "
            "application, this starts your organisation's page on this website."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea,
        error_messages={
            "max_length": _("About your organisation must be %(limit_value)d characters or fewer")
        },
    )
    contact_name = forms.CharField(
        label=_("Your full name"),
        max_length=200,
        validators=[single_line],
        error_messages={
            "required": _("Enter your full name"),
            "max_length": _("Your name must be %(limit_value)d characters or fewer"),
        },
    )
    contact_email = forms.EmailField(
        label=_("Email address"),
        help_text=_("We will only use this to contact you about joining the charter."),
        max_length=254,
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.org"),
            "max_length": _("Email address must be %(limit_value)d characters or fewer"),
        },
    )
    contact_phone = forms.CharField(
        label=_("Phone number (optional)"),
        required=False,
        max_length=30,
        validators=[phone_number],
        error_messages={
            "max_length": _("Phone number must be %(limit_value)d characters or fewer")
        },
    )
    principles = forms.ModelMultipleChoiceField(
        label=_("Principles you will pledge to"),
        help_text=_("Select every principle your first pledges will serve."),
        queryset=PrinciplePage.objects.none(),
        required=False,
        error_messages={
            "required": _("Select at least one principle"),
            "invalid_choice": _("Select principles from the list"),
            "invalid_pk_value": _("Select principles from the list"),
        },
    )
    first_pledges = forms.CharField(
        label=_("Your first pledge or pledges"),
        help_text=_(
            "What will your organisation do, by when, and how will you know it has worked? "
            "You can write more than one pledge."
        ),
        max_length=4000,
        widget=forms.Textarea,
        error_messages={
            "required": _("Tell us at least one pledge your organisation will make"),
            "max_length": _("Your pledges must be %(limit_value)d characters or fewer"),
        },
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the partnership may store these details to consider our application "
            "and contact me about it"
        ),
        error_messages={"required": _("Agree to us storing these details so we can consider them")},
    )
    #: The fields people fill in, in order; the error summary follows it.
    visible_fields_order = [
        "organisation_name",
        "sector",
        "areas",
        "website",
        "description",
        "contact_name",
        "contact_email",
        "contact_phone",
        "principles",
        "first_pledges",
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        areas = list(Area.objects.filter(locale=default))
        principles = list(
            PrinciplePage.objects.live().filter(locale=default).order_by("number", "pk")
        )
        self.fields["areas"].queryset = Area.objects.filter(locale=default)
        self.fields["areas"].required = bool(areas)
        self.fields["principles"].queryset = PrinciplePage.objects.live().filter(locale=default)
        self.fields["principles"].required = bool(principles)

        local_areas = _localized(areas, Area.objects.all())
        local_principles = _localized(principles, PrinciplePage.objects.live())
        self._choices = {
            "sector": [(value, label, "", "") for value, label in Sector.choices],
            "areas": sorted(
                (
                    (area.pk, local_areas[area.pk].name, "", _source_language(local_areas[area.pk]))
                    for area in areas
                ),
                key=lambda item: item[1].casefold(),
            ),
            "principles": [
                (
                    principle.pk,
                    f"{principle.number}. {local_principles[principle.pk].title}",
                    local_principles[principle.pk].summary,
                    _source_language(local_principles[principle.pk]),
                )
                for principle in principles
            ],
        }

    @cached_property
    def choice_groups(self) -> dict[str, list[dict]]:
        """``choice_items`` for every radio or checkbox group, for templates."""
        return {name: self.choice_items(name) for name in self._choices}

    def choice_items(self, name: str) -> list[dict]:
        """Radios or checkboxes to render (``govuk_items``) for one of the form's groups."""
        return self.govuk_items(name, self._choices[name])
