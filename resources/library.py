"""The context of the library page: the form, the errors, a page of resources, the feeds.

What a reader (or a link) may send, and what happens when it is wrong, is in
``library_filters``; which resources are listed, in ``selectors``.
"""

from __future__ import annotations

from hub.selectors import site_wording
from resources import selectors
from resources.library_filters import LibraryForm, paginate, query_string


def results(page, request) -> dict:
    """The form, its errors, its valid filters and the narrowed, ordered resources."""
    topics = selectors.topics_for_locale(page.locale_id)
    form = LibraryForm(request.GET, topics=topics)
    filters = form.filters()
    return {
        "form": form,
        "filters": filters,
        "errors": form.error_list(),
        "topics": topics,
        "resources": selectors.library_resources(page.locale_id, filters),
    }


def feed_urls(page, request, filters: dict) -> dict:
    """The RSS and Atom feeds of the same choices (newest first, so without sort or page)."""
    base = page.get_url(request) or ""
    chosen = {name: value for name, value in filters.items() if name != "sort"}
    suffix = query_string(chosen)
    suffix = "" if suffix == "?" else suffix
    return {
        "rss": base + page.reverse_subpage("rss") + suffix,
        "atom": base + page.reverse_subpage("atom") + suffix,
    }


def library_context(page, request) -> dict:
    """The library: a fixed number of queries whatever the number of resources."""
    found = results(page, request)
    filters, errors = found["filters"], list(found["errors"])
    pagination = paginate(found["resources"], request.GET.get("page"), filters, errors)
    resources = selectors.attach_rows(list(pagination["page"].object_list), found["topics"])
    return {
        **found,
        "errors": errors,
        "resources": resources,
        "has_filters": any(name != "sort" for name in filters),
        "result_count": pagination["page"].paginator.count,
        "pagination": pagination,
        "feeds": feed_urls(page, request, filters),
        "partnership_name": str(site_wording(request).partnership_name),
    }
