"""The partnership's name and address are translatable, and only comms may edit them."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from hub.locales import ensure_locales
from hub.models import SiteWording
from hub.services import ensure_comms_team_group
from tests.builders import make_home, publish


@pytest.fixture
def site(db):
    ensure_locales()
    home = publish(make_home())
    for code in ("pl", "ar"):
        publish(home.copy_for_translation(Locale.objects.get(language_code=code)))
    english = SiteWording.objects.create(
        locale=Locale.get_default(),
        partnership_name="Elmshire Digital Inclusion Partnership",
        postal_address="12 Market Street\nElmbridge",
    )
    polish = english.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.partnership_name = "Partnerstwo Elmshire na rzecz Włączenia Cyfrowego"
    polish.save()
    return english


def _header_name(path):
    soup = BeautifulSoup(Client().get(path).content, "html.parser")
    return soup.select_one(".hub-header__home span"), soup.title.get_text()


def test_the_header_and_title_use_the_readers_language(site):
    name, title = _header_name("/pl/")
    assert name.get_text() == "Partnerstwo Elmshire na rzecz Włączenia Cyfrowego"
    assert name.get("lang") is None
    assert title.endswith("Partnerstwo Elmshire na rzecz Włączenia Cyfrowego")


def test_an_untranslated_wording_falls_back_to_english_marked_as_english(site):
    name, _title = _header_name("/ar/")
    assert name.get_text() == "Elmshire Digital Inclusion Partnership"
    assert (name["lang"], name["dir"]) == ("en", "ltr")


def test_the_footer_shows_the_address(site):
    soup = BeautifulSoup(Client().get("/en/").content, "html.parser")
    assert "12 Market Street" in soup.find("address").get_text()


@pytest.mark.parametrize("role, allowed", [("comms", True), ("partner", False)])
def test_only_comms_may_edit_the_wording(site, role, allowed):
    user = get_user_model().objects.create_user(role, password="x")
    if role == "comms":
        user.groups.add(ensure_comms_team_group())
    else:
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(user)
    url = reverse("wagtailsnippets_hub_sitewording:edit", args=[site.pk])
    response = client.post(url, {"partnership_name": "Forged", "postal_address": ""})
    site.refresh_from_db()
    assert (site.partnership_name == "Forged") is allowed
    if not allowed:
        assert response.status_code in (302, 403)
