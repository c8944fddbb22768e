"""Give the comms team the resource topics: adding, changing and deleting them.

Partners choose topics in the resource editor but never change them. Runs again safely.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COMMS_GROUP_NAME = "Comms team"
COMMS_PERMISSIONS = [f"{action}_resourcetopic" for action in ("add", "change", "delete")]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("resources")
    app_config.models_module = True  # let create_permissions see the historical models
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    comms, _created = Group.objects.get_or_create(name=COMMS_GROUP_NAME)
    comms.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="resources", codename__in=COMMS_PERMISSIONS
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("resources", "0002_rpage"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
