import pytest

from charter import selectors
from charter.factories import PrinciplePageFactory


@pytest.mark.django_db
def test_principles_come_in_number_order_and_only_when_live(charter):
    PrinciplePageFactory(parent=charter, number=2, slug="b")
    PrinciplePageFactory(parent=charter, number=1, slug="a")
    PrinciplePageFactory(parent=charter, number=3, slug="c", live=False)

    assert [p.slug for p in selectors.principles(charter)] == ["a", "b"]
