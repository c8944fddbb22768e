"""Build the demo hub: pages in every language, site settings and demo accounts.

The text is hand-written in data files (``hub/demo_data``: English TOML, one PO file per
language); the pages are made with the same factories the tests use. Feature apps add their
own demo content through a ``demo`` module with a ``load(home, stdout)`` function, found by
app config, so the hub never imports them. Translations are published last, through
wagtail-localize (``hub.demo.translation``), for every app's pages at once.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
from datetime import time

import factory.random
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from hub.demo import data
from hub.demo.indexing import deferred_indexing
from hub.demo.translation import translate_demo
from hub.factories import HomePageFactory, StandardPageFactory
from hub.locales import ensure_locales
from hub.models import HomePage, HubSettings, SiteWording
from hub.services import ensure_comms_team_group
from hub.site_address import host_and_port

SEED = 2026

#: (username, password, role) — printed by ``make run``; demo only.
DEMO_ACCOUNTS = [
    ("admin", "charterhub-admin", "Administrator (everything)"),
    ("comms", "charterhub-comms", "Comms editor (edits, translates and publishes all content)"),
    (
        "partner1",
        "charterhub-partner1",
        "Partner editor for Hollowmere Community Hub (its own pages and pledges only)",
    ),
    (
        "partner2",
        "charterhub-partner2",
        "Partner editor for Elmshire College (its own pages and pledges only)",
    ),
]

#: Top-task keys in the content, and the slug of the home page's child each leads to.
#: A task is shown only once its section exists, so later sections appear by themselves.
TOP_TASK_PAGES = {
    "find-help": "find-help",
    "guides": "resources",
    "charter": "charter",
    "partners": "partners",
}


def stream(blocks, find_page=None) -> list[dict]:
    """Turn the data files' ``{type, value}`` blocks into StreamField raw data.

    A block linking to a page names it by its path under the home page ("charter/sign");
    ``find_page`` turns the path into the page, and without it (before the page is made)
    the block is left out.
    """
    raw = []
    for block in blocks:
        value = block["value"]
        if block["type"] == "heading":
            value = {"text": value, "level": "h2"}
        elif isinstance(value, dict) and isinstance(value.get("page"), str):
            page = find_page(value["page"]) if find_page else None
            if page is None:
                continue
            value = {**value, "page": page.pk}
        raw.append({"type": block["type"], "value": value})
    return raw


def _page_fields(text: dict) -> dict:
    return {
        "title": text["title"],
        "seo_title": "",
        "search_description": text.get("search_description", ""),
        "intro": text.get("intro", ""),
        "body": stream(text.get("body", [])),
    }


def publish(page: Page) -> Page:
    """Publish a demo page as an editor would: a revision, then publish (shared by the loaders)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _demo_image(title: str, alt_text: str):
    """A simple drawn illustration, so the demo shows responsive images without any download."""
    canvas = PillowImage.new("RGB", (1200, 675), "#eef6f5")
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((150, 430, 1050, 470), fill="#8a5a2b")  # table top
    draw.rectangle((480, 250, 720, 420), fill="#1f2933")  # laptop screen
    draw.rectangle((500, 270, 700, 400), fill="#7fd1c7")
    draw.polygon([(450, 420), (750, 420), (780, 440), (420, 440)], fill="#52606d")  # keyboard
    for x, colour in ((300, "#0b5f63"), (900, "#b7410e")):  # two people
        draw.ellipse((x - 60, 180, x + 60, 300), fill="#c68642")
        draw.rounded_rectangle((x - 100, 310, x + 100, 430), radius=40, fill=colour)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = get_image_model()(title=title, description=alt_text)
    image.file = ImageFile(buffer, name="volunteer-helps-resident.png")
    image.save()
    return image


def _create_accounts(stdout) -> None:
    User = get_user_model()
    comms_group = ensure_comms_team_group()
    for username, password, _role in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@elmshire-digital.example",
                "first_name": username.title(),
            },
        )
        if created:
            user.set_password(password)
        user.is_superuser = user.is_staff = username == "admin"
        user.save()
        if username == "comms":
            user.groups.add(comms_group)


def _home_extra(text: dict, targets: dict[str, Page]) -> dict:
    tasks = [
        {
            "type": "task",
            "value": {
                "title": task["title"],
                "description": task["description"],
                "page": targets[task["key"]].pk,
            },
        }
        for task in text.get("top_tasks", [])
        if task["key"] in targets
    ]
    return {"top_tasks_heading": text.get("top_tasks_heading", ""), "top_tasks": tasks}


def build(stdout=None) -> bool:
    """Create the demo hub unless one is already there; returns whether it did anything.

    The search and reference indexes are rebuilt once at the end, not after every save.
    """
    if HomePage.objects.exists():
        _create_accounts(stdout)
        return False
    with deferred_indexing():
        _build(stdout)
    return True


def _build(stdout) -> None:
    factory.random.reseed_random(SEED)
    ensure_locales()
    default_locale = Locale.get_default()
    root = Page.get_first_root_node()

    home_text = data.read("hub", "pages/home")
    home = HomePageFactory(
        parent=root,
        slug="charter-hub",
        locale=default_locale,
        **{k: v for k, v in _page_fields(home_text).items() if k != "body"},
    )
    home.body = stream(home_text["body"])
    home.save()

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    old_root_id = site.root_page_id
    site.root_page = home
    site.hostname, site.port = host_and_port(settings.SITE_URL)
    site.site_name = "Elmshire Digital Inclusion Partnership"
    site.save()
    if old_root_id and old_root_id != home.pk:
        Page.objects.filter(pk=old_root_id).first().delete()

    children = {}
    for key, menu in (
        ("about", True),
        ("contact", True),
        ("accessibility", False),
        ("privacy", False),
    ):
        text = data.read("hub", f"pages/{key}")
        children[key] = StandardPageFactory(
            parent=home, slug=text["slug"], show_in_menus=menu, **_page_fields(text)
        )
    alt_text = "Drawing of two people sitting side by side at a table, looking at a laptop together"
    image = _demo_image("A volunteer helps a resident at a laptop", alt_text)
    about = children["about"]
    about.body = [
        *about.body.raw_data,
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "decorative": False, "alt_text": alt_text},
                "caption": "Digital champions sit with residents and go at their pace.",
            },
        },
    ]
    about.save()
    for page in children.values():
        publish(page)
    publish(home)

    # Every other language shows the English pages as wagtail-localize aliases ("not yet
    # in your language") until the translations below replace them.
    for code, _name in settings.LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        if locale != default_locale:
            LocaleSynchronization.objects.create(locale=locale, sync_from=default_locale)

    hub_settings = HubSettings.for_site(site)
    hub_settings.helpline_phone = "01632 960 123"
    hub_settings.helpline_opens = time(9, 0)
    hub_settings.helpline_closes = time(17, 0)
    hub_settings.contact_email = "hello@elmshire-digital.example"
    hub_settings.social_links = [
        {
            "type": "link",
            "value": {"label": "Mastodon", "url": "https://social.example/@elmshiredigital"},
        }
    ]
    hub_settings.contact_page = children["contact"]
    hub_settings.accessibility_page = children["accessibility"]
    hub_settings.privacy_page = children["privacy"]
    hub_settings.save()
    SiteWording.objects.create(locale=default_locale, **data.read("hub", "site_wording"))

    _create_accounts(stdout)
    for config in apps.get_app_configs():
        if config.name != "hub" and importlib.util.find_spec(f"{config.name}.demo"):
            importlib.import_module(f"{config.name}.demo").load(home=home, stdout=stdout)
    _add_top_tasks(home, home_text)
    _link_pages(home, {"about": children["about"]})
    count = translate_demo(default_locale)
    if stdout is not None:
        stdout.write(f"Translations: {count} published through wagtail-localize.\n")


def _link_pages(home: Page, pages: dict[str, Page]) -> None:
    """Add the blocks that link to pages the apps' demo loaders made (run after them)."""

    def find_page(path: str) -> Page | None:
        return Page.objects.filter(url_path=f"{home.url_path}{path}/").first()

    for key, page in [("home", home), *pages.items()]:
        blocks = data.read("hub", f"pages/{key}")["body"]
        unlinked, linked = stream(blocks), stream(blocks, find_page)
        if len(linked) == len(unlinked):
            continue
        page = Page.objects.get(pk=page.pk).specific
        # Blocks added in code (the about page's image) stay after the text.
        page.body = linked + page.body.raw_data[len(unlinked) :]
        page.save()
        publish(page)


def _add_top_tasks(home: Page, text: dict) -> None:
    """Link the home page's top tasks to the sections the apps' demo loaders made.

    Run after the loaders, because the sections are made after the home page; the
    translations made afterwards carry the links into every language.
    """
    sections = {
        page.slug: page for page in home.get_children().filter(slug__in=TOP_TASK_PAGES.values())
    }
    targets = {key: sections[slug] for key, slug in TOP_TASK_PAGES.items() if slug in sections}
    page = Page.objects.get(pk=home.pk).specific  # fresh: loaders added children since
    for field, value in _home_extra(text, targets).items():
        setattr(page, field, value)
    page.save()
    publish(page)
