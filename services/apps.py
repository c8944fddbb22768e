from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    """Support services partners run, the finder residents use, and the Open Referral UK API."""

    name = "services"
    verbose_name = _("Support services")
    default_auto_field = "django.db.models.BigAutoField"
