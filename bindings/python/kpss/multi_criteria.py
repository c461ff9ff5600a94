"""Multi-criteria scoring (vícekriteriální hodnocení): AHP weights, weighted sum and TOPSIS,
and the combined score where participants' support is one criterion beside the evidence of
the gap analysis. See docs/ranking.md, "Multi-criteria scoring"."""
from __future__ import annotations

import ctypes
import json
from typing import Dict, List, Optional, Sequence

from . import _native
from .errors import InvalidArgument, check
from .rank import Ranking

METHODS = ("weighted-sum", "topsis")
NORMALISATIONS = ("min-max", "vector")

_P = ctypes.POINTER
_c_size, _c_char_p, _c_void_p, _i32, _u32, _dbl = (ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p,
                                                  ctypes.c_int32, ctypes.c_uint32, ctypes.c_double)


class _Criteria(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("item_count", _c_size), ("items", _P(_c_char_p)),
                ("criterion_count", _c_size), ("names", _P(_c_char_p)), ("benefit", _P(_i32)),
                ("values", _P(_dbl))]


class _Options(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("method", _i32), ("normalisation", _i32)]


_TABLE = {
    "kpss_ahp_weights": [_P(_dbl), _P(_dbl), _P(_dbl), _P(_dbl), _P(_dbl), _c_size],
    "kpss_mcda_rank": [_P(_c_void_p), _P(_Criteria), _P(_dbl), _P(_dbl), _P(_Options)],
    "kpss_mcda_combine": [_P(_c_void_p), _c_void_p, _P(_Criteria), _P(_dbl), _P(_dbl), _P(_Options)],
    "kpss_mcda_results": [_P(_dbl), _P(_u32), _P(_u32), _P(_u32), _c_void_p, _c_size],
    "kpss_mcda_weights": [_P(_dbl), _c_void_p, _c_size],
    "kpss_mcda_to_json": [_P(_c_void_p), _c_void_p],
}
_lib = _native.lib
_native.declare(_lib, {name: (ctypes.c_int, args) for name, args in _TABLE.items()})
_native.declare(_lib, {"kpss_mcda_free": (None, [_c_void_p])})


def _rows(values, width: Optional[int], what: str) -> int:
    """How many rows `values` (a sequence of rows, or a 2-D buffer such as a NumPy array) has;
    each must be `width` long (None: as long as there are rows)."""
    try:
        shape = memoryview(values).shape
    except TypeError:
        shape = None
    if shape is not None and len(shape) != 2:
        raise InvalidArgument(f"{what}: expected rows or a 2-D buffer, got a buffer of shape {shape}")
    widths = [len(row) for row in values] if shape is None else [shape[1]] * shape[0]
    need = len(widths) if width is None else width
    for w in widths:
        if w != need:
            raise InvalidArgument(f"{what}: every row needs {need} values, got {w}")
    return len(widths)


def _square(matrix: Sequence[Sequence[float]]):
    n = _rows(matrix, None, "the pairwise-comparison matrix")
    return n, _native.c_array(matrix, _dbl, n * n)


def ahp_weights(matrix: Sequence[Sequence[float]]) -> Dict:
    """AHP weights from a pairwise-comparison matrix (rows of positive ratios, reciprocal, 1 on
    the diagonal): {"weights", "lambda_max", "consistency_index", "consistency_ratio",
    "consistent"} — consistent is False when CR > 0.1 (Saaty's limit)."""
    n, a = _square(matrix)
    w = (_dbl * max(1, n))()
    lam, ci, cr = _dbl(), _dbl(), _dbl()
    check(_lib.kpss_ahp_weights(w, ctypes.byref(lam), ctypes.byref(ci), ctypes.byref(cr), a, n))
    return {"weights": list(w[:n]), "lambda_max": lam.value, "consistency_index": ci.value,
            "consistency_ratio": cr.value, "consistent": cr.value <= 0.1}


class MultiCriteriaRanking:
    """The result: ``ranking`` (tie groups of item ids, best first), ``order``, ``scores``,
    ``weights`` (per criterion, summing to 1), ``normalised``, ``diagnostics`` (e.g. the AHP
    consistency warning R301)."""

    def __init__(self, handle: ctypes.c_void_p):
        try:
            p = _c_void_p()
            check(_lib.kpss_mcda_to_json(ctypes.byref(p), handle))
            self.data: Dict = json.loads(_native.take_string(p))
        finally:
            _lib.kpss_mcda_free(handle)
        self.items: List[str] = self.data["items"]
        self.ranking: List[List[str]] = self.data["ranking"]
        self.scores: Dict[str, float] = self.data["scores"]
        self.weights: Dict[str, float] = {c["name"]: c["weight"] for c in self.data["criteria"]}
        self.normalised: Dict[str, Dict[str, float]] = self.data["normalised"]
        self.diagnostics: List[Dict] = self.data["diagnostics"]

    @property
    def order(self) -> List[str]:
        return [item for group in self.ranking for item in group]


def _raw(items, criteria, values, benefit):
    raw = _Criteria()
    raw.struct_size = ctypes.sizeof(_Criteria)
    keep = []
    if items is not None:
        keep.append((_c_char_p * len(items))(*[i.encode("utf-8") for i in items]))
        raw.items = keep[-1]
    raw.item_count = _rows(values, len(criteria), "values")
    raw.criterion_count = len(criteria)
    keep.append((_c_char_p * max(1, len(criteria)))(*[c.encode("utf-8") for c in criteria]))
    raw.names = keep[-1]
    if benefit is not None:
        if len(benefit) != len(criteria):
            raise InvalidArgument(f"expected {len(criteria)} benefit flags, got {len(benefit)}")
        keep.append((_i32 * max(1, len(benefit)))(*[int(bool(b)) for b in benefit]))
        raw.benefit = keep[-1]
    keep.append(_native.c_array(values, _dbl, raw.item_count * len(criteria)))
    raw.values = keep[-1]
    return raw, keep


def _options(method: str, normalisation: str) -> _Options:
    if method not in METHODS or normalisation not in NORMALISATIONS:
        raise InvalidArgument(f"expected method in {METHODS} and normalisation in {NORMALISATIONS}")
    o = _Options()
    o.struct_size = ctypes.sizeof(_Options)
    o.method = METHODS.index(method)
    o.normalisation = NORMALISATIONS.index(normalisation)
    return o


def _weights(weights, ahp, count):
    if (weights is None) == (ahp is None):
        raise InvalidArgument("give either weights or an AHP matrix")
    if weights is not None:
        return _native.c_array(weights, _dbl, count, "weights"), None
    n, a = _square(ahp)
    if n != count:
        raise InvalidArgument(f"the AHP matrix compares {n} criteria; there are {count}")
    return None, a


def rank_criteria(items: Sequence[str], criteria: Sequence[str], values: Sequence[Sequence[float]],
                  weights: Optional[Sequence[float]] = None, ahp: Optional[Sequence[Sequence[float]]] = None,
                  benefit: Optional[Sequence[bool]] = None, method: str = "weighted-sum",
                  normalisation: str = "min-max") -> MultiCriteriaRanking:
    """Ranks ``items`` by ``values`` (one row per item, one value per criterion) with
    ``weights`` given or derived from an ``ahp`` pairwise-comparison matrix; ``benefit[j]``
    False marks a cost criterion."""
    raw, keep = _raw(items, criteria, values, benefit)
    w, a = _weights(weights, ahp, len(criteria))
    h = _c_void_p()
    check(_lib.kpss_mcda_rank(ctypes.byref(h), ctypes.byref(raw), w, a, ctypes.byref(_options(method, normalisation))))
    return MultiCriteriaRanking(h)


def combine(support: Ranking, criteria: Sequence[str], evidence: Sequence[Sequence[float]],
            weights: Optional[Sequence[float]] = None, ahp: Optional[Sequence[Sequence[float]]] = None,
            benefit: Optional[Sequence[bool]] = None, method: str = "weighted-sum",
            normalisation: str = "min-max") -> MultiCriteriaRanking:
    """The combined score: criterion "support" (each item's weighted support share in the
    ranking ``support``) followed by the ``evidence`` criteria, one row per ranking item in
    its order. ``weights`` / ``ahp`` cover 1 + len(criteria) criteria, support first."""
    raw, keep = _raw(None, criteria, evidence, benefit)
    w, a = _weights(weights, ahp, len(criteria) + 1)
    h = _c_void_p()
    check(_lib.kpss_mcda_combine(ctypes.byref(h), support._handle, ctypes.byref(raw), w, a,
                                 ctypes.byref(_options(method, normalisation))))
    return MultiCriteriaRanking(h)
