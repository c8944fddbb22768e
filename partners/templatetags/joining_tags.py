"""What the joining area offers other apps' templates: a call to sign the charter."""

from django import template

from partners.joining.selectors import sign_charter_page
from partners.models import SignCharterPage

register = template.Library()


def _has_own_button(page) -> bool:
    """Whether ``page``'s body already has a call-to-action block leading to a sign form.

    Checked before looking for the form, so a page with its own button costs no query.
    """
    for block in getattr(page, "body", None) or []:
        linked = block.block_type == "call_to_action" and block.value.get("page")
        if linked and issubclass(linked.specific_class or type(linked), SignCharterPage):
            return True
    return False


@register.inclusion_tag("partners/includes/sign_charter_call_to_action.html")
def sign_charter_call_to_action(page=None):
    """A button to the live "sign the charter" form in the reader's language.

    Shows nothing when there is no live form, or when ``page`` has its own button to one.
    """
    if page is not None and _has_own_button(page):
        return {"sign_page": None}
    return {"sign_page": sign_charter_page()}
