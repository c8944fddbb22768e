"""``manage.py import_openreferral FILE-OR-URL --partner SLUG-OR-ID``

Reads services in Open Referral UK 3.0 JSON (a page of services, one service, or an
organization with its services) and creates or updates them as drafts under the partner.
Running it again on the same feed updates the drafts instead of adding new ones. The output
is for the person running the import, like Django's own commands (in English).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from partners.models import PartnerPage
from services.openreferral import feed
from services.openreferral.importer import import_services


class Command(BaseCommand):
    help = "Import Open Referral UK services from a file or URL as drafts under a partner."

    def add_arguments(self, parser):
        parser.add_argument("source", help="a JSON file, or an http(s) URL of a feed")
        parser.add_argument(
            "--partner", required=True, help="the partner page's slug or id, under which to import"
        )

    def handle(self, *args, source, partner, **options):
        owner = self.find_partner(partner)
        if not feed.is_url(source):
            source = str(Path(source).resolve())
        try:
            records = feed.service_records(feed.read(source))
        except feed.FeedError as error:
            raise CommandError(str(error)) from None
        report = import_services(records, owner, source)

        write = self.stdout.write
        for label in report.created:
            write(f"Created a draft: {label}")
        for label in report.updated:
            write(f"Updated (new draft revision): {label}")
        for venue in report.venues_created:
            write(f"New venue: {venue}")
        for note in report.notes:
            write(f"Note: {note}")
        for problem in report.skipped:
            self.stderr.write(f"Skipped: {problem}")
        if report.unmapped_terms:
            write("Taxonomy terms that match none of our kinds of help (add them by hand):")
            for term, count in sorted(report.unmapped_terms.items()):
                write(f"  {term}: {count} service(s)")
        summary = (
            f"{len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.skipped)} skipped, under {owner.title}. Nothing was published: "
            "review the drafts and submit them for moderation."
        )
        write(self.style.SUCCESS(summary) if not report.skipped else self.style.WARNING(summary))

    def find_partner(self, value: str) -> PartnerPage:
        """The partner by id, or by slug in the default language (the API's language)."""
        if value.isdigit():
            found = list(PartnerPage.objects.filter(pk=int(value)))
        else:
            default = PartnerPage.objects.filter(slug=value, locale=Locale.get_default())
            found = list(default) or list(PartnerPage.objects.filter(slug=value))
        if not found:
            raise CommandError(f"no partner page has the slug or id {value!r}")
        if len(found) > 1:
            raise CommandError(f"several partner pages have the slug {value!r}: give the id")
        partner = found[0]
        return partner.get_translation_or_none(Locale.get_default()) or partner
