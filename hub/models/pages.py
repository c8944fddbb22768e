"""The home page and the general-purpose standard page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.admin_forms import ScopedChooserPageForm
from hub.blocks import BodyBlock, TopTaskBlock


class HomePage(Page):
    base_form_class = ScopedChooserPageForm
    intro = models.TextField(_("introduction"), blank=True)
    top_tasks_heading = models.CharField(_("top tasks heading"), max_length=120, blank=True)
    top_tasks = StreamField(
        [("task", TopTaskBlock())], blank=True, max_num=8, verbose_name=_("top tasks")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "hub.StandardPage",
        "charter.CharterPage",
        "partners.PartnerDirectoryPage",
        "partners.ProgressDashboardPage",
        "partners.SignCharterPage",
        "services.ServiceFinderPage",
        "resources.ResourceLibraryPage",
    ]
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("top_tasks_heading"), FieldPanel("top_tasks")], heading=_("Top tasks")
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    template = "hub/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from hub.selectors import localized_pages_by_id

        context = super().get_context(request, *args, **kwargs)
        # Every top task's page in the reader's language in one query, not one per task.
        tasks = [task for task in self.top_tasks if task.value["page"] is not None]
        localized = {
            page.translation_key: page
            for page in localized_pages_by_id(request, [task.value["page"].pk for task in tasks])
        }
        context["top_tasks"] = [
            (task, localized.get(task.value["page"].translation_key, task.value["page"]))
            for task in tasks
        ]
        return context


class StandardPage(Page):
    base_form_class = ScopedChooserPageForm
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["hub.HomePage", "hub.StandardPage"]
    subpage_types = ["hub.StandardPage"]

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    template = "hub/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
