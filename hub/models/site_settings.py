"""Site-wide details comms staff edit once: logo, helpline, contact and footer links.

The words that change with the language (the partnership's name, its address) are in
``SiteWording``, a translatable snippet.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField


class HelplineDays(models.TextChoices):
    MONDAY_TO_FRIDAY = "mon-fri", _("Monday to Friday")
    MONDAY_TO_SATURDAY = "mon-sat", _("Monday to Saturday")
    EVERY_DAY = "every-day", _("Every day")


class SocialLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=40, label=_("Name of the service"))
    url = blocks.URLBlock(label=_("Web address"))

    class Meta:
        icon = "site"
        label = _("Social media link")


@register_setting(icon="site")
class HubSettings(BaseSiteSetting):
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown beside the partnership name; the name is its text alternative."),
    )
    helpline_phone = models.CharField(_("helpline phone number"), max_length=30, blank=True)
    helpline_days = models.CharField(
        _("helpline days"),
        max_length=12,
        choices=HelplineDays.choices,
        default=HelplineDays.MONDAY_TO_FRIDAY,
    )
    helpline_opens = models.TimeField(_("helpline opens"), null=True, blank=True)
    helpline_closes = models.TimeField(_("helpline closes"), null=True, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name=_("social media links")
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("contact page"),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy notice"),
    )

    panels = [
        MultiFieldPanel([FieldPanel("logo")], _("Identity")),
        MultiFieldPanel(
            [
                FieldPanel("helpline_phone"),
                FieldPanel("helpline_days"),
                FieldPanel("helpline_opens"),
                FieldPanel("helpline_closes"),
            ],
            _("Digital help line"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("social_links")],
            _("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("privacy_page"),
            ],
            _("Footer links"),
        ),
    ]

    class Meta:
        verbose_name = _("hub settings")

    @property
    def helpline_tel(self):
        """The phone number as a ``tel:`` URI (digits and a leading plus only)."""
        digits = "".join(ch for ch in self.helpline_phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""
