"""The resource editor's form: checks that span several fields, with a clear message each.

* A video resource needs a link to the video, and any video needs its transcript: people
  who cannot hear it, or cannot play it, read the transcript instead.
* The next review is not due before the last one.
* At least one topic and one audience, so that the library's filters can find it.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from hub.admin_forms import ScopedChooserPageForm

#: The model's audience booleans (``ResourcePage.AUDIENCE_FIELDS``; the models import this
#: module, so it cannot import them).
AUDIENCE_FIELDS = [
    "audience_residents",
    "audience_frontline",
    "audience_champions",
    "audience_partners",
]
VIDEO = "video"  # ResourceFormat.VIDEO

NO_TOPIC = _("Choose at least one topic.")
NO_AUDIENCE = _("Tick at least one audience: who is this resource for?")
NO_VIDEO = _("A video resource needs a link to the video.")
NO_TRANSCRIPT = _("Add a transcript of the video, for people who cannot hear or play it.")
REVIEW_BEFORE_LAST = _("The next review cannot be due before the last review.")


class ResourcePageForm(ScopedChooserPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "topics" in self.fields:
            self.fields["topics"].error_messages["required"] = NO_TOPIC

    def clean(self):
        cleaned_data = super().clean()
        self._check_video(cleaned_data)
        self._check_audience(cleaned_data)
        self._check_review_dates(cleaned_data)
        return cleaned_data

    def _check_video(self, cleaned_data) -> None:
        video_url = cleaned_data.get("video_url")
        is_video = cleaned_data.get("resource_format") == VIDEO
        if is_video and not video_url and "video_url" not in self.errors:
            self.add_error("video_url", NO_VIDEO)
        if (video_url or is_video) and not (cleaned_data.get("video_transcript") or "").strip():
            self.add_error("video_transcript", NO_TRANSCRIPT)

    def _check_audience(self, cleaned_data) -> None:
        fields = AUDIENCE_FIELDS
        if all(name in self.fields for name in fields) and not any(
            cleaned_data.get(name) for name in fields
        ):
            self.add_error(fields[0], NO_AUDIENCE)

    def _check_review_dates(self, cleaned_data) -> None:
        last, due = cleaned_data.get("last_reviewed"), cleaned_data.get("review_due")
        if last and due and due < last:
            self.add_error("review_due", REVIEW_BEFORE_LAST)
