"""The stakeholder graph from Python."""
import os
import unittest
from pathlib import Path

import kpss
from kpss.graph import StakeholderGraph

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(os.environ.get("KPSS_TEST_DATA_DIR", ROOT / "tests" / "data"))


class PlanGraphTest(unittest.TestCase):
    def test_working_group_lacking_users(self):
        g = StakeholderGraph.from_plan_file(DATA / "graph" / "wg_without_users.json")
        rows = g.triad_coverage()
        self.assertEqual([r.group for r in rows], ["pg-seniori", "pg-rodiny", "steering_group", None])
        self.assertEqual(rows[1].missing, ["user"])
        self.assertFalse(rows[1].triad_complete)
        self.assertEqual((rows[1].members, rows[1].users, rows[1].public), (3, 0, 1))
        self.assertEqual(rows[0].missing, ["public"])
        self.assertEqual(rows[2].missing, ["provider", "public"])
        self.assertEqual(rows[3].missing, [])
        self.assertEqual([r.group for r in rows if "user" in r.missing], ["pg-rodiny"])

    def test_every_analysis_as_json(self):
        g = StakeholderGraph.from_plan_file(DATA / "graph" / "wg_without_users.json")
        everything = g.analysis()
        self.assertEqual(everything["triad_coverage"][1]["missing"], ["user"])
        reach = g.analysis("information_reach")
        self.assertEqual(reach["source"], {"kind": "person", "id": "st-koordinatorka"})
        self.assertEqual(reach["unreached"], [])
        self.assertEqual(g.analysis("periphery")["outside_working_groups"],
                         [{"kind": "organisation", "id": "st-obec"}, {"kind": "person", "id": "st-koordinatorka"}])
        providers = g.provider_equality()
        self.assertEqual([(p.id, p.count, p.score) for p in providers], [("st-charita", 1, 1.0)])
        with self.assertRaises(kpss.InvalidArgument):
            g.analysis("everything")

    def test_working_group_lacking_users_from_a_plan(self):
        plan = kpss.Plan.load(DATA / "graph" / "wg_without_users.json")
        for g in (plan.stakeholder_graph(), StakeholderGraph.from_plan(plan)):
            lacking = [r for r in g.triad_coverage() if "user" in r.missing]
            self.assertEqual([(r.group, r.group_kind, r.missing, r.members, r.users) for r in lacking],
                             [("pg-rodiny", "working_group", ["user"], 3, 0)])
        plan.close()
        with self.assertRaises(kpss.InvalidArgument):
            StakeholderGraph.from_plan(plan)

    def test_sampled_brokers(self):
        g = kpss.Plan.load(ROOT / "examples" / "data" / "sample_plan.json").stakeholder_graph()
        n = g.vertex_count
        exact = g.brokers(5)
        everyone = g.brokers(5, pivots=n)
        self.assertEqual([b.id for b in everyone], [b.id for b in exact])
        for e, a in zip(exact, everyone):
            self.assertAlmostEqual(e.score, a.score, places=12)
        half = g.brokers(5, pivots=n // 2, seed=42)
        self.assertEqual(half, g.brokers(5, pivots=n // 2, seed=42))
        bound = kpss.graph.betweenness_error_bound(n, n // 2)
        self.assertLess(abs(half[0].score - exact[0].score), bound)
        self.assertAlmostEqual(kpss.graph.betweenness_error_bound(10000, 1000, 0.05), 0.0803, delta=1e-4)
        with self.assertRaises(kpss.InvalidArgument):
            kpss.graph.betweenness_error_bound(10, 0)

    def test_bad_plan_names_the_place(self):
        with self.assertRaises(kpss.ParseError):
            StakeholderGraph.from_plan_json('{"format": "kpss-plan"')


class EditedGraphTest(unittest.TestCase):
    def test_build_analyse_export(self):
        g = StakeholderGraph()
        a = g.add_vertex("person", "a", roles=["coordinator"])
        b = g.add_vertex("organisation", "b", label="Spolek <B>", roles=["user", "public"])
        c = g.add_vertex("person", "c", roles=["public"])
        wg = g.add_vertex("working_group", "wg")
        self.assertTrue(g.add_edge(a, wg, "informs"))
        self.assertFalse(g.add_edge(a, wg, "informs"))
        g.add_edge(b, wg, "member_of")
        g.add_edge(b, c, "cooperates_with")
        self.assertEqual((g.vertex_count, g.edge_count), (4, 3))
        self.assertEqual(g.find("organisation", "b"), b)
        with self.assertRaises(kpss.NotFound):
            g.find("person", "b")
        with self.assertRaises(kpss.ConflictError):
            g.add_vertex("person", "a")
        with self.assertRaises(kpss.InvalidArgument):
            g.add_edge(wg, a, "serves")

        top = g.brokers(2)
        self.assertEqual([(v.id, round(v.score, 12)) for v in top], [("b", round(2 / 3, 12)), ("a", 0.0)])
        reach = g.analysis("information_reach")
        self.assertEqual(reach["public_total"], 2)
        self.assertEqual(reach["public_reached"], 1)  # cooperation is not an information channel
        self.assertEqual(g.analysis("fragility")["articulation_points"],
                         [{"kind": "organisation", "id": "b"}, {"kind": "working_group", "id": "wg"}])
        self.assertIn("Spolek &lt;B&gt;", g.to_graphml())
        self.assertIn('"organisation:b" -> "person:c"', g.to_dot())


if __name__ == "__main__":
    unittest.main()
