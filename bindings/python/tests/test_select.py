"""kpss.select over the C API: a real participatory budget and a hand-built election."""
import os
import unittest

from kpss import Money
from kpss import select
from kpss.errors import InvalidArgument, IoError

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data", "pabulib")


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
