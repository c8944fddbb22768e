"""A partner's logo lives in the partner's own collection, so its image chooser offers it.

A partner user chooses images only from its own collection. A logo put on the page some
other way (the demo's logos, or one comms staff upload to the root collection) would be
missing from the partner's chooser, and once replaced could not be chosen back. Adopting
moves such an image into the partner's collection; it is called when a partner is given
its access (``partners.self_service.access.grant_partner_access``) and after an editor saves
or publishes a partner page. An image in another partner's collection is never taken:
it stays that partner's.
"""

from __future__ import annotations

from wagtail.images import get_image_model
from wagtail.models import Collection

from partners.models import PartnerPage


def _partner_collection_ids() -> set[int]:
    return set(PartnerPage.objects.exclude(collection=None).values_list("collection_id", flat=True))


def adopt_logo(logo_id: int | None, collection: Collection | None) -> bool:
    """Move image ``logo_id`` into ``collection`` unless a partner's collection holds it.

    Returns whether the image moved.
    """
    if not logo_id or collection is None:
        return False
    image = get_image_model().objects.select_related("collection").filter(pk=logo_id).first()
    if image is None or image.collection_id == collection.pk:
        return False
    holders = image.collection.get_ancestors(inclusive=True).values_list("pk", flat=True)
    if _partner_collection_ids().intersection(holders):
        return False
    image.collection = collection
    image.save(update_fields=["collection"])
    return True


def adopt_page_logo(page) -> bool:
    """Adopt the logo of ``page`` (as just saved) into its partner's collection."""
    if not isinstance(page, PartnerPage):
        return False
    collection_id = (
        PartnerPage.objects.filter(pk=page.pk).values_list("collection_id", flat=True).first()
    )
    collection = Collection.objects.filter(pk=collection_id).first() if collection_id else None
    return adopt_logo(page.logo_id, collection)
