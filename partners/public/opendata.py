"""Open data: the signatories and their pledges as CSV and JSON, without personal data.

Only what the public pages already show about organisations goes out: no contact names,
e-mail addresses, phone numbers or postal addresses, and nothing about user accounts or
applications. Names of sectors, statuses and principles are in the reader's language;
the codes beside them are stable for machines.
"""

from __future__ import annotations

import csv
import io
import json

from django.http import HttpResponse
from django.utils import timezone

from partners.models import PledgePrinciple
from partners.selectors import with_last_update

from . import selectors

DATASETS = ("partners", "pledges")
FORMATS = ("csv", "json")

PARTNER_COLUMNS = [
    "name",
    "url",
    "sector",
    "sector_name",
    "areas",
    "date_signed",
    "website",
    "pledges",
]
PLEDGE_COLUMNS = [
    "partner",
    "partner_url",
    "title",
    "url",
    "commitment",
    "target",
    "target_date",
    "status",
    "status_name",
    "principles",
    "last_update",
]
# Cells a spreadsheet would run as a formula are prefixed with an apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _date(value) -> str:
    return value.isoformat() if value else ""


def partner_records(directory, request) -> list[dict]:
    """One record per live partner in the directory, A–Z (4 queries)."""
    partners = selectors.directory_listing(selectors.partner_scope(directory))
    local_areas = selectors.areas_for_locale(directory.locale_id)
    return [
        {
            "name": partner.title,
            "url": partner.get_full_url(request),
            "sector": partner.sector,
            "sector_name": str(partner.get_sector_display()),
            "areas": selectors.localized_names(partner.areas.all(), local_areas),
            "date_signed": _date(partner.date_signed),
            "website": partner.website,
            "pledges": partner.pledge_count,
        }
        for partner in partners.prefetch_related(None).prefetch_related("areas")
    ]


def pledge_records(directory, request) -> list[dict]:
    """One record per live pledge of a live partner, by partner then title (4 queries)."""
    partners = selectors.partner_scope(directory)
    partners_by_path = {partner.path: partner for partner in partners}
    principles = {
        p.translation_key: p for p in selectors.principles_for_locale(directory.locale_id)
    }
    pledges = with_last_update(selectors.pledge_scope(partners))
    links_by_pledge = {}
    for link in (
        PledgePrinciple.objects.filter(pledge__in=pledges.values("pk"))
        .order_by("pledge_id", "sort_order", "pk")
        .values(
            "pledge_id",
            "principle__translation_key",
            "principle__number",
            "principle__title",
            "maturity_now",
            "maturity_target",
        )
    ):
        links_by_pledge.setdefault(link["pledge_id"], []).append(link)
    partner_urls = {}
    records = []
    for pledge in pledges.order_by("parent_path", "title", "pk"):
        partner = partners_by_path[pledge.parent_path]
        if partner.path not in partner_urls:
            partner_urls[partner.path] = partner.get_full_url(request)
        partner_url = partner_urls[partner.path]
        links = []
        for link in links_by_pledge.get(pledge.pk, []):
            local = principles.get(link["principle__translation_key"])
            links.append(
                {
                    "number": local.number if local else link["principle__number"],
                    "title": local.title if local else link["principle__title"],
                    "maturity_now": link["maturity_now"],
                    "maturity_target": link["maturity_target"],
                }
            )
        records.append(
            {
                "partner": partner.title,
                "partner_url": partner_url,
                "title": pledge.title,
                # A pledge is served at its partner's address plus its slug (plain Page routing).
                "url": f"{partner_url}{pledge.slug}/" if partner_url else "",
                "commitment": pledge.commitment,
                "target": pledge.target,
                "target_date": _date(pledge.target_date),
                "status": pledge.status,
                "status_name": str(pledge.get_status_display()),
                "principles": links,
                "last_update": _date(pledge.last_update),
            }
        )
    return sorted(records, key=lambda r: (r["partner"].casefold(), r["title"].casefold()))


def _safe_cell(value) -> str:
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _partner_row(record: dict) -> list[str]:
    return [
        _safe_cell("; ".join(value) if isinstance(value, list) else value)
        for value in (record[column] for column in PARTNER_COLUMNS)
    ]


def _pledge_row(record: dict) -> list[str]:
    principles = record["principles"]
    flat = {
        **record,
        "principles": "; ".join(f"{p['number']}. {p['title']}" for p in principles),
    }
    row = [_safe_cell(flat[column]) for column in PLEDGE_COLUMNS]
    row.append("; ".join(str(p["maturity_now"]) for p in principles))
    row.append("; ".join(str(p["maturity_target"]) for p in principles))
    return row


def as_csv(dataset: str, records: list[dict]) -> str:
    """CSV text with a byte-order mark, so that spreadsheet programs read it as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if dataset == "partners":
        writer.writerow(PARTNER_COLUMNS)
        writer.writerows(_partner_row(record) for record in records)
    else:
        writer.writerow([*PLEDGE_COLUMNS, "maturity_now", "maturity_target"])
        writer.writerows(_pledge_row(record) for record in records)
    return "\ufeff" + buffer.getvalue()


def as_json(dataset: str, records: list[dict], source_url: str) -> str:
    document = {
        "dataset": dataset,
        "source": source_url,
        "generated": timezone.now().isoformat(timespec="seconds"),
        "count": len(records),
        dataset: records,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def response(directory, request, dataset: str, fmt: str) -> HttpResponse:
    """The download for ``dataset`` in ``fmt``; both must be in DATASETS and FORMATS."""
    build = partner_records if dataset == "partners" else pledge_records
    records = build(directory, request)
    if fmt == "csv":
        body, content_type = as_csv(dataset, records), "text/csv; charset=utf-8"
    else:
        source = directory.get_full_url(request)
        body, content_type = as_json(dataset, records, source), "application/json; charset=utf-8"
    result = HttpResponse(body.encode("utf-8"), content_type=content_type)
    result["Content-Disposition"] = f'attachment; filename="charter-{dataset}.{fmt}"'
    return result
