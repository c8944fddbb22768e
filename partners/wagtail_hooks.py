"""Admin hooks of the partners app; each area keeps its hooks in its own module."""

from wagtail import hooks

from charter import sections
from partners import charter_sections
from partners.document_privacy import refuse_private_documents
from partners.joining import wagtail_hooks as joining_hooks  # noqa: F401
from partners.logos import adopt_page_logo
from partners.public import wagtail_hooks as public_hooks  # noqa: F401
from partners.self_service import wagtail_hooks as self_service_hooks  # noqa: F401

hooks.register("before_serve_document", refuse_private_documents)

# The partners' sections on the charter's pages, through the hooks the charter defines.
hooks.register(sections.CHARTER_PAGE_SECTIONS, charter_sections.charter_page_section)
hooks.register(sections.PRINCIPLE_PAGE_SECTIONS, charter_sections.principle_page_section)


@hooks.register(sections.CHARTER_SUBPAGE_TYPES)
def sign_form_under_the_charter():
    return ["partners.SignCharterPage"]


@hooks.register("after_edit_page")
@hooks.register("after_publish_page")
def adopt_partner_logo(request, page):
    """A logo set on a partner page (by comms) joins the partner's collection and chooser."""
    adopt_page_logo(page)
