"""The priority-ranking core (stanovení priorit): ballots, weighting policy, tallies, rankings.

Ballots go in as whole arrays: sequences of rows, or buffers (NumPy arrays, array.array,
memoryview) passed to C without a copy when C-contiguous with the C item type (see
``kpss._native.c_array`` and docs/ranking.md, "From Python: bulk arrays"); tallies serialise
to bytes and merge exactly, so processes can count shards in parallel
(examples/python/parallel_tally.py).
"""
from __future__ import annotations

import ctypes
import json
from typing import Dict, List, Mapping, Optional, Sequence, Union

from . import _native
from .errors import InvalidArgument, check

ROLES = ("commissioner", "provider", "user", "public", "coordinator")
KINDS = ("score", "points", "ranking", "approval")
METHODS = ("score", "borda", "schulze", "copeland", "approval")
MISSING = -(2 ** 31)  #: a score left unanswered

_P = ctypes.POINTER
_c_int, _c_size, _c_char_p, _c_void_p = ctypes.c_int, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p
_i32, _u32, _u64, _dbl, _i64 = ctypes.c_int32, ctypes.c_uint32, ctypes.c_uint64, ctypes.c_double, ctypes.c_int64


class _Participants(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("count", _c_size), ("ids", _P(_c_char_p)),
                ("roles", _P(_i32)), ("organisations", _P(_c_char_p)), ("territories", _P(_c_char_p))]


class _Policy(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("balance_roles", _i32), ("balance_organisations", _i32),
                ("shares", _dbl * 5), ("custom_count", _c_size), ("custom_ids", _P(_c_char_p)),
                ("custom_weights", _P(_dbl))]


class _TallyOptions(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("per_participant", _i32), ("pairwise", _i32),
                ("has_support_threshold", _i32), ("support_threshold", _i32), ("first", _c_size),
                ("last", _c_size)]


class _RankOptions(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("method", _i32), ("aggregate", _i32), ("strength", _i32),
                ("unranked", _i32), ("majority_threshold", _dbl), ("support_top", _c_size)]


class _BootstrapOptions(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("replicates", _c_size), ("seed", _u64), ("threads", _c_size),
                ("top_k", _c_size)]


class _SensitivityOptions(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("top_k", _c_size), ("scan_steps", _c_size), ("precision", _dbl)]


class _Sensitivity(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("found", _i32), ("distance", _dbl), ("present", _i32 * 5),
                ("shares", _dbl * 5), ("changed_shares", _dbl * 5)]


_TABLE = {
    "kpss_ballots_new": [_P(_c_void_p), _i32, _P(_c_char_p), _c_size, _i32, _i32],
    "kpss_ballots_read": [_P(_c_void_p), _c_char_p],
    "kpss_ballots_parse_json": [_P(_c_void_p), _c_char_p, _c_size],
    "kpss_ballots_parse_csv": [_P(_c_void_p), _c_char_p, _c_size, _i32, _i32, _i32, ctypes.c_char],
    "kpss_ballots_to_json": [_P(_c_void_p), _c_void_p],
    "kpss_ballots_count": [_P(_c_size), _c_void_p],
    "kpss_ballots_item_count": [_P(_c_size), _c_void_p],
    "kpss_ballots_item": [_P(_c_char_p), _c_void_p, _c_size],
    "kpss_ballots_add_scores": [_c_void_p, _P(_Participants), _c_void_p],
    "kpss_ballots_add_rankings": [_c_void_p, _P(_Participants), _c_void_p],
    "kpss_ballots_add_approvals": [_c_void_p, _P(_Participants), _c_void_p, _c_void_p],
    "kpss_ballots_weights": [_P(_dbl), _c_size, _c_void_p, _P(_Policy)],
    "kpss_tally_count": [_P(_c_void_p), _c_void_p, _P(_TallyOptions)],
    "kpss_tally_merge": [_c_void_p, _c_void_p],
    "kpss_tally_serialise": [_P(_c_void_p), _P(_c_size), _c_void_p],
    "kpss_tally_deserialise": [_P(_c_void_p), _c_char_p, _c_size],
    "kpss_tally_participants": [_P(_i64), _c_void_p],
    "kpss_rank_tally": [_P(_c_void_p), _c_void_p, _P(_Policy), _P(_RankOptions)],
    "kpss_rank_ballots": [_P(_c_void_p), _c_void_p, _P(_Policy), _P(_RankOptions)],
    "kpss_ranking_explain": [_P(_c_void_p), _c_void_p, _c_size, _c_size],
    "kpss_ranking_to_json": [_P(_c_void_p), _c_void_p],
    "kpss_rank_bootstrap": [_P(_dbl), _P(_u32), _P(_u32), _P(_dbl), _c_void_p, _P(_Policy), _P(_RankOptions),
                            _P(_BootstrapOptions), _c_size],
    "kpss_rank_sensitivity": [_P(_Sensitivity), _P(_i32), _P(_i32), _c_void_p, _P(_Policy), _P(_RankOptions),
                              _P(_SensitivityOptions), _c_size],
}
_FREE = ("kpss_ballots_free", "kpss_tally_free", "kpss_ranking_free")

_lib = _native.lib
_native.declare(_lib, {name: (_c_int, args) for name, args in _TABLE.items()})
_native.declare(_lib, {name: (None, [_c_void_p]) for name in _FREE})


def _index(names: Sequence[str], value: Union[str, int], what: str) -> int:
    if isinstance(value, int):
        if 0 <= value < len(names):
            return value
    elif value in names:
        return names.index(value)
    raise InvalidArgument(f"unknown {what} {value!r}; expected one of {', '.join(names)}")


def _strings(values: Optional[Sequence[Optional[str]]], count: int):
    if values is None:
        return None
    if len(values) != count:
        raise InvalidArgument(f"expected {count} entries, got {len(values)}")
    return (_c_char_p * count)(*[None if v is None or v == "" else v.encode("utf-8") for v in values])


class _Handle:
    _free = ""

    def __init__(self, handle: ctypes.c_void_p):
        self._handle = handle

    def close(self) -> None:
        if getattr(self, "_handle", None):
            getattr(_lib, self._free)(self._handle)
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self):
        self.close()


class Policy:
    """A weighting policy: ``Policy.roles_equal()`` (users, providers, commissioners and the
    public equal, the coordinator 0; ``shares`` overrides), ``Policy.unweighted()``, or
    ``Policy.custom({participant_id: weight})``."""

    def __init__(self, balance_roles=True, balance_organisations=True, shares: Optional[Mapping[str, float]] = None,
                 custom: Optional[Mapping[str, float]] = None):
        self._raw = _Policy()
        self._raw.struct_size = ctypes.sizeof(_Policy)
        self._raw.balance_roles = int(balance_roles)
        self._raw.balance_organisations = int(balance_organisations)
        self._raw.shares[:] = [1.0, 1.0, 1.0, 1.0, 0.0]
        for role, share in (shares or {}).items():
            self._raw.shares[_index(ROLES, role, "role")] = float(share)
        if custom:
            ids = list(custom)
            self._ids = (_c_char_p * len(ids))(*[i.encode("utf-8") for i in ids])
            self._weights = (_dbl * len(ids))(*[float(custom[i]) for i in ids])
            self._raw.custom_count = len(ids)
            self._raw.custom_ids = self._ids
            self._raw.custom_weights = self._weights

    @staticmethod
    def roles_equal(shares: Optional[Mapping[str, float]] = None) -> "Policy":
        return Policy(True, True, shares)

    @staticmethod
    def unweighted() -> "Policy":
        return Policy(False, False)

    @staticmethod
    def custom(weights: Mapping[str, float]) -> "Policy":
        return Policy(custom=weights)

    @staticmethod
    def of(value: Union[None, str, "Policy"]) -> "Policy":
        if value is None or value == "roles-equal":
            return Policy.roles_equal()
        if value == "unweighted":
            return Policy.unweighted()
        if isinstance(value, Policy):
            return value
        raise InvalidArgument(f"unknown policy {value!r}; expected roles-equal, unweighted or a Policy")


def _participants(ids: Sequence[str], roles, organisations, territories):
    n = len(ids)
    raw = _Participants()
    raw.struct_size = ctypes.sizeof(_Participants)
    raw.count = n
    keep = [(_c_char_p * n)(*[i.encode("utf-8") for i in ids])]
    raw.ids = keep[0]
    if isinstance(roles, (str, int)):
        roles = [roles] * n
    role_numbers = (_i32 * n)(*[_index(ROLES, r, "role") for r in roles])
    keep.append(role_numbers)
    raw.roles = role_numbers
    for field, values in (("organisations", organisations), ("territories", territories)):
        arr = _strings(values, n)
        if arr is not None:
            keep.append(arr)
            setattr(raw, field, arr)
    return raw, keep


class Ballots(_Handle):
    """The ballots of one round. ``Ballots("score", items, scale=(0, 5))``,
    ``Ballots("points", items, cap=100)``, ``Ballots("ranking", items)``,
    ``Ballots("approval", items)``; or ``Ballots.read(path)`` for .csv/.json/.pb files."""

    _free = "kpss_ballots_free"

    def __init__(self, kind: str, items: Sequence[str], scale=(0, 5), cap: Optional[int] = None, *, _handle=None):
        if _handle is None:
            _handle = ctypes.c_void_p()
            names = (_c_char_p * len(items))(*[i.encode("utf-8") for i in items])
            lo, hi = (0, cap) if kind == "points" else scale
            if kind == "points" and cap is None:
                raise InvalidArgument("points ballots need a cap")
            check(_lib.kpss_ballots_new(ctypes.byref(_handle), _index(KINDS, kind, "ballot kind"), names,
                                        len(items), lo, hi))
        super().__init__(_handle)

    @classmethod
    def _wrap(cls, handle) -> "Ballots":
        return cls("", [], _handle=handle)

    @classmethod
    def read(cls, path: str) -> "Ballots":
        h = ctypes.c_void_p()
        check(_lib.kpss_ballots_read(ctypes.byref(h), str(path).encode("utf-8")))
        return cls._wrap(h)

    @classmethod
    def from_json(cls, text: str) -> "Ballots":
        data = text.encode("utf-8")
        h = ctypes.c_void_p()
        check(_lib.kpss_ballots_parse_json(ctypes.byref(h), data, len(data)))
        return cls._wrap(h)

    @classmethod
    def from_csv(cls, text: str, kind: str = "score", scale=(0, 5), cap: Optional[int] = None,
                 delimiter: Optional[str] = None) -> "Ballots":
        data = text.encode("utf-8")
        lo, hi = (0, cap or 0) if kind == "points" else scale
        h = ctypes.c_void_p()
        check(_lib.kpss_ballots_parse_csv(ctypes.byref(h), data, len(data), _index(KINDS, kind, "ballot kind"),
                                          lo, hi, (delimiter or "\0").encode("ascii")))
        return cls._wrap(h)

    def __len__(self) -> int:
        n = _c_size()
        check(_lib.kpss_ballots_count(ctypes.byref(n), self._handle))
        return n.value

    @property
    def items(self) -> List[str]:
        n = _c_size()
        check(_lib.kpss_ballots_item_count(ctypes.byref(n), self._handle))
        out = []
        for i in range(n.value):
            p = _c_char_p()
            check(_lib.kpss_ballots_item(ctypes.byref(p), self._handle, i))
            out.append(_native.text(p.value))
        return out

    def to_json(self) -> str:
        p = _c_void_p()
        check(_lib.kpss_ballots_to_json(ctypes.byref(p), self._handle))
        return _native.take_string(p)

    def add_scores(self, ids, roles, values, organisations=None, territories=None) -> None:
        """Adds score or points ballots: ``values`` is len(ids) rows of one value per item
        (MISSING for no answer): a sequence of rows, or a buffer of int32 values (a 2-D int32
        NumPy array, array('i'), ...) passed without a copy."""
        who, keep = _participants(ids, roles, organisations, territories)
        check(_lib.kpss_ballots_add_scores(self._handle, ctypes.byref(who),
                                           _native.c_array(values, _i32, len(ids) * len(self.items))))

    def add_rankings(self, ids, roles, ranks, organisations=None, territories=None) -> None:
        """Adds ranking ballots: ``ranks`` holds each item's rank per participant (1 = best,
        equal ranks tie, 0 = unranked): rows, or a buffer of uint32 values (a 2-D uint32 NumPy
        array, array('I'), ...) passed without a copy."""
        who, keep = _participants(ids, roles, organisations, territories)
        check(_lib.kpss_ballots_add_rankings(self._handle, ctypes.byref(who),
                                             _native.c_array(ranks, _u32, len(ids) * len(self.items))))

    def add_approvals(self, ids, roles, approved: Sequence[Sequence[int]], organisations=None,
                      territories=None) -> None:
        """Adds approval ballots: ``approved[i]`` lists participant i's approved item indices."""
        who, keep = _participants(ids, roles, organisations, territories)
        offsets = [0]
        for a in approved:
            offsets.append(offsets[-1] + len(a))
        flat = [int(x) for a in approved for x in a]
        off = (_u64 * len(offsets))(*offsets)
        items = (_u32 * max(1, len(flat)))(*flat)
        check(_lib.kpss_ballots_add_approvals(self._handle, ctypes.byref(who), ctypes.cast(off, _c_void_p),
                                              ctypes.cast(items, _c_void_p)))

    def weights(self, policy: Union[None, str, Policy] = None) -> List[float]:
        """Every participant's effective weight under the policy, in ballot order."""
        n = len(self)
        out = (_dbl * max(1, n))()
        check(_lib.kpss_ballots_weights(out, n, self._handle, ctypes.byref(Policy.of(policy)._raw)))
        return list(out[:n])

    def tally(self, first: int = 0, last: Optional[int] = None, pairwise: bool = False,
              per_participant: bool = False) -> "Tally":
        """Counts ballots [first, last) into a tally."""
        o = _TallyOptions()
        o.struct_size = ctypes.sizeof(_TallyOptions)
        o.pairwise, o.per_participant = int(pairwise), int(per_participant)
        o.first = first
        o.last = ctypes.c_size_t(-1).value if last is None else last
        h = ctypes.c_void_p()
        check(_lib.kpss_tally_count(ctypes.byref(h), self._handle, ctypes.byref(o)))
        return Tally(h)


class Tally(_Handle):
    """Per-group integer sums that merge exactly; ``to_bytes``/``from_bytes`` move them
    between processes."""

    _free = "kpss_tally_free"

    def merge(self, other: "Tally") -> "Tally":
        check(_lib.kpss_tally_merge(self._handle, other._handle))
        return self

    def to_bytes(self) -> bytes:
        p, n = _c_void_p(), _c_size()
        check(_lib.kpss_tally_serialise(ctypes.byref(p), ctypes.byref(n), self._handle))
        try:
            return ctypes.string_at(p, n.value)
        finally:
            _lib.kpss_string_free(p)

    @classmethod
    def from_bytes(cls, data: bytes) -> "Tally":
        h = ctypes.c_void_p()
        check(_lib.kpss_tally_deserialise(ctypes.byref(h), data, len(data)))
        return cls(h)

    @property
    def participants(self) -> int:
        n = _i64()
        check(_lib.kpss_tally_participants(ctypes.byref(n), self._handle))
        return n.value


class Ranking(_Handle):
    """A ranking: ``ranking`` (tie groups of item ids, best first), ``order``, ``scores``,
    ``support``, ``majority``, ``by_role``, ``pairwise``; ``explain(a, b)``."""

    _free = "kpss_ranking_free"

    def __init__(self, handle):
        super().__init__(handle)
        p = _c_void_p()
        check(_lib.kpss_ranking_to_json(ctypes.byref(p), self._handle))
        self.data: Dict = json.loads(_native.take_string(p))
        self.items: List[str] = self.data["items"]
        self.ranking: List[List[str]] = self.data["ranking"]
        self.scores: Dict[str, float] = self.data["scores"]
        self.support: Dict[str, float] = self.data["support"]
        self.majority: Dict[str, bool] = self.data["majority"]
        self.by_role: Dict[str, Dict] = self.data["by_role"]
        self.pairwise: Optional[Dict[str, Dict[str, float]]] = self.data.get("pairwise")
        self.strongest_paths: Optional[Dict[str, Dict[str, float]]] = self.data.get("strongest_paths")

    @property
    def order(self) -> List[str]:
        return [item for group in self.ranking for item in group]

    def explain(self, a: str, b: str) -> str:
        p = _c_void_p()
        check(_lib.kpss_ranking_explain(ctypes.byref(p), self._handle, self.items.index(a), self.items.index(b)))
        return _native.take_string(p)


def _rank_options(method: str, aggregate: str, strength: str, unranked: str, majority_threshold: float,
                  support_top: int) -> _RankOptions:
    o = _RankOptions()
    o.struct_size = ctypes.sizeof(_RankOptions)
    o.method = _index(METHODS, method, "method")
    o.aggregate = _index(("mean", "sum"), aggregate, "aggregate")
    o.strength = _index(("winning-votes", "margins"), strength, "strength")
    o.unranked = _index(("bottom", "ignore"), unranked, "unranked rule")
    o.majority_threshold = majority_threshold
    o.support_top = support_top
    return o


def rank(source: Union[Ballots, Tally], method: str = "score", policy: Union[None, str, Policy] = None,
         aggregate: str = "mean", strength: str = "winning-votes", unranked: str = "bottom",
         majority_threshold: float = 0.5, support_top: int = 0) -> Ranking:
    """Ranks ballots or a tally with a method (score, borda, schulze, copeland, approval)
    and a weighting policy (default roles-equal)."""
    o = _rank_options(method, aggregate, strength, unranked, majority_threshold, support_top)
    h = ctypes.c_void_p()
    fn = _lib.kpss_rank_tally if isinstance(source, Tally) else _lib.kpss_rank_ballots
    check(fn(ctypes.byref(h), source._handle, ctypes.byref(Policy.of(policy)._raw), ctypes.byref(o)))
    return Ranking(h)


def bootstrap(ballots: Ballots, method: str = "score", policy: Union[None, str, Policy] = None,
              replicates: int = 1000, seed: int = 1, threads: int = 0, top_k: int = 3,
              aggregate: str = "mean", strength: str = "winning-votes", unranked: str = "bottom",
              support_top: int = 0) -> Dict[str, Dict]:
    """Stability (stabilita): resamples participants within their role × organisation groups
    ``replicates`` times and returns per item {"median_rank", "rank_p05", "rank_p95",
    "p_top_k"}. The result is the same for a seed whatever ``threads`` (0 = all cores)."""
    o = _rank_options(method, aggregate, strength, unranked, 0.5, support_top)
    b = _BootstrapOptions()
    b.struct_size = ctypes.sizeof(_BootstrapOptions)
    b.replicates, b.seed, b.threads, b.top_k = replicates, seed, threads, top_k
    items = ballots.items
    n = len(items)
    median, p05, p95, top = (_dbl * n)(), (_u32 * n)(), (_u32 * n)(), (_dbl * n)()
    check(_lib.kpss_rank_bootstrap(median, p05, p95, top, ballots._handle, ctypes.byref(Policy.of(policy)._raw),
                                   ctypes.byref(o), ctypes.byref(b), n))
    return {item: {"median_rank": median[i], "rank_p05": p05[i], "rank_p95": p95[i], "p_top_k": top[i]}
            for i, item in enumerate(items)}


def sensitivity(source: Union[Ballots, Tally], method: str = "score", policy: Union[None, str, Policy] = None,
                top_k: int = 3, scan_steps: int = 64, precision: float = 1e-9, aggregate: str = "mean",
                strength: str = "winning-votes", unranked: str = "bottom", support_top: int = 0) -> Dict:
    """The smallest change of role shares found that changes the top k (citlivost): {"found",
    "distance" (L1 distance of the normalised shares), "shares" and "changed_shares" (role ->
    share, roles present), "top" and "changed_top" (item ids)}. The policy must balance roles."""
    o = _rank_options(method, aggregate, strength, unranked, 0.5, support_top)
    if isinstance(source, Ballots):
        tally = source.tally(pairwise=o.method in (1, 2, 3))
    else:
        tally = source
    so = _SensitivityOptions()
    so.struct_size = ctypes.sizeof(_SensitivityOptions)
    so.top_k, so.scan_steps, so.precision = top_k, scan_steps, precision
    out = _Sensitivity()
    out.struct_size = ctypes.sizeof(_Sensitivity)
    ranking = rank(tally, method, policy, aggregate, strength, unranked, 0.5, support_top)
    n = len(ranking.items)
    now, changed = (_i32 * max(1, n))(), (_i32 * max(1, n))()
    check(_lib.kpss_rank_sensitivity(ctypes.byref(out), now, changed, tally._handle,
                                     ctypes.byref(Policy.of(policy)._raw), ctypes.byref(o), ctypes.byref(so), n))
    present = [r for k, r in enumerate(ROLES) if out.present[k]]
    return {
        "found": bool(out.found),
        "distance": out.distance,
        "shares": {r: out.shares[ROLES.index(r)] for r in present},
        "changed_shares": {r: out.changed_shares[ROLES.index(r)] for r in present} if out.found else {},
        "top": [ranking.items[i] for i in range(n) if now[i]],
        "changed_top": [ranking.items[i] for i in range(n) if changed[i]],
    }
