"""The progress dashboard: figures for a known data set, accessible charts and tables."""

from bs4 import BeautifulSoup
from django.test import TestCase

from partners.public import charts
from partners.public.dashboard import dashboard

from .public_data import known_site


def rows(figure) -> dict[str, list[int]]:
    return {str(label): values for label, values in figure.rows}


class TestDashboardFigures(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = known_site()
        cls.figures = dashboard(
            cls.data["home"], cls.data["home"].locale_id, months=6, today=cls.data["today"]
        )
        cls.by_key = {figure.key: figure for figure in cls.figures["figures"]}

    def test_signatories_by_sector_count_live_partners(self):
        counts = rows(self.by_key["sectors"])
        self.assertEqual(counts["Council"], [1])
        self.assertEqual(counts["Housing"], [1])
        self.assertEqual(counts["Library and culture"], [1])
        self.assertEqual(counts["Business"], [0])  # Dune Digital is a draft
        self.assertEqual(len(counts), 7)
        self.assertEqual(self.figures["partner_total"], 3)

    def test_pledges_by_status_count_public_pledges(self):
        counts = rows(self.by_key["statuses"])
        self.assertEqual(
            counts,
            {"Planned": [1], "In progress": [2], "Achieved": [1], "Lapsed": [1]},
        )
        self.assertEqual(self.figures["pledge_total"], 5)
        self.assertEqual(self.figures["achieved_total"], 1)

    def test_pledges_by_principle(self):
        self.assertEqual(list(rows(self.by_key["principles"]).values()), [[3], [2], [1]])
        self.assertEqual(
            list(rows(self.by_key["principles"])),
            [
                "1. Signpost people to support",
                "2. Work as one team",
                "3. Embed equality and inclusion",
            ],
        )

    def test_maturity_counts_each_partner_once_per_principle(self):
        maturity = self.by_key["maturity"]
        self.assertEqual(
            [str(c) for c in maturity.columns],
            ["1 Initial", "2 Developing", "3 Mature", "4 Leading"],
        )
        self.assertEqual(
            list(rows(maturity).values()),
            [[1, 1, 1, 0], [0, 1, 1, 0], [1, 0, 0, 0]],
        )

    def test_overdue_pledges_longest_waiting_first(self):
        overdue = self.figures["overdue"]
        self.assertEqual(
            [p.title for p in overdue],
            ["Wifi in every community room", "Digital champions in every library"],
        )
        self.assertEqual([p.partner_title for p in overdue], ["Birch Housing", "Cedar Council"])
        self.assertEqual(self.figures["overdue_count"], 2)

    def test_recent_updates_newest_first_with_partner_names(self):
        recent = self.figures["recent_updates"]
        self.assertEqual(
            [u.summary for u in recent],
            [
                "All five branches lend laptops now.",
                "Twelve champions trained.",
                "Two branches lend laptops now.",
                "We joined the referral network.",
            ],
        )
        self.assertEqual(recent[1].partner_title, "Cedar Council")


class TestDashboardPage(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.data = known_site()

    def setUp(self):
        response = self.client.get(self.data["dashboard"].url)
        self.assertEqual(response.status_code, 200)
        self.html = response.content.decode()
        self.soup = BeautifulSoup(self.html, "html.parser")

    def test_charts_are_inline_svg_with_an_accessible_name_and_no_script(self):
        svgs = self.soup.find_all("svg", class_="hub-chart__svg")
        self.assertEqual(len(svgs), 4)
        for svg in svgs:
            self.assertEqual(svg["role"], "img")
            title = svg.find("title", id=svg["aria-labelledby"])
            self.assertIn("The same figures are in the table below the chart", title.get_text())
        self.assertNotIn("<script", self.html)
        self.assertNotIn("pygal.config", self.html)

    def test_each_chart_prints_its_values_and_has_a_table_with_the_same_figures(self):
        for section in self.soup.select(".hub-figure-section"):
            table = section.find("table")
            self.assertTrue(table.find("caption").get_text(strip=True).startswith("Table:"))
            self.assertTrue(all(th["scope"] == "col" for th in table.thead.find_all("th")))
            table_values = [td.get_text(strip=True) for td in table.tbody.find_all("td")]
            printed = [
                text.get_text().rsplit(" ", 1)[-1]
                for text in section.find("svg").select("text.value")
            ]
            self.assertEqual(sorted(printed), sorted(table_values), section["aria-labelledby"])

    def test_sector_table_reads_like_the_figures(self):
        table = self.soup.find("section", attrs={"aria-labelledby": "figure-sectors"}).table
        body = {
            tr.th.get_text(strip=True): tr.td.get_text(strip=True)
            for tr in table.tbody.find_all("tr")
        }
        self.assertEqual(body["Housing"], "1")
        self.assertEqual(body["Business"], "0")
        self.assertTrue(all(th["scope"] == "row" for th in table.tbody.find_all("th")))

    def test_overdue_and_recent_sections(self):
        overdue = self.soup.find("h2", id="overdue-heading").find_parent("section")
        self.assertIn("Wifi in every community room", overdue.get_text())
        self.assertIn("more than 6 months", overdue.get_text())
        recent = self.soup.find("h2", id="recent-heading").find_parent("section")
        self.assertEqual(len(recent.find_all("li")), 4)

    def test_links_to_the_directory_and_open_data(self):
        directory = self.data["directory"].url
        self.assertIsNotNone(self.soup.find("a", href=directory))
        self.assertIsNotNone(self.soup.find("a", href=f"{directory}open-data/pledges/csv/"))


def test_chart_colours_have_enough_contrast_with_white():
    def luminance(hex_colour):
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for colour in charts.COLOURS:
        assert (1.05) / (luminance(colour) + 0.05) >= 3, colour
    assert (1.05) / (luminance(charts.TEXT) + 0.05) >= 4.5


def test_grouped_chart_names_each_bar_so_colour_is_not_needed():
    svg = charts.grouped_bar_chart(
        "Maturity", ["1 Initial", "2 Developing"], [("1. Signpost", [3, 1])]
    )
    assert "1 Initial: 3" in svg
    assert "2 Developing: 1" in svg
    assert 'role="img"' in svg
