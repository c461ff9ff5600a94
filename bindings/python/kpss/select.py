"""Choosing what to fund (výběr k financování): greedy, exact knapsack, the Method of Equal
Shares with add-one completion, sequential Phragmén — over the C API (kpss_select.h)."""
from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from . import _native
from .core import Money
from .errors import InvalidArgument, check
from .rank import Ballots, Policy, _Policy

_P = ctypes.POINTER
_size, _int, _i32, _i64, _u32, _vp = (ctypes.c_size_t, ctypes.c_int, ctypes.c_int32, ctypes.c_int64,
                                      ctypes.c_uint32, ctypes.c_void_p)


class _Options(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("rule", _i32), ("satisfaction", _i32), ("tie", _i32),
                ("add1", _i32), ("start_from_whole_units", _i32), ("comparison", _i32),
                ("then_greedy", _i32), ("increment_minor_units", _i64), ("max_nodes", _i64)]


class _Info(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("num_funded", _size), ("num_rejected", _size),
                ("num_pots", _size), ("num_groups", _size), ("total_cost", _native.Money),
                ("add1_steps", _i64), ("runs", _i64), ("proven_optimal", _i32),
                ("comparison_chose_greedy", _i32)]


_M = _P(_native.Money)
_TABLE = {
    "kpss_election_from_pabulib": (_int, [_P(_vp), ctypes.c_char_p]),
    "kpss_election_new": (_int, [_P(_vp), _M, _size]),
    "kpss_election_add_candidate": (_int, [_vp, ctypes.c_char_p, _M, _P(_i64)]),
    "kpss_election_add_ballots": (_int, [_vp, _P(_size), _size, _P(_u32), _P(_i64)]),
    "kpss_election_counts": (_int, [_P(_size), _P(_size), _vp]),
    "kpss_election_candidate_id": (_int, [_P(_vp), _vp, _size]),
    "kpss_election_free": (None, [_vp]),
    "kpss_select_run": (_int, [_P(_vp), _vp, _P(_Options), _P(_i64), _P(_u32), _size]),
    "kpss_select_result_info": (_int, [_P(_Info), _vp]),
    "kpss_select_result_funded": (_int, [_P(_size), _size, _vp]),
    "kpss_select_result_rejected": (_int, [_P(_size), _P(_i32), _size, _vp]),
    "kpss_select_result_cost_per_pot": (_int, [_M, _size, _vp, _size]),
    "kpss_select_result_paid_by_group": (_int, [_M, _size, _vp, _size]),
    "kpss_select_result_left": (_int, [_M, _size, _vp]),
    "kpss_select_result_groups": (_int, [_M, _M, _size, _vp]),
    "kpss_rejection_name": (ctypes.c_char_p, [_int]),
    "kpss_select_result_free": (None, [_vp]),
    "kpss_election_from_plan_ballots": (_int, [_P(_vp), _vp, _vp, _M]),
    "kpss_select_policy_weights": (_int, [_P(_i64), _P(_u32), _size, _vp, _P(_Policy)]),
}
_native.declare(_native.lib, _TABLE)
_lib = _native.lib

_RULES = {"greedy": 0, "equal_shares": 1, "phragmen": 2, "knapsack": 3}
_SATISFACTION = {"cost": 0, "cardinality": 1, "cardinal": 2}
_TIES = {"lexicographic": 0, "checker": 1}
_ADD1 = {None: 0, "exhaustive": 1, "infeasible": 2}


def _choice(table: dict, value, what: str) -> int:
    if value not in table:
        raise InvalidArgument(f"unknown {what} {value!r}; use one of {', '.join(map(str, table))}")
    return table[value]


class Election:
    """Budget pots, candidates with costs (split across pots by shares) and ballots."""

    def __init__(self, handle: int, num_pots: int = 1):
        self._handle = _vp(handle)
        self.num_pots = num_pots

    @staticmethod
    def from_pabulib(path: str) -> "Election":
        """Reads a pabulib .pb file (one pot with META budget)."""
        out = _vp()
        check(_lib.kpss_election_from_pabulib(ctypes.byref(out), str(path).encode("utf-8")))
        return Election(out.value)

    @staticmethod
    def from_plan(plan, ballots: Ballots, budget: Money) -> "Election":
        """The plan's (kpss.Plan) measures that the ballots name, at their costs, funded from
        one pot of `budget`; ballots as the ranking core reads them (scores, points,
        approvals, rankings)."""
        raw = budget._raw()
        out = _vp()
        check(_lib.kpss_election_from_plan_ballots(ctypes.byref(out), plan._handle, ballots._handle,
                                                   ctypes.byref(raw)))
        return Election(out.value)

    @staticmethod
    def new(budgets: Sequence[Money]) -> "Election":
        """An empty election with one pot per budget (municipality, region, grant, ...)."""
        raw = (_native.Money * len(budgets))(*[b._raw() for b in budgets])
        out = _vp()
        check(_lib.kpss_election_new(ctypes.byref(out), raw, len(budgets)))
        return Election(out.value, len(budgets))

    def add_candidate(self, id: str, cost: Money, shares: Optional[Sequence[int]] = None) -> int:
        """Adds a candidate; returns its index. `shares` (one integer per pot; a sequence or an
        int64 buffer, see kpss._native.c_array) split the cost across the pots."""
        raw = cost._raw()
        check(_lib.kpss_election_add_candidate(self._handle, id.encode("utf-8"), ctypes.byref(raw),
                                               _native.c_array(shares, _i64, self.num_pots, "shares")))
        return len(self) - 1

    def add_ballots(self, ballots: Sequence[Sequence[int]], scores: Optional[Sequence[Sequence[int]]] = None):
        """Adds ballots, each a list of candidate indices (with parallel scores for points)."""
        offsets, items, points = [0], [], []
        for b, ballot in enumerate(ballots):
            items.extend(ballot)
            if scores is not None:
                if len(scores[b]) != len(ballot):
                    raise InvalidArgument(f"ballot {b} names {len(ballot)} candidates but has {len(scores[b])} scores")
                points.extend(scores[b])
            offsets.append(len(items))
        check(_lib.kpss_election_add_ballots(self._handle, _native.c_array(offsets, _size, len(offsets)), len(ballots),
                                             _native.c_array(items, _u32, len(items), "candidate indices"),
                                             None if scores is None else _native.c_array(points, _i64, len(items))))

    def __len__(self) -> int:
        n = _size()
        check(_lib.kpss_election_counts(ctypes.byref(n), None, self._handle))
        return n.value

    @property
    def num_ballots(self) -> int:
        n = _size()
        check(_lib.kpss_election_counts(None, ctypes.byref(n), self._handle))
        return n.value

    def candidate_id(self, index: int) -> str:
        out = _vp()
        check(_lib.kpss_election_candidate_id(ctypes.byref(out), self._handle, index))
        return _native.take_string(out)

    def __del__(self):
        if getattr(self, "_handle", None) is not None:
            _lib.kpss_election_free(self._handle)
            self._handle = None


@dataclass
class Funded:
    candidate: int
    id: str
    cost_per_pot: List[Money]
    paid_by_group: List[Money]


@dataclass
class Result:
    """Funded candidates in selection order, rejections with reasons, money left."""
    funded: List[Funded]
    rejected: List[Tuple[str, str]]
    left_per_pot: List[Money]
    group_endowment: List[Money] = field(default_factory=list)
    group_paid: List[Money] = field(default_factory=list)
    total_cost: Optional[Money] = None
    add1_steps: int = 0
    runs: int = 0
    proven_optimal: bool = True
    comparison_chose_greedy: bool = False

    @property
    def selected(self) -> List[str]:
        return [f.id for f in self.funded]


def policy_weights(ballots: Ballots, policy=None) -> Tuple[List[int], List[int]]:
    """The weighting policy's participant weights as integers (adding up to 10^9; roles the
    policy weighs equally get equal totals) and each participant's role index as the group,
    in ballot order: pass them as ``run(..., weights=, groups=)``. `policy`: None or
    "roles-equal", "unweighted", or a kpss.rank.Policy."""
    n = len(ballots)
    weights = (_i64 * max(1, n))()
    groups = (_u32 * max(1, n))()
    check(_lib.kpss_select_policy_weights(weights, groups, n, ballots._handle,
                                          ctypes.byref(Policy.of(policy)._raw)))
    return list(weights[:n]), list(groups[:n])


def _money_list(raw) -> List[Money]:
    return [Money(m.minor_units, m.currency.decode("ascii")) for m in raw]


def run(election: Election, rule: str = "equal_shares", satisfaction: str = "cost",
        tie: str = "lexicographic", add1: Optional[str] = None, start_from_whole_units: bool = False,
        comparison: bool = False, then_greedy: Optional[str] = None, increment_minor_units: int = 0,
        max_nodes: int = 0, weights: Optional[Sequence[int]] = None,
        groups: Optional[Sequence[int]] = None) -> Result:
    """Runs a rule: ``greedy``, ``equal_shares``, ``phragmen`` or ``knapsack``.

    ``add1="infeasible"`` with ``tie="checker"`` and ``start_from_whole_units=True`` is the
    cities' result checker; ``add1="exhaustive"`` is pabutools' add-one completion.
    ``weights`` (one integer per ballot) set equal-shares endowments and Phragmén's shares of
    the loads: the weighting policy's effective weights plug in here; ``groups`` label ballots
    for the per-group payments. Both are sequences or buffers (int64, uint32: passed without a
    copy, see kpss._native.c_array)."""
    o = _Options(ctypes.sizeof(_Options), _choice(_RULES, rule, "rule"),
                 _choice(_SATISFACTION, satisfaction, "satisfaction"), _choice(_TIES, tie, "tie"),
                 _choice(_ADD1, add1, "add1"), int(start_from_whole_units), int(comparison),
                 -1 if then_greedy is None else _choice(_SATISFACTION, then_greedy, "then_greedy"),
                 increment_minor_units, max_nodes)
    n = election.num_ballots if (weights is not None or groups is not None) else 0
    out = _vp()
    check(_lib.kpss_select_run(ctypes.byref(out), election._handle, ctypes.byref(o),
                               _native.c_array(weights, _i64, n, "weights"),
                               _native.c_array(groups, _u32, n, "groups"), n))
    handle = out
    try:
        info = _Info()
        info.struct_size = ctypes.sizeof(_Info)
        check(_lib.kpss_select_result_info(ctypes.byref(info), handle))
        idx = (_size * max(info.num_funded, 1))()
        check(_lib.kpss_select_result_funded(idx, info.num_funded, handle))
        funded = []
        for i in range(info.num_funded):
            pots = (_native.Money * info.num_pots)()
            check(_lib.kpss_select_result_cost_per_pot(pots, info.num_pots, handle, i))
            groups_paid = (_native.Money * max(info.num_groups, 1))()
            check(_lib.kpss_select_result_paid_by_group(groups_paid, info.num_groups, handle, i))
            funded.append(Funded(idx[i], election.candidate_id(idx[i]), _money_list(pots),
                                 _money_list(groups_paid[:info.num_groups]) if info.num_groups else []))
        rej = (_size * max(info.num_rejected, 1))()
        why = (_i32 * max(info.num_rejected, 1))()
        check(_lib.kpss_select_result_rejected(rej, why, info.num_rejected, handle))
        rejected = [(election.candidate_id(rej[i]), _native.text(_lib.kpss_rejection_name(why[i])))
                    for i in range(info.num_rejected)]
        left = (_native.Money * info.num_pots)()
        check(_lib.kpss_select_result_left(left, info.num_pots, handle))
        endow = (_native.Money * max(info.num_groups, 1))()
        paid = (_native.Money * max(info.num_groups, 1))()
        check(_lib.kpss_select_result_groups(endow, paid, info.num_groups, handle))
        g = info.num_groups
        return Result(funded, rejected, _money_list(left), _money_list(endow[:g]), _money_list(paid[:g]),
                      Money(info.total_cost.minor_units, info.total_cost.currency.decode("ascii")),
                      info.add1_steps, info.runs, bool(info.proven_optimal), bool(info.comparison_chose_greedy))
    finally:
        _lib.kpss_select_result_free(handle)
