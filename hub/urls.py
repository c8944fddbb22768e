from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from hub import admin_reports, password_reset, site_history, tag_autocomplete, views
from hub.page_chooser import urlpatterns as page_chooser_urlpatterns
from hub.sitemaps import MultilingualSitemap

urlpatterns = [
    # Must come before the Wagtail admin include; see hub.site_history.
    *site_history.urlpatterns,
    *admin_reports.urlpatterns,
    *page_chooser_urlpatterns,
    path("admin/password_reset/", password_reset.password_reset),
    path("admin/tag-autocomplete/", tag_autocomplete.autocomplete),
    path(
        "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/",
        tag_autocomplete.autocomplete,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", views.robots_txt),
    path(".well-known/security.txt", views.security_txt),
    path("healthz", views.healthz),
    path("api/openreferral/v3/", include("services.openreferral.urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        # Documents only through Wagtail's serve view, which checks who may download them.
        re_path(
            r"^media/(?!documents/)(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}
        ),
    ]

urlpatterns += i18n_patterns(path("", include(wagtail_urls)))
