"""Create the "Partner changes" moderation workflow and let the comms team review applications.

The workflow has one task, approval by the "Comms team" group, and is assigned to every partner
directory page, so it covers each partner page and pledge below it. Directory pages made after
this migration are linked by ``partners.self_service.access.ensure_partner_workflow``. Runs again
safely: nothing that exists is changed.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COMMS_GROUP_NAME = "Comms team"
WORKFLOW_NAME = "Partner changes"
TASK_NAME = "Comms team approval"
REVIEW_PERMISSIONS = ["view_charterapplication", "change_charterapplication"]


def create_partner_workflow(apps, schema_editor):
    app_config = apps.get_app_config("partners")
    app_config.models_module = True  # let create_permissions see the historical models
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    PartnerDirectoryPage = apps.get_model("partners", "PartnerDirectoryPage")

    comms, _created = Group.objects.get_or_create(name=COMMS_GROUP_NAME)
    comms.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="partners", codename__in=REVIEW_PERMISSIONS
        )
    )

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
        if task is None:
            content_type, _created = ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )
            task = GroupApprovalTask.objects.create(
                name=TASK_NAME, content_type=content_type, active=True
            )
        task.groups.add(comms)
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    linked = set(WorkflowPage.objects.values_list("page_id", flat=True))
    for directory_id in PartnerDirectoryPage.objects.values_list("pk", flat=True):
        if directory_id not in linked:
            WorkflowPage.objects.create(page_id=directory_id, workflow=workflow)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("partners", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_partner_workflow, migrations.RunPython.noop),
    ]
