"""The partnership's name and address move from HubSettings to SiteWording, a translatable
snippet, so each language can have its own; the comms team may edit it.
"""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

COMMS_GROUP_NAME = "Comms team"


def move_wording(apps, schema_editor):
    HubSettings = apps.get_model("hub", "HubSettings")
    SiteWording = apps.get_model("hub", "SiteWording")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        or Locale.objects.order_by("pk").first()
    )
    for hub_settings in HubSettings.objects.order_by("pk")[:1]:
        if locale is not None:
            SiteWording.objects.create(
                locale=locale,
                partnership_name=hub_settings.partnership_name,
                postal_address=hub_settings.postal_address,
            )


def grant_comms(apps, schema_editor):
    app_config = apps.get_app_config("hub")
    app_config.models_module = True  # let create_permissions see the historical models
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    comms = Group.objects.filter(name=COMMS_GROUP_NAME).first()
    if comms is not None:
        comms.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="hub",
                codename__in=["add_sitewording", "change_sitewording"],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0003_comms_account_security_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="SiteWording",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "partnership_name",
                    models.CharField(
                        help_text="Shown in the header, the footer and every page's title.",
                        max_length=120,
                        verbose_name="partnership name",
                    ),
                ),
                ("postal_address", models.TextField(blank=True, verbose_name="postal address")),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "site wording",
                "verbose_name_plural": "site wording",
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
            },
        ),
        migrations.RunPython(move_wording, migrations.RunPython.noop),
        migrations.RunPython(grant_comms, migrations.RunPython.noop),
        migrations.RemoveField(model_name="hubsettings", name="partnership_name"),
        migrations.RemoveField(model_name="hubsettings", name="postal_address"),
    ]
