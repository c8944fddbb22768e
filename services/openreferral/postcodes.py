"""The centre of a postcode, for the API's ``postcode`` and ``proximity`` parameters.

The configured postcode API (``POSTCODE_API_URL``) answers for a full postcode; without it,
or when it fails or times out, the postcode district table gives the district's centre.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import quote

import requests
from django.conf import settings

from services.models import PostcodeDistrict

logger = logging.getLogger(__name__)

POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)(?:\s*([0-9][A-Z]{2}))?$")


class UnknownPostcode(Exception):
    pass


def normalise(text: str) -> tuple[str, str] | None:
    """(outward code, full postcode or "") for a UK postcode or district, else None."""
    match = POSTCODE.match(re.sub(r"\s+", " ", text.strip().upper()))
    if not match:
        return None
    outward, inward = match.groups()
    return outward, f"{outward} {inward}" if inward else ""


def _from_api(postcode: str) -> tuple[float, float] | None:
    url = settings.POSTCODE_API_URL
    if not url or not postcode:
        return None
    try:
        response = requests.get(
            url.format(postcode=quote(postcode)), timeout=settings.POSTCODE_API_TIMEOUT
        )
        if response.status_code != 200:
            return None
        result = response.json()["result"]
        latitude, longitude = float(result["latitude"]), float(result["longitude"])
    except (requests.RequestException, ValueError, KeyError, TypeError) as error:
        logger.warning("Postcode lookup failed for %s: %s", postcode, error)
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def centre(outward: str, postcode: str) -> tuple[float, float]:
    """The point of ``postcode`` (from the API) or of its district; UnknownPostcode if none."""
    found = _from_api(postcode)
    if found:
        return found
    district = PostcodeDistrict.objects.filter(outward_code=outward).first()
    if district is None:
        raise UnknownPostcode(postcode or outward)
    return district.latitude, district.longitude
