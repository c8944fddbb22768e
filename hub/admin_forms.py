r"""Admin forms: posted line endings made consistent, and choosers limited to what is yours.

Browsers post a textarea's line breaks as ``\r\n``, while text written by code (the demo,
imports, wagtail-localize) has ``\n``: saving a page or snippet without touching its
postal address made the revision compare view show the address as changed. Every admin
form here (``NormalisedLineEndingsMixin``) turns ``\r\n`` and lone ``\r`` into ``\n`` in
the posted data, for the form and its inline child forms alike, before anything reads it.

Page forms also accept only the images and documents the editor may choose.

Wagtail's choosers list only what a user may choose, but a forged post can name any id: a
partner could attach another partner's unpublished document to their page, and the file
would then be served to anyone. Every page type uses ``ScopedChooserPageForm``: image and
document fields (in the page and its inline children), chooser blocks in StreamFields and
document links in rich text take only items from collections where the user has the
"choose" permission, or items the page already used before this edit.
"""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.permissions import policy_registry
from wagtail.rich_text import RichText

NOT_YOURS = _("Choose an image or document from your own collections.")
RICH_TEXT_REFERENCE = re.compile(
    r'<(?:a|embed)\b[^>]*\b(?:linktype|embedtype)="(document|image)"[^>]*\bid="(\d+)"'
)


def _models():
    return {"image": get_image_model(), "document": get_document_model()}


def choosable(model, user):
    """The images or documents ``user`` may choose (every one, for the comms team)."""
    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_any_permission_for(user, ["choose"])


def _references(block, value):
    """(model, pk) of every image and document a stream value or rich text refers to."""
    if value is None:
        return
    if isinstance(value, RichText | str):
        source = value.source if isinstance(value, RichText) else value
        for kind, pk in RICH_TEXT_REFERENCE.findall(source):
            yield _models()[kind], int(pk)
    elif isinstance(block, ImageBlock):  # a StructBlock whose value is the image itself
        yield get_image_model(), value.pk
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _references(child.block, child.value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _references(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _references(block.child_block, item)
    elif isinstance(block, blocks.ChooserBlock) and block.model_class in _models().values():
        yield block.model_class, value.pk


def _field_references(form, name, value):
    field = form.fields[name]
    if hasattr(field, "block"):  # a StreamField's form field
        return set(_references(field.block, value))
    if isinstance(value, str):
        return set(_references(None, value))
    return set()


def _scope_model_choices(form, user) -> None:
    """Limit image and document choice fields to choosable items and the current one."""
    for name, field in form.fields.items():
        if not isinstance(field, forms.ModelChoiceField):
            continue
        model = field.queryset.model
        if model not in _models().values():
            continue
        queryset = choosable(model, user)
        current = getattr(form.instance, f"{name}_id", None)
        if current:
            queryset = queryset | model.objects.filter(pk=current)
        field.queryset = queryset
        _scope_widget(field.widget, queryset)


def _scope_widget(widget, queryset) -> None:
    """Make a chooser widget show nothing, not its title, for an item outside ``queryset``.

    A refused form is shown again with the posted id, and the chooser would otherwise look
    that id up and print the other partner's image or document title.
    """
    find = getattr(widget, "get_instance", None)
    if find is None:
        return

    def get_instance(value):
        instance = find(value)
        if instance is not None and not queryset.filter(pk=instance.pk).exists():
            return None
        return instance

    widget.get_instance = get_instance


def normalise_line_endings(data):
    r"""A copy of posted ``data`` with every line break in its text values as ``\n``."""
    if data is None or not hasattr(data, "lists"):
        return data
    normalised = data.copy()
    for key, values in data.lists():
        if any(isinstance(value, str) and "\r" in value for value in values):
            normalised.setlist(
                key,
                [
                    value.replace("\r\n", "\n").replace("\r", "\n")
                    if isinstance(value, str)
                    else value
                    for value in values
                ],
            )
    return normalised


class NormalisedLineEndingsMixin:
    def __init__(self, *args, **kwargs):
        if args:
            args = (normalise_line_endings(args[0]), *args[1:])
        elif "data" in kwargs:
            kwargs["data"] = normalise_line_endings(kwargs["data"])
        super().__init__(*args, **kwargs)


class NormalisedAdminModelForm(NormalisedLineEndingsMixin, WagtailAdminModelForm):
    """The base form for snippets and settings with multi-line text."""


class ScopedChooserPageForm(NormalisedLineEndingsMixin, WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None:
            return
        _scope_model_choices(self, self.for_user)
        for formset in self.formsets.values():
            for child_form in formset.forms:
                _scope_model_choices(child_form, self.for_user)

    def clean(self):
        cleaned_data = super().clean()
        if self.for_user is None:
            return cleaned_data
        for name, value in list(cleaned_data.items()):
            used = _field_references(self, name, value)
            if not used:
                continue
            before = _field_references(self, name, getattr(self.instance, name, None))
            for model, pk in used - before:
                if not choosable(model, self.for_user).filter(pk=pk).exists():
                    self.add_error(name, NOT_YOURS)
                    break
        return cleaned_data
