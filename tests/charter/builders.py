"""Minimal partner pages for the charter tests, made directly (the charter does not own them)."""

import datetime

from django.apps import apps


def partner_model(name):
    return apps.get_model("partners", name)


def make_directory(home):
    directory = partner_model("PartnerDirectoryPage")(title="Our partners", slug="partners")
    home.add_child(instance=directory)
    return directory


def make_partner(directory, title, *, live=True, sector="council"):
    partner = partner_model("PartnerPage")(title=title, sector=sector, live=live)
    directory.add_child(instance=partner)
    return partner


def make_pledge(partner, principle, title, *, live=True, status="in_progress", now=1, target=3):
    pledge = partner_model("PledgePage")(
        title=title,
        commitment=f"We will {title.lower()}.",
        target="Twelve sessions a year",
        target_date=datetime.date(2027, 3, 31),
        status=status,
        live=live,
    )
    partner.add_child(instance=pledge)
    partner_model("PledgePrinciple").objects.create(
        pledge=pledge, principle=principle, maturity_now=now, maturity_target=target
    )
    return pledge
