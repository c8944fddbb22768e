"""Remove what Wagtail's first migrations made and the hub does not use.

Wagtail makes a "Moderators approval" workflow on the root page, so it covered every page
without a closer workflow (the comms team's own pages included), and the "Editors" and
"Moderators" groups. The hub's own setup is the "Comms team" group, who publish directly,
and the "Partner changes" workflow on each partner directory (partners migration 0002),
which covers every partner page and pledge; neither is touched here.

The workflow and its task are deleted unless moderation history refers to them: then they
are deactivated and unassigned (what Settings → Workflows → Disable does), so the history
stays. A default group that someone has been put into, or that a partner page names, is
kept: removing it would silently take their access away. Runs again safely.
"""

from django.db import migrations

WORKFLOW_NAME = "Moderators approval"
DEFAULT_GROUPS = ["Editors", "Moderators"]
IN_PROGRESS, NEEDS_CHANGES, CANCELLED = "in_progress", "needs_changes", "cancelled"


def remove_defaults(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    Task = apps.get_model("wagtailcore", "Task")
    Group = apps.get_model("auth", "Group")

    for workflow in Workflow.objects.filter(name=WORKFLOW_NAME):
        task_ids = list(
            WorkflowTask.objects.filter(workflow=workflow).values_list("task_id", flat=True)
        )
        WorkflowPage.objects.filter(workflow=workflow).delete()
        states = WorkflowState.objects.filter(workflow=workflow)
        keep = states.exists()
        if keep:
            open_states = states.filter(status__in=[IN_PROGRESS, NEEDS_CHANGES])
            TaskState.objects.filter(
                workflow_state__in=open_states, status=IN_PROGRESS
            ).update(status=CANCELLED)
            open_states.update(status=CANCELLED)
            Workflow.objects.filter(pk=workflow.pk).update(active=False)
        for task in Task.objects.filter(pk__in=task_ids, name=WORKFLOW_NAME):
            if WorkflowTask.objects.filter(task=task).exclude(workflow=workflow).exists():
                continue  # another workflow uses it too
            if keep or TaskState.objects.filter(task=task).exists():
                Task.objects.filter(pk=task.pk).update(active=False)
            else:
                WorkflowTask.objects.filter(task=task).delete()
                task.delete()
        if not keep:
            workflow.delete()

    for group in Group.objects.filter(name__in=DEFAULT_GROUPS):
        if group.user_set.exists() or group.partner_pages.exists():
            continue
        group.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0004_site_wording"),
        ("partners", "0002_partner_changes_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(remove_defaults, migrations.RunPython.noop)]
