"""Sectors and the areas partners serve."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Sector(models.TextChoices):
    COUNCIL = "council", _("Council")
    HEALTH = "health", _("NHS and health")
    VOLUNTARY = "voluntary", _("Voluntary and community")
    EDUCATION = "education", _("Education")
    HOUSING = "housing", _("Housing")
    LIBRARY = "library", _("Library and culture")
    BUSINESS = "business", _("Business")


class Area(TranslatableMixin, index.Indexed, models.Model):
    """A district or town that partners serve; a filter in the directory."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    # The centre point, for "near me" by town in the support-service finder.
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

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name
