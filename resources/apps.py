from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Resources")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Wagtail only finds the app's top-level wagtail_hooks; this package has its own.
        from resources.format_requests import wagtail_hooks  # noqa: F401
