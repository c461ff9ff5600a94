"""kpss.select over the C API: a real participatory budget and a hand-built election."""
import os
import unittest

from kpss import Money
from kpss import Plan, select
from kpss.rank import Ballots
from kpss.errors import InvalidArgument, IoError

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data", "pabulib")
EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "..", "examples", "data")


def czk(crowns):
    return Money(crowns * 100, "CZK")


class SelectTest(unittest.TestCase):
    def test_checker_reproduces_assen_official_result(self):
        e = select.Election.from_pabulib(os.path.join(DATA, "Netherlands_Assen_2024.pb"))
        self.assertEqual(len(e), 14)
        r = select.run(e, "equal_shares", add1="infeasible", tie="checker", start_from_whole_units=True)
        self.assertEqual(sorted(r.selected, key=int), ["2", "3", "5", "6", "9", "11", "12", "13", "14"])
        self.assertEqual(r.total_cost, Money(7670000, "EUR"))
        greedy = select.run(e, "greedy")
        self.assertEqual(sorted(greedy.selected, key=int), ["2", "3", "8", "9", "11", "13", "14"])
        self.assertIn(("1", "unaffordable"), greedy.rejected)

    def test_weights_groups_and_pots(self):
        e = select.Election.new([czk(100), czk(50)])
        e.add_candidate("A", czk(60), shares=[2, 1])
        e.add_candidate("B", czk(60))
        e.add_ballots([[0], [0], [1], [1]])
        r = select.run(e, "equal_shares", weights=[3, 3, 1, 1], groups=[0, 0, 1, 1])
        self.assertEqual(r.selected, ["A"])
        self.assertEqual(r.funded[0].cost_per_pot, [czk(40), czk(20)])
        self.assertEqual(r.funded[0].paid_by_group, [czk(60), czk(0)])
        self.assertEqual(r.group_endowment, [Money(11250, "CZK"), Money(3750, "CZK")])
        self.assertEqual(r.rejected, [("B", "not_enough_support")])
        self.assertEqual(r.left_per_pot, [czk(60), czk(30)])
        k = select.run(e, "knapsack")
        self.assertEqual(k.selected, ["A", "B"])
        self.assertTrue(k.proven_optimal)

    def test_plan_and_ballots_with_the_weighting_policy(self):
        plan = Plan.load(os.path.join(EXAMPLES, "sample_plan.json"))
        ballots = Ballots.read(os.path.join(EXAMPLES, "sample_ballots.csv"))
        e = select.Election.from_plan(plan, ballots, czk(10_000_000))
        self.assertEqual(len(e), len(ballots.items))
        weights, groups = select.policy_weights(ballots, "roles-equal")
        self.assertEqual(sum(weights), 10**9)
        self.assertEqual(len(groups), len(ballots))
        r = select.run(e, "equal_shares", satisfaction="cardinal", weights=weights, groups=groups)
        self.assertTrue(r.selected)
        self.assertLessEqual(r.total_cost.minor_units, czk(10_000_000).minor_units)
        # Roles equal: users (2) and providers (1) each control the same share of the budget.
        self.assertEqual(r.group_endowment[1], r.group_endowment[2])
        # Unweighted: everyone the same, to within the one unit of rounding to integers.
        plain, _ = select.policy_weights(ballots, "unweighted")
        self.assertLessEqual(max(plain) - min(plain), 1)

    def test_errors(self):
        with self.assertRaises(IoError):
            select.Election.from_pabulib("no/such.pb")
        e = select.Election.new([czk(10)])
        with self.assertRaises(InvalidArgument):
            e.add_ballots([[3]])
        with self.assertRaises(InvalidArgument):
            select.run(e, "best")


if __name__ == "__main__":
    unittest.main()
