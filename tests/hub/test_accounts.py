"""Nobody changes their own e-mail address in the admin; administrators change it for them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

User = get_user_model()


def admin_user(username, **fields):
    user = User.objects.create_user(username, f"{username}@elmshire.example", "a-long-pass-phrase")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for name, value in fields.items():
        setattr(user, name, value)
    user.save()
    return user


def account_form(client) -> dict:
    """The account settings as the page shows them, ready to post back."""
    response = client.get("/admin/account/")
    data = {}
    for panel in response.context["panels_by_tab"].values():
        for settings_panel in panel:
            form = settings_panel.get_form()
            for name, field in form.fields.items():
                value = form.initial.get(name, field.initial)
                if value and not hasattr(value, "url"):  # no files: the avatar stays as it is
                    data[f"{form.prefix}-{name}"] = value
    return {name: value for name, value in data.items() if not name.startswith("password-")}


@pytest.mark.django_db
def test_a_user_cannot_change_their_own_email_but_can_change_their_name(client):
    user = admin_user("partner")
    client.force_login(user)
    html = client.get("/admin/account/").content.decode()
    assert 'name="name_email-first_name"' in html
    assert 'name="name_email-email"' not in html

    data = account_form(client)
    data.update(
        {
            "name_email-first_name": "Ines",
            "name_email-last_name": "Halloway",
            "name_email-email": "applicant@shed.example",  # forged: the form has no such field
        }
    )
    response = client.post("/admin/account/", data)

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.first_name == "Ines"  # the rest of the form still saves
    assert user.email == "partner@elmshire.example"


@pytest.mark.django_db
def test_an_administrator_changes_a_users_email_in_the_users_admin(client):
    user = admin_user("partner", first_name="Pat", last_name="Ner")
    admin = User.objects.create_superuser("admin", "admin@elmshire.example", "a-long-pass-phrase")
    client.force_login(admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]),
        {
            "username": "partner",
            "email": "pat@elmshire.example",
            "first_name": "Pat",
            "last_name": "Ner",
            "is_active": "on",
            "password1": "",
            "password2": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    user.refresh_from_db()
    assert user.email == "pat@elmshire.example"
