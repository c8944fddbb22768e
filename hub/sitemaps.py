"""A sitemap of every page really written in each site language."""

from urllib.parse import urlsplit

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists one locale's tree; this lists every locale's, minus aliases.

    Untranslated pages are wagtail-localize aliases that repeat the source language, so
    they are left out; search engines find them through the source page.
    """

    def items(self):
        site = self.get_wagtail_site()
        homes = Page.objects.filter(translation_key=site.root_page.translation_key)
        in_site = Q()
        for home in homes:
            in_site |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(in_site, alias_of__isnull=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        # Page.get_full_url uses the Site record's host name; the request's host is the
        # one the reader (or crawler) actually used.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = self.request.build_absolute_uri(urlsplit(url["location"]).path)
        return urls
