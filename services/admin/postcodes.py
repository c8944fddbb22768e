"""Uploading the postcode-district table (outward code, latitude, longitude) as CSV.

The finder places a postcode at the centre of its district when no postcode API answers,
so a bad upload would misplace residents quietly. The whole file is checked before anything
is stored: every bad row is named by its line number, and nothing changes unless every row
is good. Existing districts are updated, new ones added; none is deleted.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from services.models import PostcodeDistrict

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
#: Errors listed before "and N more"; a wrong file would otherwise give thousands.
MAX_LISTED_ERRORS = 20
#: A UK outward code: A9, A99, AA9, AA99, A9A, AA9A (letters uppercased first).
OUTWARD_CODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
#: The United Kingdom with the Channel Islands, Isle of Man and Shetland, with a margin.
UK_LATITUDE = (49.0, 61.5)
UK_LONGITUDE = (-9.0, 2.5)
HEADINGS = {
    "outwardcode": "outward_code",
    "postcodedistrict": "outward_code",
    "district": "outward_code",
    "latitude": "latitude",
    "lat": "latitude",
    "longitude": "longitude",
    "long": "longitude",
    "lng": "longitude",
    "lon": "longitude",
}
REQUIRED = ("outward_code", "latitude", "longitude")


@dataclass(frozen=True)
class District:
    outward_code: str
    latitude: float
    longitude: float


def _heading_key(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", text.strip().lower())


def _coordinate(text: str, low: float, high: float) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and low <= value <= high else None


def _row_problem(line: int, row: dict, seen: dict) -> tuple[District | None, str]:
    code = re.sub(r"\s+", "", (row.get("outward_code") or "")).upper()
    if not OUTWARD_CODE.match(code):
        given = (row.get("outward_code") or "").strip()[:12]
        return None, _g("Line %(line)s: “%(code)s” is not a UK postcode district (like EL6).") % {
            "line": line,
            "code": given,
        }
    if code in seen:
        return None, _g("Line %(line)s: %(code)s is also on line %(first)s.") % {
            "line": line,
            "code": code,
            "first": seen[code],
        }
    latitude = _coordinate(row.get("latitude") or "", *UK_LATITUDE)
    longitude = _coordinate(row.get("longitude") or "", *UK_LONGITUDE)
    if latitude is None or longitude is None:
        return None, _g(
            "Line %(line)s: the latitude and longitude must be numbers in the United Kingdom "
            "(latitude %(lat_low)s to %(lat_high)s, longitude %(long_low)s to %(long_high)s)."
        ) % {
            "line": line,
            "lat_low": UK_LATITUDE[0],
            "lat_high": UK_LATITUDE[1],
            "long_low": UK_LONGITUDE[0],
            "long_high": UK_LONGITUDE[1],
        }
    seen[code] = line
    return District(code, latitude, longitude), ""


def parse_districts(upload) -> list[District]:
    """Every district in the uploaded CSV file, or ValidationError listing what is wrong."""
    if not upload.name.lower().endswith((".csv", ".txt")):
        raise ValidationError(_("Choose a CSV file (its name ends in .csv)."))
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is %(size)s; it must be %(limit)s or smaller.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_BYTES)}
        )
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _("The file is not a text file in UTF-8. Save it from your spreadsheet as “CSV UTF-8”.")
        ) from None
    if "\x00" in text:
        raise ValidationError(_("The file is not a CSV file."))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise ValidationError(_("The file is empty.")) from None
    columns = [HEADINGS.get(_heading_key(name)) for name in header]
    if any(column not in columns for column in REQUIRED):
        raise ValidationError(
            _("The first line must name the columns: outward code, latitude, longitude.")
        )
    districts, errors, seen = [], [], {}
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            values = {column: cell for column, cell in zip(columns, row, strict=False) if column}
            district, problem = _row_problem(reader.line_num, values, seen)
            if problem:
                errors.append(problem)
            else:
                districts.append(district)
    except csv.Error:
        errors.append(_g("Line %(line)s: this line is not valid CSV.") % {"line": reader.line_num})
    if errors:
        listed = errors[:MAX_LISTED_ERRORS]
        if len(errors) > MAX_LISTED_ERRORS:
            more = len(errors) - MAX_LISTED_ERRORS
            listed.append(
                ngettext("… and %(count)s more line.", "… and %(count)s more lines.", more)
                % {"count": more}
            )
        raise ValidationError(listed)
    if not districts:
        raise ValidationError(_("The file has no postcode districts."))
    return districts


@transaction.atomic
def store_districts(districts: list[District]) -> tuple[int, int]:
    """Add new districts and update existing ones, all or nothing; ``(added, updated)``."""
    existing = PostcodeDistrict.objects.select_for_update().in_bulk(
        [district.outward_code for district in districts], field_name="outward_code"
    )
    new, changed = [], []
    for district in districts:
        row = existing.get(district.outward_code)
        if row is None:
            new.append(PostcodeDistrict(**district.__dict__))
        else:
            row.latitude, row.longitude = district.latitude, district.longitude
            changed.append(row)
    PostcodeDistrict.objects.bulk_create(new, batch_size=500)
    PostcodeDistrict.objects.bulk_update(changed, ["latitude", "longitude"], batch_size=500)
    return len(new), len(changed)


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Three columns with a heading line: outward code, latitude, longitude "
            "(for example: EL6,51.4875,-0.1687). At most 2 MB."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        self.districts = parse_districts(self.cleaned_data["file"])
        return self.cleaned_data["file"]


def may_upload(user) -> bool:
    return user.has_perm("services.add_postcodedistrict") and user.has_perm(
        "services.change_postcodedistrict"
    )


class UploadView(WagtailAdminTemplateMixin, FormView):
    """Comms only (add and change permissions); anyone else is sent to the dashboard."""

    form_class = UploadForm
    template_name = "services/admin/postcode_upload.html"
    page_title = _("Upload postcode districts")
    header_icon = "upload"
    index_url_name = "wagtailsnippets_services_postcodedistrict:list"

    def dispatch(self, request, *args, **kwargs):
        if not may_upload(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Postcode districts")},
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form):
        added, updated = store_districts(form.districts)
        messages.success(
            self.request,
            _g("Postcode districts uploaded: %(added)s added, %(updated)s updated.")
            % {"added": added, "updated": updated},
        )
        return redirect(self.index_url_name)

    def form_invalid(self, form):
        messages.error(self.request, _g("Nothing was uploaded: correct the file and try again."))
        return self.render_to_response(self.get_context_data(form=form), status=400)
