"""Charter fixtures: a charter under the test home page, with one principle."""

import pytest

from charter.factories import CharterPageFactory, PrinciplePageFactory


@pytest.fixture
def charter(home_page):
    return CharterPageFactory(parent=home_page, title="Elmshire charter", slug="charter")


@pytest.fixture
def principle(charter):
    return PrinciplePageFactory(parent=charter, number=1, title="Work as one team", slug="one-team")
