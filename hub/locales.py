"""Keep one wagtail Locale per configured site language."""

from django.conf import settings


def ensure_locales(**kwargs):
    """Create any missing Locale for SITE_LANGUAGES; run after every migrate and flush."""
    from wagtail.models import Locale

    existing = set(Locale.objects.values_list("language_code", flat=True))
    Locale.objects.bulk_create(
        [Locale(language_code=code) for code, _name in settings.LANGUAGES if code not in existing]
    )
