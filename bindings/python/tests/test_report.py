"""kpss.report: the public report from Python, as files and as strings."""
import datetime
import json
import os
import tempfile
import unittest
from pathlib import Path

import kpss

ROOT = Path(os.environ.get("KPSS_TEST_DATA_DIR", Path(__file__).resolve().parents[3] / "tests" / "data")).parent.parent
EXAMPLES = ROOT / "examples" / "data"


class ReportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = kpss.Plan.load(EXAMPLES / "sample_plan.json")
        cls.ballots = kpss.rank.Ballots.read(str(EXAMPLES / "sample_ballots.csv"))

    def test_render_has_every_section_and_a_chart_each(self):
        pages = kpss.report.render(self.plan, ballots=self.ballots, lang="en", replicates=50,
                                   budget=kpss.Money.parse("10 000 000 Kč"))
        doc = json.loads(pages["json"])
        self.assertEqual([s["id"] for s in doc["sections"]],
                         ["plan", "participants", "stakeholders", "gaps", "priorities", "stability", "budget",
                          "monitoring", "audit"])
        charts = sum(1 for s in doc["sections"] for b in s["blocks"] if b["type"] == "bar_chart")
        self.assertEqual(pages["html"].count("<svg"), charts)
        self.assertIn('<html lang="en">', pages["html"])
        self.assertIn("## Plan audit", pages["markdown"])

    def test_same_seed_same_report_and_as_of_shown(self):
        a = kpss.report.render(self.plan, ballots=self.ballots, replicates=30, seed=7,
                               as_of=datetime.date(2025, 12, 31))
        b = kpss.report.render(self.plan, ballots=self.ballots, replicates=30, seed=7,
                               as_of=datetime.date(2025, 12, 31))
        self.assertEqual(a, b)
        self.assertIn("2025-12-31", a["html"])

    def test_k_hides_small_roles(self):
        pages = kpss.report.render(self.plan, ballots=self.ballots, lang="en", k=50, replicates=10)
        doc = json.loads(pages["json"])
        priorities = next(s for s in doc["sections"] if s["id"] == "priorities")
        self.assertIn("commissioner fewer than 50", priorities["blocks"][0]["text"])

    def test_write_returns_the_html_path(self):
        with tempfile.TemporaryDirectory() as d:
            path = kpss.report.write(self.plan, Path(d) / "out", ballots=self.ballots, replicates=10)
            self.assertTrue(path.endswith("report.html"))
            for name in ("report.html", "report.md", "report.json"):
                self.assertTrue((Path(d) / "out" / name).stat().st_size > 0, name)

    def test_errors_are_typed(self):
        with self.assertRaises(kpss.InvalidArgument):
            kpss.report.render(self.plan, lang="de")
        with self.assertRaises(kpss.InvalidArgument):
            kpss.report.render(self.plan, k=0)
        other = kpss.rank.Ballots("score", ["m-nowhere"])
        with self.assertRaises(kpss.NotFound):
            kpss.report.render(self.plan, ballots=other)


if __name__ == "__main__":
    unittest.main()
