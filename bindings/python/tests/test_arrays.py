"""Bulk arrays into C (kpss._native.c_array): buffers of the C item type pass without a copy,
read-only buffers are copied once, everything else converts value by value, and the rankings,
selections and multi-criteria scores come out the same whichever way the numbers arrive."""
import array
import ctypes
import random
import unittest

import kpss
from kpss import _native
from kpss import multi_criteria as mc
from kpss import rank as kr
from kpss import select
from kpss.core import Money

ITEMS = ["a", "b", "c", "d"]


def random_scores(seed, participants=40):
    """Rows of scores 0..5 or MISSING, one per participant."""
    rng = random.Random(seed)
    return [[rng.choice([kr.MISSING, 0, 1, 2, 3, 4, 5]) for _ in ITEMS] for _ in range(participants)]


def ranking_of(values, rows, method="score"):
    b = kr.Ballots("score", ITEMS)
    ids = [f"p{i}" for i in range(rows)]
    roles = [kr.ROLES[i % 4] for i in range(rows)]
    b.add_scores(ids, roles, values)
    r = kr.rank(b, method)
    return r.ranking, r.scores


def address(buffer):
    """The address of a writable buffer's first byte."""
    return ctypes.addressof((ctypes.c_char * memoryview(buffer).nbytes).from_buffer(buffer))


class ZeroCopyTest(unittest.TestCase):
    def test_array_of_int32_scores_is_passed_in_place(self):
        rows = random_scores(1)
        flat = array.array("i", [x for row in rows for x in row])
        c = _native.c_array(flat, ctypes.c_int32, len(flat))
        self.assertEqual(ctypes.addressof(c), flat.buffer_info()[0])
        flat[0] = 4  # the C array is the caller's memory
        self.assertEqual(c[0], 4)
        del c
        flat[0] = rows[0][0]
        self.assertEqual(ranking_of(flat, len(rows)), ranking_of(rows, len(rows)))

    def test_unsigned_ranks_and_two_dimensional_views_are_passed_in_place(self):
        rng = random.Random(2)
        rows = []
        for _ in range(30):
            order = ITEMS[:]
            rng.shuffle(order)
            rows.append([order.index(item) + 1 for item in ITEMS])
        ranks = array.array("I", [x for row in rows for x in row])
        grid = memoryview(ranks).cast("B").cast("I", (len(rows), len(ITEMS)))
        self.assertEqual(ctypes.addressof(_native.c_array(grid, ctypes.c_uint32, len(ranks))), ranks.buffer_info()[0])
        from_list, from_grid = kr.Ballots("ranking", ITEMS), kr.Ballots("ranking", ITEMS)
        ids = [f"v{i}" for i in range(len(rows))]
        from_list.add_rankings(ids, "user", rows)
        from_grid.add_rankings(ids, "user", grid)
        self.assertEqual(kr.rank(from_grid, "schulze").ranking, kr.rank(from_list, "schulze").ranking)

    def test_bytearray_cast_to_the_item_type_is_passed_in_place(self):
        rows = random_scores(3, 8)
        memory = bytearray(array.array("i", [x for row in rows for x in row]).tobytes())
        view = memoryview(memory).cast("i")
        self.assertEqual(ctypes.addressof(_native.c_array(view, ctypes.c_int32, len(view))), address(memory))
        self.assertEqual(ctypes.addressof(_native.c_array(memory, ctypes.c_int32, len(view))), address(memory))
        self.assertEqual(ranking_of(view, len(rows)), ranking_of(rows, len(rows)))


class ReadOnlyTest(unittest.TestCase):
    def test_bytes_and_read_only_views_are_copied_once(self):
        rows = random_scores(4)
        flat = array.array("i", [x for row in rows for x in row])
        want = ranking_of(rows, len(rows))
        for source in (flat.tobytes(), memoryview(flat).toreadonly()):
            c = _native.c_array(source, ctypes.c_int32, len(flat))
            self.assertNotEqual(ctypes.addressof(c), flat.buffer_info()[0])
            self.assertEqual(list(c), list(flat))
            self.assertEqual(ranking_of(source, len(rows)), want)

    def test_bytes_must_hold_whole_values(self):
        with self.assertRaises(kpss.InvalidArgument) as caught:
            _native.c_array(b"\0" * 7, ctypes.c_int32, 2)
        self.assertIn("7 bytes", str(caught.exception))


class ConversionTest(unittest.TestCase):
    def test_other_integer_sizes_convert_by_value(self):
        rows = random_scores(5)
        want = ranking_of(rows, len(rows))
        for code in ("h", "b", "q", "l"):
            flat = array.array(code, [x if x != kr.MISSING else 0 for row in rows for x in row])
            plain = [[x if x != kr.MISSING else 0 for x in row] for row in rows]
            c = _native.c_array(flat, ctypes.c_int32, len(flat))
            self.assertNotEqual(ctypes.addressof(c), flat.buffer_info()[0])
            self.assertEqual(list(c), list(flat))
            self.assertEqual(ranking_of(flat, len(rows)), ranking_of(plain, len(rows)))
        self.assertEqual(ranking_of(array.array("q", [x for row in rows for x in row]), len(rows)), want)

    def test_non_contiguous_views_convert_in_order(self):
        doubled = array.array("i", [x for x in range(20) for _ in range(2)])
        self.assertEqual(list(_native.c_array(memoryview(doubled)[::2], ctypes.c_int32, 20)), list(range(20)))

    def test_floating_point_for_integers_is_refused_not_truncated(self):
        with self.assertRaises(kpss.InvalidArgument) as caught:
            ranking_of(array.array("d", [1.0] * 8), 2)
        self.assertIn("format 'd'", str(caught.exception))
        with self.assertRaises(kpss.InvalidArgument) as caught:
            ranking_of([[1, 2, 3, 4.5], [1, 2, 3, 4]], 2)
        self.assertIn("expected integers", str(caught.exception))

    def test_integers_that_do_not_fit_are_refused(self):
        with self.assertRaises(kpss.InvalidArgument) as caught:
            ranking_of(array.array("q", [1, 2, 3, 2 ** 32 + 4]), 1)
        self.assertIn(str(2 ** 32 + 4), str(caught.exception))
        with self.assertRaises(kpss.InvalidArgument):
            _native.c_array(array.array("i", [1, -1]), ctypes.c_uint32, 2)
        self.assertEqual(list(_native.c_array(array.array("i", [1, 7]), ctypes.c_uint32, 2)), [1, 7])

    def test_integers_convert_to_doubles(self):
        self.assertEqual(list(_native.c_array(array.array("i", [1, -2]), ctypes.c_double, 2)), [1.0, -2.0])


class CountTest(unittest.TestCase):
    def test_wrong_counts_raise_invalid_argument(self):
        rows = random_scores(6, 3)
        flat = array.array("i", [x for row in rows for x in row])
        for values in (rows[:2], flat[:-1], flat.tobytes()[:-4], memoryview(flat)[1:]):
            with self.assertRaises(kpss.InvalidArgument) as caught:
                ranking_of(values, 3)
            self.assertRegex(str(caught.exception), r"^expected 12 values, got (8|11)$")
        with self.assertRaises(kpss.InvalidArgument) as caught:
            _native.c_array([1, 2, 3], ctypes.c_int64, 2, "weights")
        self.assertEqual(str(caught.exception), "expected 2 weights, got 3")


class OtherModulesTest(unittest.TestCase):
    def test_selection_weights_and_groups_as_arrays(self):
        def election():
            e = select.Election.new([Money(10000, "CZK"), Money(5000, "CZK")])
            e.add_candidate("A", Money(6000, "CZK"), shares=array.array("q", [2, 1]))
            e.add_candidate("B", Money(6000, "CZK"))
            e.add_ballots([[0], [0], [1], [1]])
            return e

        weights, groups = array.array("q", [3, 3, 1, 1]), array.array("I", [0, 0, 1, 1])
        self.assertEqual(ctypes.addressof(_native.c_array(weights, ctypes.c_int64, 4)), weights.buffer_info()[0])
        r = select.run(election(), "equal_shares", weights=weights, groups=groups)
        plain = select.run(election(), "equal_shares", weights=[3, 3, 1, 1], groups=[0, 0, 1, 1])
        self.assertEqual(r.selected, plain.selected)
        self.assertEqual(r.group_endowment, plain.group_endowment)
        with self.assertRaises(kpss.InvalidArgument):
            select.run(election(), "equal_shares", weights=[3, 3, 1])
        with self.assertRaises(kpss.InvalidArgument):
            election().add_candidate("C", Money(100, "CZK"), shares=[1, 1, 1])

    def test_multi_criteria_values_as_a_two_dimensional_buffer(self):
        rows = [[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4], [275, 32, 8, 4], [225, 16, 16, 2]]
        grid = memoryview(array.array("d", [x for row in rows for x in row])).cast("B").cast("d", (5, 4))
        args = dict(weights=array.array("d", [1, 1, 1, 1]), benefit=[False, True, True, True], method="topsis")
        from_grid = mc.rank_criteria(["P1", "P2", "P3", "P4", "P5"], ["price", "storage", "camera", "looks"],
                                     grid, **args)
        from_rows = mc.rank_criteria(["P1", "P2", "P3", "P4", "P5"], ["price", "storage", "camera", "looks"],
                                     rows, **args)
        self.assertEqual(from_grid.scores, from_rows.scores)
        with self.assertRaises(kpss.InvalidArgument):
            mc.rank_criteria(["P1"], ["price", "storage"], [[1, 2]], weights=[1, 1, 1])
        with self.assertRaises(kpss.InvalidArgument):
            mc.ahp_weights(memoryview(array.array("d", [1, 2, 0.5, 1])))


class NumpyTest(unittest.TestCase):
    def setUp(self):
        try:
            import numpy
        except ImportError:
            self.skipTest("numpy is not installed")
        self.np = numpy

    def test_right_dtype_in_place_other_dtypes_converted(self):
        np = self.np
        rows = random_scores(7)
        want = ranking_of(rows, len(rows))
        scores = np.array(rows, dtype=np.int32)
        self.assertEqual(ctypes.addressof(_native.c_array(scores, ctypes.c_int32, scores.size)), scores.ctypes.data)
        strided = np.repeat(scores, 2, axis=1)[:, ::2]
        for values in (scores, scores.astype(np.int64), np.asfortranarray(scores), strided):
            self.assertEqual(ranking_of(values, len(rows)), want)
        with self.assertRaises(kpss.InvalidArgument):
            ranking_of(scores.astype(np.float64), len(rows))
        with self.assertRaises(kpss.InvalidArgument):
            ranking_of(np.full((1, 4), 2 ** 40, dtype=np.int64), 1)


if __name__ == "__main__":
    unittest.main()
