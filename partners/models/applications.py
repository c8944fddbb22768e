"""Applications to sign the charter, stored before anything else happens."""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .snippets import Sector


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class CharterApplication(models.Model):
    organisation_name = models.CharField(_("organisation name"), max_length=200)
    sector = models.CharField(_("type of organisation"), max_length=20, choices=Sector.choices)
    areas = models.ManyToManyField("partners.Area", blank=True, verbose_name=_("areas served"))
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=200)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    principles = models.ManyToManyField(
        "charter.PrinciplePage", blank=True, verbose_name=_("principles it will pledge to")
    )
    description = models.TextField(_("about the organisation"), blank=True)
    first_pledges = models.TextField(_("first pledges"))
    consent = models.BooleanField(_("consent to store these details"), default=False)
    language = models.CharField(_("language of the form"), max_length=10, blank=True)

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
        db_index=True,
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partner_page = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )

    class Meta:
        verbose_name = _("charter application")
        verbose_name_plural = _("charter applications")
        ordering = ["-submitted_at"]

    def __str__(self):
        return self.organisation_name

    @property
    @admin.display(description=_("reference"))
    def reference(self) -> str:
        """The number the applicant is given, ``CHA-<year sent>-<id>``, e.g. CHA-2026-0042."""
        if self.pk is None or self.submitted_at is None:
            return ""
        return f"{REFERENCE_PREFIX}-{timezone.localtime(self.submitted_at).year}-{self.pk:04d}"


#: What every application reference starts with (see ``CharterApplication.reference``).
REFERENCE_PREFIX = "CHA"
