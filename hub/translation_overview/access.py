"""Who may see the translation overview: the comms team and administrators, not partners."""

from hub.services import COMMS_GROUP_NAME


def can_view(user) -> bool:
    if not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=COMMS_GROUP_NAME).exists()
