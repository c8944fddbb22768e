import pytest

from charter.factories import PrinciplePageFactory
from charter.services import attach_charter_document, charter_as_text


@pytest.mark.django_db
def test_charter_text_has_the_principles_in_order_with_levels_and_numbered_steps(charter):
    charter.how_to_sign = "<p>Three steps:</p><ol><li>Read it.</li><li>Apply.</li></ol>"
    charter.body = [
        {"type": "heading", "value": {"text": "Why we have a charter", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Help was <b>scattered</b> &amp; hard to find.</p>"},
    ]
    charter.save()
    PrinciplePageFactory(parent=charter, number=2, title="Share what works", slug="share")
    PrinciplePageFactory(parent=charter, number=1, title="Signpost people", slug="signpost")
    PrinciplePageFactory(parent=charter, number=3, title="Draft idea", slug="draft", live=False)

    text = charter_as_text(charter, url="https://hub.example/en/charter/")

    assert text.startswith("Elmshire charter\n================\n")
    assert "https://hub.example/en/charter/" in text
    assert "Why we have a charter\n---------------------\n" in text
    assert "Help was scattered & hard to find." in text
    assert text.index("Principle 1: Signpost people") < text.index("Principle 2: Share what works")
    assert "Draft idea" not in text
    assert "  1. Read it.\n  2. Apply." in text
    for label in ("1 Initial", "2 Developing", "3 Mature", "4 Leading"):
        assert f"\n{label}\n" in text
    assert "<" not in text
    assert all(len(line) <= 78 for line in text.splitlines())


@pytest.mark.django_db
def test_attaching_the_document_stores_its_size_and_sets_it_on_the_charter(charter):
    document = attach_charter_document(charter)

    charter.refresh_from_db()
    assert charter.charter_document == document
    assert document.file_size == len(charter_as_text(charter).encode("utf-8"))
    assert document.file_hash
    assert document.filename.endswith(".txt")
