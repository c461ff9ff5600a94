"""Needs against resources from Python, against the hand-checked values of the C++ tests
(tests/gaps/test_plan_gaps.cpp, test_region.cpp, tests/io/test_registry.cpp)."""
import os
import unittest
from pathlib import Path

import kpss
from kpss import gaps
from kpss.core import Money

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(os.environ.get("KPSS_TEST_DATA_DIR", ROOT / "tests" / "data"))
SAMPLE = ROOT / "examples" / "data" / "sample_plan.json"
REGISTRY = DATA / "registry"
REGION = DATA / "gaps" / "region"


def czk(major: int) -> Money:
    return Money(major * 100, "CZK")


def row(table, type_, group, territory):
    for r in table.rows:
        if (r.type, r.form, r.target_group, r.territory) == (type_, "", group, territory):
            return r
    raise AssertionError(f"no row {type_} {group} {territory}")


class PlanGapsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = kpss.Plan.load(SAMPLE)

    def test_the_sample_plans_gap_table(self):
        t = gaps.plan_gaps(self.plan)
        rows = t.rows
        self.assertEqual(len(rows), 38)
        first = rows[0]
        # Respite care for caregivers: 60 + 12 clients, none served; 72 × 455 000 Kč.
        self.assertEqual((first.type, first.target_group, first.territory), ("respite_care", "caregivers", "579999"))
        self.assertEqual((first.demand, first.capacity, first.gap), (72, 0, 72))
        self.assertEqual(first.cost_to_close, czk(32760000))
        dzr = row(t, "home_special_regime", "dementia", "579999")
        self.assertEqual((dzr.capacity, dzr.gap, dzr.coverage), (16, 28, 16 / 44))
        self.assertEqual(dzr.cost_to_close, czk(14336000))
        self.assertEqual(row(t, "home_care", "seniors", "579998").cost_to_close, czk(962500))
        self.assertEqual(row(t, "home_care", "seniors", "579999").gap, -160)
        debt = row(t, "professional_counselling", "in_crisis", "579999")
        self.assertEqual((debt.capacity, debt.cost_to_close), (0.625, czk(307500)))
        self.assertEqual(row(t, "personal_assistance", "combined_disability", "579999").capacity,
                         35.0 * 30460 / 32142)
        contacts = row(t, "contact_centre", "addiction", "579999")
        self.assertEqual((contacts.gap, contacts.coverage), (0, 1))
        self.assertIsNone(row(t, "independent_living_support", "intellectual_disability", "579999").cost_to_close)
        self.assertEqual(len(t.diagnostics), 5)
        self.assertEqual(t.diagnostics[0].where, "need n-12")
        self.assertEqual(len(t.to_dict()["rows"][0]["origins"]), 2)
        candidate = t.candidates()[0]
        self.assertEqual(candidate["criteria"][0], {"name": "gap", "value": 72.0, "benefit": True})

    def test_norms_unit_costs_and_roll_up(self):
        norm = gaps.Norm("emergency_care", ["older_seniors"], 50, "clients", "norm B", target_group="seniors")
        t = gaps.plan_gaps(self.plan, norms=[norm], unit_costs={"emergency_care": czk(1000)})
        r = row(t, "emergency_care", "seniors", "579999")
        self.assertEqual((r.demand, r.cost_to_close), (1180 * 50 / 1000, czk(59000)))
        register = gaps.Territories.from_csv(DATA / "gaps" / "habrov_register.csv")
        self.assertEqual(register.population("5399"), 32142)
        region = t.roll_up(register, "region")
        top = region.rows[0]
        self.assertEqual((top.type, top.territory, top.gap, top.cost_to_close), ("respite_care", "CZ053", 72, None))
        with self.assertRaises(kpss.InvalidArgument):
            t.roll_up(register, "county")
        with self.assertRaises(kpss.InvalidArgument):
            register.add([("500001", "579999", 10)])  # a municipality inside a municipality
        with self.assertRaises(kpss.NotFound):
            register.population("500001")
        with self.assertRaises(kpss.InvalidArgument):
            gaps.plan_gaps(self.plan, split="by_mood")

    def test_budget_and_compensation(self):
        b = gaps.plan_budget(self.plan)
        self.assertEqual((b["total_cost"], b["total_funded"], b["total_shortfall"]),
                         ("321496000.00 CZK", "317450000.00 CZK", "4046000.00 CZK"))
        self.assertEqual(len(b["shortfalls"]), 11)
        self.assertEqual((b["shortfalls"][0]["measure"], b["shortfalls"][0]["shortfall"]),
                         ("m1-1-2", "630000.00 CZK"))
        self.assertEqual([y["year"] for y in b["years"]], [2026, 2027, 2028])
        self.assertEqual(gaps.compensation_payment(czk(1000000), czk(900000), 2.5, czk(50000)),
                         (czk(150000), czk(60000)))
        self.assertEqual(gaps.compensation_payment(czk(3000000), czk(1800000), 40), (czk(1200000), czk(30000)))
        with self.assertRaises(kpss.InvalidArgument):
            gaps.compensation_payment(czk(1), czk(0), 0)


class RegistryTest(unittest.TestCase):
    codes = (REGISTRY / "codelists.json").read_text(encoding="utf-8")

    def test_the_sample(self):
        r = gaps.Registry.load(REGISTRY / "sample.json", code_lists=self.codes)
        self.assertEqual(r.summary(), {"items": 6, "imported": 6, "skipped": 0, "filtered": 0, "diagnostics": 0})
        home_care = r.services[0]
        self.assertEqual((home_care["identifier"], home_care["type"], home_care["provider_ico"]),
                         ("1234567", "home_care", "00231215"))
        self.assertEqual(home_care["target_groups"], ["seniors", "physical_disability"])
        self.assertEqual([f["form"] for f in home_care["forms"]], ["field", "outpatient"])
        self.assertEqual(r.services[1]["forms"][0]["capacities"][0]["unit"], "beds")

    def test_unknown_codes_are_reported_and_the_rest_imported(self):
        data = (REGISTRY / "unknown_codes.json").read_bytes()
        r = gaps.Registry.read(data, code_lists=self.codes)
        s = r.summary()
        self.assertEqual((s["items"], s["imported"], s["skipped"]), (6, 5, 1))
        self.assertEqual([d.where for d in r.diagnostics],
                         ["/polozky/0/ciloveSkupiny/2", "/polozky/0/formy/1/kapacity/0/typ",
                          "/polozky/1/druhSocialniSluzby", "/polozky/3/formy/1/forma",
                          "/polozky/3/rozsirenePusobnostiVKraji/3"])
        self.assertIn("DruhSocialniSluzby/999", r.diagnostics[2].message)

    def test_a_truncated_file_imports_nothing(self):
        with self.assertRaises(kpss.ParseError) as caught:
            gaps.Registry.load(REGISTRY / "truncated.json", code_lists=self.codes)
        self.assertIn("truncated", str(caught.exception))
        self.assertIn("nothing was imported", str(caught.exception))
        self.assertTrue(caught.exception.where.startswith("line "))

    def test_filters_and_capacity_in_plan_gaps(self):
        import datetime
        r = gaps.Registry.load(REGISTRY / "sample.json", code_lists=self.codes, territory="2101",
                               provided_on=datetime.date(2025, 1, 1))
        # In ORP Benešov (2101) and provided on that day: the shelter 5678901 closed in 2023.
        self.assertEqual([s["identifier"] for s in r.services], ["1234567", "3456789", "4567890"])
        self.assertEqual(r.summary()["filtered"], 3)
        export = ('{"polozky": [{"id": 1, "identifikator": "7777777", "druhSocialniSluzby": "home_care", '
                  '"ciloveSkupiny": ["seniors"], "formy": [{"forma": "field", "kapacity": '
                  '[{"typ": "clients", "pocet": 10}]}], "rozsirenePusobnostiVKraji": [{"kod": "579998"}]}]}')
        t = gaps.plan_gaps(kpss.Plan.load(SAMPLE), registry=gaps.Registry.read(export))
        lhotka = row(t, "home_care", "seniors", "579998")
        self.assertEqual((lhotka.capacity, lhotka.gap), (10, 15))


class RegionTest(unittest.TestCase):
    def test_pooling_on_the_constructed_region(self):
        plans = [kpss.Plan.load(REGION / f"plan_{p}.json") for p in "abc"]
        register = gaps.Territories.from_csv(REGION / "territories.csv")
        v = gaps.regional_view(plans, register, min_viable={"home_care": 10},
                               unit_costs={"home_care": czk(25000)})
        # a and b together reach the 10 clients a home-care service needs; c alone does not.
        [p] = v.pooling
        self.assertEqual((p.orp, p.type, p.target_group, p.units, p.cost_sharing, p.cost),
                         ("1111", "home_care", "seniors", 11, "per_capita", czk(275000)))
        self.assertEqual([(s.municipality, s.units, s.population, s.fraction, s.cost) for s in p.shares],
                         [("500001", 4, 1000, 0.25, czk(68750)), ("500002", 7, 3000, 0.75, czk(206250))])
        self.assertEqual([(r.territory, r.gap) for r in v.gaps("region").rows], [("CZ063", 14), ("CZ063", -10)])
        self.assertEqual(v.gaps("orp").rows[0].gap, 11)
        d = v.to_dict()
        self.assertEqual(d["shared_services"], [{"registry_id": "1111111", "plans": ["a", "b"]}])
        self.assertEqual((d["recurring"][0]["population"], d["recurring"][0]["population_share"]), (4800, 1.0))

        per_use = gaps.regional_view(plans, register, min_viable={"home_care": 10},
                                     unit_costs={"home_care": czk(25000)}, cost_sharing="per_use")
        self.assertEqual([s.cost for s in per_use.pooling[0].shares], [czk(100000), czk(175000)])
        agreed = gaps.regional_view(plans, register, min_viable={"home_care": 10},
                                    unit_costs={"home_care": czk(25000)}, cost_sharing="explicit",
                                    weights={"500001": 1, "500002": 1})
        self.assertEqual([s.cost for s in agreed.pooling[0].shares], [czk(137500), czk(137500)])
        with self.assertRaises(kpss.InvalidArgument):
            gaps.regional_view(plans, register, cost_sharing="explicit", min_viable={"home_care": 10})


if __name__ == "__main__":
    unittest.main()
