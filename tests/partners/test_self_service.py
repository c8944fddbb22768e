"""What a partner user may do with its own organisation, always through comms approval."""

import datetime

from django.core import mail
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Revision, TaskState, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from partners.models import PartnerPage, PledgePage, ProgressUpdate
from tests.partners.test_joining_fixtures import approve_partner, edit_form_data, upload_png
from tests.partners.test_permissions import B_TITLE, DENIED, PartnerMatrixTestCase, page_url


class SelfServiceTestCase(PartnerMatrixTestCase):
    def submit(self, page, **changes):
        data = edit_form_data(self.client, page, **changes)
        data["action-submit"] = "1"
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(page_url("edit", page.pk), data)

    def moderate(self, page, action, comment=""):
        self.client.force_login(self.comms)
        task_state = page.current_workflow_task_state
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                page_url("workflow_action", page.pk, action, task_state.pk), {"comment": comment}
            )
        self.client.force_login(self.user_a)
        return response


class TestEditingOwnPages(SelfServiceTestCase):
    def test_partner_can_open_its_page_but_has_no_publish_button(self):
        response = self.client.get(page_url("edit", self.page_a.pk))
        self.assertEqual(response.status_code, 200)
        body = response.content.decode()
        self.assertIn('name="action-submit"', body)
        self.assertNotIn('name="action-publish"', body)

    def test_save_draft_keeps_the_live_page_as_it_was(self):
        before = self.page_a.revisions.count()
        data = edit_form_data(self.client, self.page_a, title="Elmbridge Library and Archive")
        response = self.client.post(page_url("edit", self.page_a.pk), data)
        self.assertEqual(response.status_code, 302)
        page = PartnerPage.objects.get(pk=self.page_a.pk)
        self.assertEqual(page.title, "Elmbridge Library")
        self.assertTrue(page.has_unpublished_changes)
        self.assertEqual(
            page.get_latest_revision().content["title"], "Elmbridge Library and Archive"
        )
        self.assertEqual(page.revisions.count(), before + 1)

    def test_submitting_sends_the_change_to_the_comms_team_and_does_not_publish(self):
        response = self.submit(self.page_a, title="Elmbridge Library and Archive")
        self.assertEqual(response.status_code, 302)
        page = PartnerPage.objects.get(pk=self.page_a.pk)
        self.assertEqual(page.title, "Elmbridge Library")
        self.assertTrue(page.workflow_in_progress)
        self.assertEqual(page.current_workflow_task.name, "Comms team approval")
        self.assertIn(self.comms.email, [address for m in mail.outbox for address in m.to])
        self.assertNotIn(self.user_a.email, [address for m in mail.outbox for address in m.to])

    def test_forged_publish_is_saved_as_a_draft_only(self):
        data = edit_form_data(self.client, self.page_a, title="Published by myself")
        data["action-publish"] = "1"
        self.client.post(page_url("edit", self.page_a.pk), data)
        page = PartnerPage.objects.get(pk=self.page_a.pk)
        self.assertEqual(page.title, "Elmbridge Library")
        self.assertEqual(page.live_revision.content["title"], "Elmbridge Library")

    def test_forged_fields_outside_the_form_do_not_change_even_once_approved(self):
        self.submit(
            self.page_a,
            group=str(self.page_b.group_id),
            collection=str(self.page_b.collection_id),
            owner=str(self.user_a.pk),
            locked="on",
            live="on",
            first_published_at="2001-01-01",
            summary="Our books, our rooms, our help",
        )
        self.moderate(self.page_a, "approve")
        page = PartnerPage.objects.get(pk=self.page_a.pk)
        self.assertEqual(page.summary, "Our books, our rooms, our help")
        self.assertEqual(page.group_id, self.user_a.groups.get().pk)
        self.assertEqual(page.collection_id, self.page_a.collection_id)
        self.assertEqual(page.owner_id, self.comms.pk)
        self.assertFalse(page.locked)
        self.assertNotEqual(page.first_published_at.year, 2001)

    def test_history_revisions_and_preview_of_own_page(self):
        self.client.post(
            page_url("edit", self.page_a.pk),
            edit_form_data(self.client, self.page_a, title="Second version"),
        )
        latest = self.page_a.get_latest_revision()
        for url in (
            page_url("history", self.page_a.pk),
            page_url("revisions_view", self.page_a.pk, latest.pk),
            reverse(
                "wagtailadmin_pages:revisions_compare",
                kwargs={"pk": self.page_a.pk, "revision_id_a": "live", "revision_id_b": "latest"},
            ),
            page_url("view_draft", self.page_a.pk),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn(B_TITLE, response.content.decode())
        preview = self.client.post(
            page_url("preview_on_edit", self.page_a.pk),
            edit_form_data(self.client, self.page_a, title="Preview title"),
        )
        self.assertEqual(preview.json()["is_valid"], True)
        self.assertContains(
            self.client.get(page_url("preview_on_edit", self.page_a.pk)), "Preview title"
        )

    def test_partner_can_lock_and_unlock_its_own_page(self):
        self.client.post(page_url("lock", self.page_a.pk))
        self.assertEqual(PartnerPage.objects.get(pk=self.page_a.pk).locked_by, self.user_a)
        self.client.post(page_url("unlock", self.page_a.pk))
        self.assertFalse(PartnerPage.objects.get(pk=self.page_a.pk).locked)

    def test_partner_cannot_delete_its_own_organisation_page(self):
        draft_page, user = approve_partner(
            "Hollowmere Larder", "maren@larder.example", self.comms, publish_page=False
        )
        self.client.force_login(user)
        # Approval put the applicant's first pledges under it as drafts: Wagtail refuses to
        # delete a page with children to anyone who may not delete in bulk.
        self.assertTrue(PledgePage.objects.child_of(draft_page).exists())
        response = self.client.post(page_url("delete", draft_page.pk))
        self.assertEqual(response.status_code, 302)
        self.assertTrue(PartnerPage.objects.filter(pk=draft_page.pk).exists())
        # The partner may delete those drafts of its own; the organisation's page stays.
        for pledge in PledgePage.objects.child_of(draft_page):
            self.client.post(page_url("delete", pledge.pk))
        self.assertFalse(PledgePage.objects.child_of(draft_page).exists())
        response = self.client.post(page_url("delete", draft_page.pk), follow=True)
        self.assertContains(response, "Only the partnership")
        self.assertTrue(PartnerPage.objects.filter(pk=draft_page.pk).exists())


class TestPledgesAndProgress(SelfServiceTestCase):
    def add_pledge_data(self, **changes):
        url = page_url("add", "partners", "pledgepage", self.page_a.pk)
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        values = {
            "title": "Saturday device drop-in",
            "slug": "saturday-device-drop-in",
            "commitment": "Open a drop-in every Saturday morning for help with devices.",
            "target": "40 residents helped each quarter",
            "target_date": "2027-06-30",
            "status": "planned",
            "principle_links-TOTAL_FORMS": "1",
            "principle_links-0-principle": str(self.principle.pk),
            "principle_links-0-maturity_now": "1",
            "principle_links-0-maturity_target": "2",
            "principle_links-0-ORDER": "1",
            **changes,
        }
        for key, value in values.items():
            data[key] = value
        return url, data

    def test_partner_can_add_a_pledge_that_waits_for_approval(self):
        url, data = self.add_pledge_data()
        data["action-submit"] = "1"
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content.decode()[:2000])
        pledge = PledgePage.objects.get(slug="saturday-device-drop-in")
        self.assertEqual(pledge.get_parent().pk, self.page_a.pk)
        self.assertFalse(pledge.live)
        self.assertTrue(pledge.workflow_in_progress)
        self.assertEqual(pledge.owner, self.user_a)

        self.moderate(pledge, "approve")
        pledge.refresh_from_db()
        self.assertTrue(pledge.live)
        self.assertEqual(pledge.principle_links.get().principle_id, self.principle.pk)

    def test_partner_can_add_a_progress_update_that_goes_live_once_approved(self):
        changes = {
            "progress_updates-TOTAL_FORMS": "1",
            "progress_updates-0-date": "2026-10-01",
            "progress_updates-0-summary": "Eighteen pupils came to the first six sessions.",
            "progress_updates-0-evidence_url": "https://elmbridge-library.example/club",
            "progress_updates-0-ORDER": "1",
        }
        self.submit(self.pledge_a, **changes)
        self.assertFalse(ProgressUpdate.objects.filter(pledge=self.pledge_a).exists())
        self.moderate(self.pledge_a, "approve")
        update = ProgressUpdate.objects.get(pledge=self.pledge_a)
        self.assertEqual(update.date, datetime.date(2026, 10, 1))
        self.assertEqual(update.evidence_url, "https://elmbridge-library.example/club")

    def test_partner_can_delete_its_own_unpublished_pledge_but_not_a_live_one(self):
        url, data = self.add_pledge_data(slug="draft-idea", title="Draft idea")
        self.client.post(url, data)
        draft = PledgePage.objects.get(slug="draft-idea")
        self.client.post(page_url("delete", draft.pk))
        self.assertFalse(PledgePage.objects.filter(pk=draft.pk).exists())
        response = self.client.post(page_url("delete", self.pledge_a.pk), follow=True)
        self.assertContains(response, DENIED)
        self.assertTrue(PledgePage.objects.filter(pk=self.pledge_a.pk).exists())

    def test_partner_can_upload_an_image_into_its_own_collection(self):
        response = self.client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Homework club in action",
                "file": upload_png(),
                "collection": self.page_a.collection_id,
                "description": "Two pupils and a volunteer at a library table",
            },
        )
        self.assertEqual(response.status_code, 302)
        image = get_image_model().objects.get(title="Homework club in action")
        self.assertEqual(image.collection_id, self.page_a.collection_id)
        self.assertEqual(image.uploaded_by_user, self.user_a)


class TestModerationByComms(SelfServiceTestCase):
    def test_approved_changes_go_live(self):
        self.submit(self.page_a, title="Elmbridge Library and Archive")
        response = self.moderate(self.page_a, "approve", comment="Looks good")
        self.assertEqual(response.status_code, 302)
        page = PartnerPage.objects.get(pk=self.page_a.pk)
        self.assertEqual(page.title, "Elmbridge Library and Archive")
        self.assertFalse(page.workflow_in_progress)
        self.assertIn(self.user_a.email, [address for m in mail.outbox for address in m.to])

    def test_rejected_changes_go_back_with_a_comment(self):
        self.submit(self.page_a, title="Best Library In The World")
        mail.outbox.clear()
        self.moderate(self.page_a, "reject", comment="Please keep the registered name.")
        page = PartnerPage.objects.get(pk=self.page_a.pk)
        self.assertEqual(page.title, "Elmbridge Library")
        state = WorkflowState.objects.get(
            object_id=str(page.pk), status=WorkflowState.STATUS_NEEDS_CHANGES
        )
        task_state = TaskState.objects.filter(workflow_state=state).latest("pk").specific
        self.assertEqual(task_state.get_comment(), "Please keep the registered name.")
        self.assertEqual(mail.outbox[0].to, [self.user_a.email])
        self.assertIn("Please keep the registered name.", mail.outbox[0].body)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), "sent back")

    def test_partners_cannot_approve_their_own_changes(self):
        self.submit(self.page_a, title="Approved by myself")
        task_state = PartnerPage.objects.get(pk=self.page_a.pk).current_workflow_task_state
        response = self.client.post(
            page_url("workflow_action", self.page_a.pk, "approve", task_state.pk), follow=True
        )
        self.assertContains(response, DENIED)
        self.assertEqual(PartnerPage.objects.get(pk=self.page_a.pk).title, "Elmbridge Library")

    def test_revisions_keep_every_earlier_version(self):
        titles = ["Elmbridge Library", "Version two", "Version three"]
        first_revision = self.page_a.get_latest_revision()
        for title in titles[1:]:
            self.submit(self.page_a, title=title)
            self.moderate(self.page_a, "approve")
            self.page_a.refresh_from_db()
        revisions = Revision.objects.filter(
            object_id=str(self.page_a.pk), base_content_type=first_revision.base_content_type
        ).order_by("pk")
        seen = [revision.content["title"] for revision in revisions]
        self.assertEqual(list(dict.fromkeys(seen)), titles)
        self.assertEqual(first_revision.as_object().title, "Elmbridge Library")
