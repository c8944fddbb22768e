"""The Open Referral UK 3.0 API (read-only), as the standard's schema/openapi.json describes.

Every endpoint answers GET (and OPTIONS for CORS preflight) with JSON that any origin may
read, cached for a few minutes in Django's cache and by clients. Malformed parameters get a
400 and unknown ids a 404, both as ``{"error": ..., "status": ...}``.
"""

from __future__ import annotations

import hashlib
import math
from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import override

from . import ids, params, postcodes, selectors, serialize

CACHE_SECONDS = 300
CACHE_PREFIX = "openreferral:v3:"
HSDS_VERSION = "3.0"
PROFILE_URL = "https://github.com/openreferral/uk-profile"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"


class NotFound(Exception):
    """No public record has this id."""


def _cors(response: HttpResponse) -> HttpResponse:
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET, OPTIONS"
    response["Access-Control-Allow-Headers"] = "Accept, Content-Type"
    response["Access-Control-Max-Age"] = "86400"
    return response


def error(status: int, message: str) -> JsonResponse:
    response = JsonResponse({"error": message, "status": status}, status=status)
    patch_cache_control(response, no_cache=True)
    return _cors(response)


def _cache_key(request) -> str:
    query = sorted(request.GET.lists())
    raw = f"{request.get_host()}|{request.path}|{query}"
    return CACHE_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def api_view(build):
    """``build(request, **kwargs)`` returns the JSON body; this adds the HTTP around it."""

    @wraps(build)
    def view(request, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = "GET, HEAD, OPTIONS"
            return _cors(response)
        if request.method not in ("GET", "HEAD"):
            response = error(405, "this API is read-only: use GET")
            response["Allow"] = "GET, HEAD, OPTIONS"
            return response
        key = _cache_key(request)
        body = cache.get(key)
        if body is None:
            try:
                with override(selectors.default_language_code()):
                    data = build(request, **kwargs)
            except params.BadParameter as problem:
                return error(400, str(problem))
            except NotFound as problem:
                # Django's LocaleMiddleware turns a 404 into a redirect to the same path
                # under a language prefix when that path resolves, as every path does under
                # Wagtail's catch-all. It skips that for a request whose URLconf (set here,
                # after routing) has no language-prefixed patterns, as the API's has none.
                request.urlconf = "services.openreferral.urls"
                return error(404, str(problem))
            body = JsonResponse(data, json_dumps_params={"ensure_ascii": False}).content
            cache.set(key, body, CACHE_SECONDS)
        response = HttpResponse(body, content_type="application/json")
        patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return _cors(response)

    view.csrf_exempt = True
    return view


def _page(request, queryset, render) -> dict:
    """One page of ``queryset`` (or a list) in the standard's Page shape (2 queries plus
    ``render``'s)."""
    number, per_page = params.pagination(request.GET)
    total = len(queryset) if isinstance(queryset, list) else queryset.count()
    total_pages = math.ceil(total / per_page)
    if number > max(total_pages, 1):
        raise NotFound(f"page {number} is past the last page ({total_pages})")
    items = list(queryset[(number - 1) * per_page : number * per_page])
    contents = render(items)
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": number,
        "size": len(contents),
        "first_page": number == 1,
        "last_page": number >= total_pages,
        "empty": total == 0,
        "contents": contents,
    }


def _key(value: str, what: str):
    parsed = ids.parse(value)
    if parsed is None:
        raise NotFound(f"no {what} has the id {value!r} (ids are UUIDs)")
    return parsed


@api_view
def root(request):
    return {"version": HSDS_VERSION, "profile": PROFILE_URL, "openapi_url": OPENAPI_URL}


@api_view
def services(request):
    filters = params.service_filters(request.GET)
    queryset = (
        selectors.filter_services(selectors.public_services(), filters)
        .select_related("locale")
        .order_by("title", "pk")
    )

    def render(pages):
        partners = selectors.partners_of(pages)
        return [
            serialize.service_summary(page, partners.get(selectors.partner_path(page)), request)
            for page in pages
        ]

    return _page(request, queryset, render)


@api_view
def service(request, id):
    key = _key(id, "service")
    page = selectors.with_full_details(selectors.public_services()).filter(translation_key=key)
    page = page.first()
    if page is None:
        raise NotFound(f"no published service has the id {id}")
    partner = selectors.partners_of([page]).get(page.parent_path)
    return serialize.service(page, partner, request)


@api_view
def taxonomies(request):
    return _page(request, [ids.TAXONOMY_ID], lambda items: [serialize.taxonomy() for _ in items])


@api_view
def taxonomy(request, id):
    if _key(id, "taxonomy") != ids.TAXONOMY_ID:
        raise NotFound(f"no taxonomy has the id {id}")
    return serialize.taxonomy(with_terms=list(selectors.help_kinds()))


@api_view
def taxonomy_terms(request):
    return _page(
        request,
        selectors.help_kinds(),
        lambda kinds: [serialize.taxonomy_term(kind) for kind in kinds],
    )


@api_view
def taxonomy_term(request, id):
    kind = selectors.help_kinds().filter(translation_key=_key(id, "taxonomy term")).first()
    if kind is None:
        raise NotFound(f"no taxonomy term has the id {id}")
    return serialize.taxonomy_term(kind)


@api_view
def service_at_locations(request):
    filters = params.service_filters(request.GET)
    within = params.proximity(request.GET)
    services_qs = selectors.filter_services(selectors.public_services(), filters)
    rows = selectors.service_locations(services_qs)
    raw_postcode = request.GET.get("postcode", "").strip()
    if raw_postcode:
        parts = postcodes.normalise(raw_postcode)
        if parts is None:
            raise params.BadParameter("postcode must be a UK postcode or postcode district")
        try:
            latitude, longitude = postcodes.centre(*parts)
        except postcodes.UnknownPostcode:
            raise params.BadParameter(f"postcode {raw_postcode!r} was not found") from None
        rows = selectors.by_distance(rows, latitude, longitude, within)
    else:
        rows = rows.order_by("page__title", "page_id", "sort_order", "pk")

    def render(items):
        partners = selectors.partners_of([row.page for row in items])
        return [
            serialize.service_at_location(
                row, partners.get(selectors.partner_path(row.page)), request
            )
            for row in items
        ]

    return _page(request, rows, render)


@api_view
def service_at_location(request, id):
    wanted = str(_key(id, "service at location"))
    public = selectors.public_services()
    candidates = selectors.service_locations(public).values_list(
        "pk", "page__translation_key", "venue__translation_key"
    )
    found = (pk for pk, page, venue in candidates if ids.service_at_location(page, venue) == wanted)
    match = next(found, None)
    if match is None:
        raise NotFound(f"no published service at location has the id {id}")
    row = selectors.service_locations(public).get(pk=match)
    page = selectors.with_full_details(public).get(pk=row.page_id)
    row.page = page
    partner = selectors.partners_of([page]).get(page.parent_path)
    return serialize.service_at_location(row, partner, request, full=True)


@api_view
def not_found(request, rest=""):
    raise NotFound("no such endpoint: see the root of this API for its description")
