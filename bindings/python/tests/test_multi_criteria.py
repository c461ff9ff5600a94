"""kpss.multi_criteria: Saaty's AHP example, the TOPSIS mobile-phone example, the combined
score of support and evidence."""
import unittest

import kpss
from kpss import multi_criteria as mc
from kpss import rank as kr

SAATY = [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]
CIRCLE = [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]


class AhpTest(unittest.TestCase):
    def test_saaty_example(self):
        w = mc.ahp_weights(SAATY)
        for got, want in zip(w["weights"], [0.6370, 0.2583, 0.1047]):
            self.assertAlmostEqual(got, want, delta=5e-4)
        self.assertAlmostEqual(w["lambda_max"], 3.0385, delta=5e-4)
        self.assertAlmostEqual(w["consistency_ratio"], 0.0332, delta=5e-4)
        self.assertTrue(w["consistent"])
        self.assertFalse(mc.ahp_weights(CIRCLE)["consistent"])

    def test_not_reciprocal_raises_with_the_cell(self):
        with self.assertRaises(kpss.InvalidArgument) as caught:
            mc.ahp_weights([[1, 3], [0.5, 1]])
        self.assertEqual(caught.exception.where, "row 1, column 2")


class TopsisTest(unittest.TestCase):
    def test_mobile_phones(self):
        r = mc.rank_criteria(["P1", "P2", "P3", "P4", "P5"], ["price", "storage", "camera", "looks"],
                             [[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4], [275, 32, 8, 4], [225, 16, 16, 2]],
                             weights=[1, 1, 1, 1], benefit=[False, True, True, True], method="topsis",
                             normalisation="vector")
        self.assertEqual(r.order, ["P3", "P4", "P1", "P5", "P2"])
        for item, want in zip(r.items, [0.534277, 0.308368, 0.691632, 0.534737, 0.401046]):
            self.assertAlmostEqual(r.scores[item], want, delta=1e-6)
        self.assertEqual(r.weights, {"price": 0.25, "storage": 0.25, "camera": 0.25, "looks": 0.25})


class CombinedTest(unittest.TestCase):
    def test_support_beside_evidence(self):
        b = kr.Ballots("approval", ["home_care", "respite", "transport"])
        b.add_approvals(["u1", "u2", "p1", "p2"], ["user", "user", "provider", "provider"], [[0, 1], [0], [2], [0]])
        support = kr.rank(b, "approval", "unweighted")
        r = mc.combine(support, ["gap", "cost"], [[4, 1e6], [30, 2e6], [10, 4e6]], weights=[1, 2, 1],
                       benefit=[True, False])
        self.assertEqual(r.ranking, [["respite"], ["home_care"], ["transport"]])
        self.assertAlmostEqual(r.scores["respite"], 2 / 3, places=15)
        self.assertEqual(r.normalised["home_care"]["support"], 1.0)
        warned = mc.combine(support, ["gap", "cost"], [[4, 1e6], [30, 2e6], [10, 4e6]], ahp=CIRCLE,
                            benefit=[True, False])
        self.assertEqual([d["code"] for d in warned.diagnostics], ["R301"])
        with self.assertRaises(kpss.InvalidArgument):
            mc.combine(support, ["gap"], [[1], [2]], weights=[1, 1])


if __name__ == "__main__":
    unittest.main()
