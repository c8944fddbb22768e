"""Fields of a partner page that only the comms team may change: its sector and date signed.

They record the partnership's own decisions about a member, so partners see them in the
editor but cannot edit them. Wagtail's ``FieldPanel(permission=...)`` drops the field from
the form for a user without the permission (so a forged post cannot set it) and hides the
panel; ``CommsOnlyFieldPanel`` shows the value read-only instead of hiding it.
"""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

#: Codename of the permission (declared on ``PartnerPage.Meta``) given to the comms team.
MEMBERSHIP_PERMISSION = "partners.change_partner_membership"

READ_ONLY_HELP = _("Only the comms team can change this.")
NOT_RECORDED = _("Not recorded yet")


class CommsOnlyFieldPanel(FieldPanel):
    """Editable with ``MEMBERSHIP_PERMISSION``; shown read-only to everyone else."""

    def __init__(self, field_name, permission=MEMBERSHIP_PERMISSION, **kwargs):
        super().__init__(field_name, permission=permission, **kwargs)

    def format_value_for_display(self, value):
        if value in (None, ""):
            return NOT_RECORDED
        return super().format_value_for_display(value)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.form is not None and self.bound_field is None and not self.may_edit():
                self.read_only = True
                self.heading = self.panel.heading or capfirst(self.panel.db_field.verbose_name)
                self.help_text = READ_ONLY_HELP

        def may_edit(self):
            return self.request is not None and self.request.user.has_perm(self.panel.permission)

        def is_shown(self):
            # Without a form (the revision compare view) everyone may see the values.
            return self.read_only or self.form is None or super().is_shown()
