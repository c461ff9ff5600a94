"""kpss.cycle over the sample plan."""
import datetime
import os
import unittest
from pathlib import Path

import kpss
from kpss import cycle

SAMPLE = Path(__file__).resolve().parents[3] / "examples" / "data" / "sample_plan.json"


class CycleTest(unittest.TestCase):
    def setUp(self):
        self.plan = SAMPLE.read_text(encoding="utf-8")

    def test_gates_refuse_and_override_is_logged(self):
        with cycle.Cycle(self.plan, today=datetime.date(2024, 4, 20)) as c:
            self.assertEqual(c.phase, "preparatory")
            unmet = c.status()["unmet"]
            self.assertEqual([g["code"] for g in unmet], ["G03"])
            self.assertEqual(unmet[0]["elements"], ["/working_groups/3", "/working_groups/4"])
            with self.assertRaises(kpss.ConflictError) as e:
                c.advance("st-kralova")
            self.assertIn("G03", str(e.exception))
            with self.assertRaises(kpss.InvalidArgument):
                c.override("st-dvorak", "")
            c.override("st-dvorak", "Zadavatel je v řídící skupině.")
            self.assertEqual(c.phase, "analytical")
            log = c.status()["log"]
            self.assertEqual(log[0]["action"], "override")
            self.assertEqual(log[0]["payload"]["justification"], "Zadavatel je v řídící skupině.")
            self.assertEqual(log[0]["date"], "2024-04-20")
            again = cycle.Cycle(c.plan_json())
            self.assertEqual(again.phase, "analytical")

    def test_comments_and_annex(self):
        with cycle.Cycle(self.plan, today=datetime.date(2025, 9, 20)) as c:
            c.comment("st-kralova", "c-99", "Víkendy?", "measure", "m4-2-1", author_name="Eva")
            with self.assertRaises(kpss.NotFound):
                c.comment("st-kralova", "c-98", "?", "measure", "m9")
            c.settle("st-kralova", "c-99", "partly", "Jen soboty.")
            annex = c.annex()
            self.assertEqual(annex["counts"]["partly"], 3)
            self.assertEqual(annex["rows"][-1]["author"], "Eva")
            self.assertIn("| c-99 | Eva |", c.annex(markdown=True))

    def test_monitoring_and_next_cycle(self):
        with cycle.Cycle(self.plan) as c:
            report = c.monitoring(2025)
            nodes = {n["id"]: n for n in report["nodes"]}
            self.assertAlmostEqual(nodes["m1-2-2"]["progress"], 33 / 64)
            with self.assertRaises(kpss.ConflictError):
                c.next_cycle("next", datetime.date(2029, 1, 1), datetime.date(2031, 12, 31))
            c.record("st-kralova", "evaluation_published", {"url": "https://example.org"})
            nxt = c.next_cycle("next", datetime.date(2029, 1, 1), datetime.date(2031, 12, 31))
            self.assertIn('"x-kpss-previous"', nxt)

    def test_audit_and_diff(self):
        report = cycle.audit(self.plan)
        self.assertEqual(report["failed"], 0)
        self.assertEqual(len(report["checks"]), 24)
        changed = self.plan.replace('"resolution": "ZM/2024/02/17"', '"resolution": "ZM/2024/02/18"')
        d = cycle.diff(self.plan, changed)
        self.assertEqual([(c["kind"], c["path"]) for c in d["changes"]], [("changed", "/mandate/resolution")])
        with self.assertRaises(kpss.ParseError):
            cycle.audit("{")


class PlanCycleTest(unittest.TestCase):
    """The same through kpss.Plan objects."""

    def setUp(self):
        self.plan = kpss.Plan.load(SAMPLE)

    def test_cycle_of_a_plan(self):
        with self.plan.cycle(datetime.date(2024, 4, 20)) as c:
            with self.assertRaises(kpss.ConflictError) as caught:
                c.advance("st-kralova")
            self.assertIn("G03", str(caught.exception))
            c.override("st-dvorak", "Zadavatel se účastní přes řídící skupinu.")
            c.comment("st-kralova", "c-99", "Víkendy?", "measure", "m4-2-1")
            logged = c.plan()
            self.assertEqual(logged.counts()["comments"], self.plan.counts()["comments"] + 1)
            self.assertEqual(self.plan.diff(self.plan)["changes"], [])  # the opened plan is not changed
            self.assertIn("c-99", str(self.plan.diff(logged)["changes"]))
            self.assertEqual(cycle.Cycle(logged).phase, "analytical")
            with self.assertRaises(kpss.ConflictError):
                c.next_plan("next", datetime.date(2029, 1, 1), datetime.date(2031, 12, 31))
            c.record("st-kralova", "evaluation_published")
            nxt = c.next_plan("next", datetime.date(2029, 1, 1), datetime.date(2031, 12, 31), "Plán 2029–2031")
            self.assertIn("x-kpss-previous", nxt.find("plan"))
            self.assertEqual(nxt.find("plan")["title"], "Plán 2029–2031")

    def test_audit_diff_and_monitoring_of_plans(self):
        self.assertEqual(self.plan.audit(), cycle.audit(SAMPLE.read_text(encoding="utf-8")))
        self.assertEqual(self.plan.audit()["failed"], 0)
        changed = kpss.Plan.from_json(SAMPLE.read_text(encoding="utf-8").replace(
            '"resolution": "ZM/2024/02/17"', '"resolution": "ZM/2024/02/18"'))
        self.assertEqual([(c["kind"], c["path"]) for c in self.plan.diff(changed)["changes"]],
                         [("changed", "/mandate/resolution")])
        self.assertEqual(self.plan.monitoring(2025)["as_of"], "2025-12-31")
        self.plan.close()
        with self.assertRaises(kpss.InvalidArgument):
            self.plan.audit()


if __name__ == "__main__":
    unittest.main()
