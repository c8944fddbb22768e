"""Filterable public listings: query strings that keep the filters, and GOV.UK pagination.

The finder and the resource library share these; a bad page number is named in the page's
error summary (``errors``) and the nearest real page is shown instead.
"""

from collections.abc import Callable, Iterable
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils.translation import gettext as _

PER_PAGE = 20


def query_string(filters: dict, names: Iterable[str], **changes) -> str:
    """``?`` plus the filters named in ``names`` (in that order) with ``changes`` applied.

    A value of None, "", [] or False leaves the key out; True is written as 1.
    """
    values = {**filters, **changes}
    pairs = []
    for name in names:
        value = values.get(name)
        if value in (None, "", [], False):
            continue
        if value is True:
            value = "1"
        if isinstance(value, list):
            pairs.extend((name, item) for item in value)
        else:
            pairs.append((name, value))
    return "?" + urlencode(pairs) if pairs else "?"


def page_number(raw: str | None, num_pages: int, errors: list) -> int:
    """The page asked for, or the first/last page with a message when it is not one."""
    if raw in (None, ""):
        return 1
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1 or len(raw) > 9:
        errors.append(
            {
                "href": "#results",
                "text": _("Page numbers are whole numbers, such as 2. This is the first page."),
            }
        )
        return 1
    if int(raw) > num_pages:
        errors.append(
            {
                "href": "#results",
                "text": _("There is no page %(number)s of these results. This is the last page.")
                % {"number": raw},
            }
        )
        return num_pages
    return int(raw)


def paginate(
    items, raw_number, errors: list, href: Callable[[int], str], per_page: int = PER_PAGE
) -> dict:
    """A page of ``items`` and GOV.UK pagination links, each made by ``href(number)``."""
    paginator = Paginator(items, per_page, allow_empty_first_page=True)
    page = paginator.page(page_number(raw_number, paginator.num_pages, errors))
    links = []
    if paginator.num_pages > 1:
        for n in paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1):
            if n == Paginator.ELLIPSIS:
                links.append({"ellipsis": True})
            else:
                links.append({"number": n, "href": href(n), "current": n == page.number})
    return {
        "page": page,
        "items": links,
        "previous": href(page.previous_page_number()) if page.has_previous() else "",
        "next": href(page.next_page_number()) if page.has_next() else "",
    }
