"""What the joining area offers other apps' templates: a call to sign the charter."""

from django import template

from partners.joining.selectors import sign_charter_page

register = template.Library()


def _links_to(page, target) -> bool:
    """Whether ``page``'s body already has a call-to-action block leading to ``target``."""
    for block in getattr(page, "body", None) or []:
        linked = block.block_type == "call_to_action" and block.value.get("page")
        if linked and linked.translation_key == target.translation_key:
            return True
    return False


@register.inclusion_tag("partners/includes/sign_charter_call_to_action.html")
def sign_charter_call_to_action(page=None):
    """A button to the live "sign the charter" form in the reader's language.

    Shows nothing when there is no live form, or when ``page`` has its own button to it.
    """
    sign_page = sign_charter_page()
    if sign_page is None or (page is not None and _links_to(page, sign_page)):
        return {"sign_page": None}
    return {"sign_page": sign_page}
