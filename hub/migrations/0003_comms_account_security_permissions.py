"""Let the comms team read account events in Site history and lift sign-in lockouts.

Site history shows a user's log entries (sign-ins, lockouts, two-factor changes) to those
with a permission on users: the team gets "view user". Unlocking (hub.account_locks) needs
"delete access attempt". Runs again safely.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COMMS_GROUP_NAME = "Comms team"
PERMISSIONS = [
    ("auth", "view_user"),
    ("axes", "view_accessattempt"),
    ("axes", "delete_accessattempt"),
]


def grant(apps, schema_editor):
    for label in ("auth", "axes"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True  # let create_permissions see the historical models
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    comms, _created = Group.objects.get_or_create(name=COMMS_GROUP_NAME)
    for app_label, codename in PERMISSIONS:
        comms.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0002_limits_cache_table"),
        ("partners", "0002_partner_changes_workflow"),
        ("axes", "0010_accessattemptexpiration"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
