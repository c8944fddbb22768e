"""Comms staff manage the areas partners serve as a snippet; other users cannot."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from partners.factories import AreaFactory
from partners.models import Area


@pytest.mark.django_db
def test_superuser_lists_and_adds_areas(client, locales):
    AreaFactory(name="Hollowmere", slug="hollowmere", locale=locales["en"])
    admin = get_user_model().objects.create_superuser("boss", "boss@example.com", "x")
    client.force_login(admin)
    listing = client.get(reverse("wagtailsnippets_partners_area:list"))
    assert listing.status_code == 200
    assert "Hollowmere" in listing.content.decode()
    response = client.post(
        reverse("wagtailsnippets_partners_area:add") + "?locale=en",
        {"name": "Kingsford", "slug": "kingsford"},
    )
    assert response.status_code == 302
    assert Area.objects.filter(slug="kingsford", locale=locales["en"]).exists()


@pytest.mark.django_db
def test_an_editor_without_area_permissions_cannot_list_areas(client):
    user = get_user_model().objects.create_user("editor", "e@example.com", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("wagtailsnippets_partners_area:list"))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
