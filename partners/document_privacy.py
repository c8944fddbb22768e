"""A document in a partner's collection is private until a live page uses it.

Partners upload documents before comms approve the page that links to them; those files
must not be downloadable meanwhile. Documents in a partner's collection are served (through
Wagtail's serve view only: see ``hub/urls.py``) to anyone once a live page refers to them,
and before that only to people who may choose them (the partner's own staff, the comms
team). Comms make a document public without a page by moving it to a shared collection.
Refused requests get a 404, so a forged id does not even confirm that the file exists.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from hub.admin_forms import choosable
from partners.models import PartnerPage


def in_partner_collection(document) -> bool:
    return PartnerPage.objects.filter(collection_id=document.collection_id).exists()


def used_on_a_live_page(document) -> bool:
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values("object_id")
    )
    return Page.objects.filter(
        pk__in=[int(ref["object_id"]) for ref in page_ids], live=True
    ).exists()


def may_download(document, user) -> bool:
    if not in_partner_collection(document) or used_on_a_live_page(document):
        return True
    return (
        user.is_authenticated
        and choosable(get_document_model(), user).filter(pk=document.pk).exists()
    )


def refuse_private_documents(document, request):
    """``before_serve_document`` hook: a 404 for a private document."""
    if not may_download(document, request.user):
        raise Http404("No such document.")
