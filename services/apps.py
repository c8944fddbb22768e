from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    """Support services partners run, the finder residents use, and the Open Referral UK API."""

    name = "services"
    verbose_name = _("Support services")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Wagtail only finds the app's top-level wagtail_hooks; this package has its own.
        from services.problem_reports import wagtail_hooks  # noqa: F401
