"""Template context every page shares."""

from django.utils.functional import SimpleLazyObject

from hub import selectors


def site_wording(request):
    """``site_wording``: the partnership's name and address in the reader's language.

    Lazy, so a template that never shows them (most of the admin) costs no query.
    """
    return {"site_wording": SimpleLazyObject(lambda: selectors.site_wording(request))}
