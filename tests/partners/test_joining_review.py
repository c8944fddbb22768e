"""Comms staff review applications: approve (all or nothing), reject with a reason, who may."""

import re
from unittest import mock
from urllib.parse import urlparse

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.test import Client, TestCase
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    ModelLogEntry,
    Workflow,
    WorkflowPage,
)
from wagtail.users.models import UserProfile

from hub.services import COMMS_GROUP_NAME
from partners.factories import CharterApplicationFactory, PartnerDirectoryPageFactory
from partners.joining import services
from partners.models import ApplicationStatus, CharterApplication, PartnerPage, PledgePage
from partners.self_service import access
from tests.partners.test_joining_fixtures import (
    PASSWORD,
    approve_partner,
    build_site,
    make_comms_user,
    make_user,
)

User = get_user_model()


def url(name, *args):
    return reverse(f"charter_applications:{name}", args=args)


def counts():
    return {
        "pages": PartnerPage.objects.count(),
        "groups": Group.objects.count(),
        "collections": Collection.objects.count(),
        "users": User.objects.count(),
        "page_perms": GroupPagePermission.objects.count(),
        "collection_perms": GroupCollectionPermission.objects.count(),
    }


class ReviewTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site()
        cls.comms = make_comms_user()
        cls.application = CharterApplicationFactory(
            organisation_name="Kingsford Men's Shed",
            sector="voluntary",
            website="https://kingsford-shed.example",
            contact_name="Tomasz Brightwell",
            contact_email="Tomasz@Kingsford-Shed.example",
            language="pl",
            areas=cls.tree["areas"],
            principles=cls.tree["principles"][:1],
        )

    def setUp(self):
        self.client.force_login(self.comms)


class TestApprove(ReviewTestCase):
    def approve(self):
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url("approve", self.application.pk))

    def test_approving_creates_exactly_a_draft_page_group_collection_account_and_permissions(
        self,
    ):
        before = counts()
        response = self.approve()
        self.assertRedirects(response, url("inspect", self.application.pk))
        after = counts()
        self.assertEqual(
            {key: after[key] - before[key] for key in after},
            {
                "pages": 1,
                "groups": 1,
                "collections": 1,
                "users": 1,
                "page_perms": 3,
                "collection_perms": 6,
            },
        )
        application = CharterApplication.objects.get(pk=self.application.pk)
        page = application.partner_page
        self.assertEqual(application.status, ApplicationStatus.APPROVED)
        self.assertEqual(application.decided_by, self.comms)
        self.assertIsNotNone(application.decided_at)

        self.assertFalse(page.live)
        self.assertTrue(page.has_unpublished_changes)
        self.assertEqual(page.get_parent().pk, self.tree["directory"].pk)
        self.assertEqual(page.title, "Kingsford Men's Shed")
        self.assertEqual(page.slug, "kingsford-mens-shed")
        self.assertEqual(page.sector, "voluntary")
        self.assertEqual(page.website, "https://kingsford-shed.example")
        self.assertEqual(page.date_signed, timezone.localdate())
        self.assertEqual(set(page.areas.all()), set(self.tree["areas"]))
        revision = page.get_latest_revision()
        self.assertEqual(revision.content["group"], page.group_id)
        self.assertEqual(revision.content["collection"], page.collection_id)

        group = page.group
        self.assertEqual(group.name, "Kingsford Men's Shed")
        # add_venue: what support services give every partner group (partner_group_permissions).
        self.assertEqual(
            set(group.permissions.values_list("codename", flat=True)),
            {"access_admin", "add_venue"},
        )
        self.assertEqual(
            set(
                GroupPagePermission.objects.filter(group=group).values_list(
                    "page_id", "permission__codename"
                )
            ),
            {(page.pk, "add_page"), (page.pk, "change_page"), (page.pk, "lock_page")},
        )
        collection = page.collection
        self.assertEqual(collection.get_parent(), Collection.get_first_root_node())
        self.assertEqual(
            set(
                GroupCollectionPermission.objects.filter(group=group).values_list(
                    "collection_id", "permission__codename"
                )
            ),
            {
                (collection.pk, codename)
                for codename in (
                    "add_image",
                    "change_image",
                    "choose_image",
                    "add_document",
                    "change_document",
                    "choose_document",
                )
            },
        )

        user = User.objects.get(email__iexact="tomasz@kingsford-shed.example")
        self.assertEqual(list(user.groups.all()), [group])
        self.assertFalse(user.has_usable_password())
        self.assertTrue(user.is_active)
        self.assertFalse(user.is_staff or user.is_superuser)
        self.assertEqual(UserProfile.get_for_user(user).preferred_language, "pl")

    def test_the_contact_is_emailed_a_working_link_to_set_a_password(self):
        self.approve()
        user = User.objects.get(email__iexact="tomasz@kingsford-shed.example")
        self.assertEqual(len(mail.outbox), 1)
        message = mail.outbox[0]
        self.assertEqual(message.to, [user.email])
        link = re.search(r"https?://\S+/password_reset/confirm/\S+", message.body).group(0)
        uidb64, token = urlparse(link).path.rstrip("/").split("/")[-2:]
        self.assertTrue(default_token_generator.check_token(user, token))
        self.assertEqual(
            urlparse(link).path,
            reverse(
                "wagtailadmin_password_reset_confirm", kwargs={"uidb64": uidb64, "token": token}
            ),
        )

        visitor = Client()
        set_password_url = visitor.get(urlparse(link).path)["Location"]
        self.assertEqual(visitor.get(set_password_url).status_code, 200)
        visitor.post(set_password_url, {"new_password1": PASSWORD, "new_password2": PASSWORD})
        user.refresh_from_db()
        self.assertTrue(user.check_password(PASSWORD))
        signed_in = visitor.post(
            reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
        )
        self.assertRedirects(signed_in, reverse("wagtailadmin_home"))

    def test_an_account_with_the_applicants_email_is_not_handed_the_organisation(self):
        # A partner who set their own address to the applicant's must gain nothing.
        squatter = make_user("squatter", email="TOMASZ@kingsford-shed.example")
        before = User.objects.count()
        self.approve()
        squatter.refresh_from_db()
        self.assertEqual(User.objects.count(), before + 1)
        self.assertFalse(squatter.groups.exists())
        group = Group.objects.get(name="Kingsford Men's Shed")
        contact = group.user_set.get()
        self.assertNotEqual(contact.pk, squatter.pk)
        self.assertEqual(contact.email, "Tomasz@Kingsford-Shed.example")
        self.assertFalse(contact.has_usable_password())
        self.assertIn("password_reset", mail.outbox[0].body)
        self.assertEqual(mail.outbox[0].to, [contact.email])

    def test_comms_may_choose_an_existing_account_on_the_approval_screen(self):
        existing = make_user("tomasz", email="TOMASZ@kingsford-shed.example")
        html = self.client.get(url("approve", self.application.pk)).content.decode()
        self.assertIn(f'value="{existing.pk}"', html)
        self.assertIn("“tomasz”", html)
        before = User.objects.count()
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                url("approve", self.application.pk), {"account": str(existing.pk)}
            )
        self.assertRedirects(response, url("inspect", self.application.pk))
        existing.refresh_from_db()
        self.assertEqual(User.objects.count(), before)
        self.assertTrue(existing.check_password(PASSWORD))
        self.assertEqual(existing.groups.get().name, "Kingsford Men's Shed")
        self.assertNotIn("password_reset", mail.outbox[0].body)
        self.assertIn("tomasz", mail.outbox[0].body)

    def test_the_approval_screen_offers_no_account_choice_when_none_matches(self):
        html = self.client.get(url("approve", self.application.pk)).content.decode()
        self.assertNotIn('name="account"', html)

    def test_a_forged_account_id_is_refused_and_nothing_is_created(self):
        other = make_user("other", email="other@elmshire.example")
        before = counts()
        response = self.client.post(url("approve", self.application.pk), {"account": other.pk})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(counts(), before)
        self.assertFalse(other.groups.exists())
        self.application.refresh_from_db()
        self.assertEqual(self.application.status, ApplicationStatus.PENDING)
        self.assertEqual(mail.outbox, [])
        with self.assertRaises(ValueError):
            services.approve_application(
                self.application, decided_by=self.comms, existing_user=other
            )
        self.assertEqual(counts(), before)

    def test_a_failure_part_way_leaves_nothing_half_created_and_sends_nothing(self):
        before = counts()
        for target in ("create_contact_user", "grant_page_permissions"):
            with (
                self.subTest(failing=target),
                mock.patch.object(access, target, side_effect=RuntimeError("boom")),
                self.captureOnCommitCallbacks(execute=True),
                self.assertRaises(RuntimeError),
            ):
                services.approve_application(self.application, decided_by=self.comms)
            self.assertEqual(counts(), before)
            self.application.refresh_from_db()
            self.assertEqual(self.application.status, ApplicationStatus.PENDING)
            self.assertIsNone(self.application.partner_page)
        self.assertEqual(mail.outbox, [])

    def test_an_application_is_approved_only_once(self):
        self.approve()
        before = counts()
        response = self.client.post(url("approve", self.application.pk), follow=True)
        self.assertContains(response, "already been decided")
        self.assertEqual(counts(), before)
        with self.assertRaises(services.ApplicationAlreadyDecided):
            services.approve_application(self.application, decided_by=self.comms)

    def test_without_a_live_directory_the_approval_explains_and_changes_nothing(self):
        self.tree["directory"].unpublish()
        before = counts()
        response = self.client.post(url("approve", self.application.pk), follow=True)
        self.assertContains(response, "Create and publish the partner directory page first")
        self.assertEqual(counts(), before)

    def test_partners_with_the_same_name_get_distinct_slugs_groups_and_collections(self):
        page_a, _user = approve_partner("Fernley Library", "a@fernley.example", self.comms)
        page_b, _user = approve_partner("Fernley Library", "b@fernley.example", self.comms)
        self.assertNotEqual(page_a.slug, page_b.slug)
        self.assertEqual(page_b.group.name, "Fernley Library (2)")
        self.assertNotEqual(page_a.collection_id, page_b.collection_id)

    def test_confirmation_page_says_what_approving_will_create(self):
        response = self.client.get(url("approve", self.application.pk))
        self.assertContains(response, "draft")
        self.assertContains(response, "Tomasz@Kingsford-Shed.example")
        self.assertContains(response, 'method="post"')


class TestReject(ReviewTestCase):
    def test_rejecting_needs_a_reason(self):
        response = self.client.post(url("reject", self.application.pk), {"reason": "  "})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Give a reason")
        self.application.refresh_from_db()
        self.assertEqual(self.application.status, ApplicationStatus.PENDING)
        with self.assertRaises(ValueError):
            services.reject_application(self.application, decided_by=self.comms, reason="")

    def test_rejecting_keeps_the_record_with_the_reason_and_emails_it(self):
        reason = "We only accept organisations working in Elmshire."
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url("reject", self.application.pk), {"reason": reason})
        self.assertRedirects(response, url("index"))
        application = CharterApplication.objects.get(pk=self.application.pk)
        self.assertEqual(application.status, ApplicationStatus.REJECTED)
        self.assertEqual(application.rejection_reason, reason)
        self.assertEqual(application.decided_by, self.comms)
        self.assertIsNone(application.partner_page)
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["Tomasz@Kingsford-Shed.example"])
        self.assertIn(reason, mail.outbox[0].body)
        self.assertEqual(PartnerPage.objects.count(), 0)


class TestDecisionsInSiteHistory(ReviewTestCase):
    def test_approvals_and_rejections_are_logged_with_who_decided(self):
        other = CharterApplicationFactory(organisation_name="Fernley Book Club")
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url("approve", self.application.pk))
            self.client.post(url("reject", other.pk), {"reason": "Outside Elmshire."})
        history = self.client.get(
            reverse("wagtailadmin_reports:site_history"),
            {"action": services.APPROVED_ACTION},
        )
        self.assertContains(history, "Application approved")
        self.assertContains(history, url("inspect", self.application.pk))  # links to the record
        self.assertNotContains(history, "Fernley Book Club")
        approved = ModelLogEntry.objects.get(action=services.APPROVED_ACTION)
        self.assertEqual(
            (approved.user, approved.object_id), (self.comms, str(self.application.pk))
        )
        rejected = ModelLogEntry.objects.get(action=services.REJECTED_ACTION)
        self.assertEqual((rejected.user, rejected.object_id), (self.comms, str(other.pk)))


class TestWhoMayReview(ReviewTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.partner_page, cls.partner_user = approve_partner(
            "Elmbridge Library", "staff@elmbridge-library.example", cls.comms
        )
        cls.editor = make_user("editor")
        cls.editor.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="view_charterapplication"),
        )

    def assert_refused(self, response):
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.application.refresh_from_db()
        self.assertEqual(self.application.status, ApplicationStatus.PENDING)

    def test_partner_users_cannot_see_or_decide_applications(self):
        self.client.force_login(self.partner_user)
        for view in ("index", "inspect", "approve", "reject"):
            args = () if view == "index" else (self.application.pk,)
            with self.subTest(view=view):
                response = self.client.get(url(view, *args))
                self.assert_refused(response)
        self.assert_refused(self.client.post(url("approve", self.application.pk)))
        self.assert_refused(self.client.post(url("reject", self.application.pk), {"reason": "x"}))

    def test_a_user_who_may_only_view_applications_cannot_decide(self):
        self.client.force_login(self.editor)
        response = self.client.get(url("inspect", self.application.pk))
        self.assertContains(response, "Kingsford Men")
        self.assertNotContains(response, url("approve", self.application.pk))
        self.assert_refused(self.client.get(url("approve", self.application.pk)))
        self.assert_refused(self.client.post(url("approve", self.application.pk)))
        self.assert_refused(self.client.post(url("reject", self.application.pk), {"reason": "x"}))

    def test_anonymous_visitors_are_sent_to_log_in(self):
        self.client.logout()
        response = self.client.post(url("approve", self.application.pk))
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])
        self.application.refresh_from_db()
        self.assertEqual(self.application.status, ApplicationStatus.PENDING)

    def test_partner_users_cannot_find_an_application_by_its_reference(self):
        query = {"q": self.application.reference}
        self.client.force_login(self.comms)
        self.assertContains(self.client.get(url("index"), query), "Kingsford Men")
        self.client.force_login(self.partner_user)
        for view in ("index", "index_results"):
            with self.subTest(view=view):
                response = self.client.get(url(view), query)
                self.assert_refused(response)
                self.assertNotIn(b"Kingsford", response.content)

    def test_decisions_need_a_csrf_token(self):
        csrf_client = Client(enforce_csrf_checks=True)
        csrf_client.force_login(self.comms)
        self.assertEqual(csrf_client.post(url("approve", self.application.pk)).status_code, 403)
        self.application.refresh_from_db()
        self.assertEqual(self.application.status, ApplicationStatus.PENDING)

    def test_comms_staff_see_the_list_filtered_by_status_and_the_details(self):
        rejected = CharterApplicationFactory(organisation_name="Spam Widgets Ltd")
        services.reject_application(rejected, decided_by=self.comms, reason="Not eligible")
        response = self.client.get(url("index"), {"status": "pending"})
        self.assertContains(response, "Kingsford Men")
        self.assertNotContains(response, "Spam Widgets")
        response = self.client.get(url("index"), {"status": "rejected"})
        self.assertNotContains(response, "Kingsford Men")
        self.assertContains(response, "Spam Widgets")
        self.assertEqual(self.client.get(url("index"), {"status": "nonsense"}).status_code, 200)

        response = self.client.get(url("inspect", self.application.pk))
        self.assertContains(response, "Tomasz Brightwell")
        self.assertContains(response, url("approve", self.application.pk))
        self.assertContains(response, url("reject", self.application.pk))
        response = self.client.get(url("inspect", rejected.pk))
        self.assertNotContains(response, url("approve", rejected.pk))
        self.assertContains(response, "Not eligible")

    def test_applications_cannot_be_added_edited_or_deleted_in_the_admin(self):
        for name in ("add", "edit", "delete", "copy"):
            with self.subTest(name=name), self.assertRaises(NoReverseMatch):
                reverse(f"charter_applications:{name}", args=() if name == "add" else (1,))
        response = self.client.get("/admin/charter-applications/new/", follow=True)
        self.assertEqual(response.status_code, 404)

    def test_comms_dashboard_lists_applications_waiting_and_partners_do_not_see_it(self):
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "One charter application is waiting for review")
        self.assertContains(response, url("inspect", self.application.pk))
        self.client.force_login(self.partner_user)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(response, "waiting for review")
        self.assertNotContains(response, "Kingsford Men")


class TestPartnerWorkflow(TestCase):
    def test_the_migration_made_the_partner_changes_workflow_for_the_comms_team(self):
        workflow = Workflow.objects.get(name=access.WORKFLOW_NAME)
        task = workflow.tasks.get().specific
        self.assertEqual(list(task.groups.values_list("name", flat=True)), [COMMS_GROUP_NAME])
        comms = Group.objects.get(name=COMMS_GROUP_NAME)
        self.assertTrue(comms.permissions.filter(codename="change_charterapplication").exists())

    def test_directories_made_later_are_linked_once_and_other_choices_are_kept(self):
        tree = build_site()
        workflow = access.ensure_partner_workflow()
        self.assertEqual(WorkflowPage.objects.get(page=tree["directory"]).workflow, workflow)
        access.ensure_partner_workflow()
        self.assertEqual(Workflow.objects.filter(name=access.WORKFLOW_NAME).count(), 1)
        self.assertEqual(workflow.tasks.count(), 1)

        other = Workflow.objects.create(name="Board sign-off")
        WorkflowPage.objects.filter(page=tree["directory"]).update(workflow=other)
        second = PartnerDirectoryPageFactory(parent=tree["charter"].get_parent(), slug="more")
        access.ensure_partner_workflow()
        self.assertEqual(WorkflowPage.objects.get(page=tree["directory"]).workflow, other)
        self.assertEqual(WorkflowPage.objects.get(page=second).workflow, workflow)


class TestApprovalCarriesOverWhatTheApplicantWrote(ReviewTestCase):
    DESCRIPTION = "We fix laptops and phones.\nEvery Saturday in Fernley.\n\n<b>Free</b> for all."
    PLEDGES = (
        "- Run a repair session every month by June. We will count the devices fixed.\n\n"
        "- Lend two tablets with free data to households without a device.\n"
    )

    def make_application(self, **fields):
        fields = {
            "organisation_name": "Fernley Repair Cafe",
            "contact_email": "ines@fernley-repair.example",
            "description": self.DESCRIPTION,
            "first_pledges": self.PLEDGES,
            "principles": self.tree["principles"],
            **fields,
        }
        return CharterApplicationFactory(**fields)

    def test_the_partner_page_gets_the_description_and_each_first_pledge_is_a_draft(self):
        application = self.make_application()
        with self.captureOnCommitCallbacks(execute=True):
            page = services.approve_application(application, decided_by=self.comms)
        page.refresh_from_db()
        expected = (
            "<p>We fix laptops and phones.<br>Every Saturday in Fernley.</p>\n\n"
            "<p>&lt;b&gt;Free&lt;/b&gt; for all.</p>"
        )
        self.assertEqual(page.description, expected)
        self.assertEqual(page.get_latest_revision().content["description"], expected)

        pledges = list(PledgePage.objects.child_of(page).order_by("path"))
        self.assertEqual(
            [pledge.title for pledge in pledges],
            [
                "Run a repair session every month by June",
                "Lend two tablets with free data to households without a device",
            ],
        )
        self.assertEqual(
            pledges[0].commitment,
            "Run a repair session every month by June. We will count the devices fixed.",
        )
        contact = User.objects.get(email="ines@fernley-repair.example")
        principles = {p.pk for p in self.tree["principles"]}
        for pledge in pledges:
            self.assertFalse(pledge.live)
            self.assertTrue(pledge.has_unpublished_changes)
            self.assertIsNotNone(pledge.latest_revision)
            self.assertEqual(pledge.owner, self.comms)
            self.assertEqual(pledge.target, "")
            self.assertGreater(pledge.target_date, timezone.localdate())
            self.assertEqual(
                {link.principle_id for link in pledge.principle_links.all()}, principles
            )
            permissions = pledge.permissions_for_user(contact)
            self.assertTrue(permissions.can_edit())
            self.assertFalse(permissions.can_publish())
        self.assertFalse(PledgePage.objects.live().exists())
        self.assertFalse(PartnerPage.objects.live().exists())

    def test_the_partner_can_open_a_draft_pledge_and_another_partner_cannot(self):
        page = services.approve_application(self.make_application(), decided_by=self.comms)
        pledge = PledgePage.objects.child_of(page).first()
        contact = User.objects.get(email="ines@fernley-repair.example")
        self.client.force_login(contact)
        edit = reverse("wagtailadmin_pages:edit", args=[pledge.pk])
        self.assertContains(self.client.get(edit), "Run a repair session every month by June")
        _other_page, other_user = approve_partner(
            "Elmbridge Library", "staff@elmbridge-library.example", self.comms
        )
        self.client.force_login(other_user)
        response = self.client.get(edit)
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)

    def test_the_new_partners_dashboard_lists_its_draft_pledges(self):
        services.approve_application(self.make_application(), decided_by=self.comms)
        self.client.force_login(User.objects.get(email="ines@fernley-repair.example"))
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Run a repair session every month by June")
        self.assertContains(response, "Lend two tablets with free data")
        self.assertNotContains(response, "No pledges yet")

    def test_without_a_description_or_blank_lines_each_line_is_a_pledge(self):
        application = self.make_application(
            description="", first_pledges="Open a drop-in.\r\n1. Train five champions.\r\n"
        )
        page = services.approve_application(application, decided_by=self.comms)
        self.assertEqual(page.description, "")
        self.assertEqual(
            list(
                PledgePage.objects.child_of(page).order_by("path").values_list("title", flat=True)
            ),
            ["Open a drop-in", "Train five champions"],
        )

    def test_a_failure_part_way_through_the_pledges_undoes_the_whole_approval(self):
        application = self.make_application()
        before = {**counts(), "pledges": PledgePage.objects.count()}
        real_save_revision = PledgePage.save_revision
        calls = []

        def fail_on_the_second(pledge, *args, **kwargs):
            calls.append(pledge.title)
            if len(calls) == 2:
                raise RuntimeError("database went away")
            return real_save_revision(pledge, *args, **kwargs)

        with (
            mock.patch.object(PledgePage, "save_revision", autospec=True) as save_revision,
            self.captureOnCommitCallbacks(execute=True),
            self.assertRaises(RuntimeError),
        ):
            save_revision.side_effect = fail_on_the_second
            services.approve_application(application, decided_by=self.comms)
        self.assertEqual(len(calls), 2)
        self.assertEqual({**counts(), "pledges": PledgePage.objects.count()}, before)
        application.refresh_from_db()
        self.assertEqual(application.status, ApplicationStatus.PENDING)
        self.assertIsNone(application.partner_page)
        self.assertEqual(mail.outbox, [])

    def test_the_approval_screen_lists_the_draft_pledges_it_will_make(self):
        application = self.make_application(
            first_pledges="<script>alert(1)</script> Fix devices.\n\nLend tablets."
        )
        response = self.client.get(url("approve", application.pk))
        self.assertContains(response, "create 2 draft pledges under it")
        self.assertContains(response, "<li>&lt;script&gt;alert(1)&lt;/script&gt; Fix devices</li>")
        self.assertContains(response, "<li>Lend tablets</li>")
        self.assertNotContains(response, "<script>alert(1)")

    def test_first_pledges_are_split_kept_whole_and_capped(self):
        split = services.split_first_pledges
        self.assertEqual(split("One.\nstill one.\n\n* Two."), ["One.\nstill one.", "Two."])
        self.assertEqual(split("  \n "), [])
        many = split("\n".join(f"Pledge {n}." for n in range(1, 15)))
        self.assertEqual(len(many), services.MAX_FIRST_PLEDGES)
        self.assertEqual(many[-1].split("\n\n"), [f"Pledge {n}." for n in range(10, 15)])
        long_title = services.pledge_title("word " * 60)
        self.assertLessEqual(len(long_title), 100)
        self.assertTrue(long_title.endswith("…"))


class TestApplicantTextIsShownAsText(ReviewTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.hostile = CharterApplicationFactory(
            organisation_name="<i>Shed</i> & Co",
            description="<p>About us</p>\nSecond line",
            first_pledges="<p>We will <b>help</b></p>\n<script>alert(1)</script>\n\nMore",
        )

    def test_the_details_show_applicant_text_escaped_with_its_line_breaks(self):
        response = self.client.get(url("inspect", self.hostile.pk))
        html = response.content.decode()
        self.assertNotIn("<script>alert", html)
        self.assertNotIn("<b>help</b>", html)
        self.assertNotIn("<i>Shed</i>", html)
        self.assertIn(
            "<p>&lt;p&gt;We will &lt;b&gt;help&lt;/b&gt;&lt;/p&gt;<br>"
            "&lt;script&gt;alert(1)&lt;/script&gt;</p>\n\n<p>More</p>",
            html,
        )
        self.assertIn("<p>&lt;p&gt;About us&lt;/p&gt;<br>Second line</p>", html)
        self.assertIn("&lt;i&gt;Shed&lt;/i&gt; &amp; Co", html)
        self.assertNotIn("&amp;lt;", html)  # escaped once, not twice

    def test_list_and_decision_screens_escape_the_organisation_name(self):
        for view, args in (
            ("index", ()),
            ("approve", (self.hostile.pk,)),
            ("reject", (self.hostile.pk,)),
        ):
            with self.subTest(view=view):
                html = self.client.get(url(view, *args)).content.decode()
                self.assertIn("&lt;i&gt;Shed&lt;/i&gt;", html)
                self.assertNotIn("<i>Shed</i>", html)

    def test_a_multi_line_rejection_reason_keeps_its_lines(self):
        services.reject_application(
            self.hostile, decided_by=self.comms, reason="Not in Elmshire.\n<b>Sorry</b>"
        )
        response = self.client.get(url("inspect", self.hostile.pk))
        self.assertContains(
            response, "<p>Not in Elmshire.<br>&lt;b&gt;Sorry&lt;/b&gt;</p>", html=False
        )

    def test_the_staff_email_is_plain_text_quoting_what_was_written(self):
        from partners.joining import notifications

        notifications.send_application_notification.call(self.hostile.pk)
        message = mail.outbox[0]
        self.assertEqual(message.content_subtype, "plain")
        self.assertFalse(getattr(message, "alternatives", []))
        lines = message.body.splitlines()
        self.assertIn("> <script>alert(1)</script>", lines)
        self.assertIn("> <p>About us</p>", lines)


class TestReferenceInTheAdmin(ReviewTestCase):
    def test_the_list_and_the_details_show_the_reference(self):
        reference = self.application.reference
        self.assertRegex(reference, r"^CHA-\d{4}-\d{4}$")
        self.assertContains(self.client.get(url("index")), reference)
        self.assertContains(self.client.get(url("inspect", self.application.pk)), reference)

    def test_search_finds_an_application_by_its_reference_as_staff_type_it(self):
        other = CharterApplicationFactory(organisation_name="Marlow Vale Men's Shed")
        year = timezone.localtime(self.application.submitted_at).year
        for query in (
            self.application.reference,
            self.application.reference.lower(),
            f"CHA {year} {self.application.pk}",
            f"{year}-{self.application.pk:04d}",
        ):
            with self.subTest(query=query):
                response = self.client.get(url("index"), {"q": query})
                self.assertContains(response, "Kingsford Men")
                self.assertNotContains(response, "Marlow Vale")
        response = self.client.get(url("index"), {"q": f"CHA-{year - 1}-{self.application.pk:04d}"})
        self.assertNotContains(response, "Kingsford Men")
        response = self.client.get(url("index_results"), {"q": other.reference})
        self.assertContains(response, "Marlow Vale")
        self.assertNotContains(response, "Kingsford Men")
        self.assertContains(self.client.get(url("index"), {"q": "Kingsford"}), "Kingsford Men")
        self.assertEqual(
            self.client.get(url("index"), {"q": "CHA-99999-" + "9" * 30}).status_code, 200
        )
