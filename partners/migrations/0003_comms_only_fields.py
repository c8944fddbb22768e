"""Only the comms team changes a partner's sector and date signed, and it manages the areas.

Adds the "change partner membership" permission to partner pages (checked by the sector and
date-signed panels, see ``partners.comms_fields``) and gives it to the "Comms team" group
with the permissions to add, change and delete areas (Snippets → Areas). Runs again safely.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COMMS_GROUP_NAME = "Comms team"
COMMS_PERMISSIONS = ["change_partner_membership", "add_area", "change_area", "delete_area"]


def grant_comms(apps, schema_editor):
    app_config = apps.get_app_config("partners")
    app_config.models_module = True  # let create_permissions see the historical models
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    comms, _created = Group.objects.get_or_create(name=COMMS_GROUP_NAME)
    comms.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="partners", codename__in=COMMS_PERMISSIONS
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("partners", "0002_partner_changes_workflow"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="partnerpage",
            options={
                "permissions": [
                    (
                        "change_partner_membership",
                        "Can change a partner's sector and date signed",
                    )
                ],
                "verbose_name": "partner",
            },
        ),
        migrations.RunPython(grant_comms, migrations.RunPython.noop),
    ]
