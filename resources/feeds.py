"""RSS and Atom feeds of the library's newest resources, with the library page's filters.

``<library>/feed/rss/?topic=…&language=pl`` lists the newest ``FEED_LENGTH`` resources that
the library would list for the same choices, with absolute links and the library's
language. Choices that are not on offer answer 400 with the reason, as the page does.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from hub.selectors import site_wording
from resources import selectors
from resources.library import results

FEED_LENGTH = 20


class LibraryRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, library):
        super().__init__()
        self.library = library

    def get_object(self, request, *args, **kwargs):
        found = results(self.library, request)
        self.request = request
        self.partnership = str(site_wording(request).partnership_name)
        self.errors = found["errors"]
        self.language = self.library.locale.language_code  # an attribute in Django's Feed
        rows = list(selectors.order_resources(found["resources"], "newest")[:FEED_LENGTH])
        self.rows = selectors.attach_rows(rows, found["topics"])
        return self.library

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        if self.errors:
            text = "\n".join(error["text"] for error in self.errors)
            return HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")
        return response

    def title(self, library):
        return _("%(library)s: new resources") % {"library": library.title}

    def link(self, library):
        return library.get_full_url(self.request)

    def description(self, library):
        return library.intro or _("New resources from %(partnership)s.") % {
            "partnership": self.partnership
        }

    def feed_url(self, library):
        return self.request.build_absolute_uri()

    def items(self, library):
        return self.rows

    def item_title(self, resource):
        return resource.title

    def item_description(self, resource):
        return resource.summary

    def item_link(self, resource):
        return resource.get_full_url(self.request)

    def item_guid(self, resource):
        return resource.get_full_url(self.request)

    def item_pubdate(self, resource):
        return resource.first_published_at

    def item_updateddate(self, resource):
        return resource.last_published_at

    def item_author_name(self, resource):
        return resource.author.title if resource.author is not None else self.partnership

    def item_categories(self, resource):
        return [resource.get_resource_format_display(), *resource.topic_names]


class LibraryAtomFeed(LibraryRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, library):
        return self.description(library)
