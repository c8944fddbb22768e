"""The words residents see on every page, in each site language: the partnership's name and
postal address. The rest of the site-wide details (phone, hours, e-mail, logo, footer pages)
are the same in every language and stay in ``HubSettings``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from hub.admin_forms import NormalisedAdminModelForm


class SiteWording(TranslatableMixin, models.Model):
    """One per language; comms translate it with wagtail-localize like any snippet."""

    base_form_class = NormalisedAdminModelForm  # the postal address: see hub.admin_forms

    partnership_name = models.CharField(
        _("partnership name"),
        max_length=120,
        help_text=_("Shown in the header, the footer and every page's title."),
    )
    postal_address = models.TextField(_("postal address"), blank=True)

    panels = [FieldPanel("partnership_name"), FieldPanel("postal_address")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site wording")
        verbose_name_plural = _("site wording")

    def __str__(self):
        return self.partnership_name
