"""Tag suggestions in the admin that name only tags on files the user may choose.

Wagtail's tag autocomplete suggests every tag in the database, so a partner typing two
letters could read the tags other partners put on their unpublished images and documents.
In this project tags live on images and documents only; a user is offered the tags on
those in collections they may choose from (every one, for the comms team).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from taggit.models import Tag, TaggedItem
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import tags
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from hub.admin_forms import choosable


@never_cache
@require_admin_access
def autocomplete(request, app_name=None, model_name=None):
    if request.user.is_superuser:
        return tags.autocomplete(request, app_name, model_name)
    term = request.GET.get("term", "")[:100]
    if not term or app_name or model_name:  # no other tag models in this project
        return JsonResponse([], safe=False)
    visible = Q()
    for model in (get_image_model(), get_document_model()):
        visible |= Q(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=choosable(model, request.user).values("pk"),
        )
    names = (
        Tag.objects.filter(
            name__istartswith=term, pk__in=TaggedItem.objects.filter(visible).values("tag")
        )
        .order_by("name")
        .values_list("name", flat=True)[: tags.TAGS_AUTOCOMPLETE_LIMIT]
    )
    return JsonResponse(list(names), safe=False)
