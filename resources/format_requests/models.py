"""A reader's request for a resource (or one of its documents) in an accessible format."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NeededFormat(models.TextChoices):
    LARGE_PRINT = "large_print", _("Large print")
    EASY_READ = "easy_read", _("Easy read")
    AUDIO = "audio", _("Audio")
    BRAILLE = "braille", _("Braille")
    OTHER_LANGUAGE = "other_language", _("Another language")


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ANSWERED = "answered", _("Answered")


class FormatRequest(models.Model):
    resource = models.ForeignKey(
        "resources.ResourcePage",
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        related_name="format_requests",
    )
    # The resource's partner when asked (none: the partnership's own resource). It scopes
    # the admin listing to that partner.
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    needed_format = models.CharField(
        _("format needed"), max_length=20, choices=NeededFormat.choices
    )
    other_language = models.CharField(_("language needed"), max_length=100, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"))
    language = models.CharField(_("form language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        app_label = "resources"
        verbose_name = _("accessible format request")
        verbose_name_plural = _("accessible format requests")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self):
        return f"{self.resource.title}: {self.format_text}"

    @property
    def format_text(self) -> str:
        """The format asked for, with the language when it is another language."""
        label = self.get_needed_format_display()
        if self.needed_format == NeededFormat.OTHER_LANGUAGE and self.other_language:
            return f"{label}: {self.other_language}"
        return str(label)
