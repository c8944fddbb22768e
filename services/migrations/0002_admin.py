"""Give the comms team the support-service snippets, and partner groups the right to add venues.

Kinds of help and postcode districts are the comms team's; venues are public places anyone
may add, but only comms changes or deletes them. New partner groups get ``add_venue``
through the ``partner_group_permissions`` hook. Runs again safely.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COMMS_GROUP_NAME = "Comms team"
COMMS_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("helpkind", "venue", "postcodedistrict")
    for action in ("add", "change", "delete")
]
PARTNER_PERMISSIONS = ["add_venue"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("services")
    app_config.models_module = True  # let create_permissions see the historical models
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    comms, _created = Group.objects.get_or_create(name=COMMS_GROUP_NAME)
    comms.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="services", codename__in=COMMS_PERMISSIONS
        )
    )
    partner_group_ids = GroupPagePermission.objects.filter(
        page__content_type__app_label="partners", page__content_type__model="partnerpage"
    ).values_list("group_id", flat=True)
    add_venue = Permission.objects.filter(
        content_type__app_label="services", codename__in=PARTNER_PERMISSIONS
    )
    for group in Group.objects.filter(pk__in=partner_group_ids).exclude(name=COMMS_GROUP_NAME):
        group.permissions.add(*add_venue)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("partners", "0005_area_latitude_area_longitude"),
        ("services", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
