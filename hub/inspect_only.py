"""Admin screens for records people sent (applications, reports, requests): look, never edit.

A ``ModelViewSet`` with this mixin links to no add, edit, delete, history or usage screen, and
links to a record from elsewhere in the admin (Site history, search) open its inspect view.
The viewset's ``get_urlpatterns`` lists the screens it does have.
"""

from wagtail.admin.admin_url_finder import ModelAdminURLFinder


class InspectOnlyViewSetMixin:
    @property
    def url_finder_class(self):
        inspect = self.get_url_name("inspect")
        return type("InspectURLFinder", (ModelAdminURLFinder,), {"edit_url_name": inspect})

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add", "edit", "delete", "history", "usage"):
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs
