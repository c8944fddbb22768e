"""Build many objects without updating the search and reference indexes on every save.

Wagtail updates its reference index, and the search backend its index, after each save of
an indexed object: for the demo's ~500 pages and their aliases that is two fifths of the
build. Inside ``deferred_indexing()`` both updates are switched off; on leaving it, each index
is rebuilt once, the way ``manage.py update_index`` and ``rebuild_references_index`` do.
The test suite uses ``pause_live_indexing`` and ``resume_live_indexing`` directly, for the
tests that never read either index.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signals
from wagtail.signal_handlers import reference_index_auto_update_disabled


def _auto_indexed_models() -> list[type]:
    return [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]


def pause_live_indexing() -> None:
    """Stop saves from updating the search and reference indexes (deletes still remove)."""
    for model in _auto_indexed_models():
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    reference_index_auto_update_disabled.value = True


def resume_live_indexing() -> None:
    """Let saves update both indexes again, as they do on the site."""
    for model in _auto_indexed_models():
        post_save.connect(search_signals.post_save_signal_handler, sender=model)
    if hasattr(reference_index_auto_update_disabled, "value"):
        del reference_index_auto_update_disabled.value


@contextmanager
def deferred_indexing():
    """Switch off per-save index updates inside the block, then rebuild both indexes once."""
    pause_live_indexing()
    try:
        yield
    finally:
        resume_live_indexing()
    call_command("rebuild_references_index", verbosity=0)
    call_command("update_index", verbosity=0)
