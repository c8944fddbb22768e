"""Admin hooks of the partners app; each area keeps its hooks in its own module."""

from wagtail import hooks

from partners.document_privacy import refuse_private_documents
from partners.joining import wagtail_hooks as joining_hooks  # noqa: F401
from partners.public import wagtail_hooks as public_hooks  # noqa: F401

hooks.register("before_serve_document", refuse_private_documents)
