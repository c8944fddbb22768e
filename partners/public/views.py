"""Template context for the public partner pages; the page models' get_context calls these."""

from __future__ import annotations

from django.utils.translation import gettext as _
from wagtail.models import Page

from . import charts, selectors
from .dashboard import dashboard
from .filters import LETTERS, DirectoryFilterForm, paginate, query_string

PER_PAGE = 20
RECENT_ON_PARTNER_PAGE = 5


def tel_href(number: str) -> str:
    """A ``tel:`` link for a phone number as people write it (digits and a leading plus)."""
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return f"tel:{digits}" if digits else ""


def open_data_links(directory, request) -> list[dict]:
    if directory is None:
        return []
    base = directory.get_url(request)
    names = {"partners": _("Signatories"), "pledges": _("Pledges")}
    return [
        {
            "dataset": dataset,
            "name": names[dataset],
            "format": fmt.upper(),
            "href": base
            + directory.reverse_subpage("open_data", kwargs={"dataset": dataset, "fmt": fmt}),
        }
        for dataset in ("partners", "pledges")
        for fmt in ("csv", "json")
    ]


def _error_list(form) -> list[dict]:
    errors = []
    for name, messages in form.errors.items():
        anchor = "#letters" if name == "letter" else f"#{form[name].id_for_label}"
        errors.extend({"href": anchor, "text": message} for message in messages)
    return errors


def directory_context(page, request) -> dict:
    """The filtered, paginated directory: 8 queries whatever the number of partners."""
    areas = selectors.areas_for_locale(page.locale_id)
    principles = selectors.principles_for_locale(page.locale_id)
    form = DirectoryFilterForm(request.GET, areas=areas, principles=principles)
    filters = form.filters()

    narrowed = selectors.filter_partners(selectors.partner_scope(page), filters, areas)
    available = selectors.initial_letters(narrowed)
    listing = selectors.directory_listing(
        selectors.filter_by_letter(narrowed, filters.get("letter"))
    )
    pagination = paginate(listing, request.GET.get("page"), PER_PAGE, filters)
    partners = list(pagination["page"].object_list)
    for partner in partners:
        partner.area_names = selectors.localized_names(partner.areas.all(), areas)

    current = filters.get("letter", "")
    letters = [
        {
            "letter": letter,
            "href": query_string(filters, letter=letter) + "#results",
            "available": letter in available or letter == current,
            "current": letter == current,
        }
        for letter in LETTERS
    ]
    return {
        "form": form,
        "errors": _error_list(form),
        "filters": filters,
        "has_filters": bool(filters),
        "partners": partners,
        "result_count": pagination["page"].paginator.count,
        "pagination": pagination,
        "letters": letters,
        "all_letters_href": query_string(filters, letter=None) + "#results",
        "open_data": open_data_links(page, request),
    }


def partner_context(page, request) -> dict:
    local_areas = selectors.areas_for_locale(page.locale_id)
    pledges = selectors.partner_pledges(page)
    links = [link for pledge in pledges for link in pledge.principle_links.all()]
    principles = selectors.localized_principles(links, page.locale_id)
    for pledge in pledges:
        pledge.principles_shown = [
            (principles.get(link.principle.translation_key, link.principle), link)
            for link in pledge.principle_links.all()
        ]
    recent = sorted(
        ((update, pledge) for pledge in pledges for update in pledge.updates_newest_first),
        key=lambda pair: (pair[0].date, pair[0].pk),
        reverse=True,
    )[:RECENT_ON_PARTNER_PAGE]
    return {
        "area_names": selectors.localized_names(page.areas.all(), local_areas),
        "pledges": pledges,
        "recent_updates": recent,
        "phone_href": tel_href(page.public_phone),
    }


def pledge_context(page, request) -> dict:
    links = list(page.principle_links.select_related("principle"))
    principles = selectors.localized_principles(links, page.locale_id)
    partner = None
    if page.path and page.depth and page.depth > 1:
        parent_path = page.path[: -Page.steplen]
        partner = Page.objects.filter(path=parent_path).specific().first()
    return {
        "principles_shown": [
            (principles.get(link.principle.translation_key, link.principle), link) for link in links
        ],
        "updates": selectors.timeline(page),
        "partner": partner,
    }


def dashboard_context(page, request) -> dict:
    from partners.models import PartnerDirectoryPage

    home = page.get_parent()
    data = dashboard(home, page.locale_id, page.overdue_after_months)
    for figure in data["figures"]:
        figure.chart = charts.chart_for(figure)
    directory = PartnerDirectoryPage.objects.live().sibling_of(page).first()
    return {**data, "directory": directory, "open_data": open_data_links(directory, request)}
