"""Kinds of help (the finder's taxonomy) and venues (shared with the events calendar)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class HelpKind(TranslatableMixin, index.Indexed, models.Model):
    """One kind of help, such as "Free mobile data and SIMs": a taxonomy term.

    ``code`` is the same in every language and is what URLs and the API use.
    """

    name = models.CharField(_("name"), max_length=100)
    code = models.SlugField(_("code"), max_length=60)
    description = models.CharField(_("description"), max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kind of help")
        verbose_name_plural = _("kinds of help")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("code", "locale")]

    def __str__(self):
        return self.name


class Venue(TranslatableMixin, index.Indexed, models.Model):
    """A place where services (and events) happen, with its access features."""

    name = models.CharField(_("name"), max_length=150)
    address = models.TextField(_("address"), help_text=_("Street address, one line per line."))
    town = models.CharField(_("town"), max_length=100)
    postcode = models.CharField(_("postcode"), max_length=10)
    area = models.ForeignKey(
        "partners.Area",
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="venues",
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    step_free = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    bsl = models.BooleanField(_("British Sign Language available"), default=False)
    directions = models.TextField(_("directions"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("town"), FieldPanel("postcode")]),
        FieldPanel("area"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Map position")),
        MultiFieldPanel(
            [
                FieldPanel("step_free"),
                FieldPanel("hearing_loop"),
                FieldPanel("accessible_toilet"),
                FieldPanel("bsl"),
            ],
            heading=_("Accessibility"),
        ),
        FieldPanel("directions"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("town"),
        index.SearchField("postcode"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.town}"
