from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Hub")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub import audit
        from hub.locales import ensure_locales
        from hub.site_address import apply_site_url

        audit.connect()

        # Locales follow SITE_LANGUAGES, so they are made after migrate rather than
        # frozen into a migration.
        post_migrate.connect(ensure_locales, sender=self, dispatch_uid="hub-ensure-locales")
        post_migrate.connect(apply_site_url, sender=self, dispatch_uid="hub-site-url")
