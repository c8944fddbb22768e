"""``/api/openreferral/v3/``: included from hub.urls, before Wagtail's pages.

Paths answer with or without a trailing slash, as clients of the standard call ``/services``.
The last pattern answers any other path under the API with a JSON 404.
"""

from django.urls import re_path

from . import views

ID = r"(?P<id>[^/]+)"

urlpatterns = [
    re_path(r"^$", views.root, name="openreferral_root"),
    re_path(r"^services/?$", views.services, name="openreferral_services"),
    re_path(rf"^services/{ID}/?$", views.service, name="openreferral_service"),
    re_path(r"^taxonomies/?$", views.taxonomies, name="openreferral_taxonomies"),
    re_path(rf"^taxonomies/{ID}/?$", views.taxonomy, name="openreferral_taxonomy"),
    re_path(r"^taxonomy_terms/?$", views.taxonomy_terms, name="openreferral_taxonomy_terms"),
    re_path(rf"^taxonomy_terms/{ID}/?$", views.taxonomy_term, name="openreferral_taxonomy_term"),
    re_path(
        r"^service_at_locations/?$",
        views.service_at_locations,
        name="openreferral_service_at_locations",
    ),
    re_path(
        rf"^service_at_locations/{ID}/?$",
        views.service_at_location,
        name="openreferral_service_at_location",
    ),
    re_path(r"^(?P<rest>.*)$", views.not_found),
]
