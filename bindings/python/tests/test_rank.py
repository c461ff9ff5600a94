"""kpss.rank: the canonical examples through Python, tallies that merge, errors."""
import json
import os
import unittest

import kpss
from kpss import rank as kr

DATA = os.environ.get("KPSS_TEST_DATA_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data"))


def canonical_all():
    with open(os.path.join(DATA, "ranking", "canonical.json"), encoding="utf-8") as f:
        return json.load(f)


def canonical(example_id):
    for e in canonical_all()["ranked"]:
        if e["id"] == example_id:
            return e
    raise KeyError(example_id)


def ranked_ballots(example):
    items = example["candidates"]
    ids, ranks = [], []
    for count, order in example["ballots"]:
        row = [order.index(c) + 1 for c in items]
        for _ in range(count):
            ids.append(f"v{len(ids)}")
            ranks.append(row)
    b = kr.Ballots("ranking", items)
    b.add_rankings(ids, "user", ranks)
    return b


def floats(mapping):
    return {k: float(v) for k, v in mapping.items()}


class CanonicalTest(unittest.TestCase):
    """Every example of canonical.json, with the checks of tests/rank/test_canonical.cpp."""

    def test_every_example_is_checked(self):
        ids = {e["id"] for section in ("ranked", "approval_pb") for e in canonical_all()[section]}
        checked = {"wikipedia_schulze_45", "tennessee_capital_100", "condorcet_paradox_3", "borda_vs_condorcet_5",
                   "equalshares_net_example_1", "equalshares_net_example_2"}
        self.assertEqual(ids, checked)

    def test_wikipedia_schulze(self):
        e = canonical("wikipedia_schulze_45")
        x = e["expected"]
        with ranked_ballots(e) as b:
            r = kr.rank(b, "schulze", "unweighted")
            self.assertEqual(r.ranking, [[c] for c in x["schulze_ranking"]])
            self.assertEqual(r.ranking[0], [x["schulze_winner"]])
            self.assertEqual(r.pairwise, {a: floats(row) for a, row in x["pairwise_d"].items()})
            self.assertEqual(r.strongest_paths,
                             {a: floats(row) for a, row in x["strongest_paths_p_winning_votes"].items()})
            self.assertIn("E is above A", r.explain("E", "A"))
            self.assertIsNone(x["condorcet_winner"])
            self.assertTrue(all(s < 4 for s in kr.rank(b, "copeland", "unweighted").scores.values()))

    def test_tennessee(self):
        e = canonical("tennessee_capital_100")
        x = e["expected"]
        with ranked_ballots(e) as b:
            borda = kr.rank(b, "borda", "unweighted")
            self.assertEqual(borda.scores, floats(x["borda_scores_3_2_1_0"]))
            self.assertEqual(borda.ranking[0], [x["borda_winner"]])
            cope = kr.rank(b, "copeland", "unweighted")
            self.assertEqual(cope.scores, floats(x["copeland_wins"]))
            self.assertEqual(cope.scores[x["condorcet_winner"]], 3.0)
            self.assertEqual(kr.rank(b, "schulze", "unweighted").order, x["schulze_ranking"])
            plurality = kr.rank(b, "approval", "unweighted", support_top=1)
            self.assertEqual(plurality.ranking[0], [x["plurality_winner"]])
            self.assertFalse(plurality.majority["Memphis"])

    def test_condorcet_paradox(self):
        e = canonical("condorcet_paradox_3")
        x = e["expected"]
        with ranked_ballots(e) as b:
            self.assertEqual(kr.rank(b, "schulze", "unweighted").ranking, [x["schulze_winners"]])
            self.assertEqual(kr.rank(b, "copeland", "unweighted").ranking, [x["copeland_winners"]])
            self.assertEqual(kr.rank(b, "borda", "unweighted").scores, floats(x["borda_scores_2_1_0"]))
            self.assertIn("A ties with B", kr.rank(b, "schulze", "unweighted").explain("A", "B"))

    def test_borda_versus_condorcet(self):
        e = canonical("borda_vs_condorcet_5")
        x = e["expected"]
        with ranked_ballots(e) as b:
            borda = kr.rank(b, "borda", "unweighted")
            self.assertEqual(borda.scores, floats(x["borda_scores_2_1_0"]))
            self.assertEqual(borda.ranking[0], [x["borda_winner"]])
            schulze = kr.rank(b, "schulze", "unweighted")
            self.assertEqual(schulze.ranking[0], [x["schulze_winner"]])
            self.assertEqual(schulze.order, x["kemeny_ranking"])
            first = kr.rank(b, "approval", "unweighted", support_top=1)
            self.assertEqual(first.support["A"], 0.6)
            self.assertTrue(first.majority["A"])

    def test_equal_shares_vote_counts(self):
        for e in canonical_all()["approval_pb"]:
            items = list(e["projects"])
            ids, approved, counts = [], [], dict.fromkeys(items, 0)
            for count, chosen in e["ballots"]:
                for _ in range(count):
                    ids.append(f"v{len(ids)}")
                    approved.append([items.index(p) for p in chosen])
                for p in chosen:
                    counts[p] += count
            with kr.Ballots("approval", items) as b:
                b.add_approvals(ids, "user", approved)
                r = kr.rank(b, "approval", "unweighted")
                self.assertEqual(r.scores, floats(counts), e["id"])
                if "vote_counts" in e["expected"]:
                    self.assertEqual(r.scores, floats(e["expected"]["vote_counts"]), e["id"])


class BallotsTest(unittest.TestCase):
    def test_scores_weights_and_roles(self):
        b = kr.Ballots("score", ["a", "b"], scale=(0, 5))
        b.add_scores(["s1", "s2", "s3", "u1"], ["provider", "provider", "provider", "user"],
                     [[5, 1], [5, 1], [5, kr.MISSING], [0, 5]], organisations=["Org", "Org", "Org", None])
        self.assertEqual(len(b), 4)
        self.assertEqual(b.weights("unweighted"), [1.0, 1.0, 1.0, 1.0])
        self.assertEqual(b.weights(), [2 / 3, 2 / 3, 2 / 3, 2.0])
        self.assertEqual(kr.rank(b, policy="unweighted").order, ["a", "b"])
        self.assertEqual(kr.rank(b).ranking, [["b"], ["a"]])
        self.assertEqual(kr.rank(b, policy=kr.Policy.roles_equal({"user": 0})).order, ["a", "b"])

    def test_duplicate_participant_raises(self):
        b = kr.Ballots("approval", ["a", "b"])
        b.add_approvals(["p"], "user", [[0]])
        with self.assertRaises(kpss.ConflictError):
            b.add_approvals(["p"], "user", [[1]])

    def test_csv_and_json(self):
        b = kr.Ballots.from_csv("id;role;A;B\np1;uživatel;5;1\np2;provider;2;\n")
        self.assertEqual(b.items, ["A", "B"])
        again = kr.Ballots.from_json(b.to_json())
        self.assertEqual(again.to_json(), b.to_json())
        with self.assertRaises(kpss.ParseError) as caught:
            kr.Ballots.from_csv("id,A\np1,9\n")
        self.assertEqual(caught.exception.where, "line 2, column 4")

    def test_numpy_arrays_when_available(self):
        try:
            import numpy as np
        except ImportError:
            self.skipTest("numpy is not installed")
        b = kr.Ballots("score", ["a", "b", "c"])
        values = np.array([[1, 2, 3], [3, 2, 1], [5, 5, 0]], dtype=np.int32)
        b.add_scores(["x", "y", "z"], "user", values)
        self.assertEqual(kr.rank(b).scores, {"a": 3.0, "b": 3.0, "c": 4 / 3})


class TallyTest(unittest.TestCase):
    def test_shards_merge_into_the_whole(self):
        e = canonical("wikipedia_schulze_45")
        with ranked_ballots(e) as b:
            whole = b.tally()
            merged = kr.Tally.from_bytes(b.tally(0, 10).to_bytes())
            merged.merge(kr.Tally.from_bytes(b.tally(10, 30).to_bytes())).merge(b.tally(30))
            self.assertEqual(merged.to_bytes(), whole.to_bytes())
            self.assertEqual(merged.participants, 45)
            self.assertEqual(kr.rank(merged, "schulze").ranking, [["E"], ["A"], ["C"], ["B"], ["D"]])
        with self.assertRaises(kpss.CorruptData):
            kr.Tally.from_bytes(b"KPSSTLY1 but broken")


def constructed():
    """a = 5·p_user, b = 4·p_provider as weighted means: a leads until p_user = 4/9."""
    b = kr.Ballots("score", ["a", "b"])
    b.add_scores(["u0", "u1", "u2", "p0", "p1", "p2"], ["user"] * 3 + ["provider"] * 3,
                 [[5, 0]] * 3 + [[0, 4]] * 3, organisations=[None] * 3 + ["Org"] * 3)
    return b


class SensitivityTest(unittest.TestCase):
    def test_known_threshold(self):
        with constructed() as b:
            s = kr.sensitivity(b, top_k=1)
            self.assertTrue(s["found"])
            self.assertAlmostEqual(s["distance"], 1 / 9, delta=1e-8)
            self.assertEqual(s["shares"], {"provider": 0.5, "user": 0.5})
            self.assertAlmostEqual(s["changed_shares"]["user"], 4 / 9, delta=1e-8)
            self.assertEqual(s["top"], ["a"])
            self.assertIn("b", s["changed_top"])
            self.assertEqual(kr.sensitivity(b.tally(), top_k=1)["distance"], s["distance"])
            with self.assertRaises(kpss.InvalidArgument):
                kr.sensitivity(b, policy="unweighted")


class BootstrapTest(unittest.TestCase):
    def test_reproducible_whatever_the_thread_count(self):
        e = canonical("wikipedia_schulze_45")
        with ranked_ballots(e) as b:
            one = kr.bootstrap(b, "schulze", "unweighted", replicates=100, seed=5, threads=1, top_k=1)
            two = kr.bootstrap(b, "schulze", "unweighted", replicates=100, seed=5, threads=2, top_k=1)
            self.assertEqual(one, two)
            self.assertEqual(set(one), {"A", "B", "C", "D", "E"})
            for stats in one.values():
                self.assertLessEqual(stats["rank_p05"], stats["median_rank"])
                self.assertLessEqual(stats["median_rank"], stats["rank_p95"])
            other = kr.bootstrap(b, "schulze", "unweighted", replicates=100, seed=6, threads=2, top_k=1)
            self.assertNotEqual(one, other)


if __name__ == "__main__":
    unittest.main()
