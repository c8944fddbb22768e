"""The offline postcode table: a centre point for each postcode district (outward code)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class PostcodeDistrict(models.Model):
    """A postcode district such as "EL6" and its centre, uploaded by comms as CSV.

    Used when no postcode API is configured or it does not answer: a full postcode is
    placed at the centre of its district.
    """

    outward_code = models.CharField(_("postcode district"), max_length=4, unique=True)
    latitude = models.FloatField(
        _("latitude"), validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        _("longitude"), validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )

    class Meta:
        verbose_name = _("postcode district")
        verbose_name_plural = _("postcode districts")
        ordering = ["outward_code"]

    def __str__(self):
        return self.outward_code
