"""Demo content for the charter: the Elmshire Digital Inclusion Charter and its six principles.

Called by the hub's demo loader (``hub.demo.builder.build``) with the English home page.
The text lives in ``charter/demo_data`` (TOML, with PO files for its translations); the
pages are made with the charter's factories.
"""

from __future__ import annotations

from wagtail.models import Page
from wagtail_localize.synctree import create_aliases_for_new_page

from charter.factories import CharterPageFactory, PrinciplePageFactory
from charter.models import CharterPage, MaturityLevel
from hub.demo import data
from hub.demo.builder import stream

LEVEL_FIELDS = ["level_initial", "level_developing", "level_mature", "level_leading"]


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _principle_fields(text: dict) -> dict:
    fields = {
        key: text[key] for key in ("number", "title", "slug", "summary", "description", "rationale")
    }
    fields["commitments"] = text["commitments"]
    fields.update(zip(LEVEL_FIELDS, text["levels"], strict=True))
    fields["metrics"] = [{"type": "metric", "value": metric} for metric in text["metrics"]]
    fields["actions"] = [
        {
            "type": "action",
            "value": {"level": str(MaturityLevel(action["level"]).value), "text": action["text"]},
        }
        for action in text["actions"]
    ]
    return fields


def load(home: Page, stdout=None) -> None:
    """Create the charter under ``home`` unless it already has one; safe to run again."""
    if CharterPage.objects.child_of(home).exists():
        return
    CHARTER = data.read("charter", "charter")
    charter = CharterPageFactory(
        parent=home,
        title=CHARTER["title"],
        slug=CHARTER["slug"],
        show_in_menus=True,
        search_description=CHARTER["search_description"],
        intro=CHARTER["intro"],
        body=stream(CHARTER["body"]),
        how_to_sign=CHARTER["how_to_sign"],
    )
    principles = [
        _publish(PrinciplePageFactory(parent=charter, **_principle_fields(text)))
        for text in data.read_each("charter", "principles")
    ]
    _publish(charter)
    # Pages made in code miss wagtail-localize's "after create" hook, so make the aliases
    # that show them in every other language (marked there as not yet translated).
    for page in [charter, *principles]:
        create_aliases_for_new_page(page)
    if stdout is not None:
        stdout.write(f"Charter: {charter.title} with {len(principles)} principles.")
