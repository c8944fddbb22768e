"""Image uploads: a small file that decodes to a huge picture is refused with a clear message."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model


def png(width: int, height: int) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, format="PNG", optimize=True)
    return SimpleUploadedFile("picture.png", buffer.getvalue(), "image/png")


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@elmshire.example", "pw")
    client.force_login(user)
    return client


def test_a_100_megapixel_png_of_a_few_kilobytes_is_refused(admin_client):
    bomb = png(10_000, 10_000)
    assert bomb.size < 50_000
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Bomb", "file": bomb, "collection": 1}
    )
    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()
    assert not get_image_model().objects.filter(title="Bomb").exists()


def test_an_ordinary_photo_sized_png_is_accepted(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Drop-in", "file": png(1600, 1200), "collection": 1},
    )
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Drop-in").exists()
