"""The stakeholder graph (graf aktérů): build it from a plan, edit it, analyse it, export it.

Every analysis of kpss/graph is available: triad coverage, provider equality and brokers as
lists of dataclasses; each analysis (and all of them) as parsed JSON; GraphML and DOT text.
"""
from __future__ import annotations

import ctypes
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Optional, Union

from . import _native
from .errors import check

VERTEX_KINDS = ("person", "organisation", "working_group", "steering_group", "service", "measure",
                "municipality")
EDGE_KINDS = ("member_of", "chairs", "represents", "provides", "funds", "responsible_for",
              "cooperates_with", "informs", "serves")
ANALYSES = ("triad_coverage", "provider_equality", "information_reach", "periphery", "brokers",
            "fragility", "pooling", "all")
#: Role names in the order of their bits in the C API (KPSS_ROLE_BIT_*).
ROLES = ("commissioner", "provider", "user", "public", "coordinator")


class _VertexSpec(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("kind", ctypes.c_int32),
        ("id", ctypes.c_char_p),
        ("label", ctypes.c_char_p),
        ("roles", ctypes.c_uint32),
        ("service_type", ctypes.c_char_p),
        ("needed_service_types", ctypes.c_char_p),
        ("area", ctypes.c_char_p),
    ]


class _TriadCoverage(ctypes.Structure):
    _fields_ = [
        ("group", ctypes.c_char_p),
        ("group_kind", ctypes.c_int32),
        ("members", ctypes.c_uint32),
        ("commissioners", ctypes.c_uint32),
        ("providers", ctypes.c_uint32),
        ("users", ctypes.c_uint32),
        ("public_members", ctypes.c_uint32),
        ("missing", ctypes.c_uint32),
    ]


class _ScoredVertex(ctypes.Structure):
    _fields_ = [
        ("id", ctypes.c_char_p),
        ("kind", ctypes.c_int32),
        ("count", ctypes.c_uint32),
        ("score", ctypes.c_double),
    ]


def _declare(lib: ctypes.CDLL) -> None:
    c_int, c_size, c_char_p, c_void_p = ctypes.c_int, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p
    P = ctypes.POINTER
    table = {
        "kpss_graph_from_plan_json": (c_int, [P(c_void_p), c_char_p, c_size]),
        "kpss_graph_from_plan": (c_int, [P(c_void_p), c_void_p]),
        "kpss_graph_new": (c_int, [P(c_void_p)]),
        "kpss_graph_free": (None, [c_void_p]),
        "kpss_graph_add_vertex": (c_int, [P(c_size), c_void_p, P(_VertexSpec)]),
        "kpss_graph_add_edge": (c_int, [P(c_int), c_void_p, c_size, c_size, c_int]),
        "kpss_graph_find": (c_int, [P(c_size), c_void_p, c_int, c_char_p]),
        "kpss_graph_counts": (c_int, [P(c_size), P(c_size), c_void_p]),
        "kpss_graph_triad_coverage": (c_int, [P(P(_TriadCoverage)), P(c_size), c_void_p]),
        "kpss_triad_coverage_free": (None, [P(_TriadCoverage), c_size]),
        "kpss_graph_brokers": (c_int, [P(P(_ScoredVertex)), P(c_size), c_void_p, c_size]),
        "kpss_graph_brokers_sampled": (c_int, [P(P(_ScoredVertex)), P(c_size), c_void_p, c_size, c_size,
                                               ctypes.c_uint64]),
        "kpss_betweenness_error_bound": (c_int, [P(ctypes.c_double), c_size, c_size, ctypes.c_double]),
        "kpss_graph_provider_equality": (c_int, [P(P(_ScoredVertex)), P(c_size), c_void_p]),
        "kpss_scored_vertices_free": (None, [P(_ScoredVertex), c_size]),
        "kpss_graph_analysis_json": (c_int, [P(c_void_p), c_void_p, c_int, c_size]),
        "kpss_graph_export": (c_int, [P(c_void_p), c_void_p, c_int]),
    }
    _native.declare(lib, table)


_declare(_native.lib)
_lib = _native.lib


def _index(names, value: str, what: str) -> int:
    try:
        return names.index(value)
    except ValueError:
        from .errors import InvalidArgument
        raise InvalidArgument(f"unknown {what} '{value}'; known: {', '.join(names)}") from None


def _roles_from_bits(bits: int) -> List[str]:
    return [name for i, name in enumerate(ROLES) if bits & (1 << i)]


@dataclass(frozen=True)
class TriadCoverage:
    """Coverage of the triad (and the public) in a group; group is None for the whole plan."""
    group: Optional[str]
    group_kind: Optional[str]
    members: int
    commissioners: int
    providers: int
    users: int
    public: int
    missing: List[str]

    @property
    def triad_complete(self) -> bool:
        return not {"commissioner", "provider", "user"} & set(self.missing)


@dataclass(frozen=True)
class ScoredVertex:
    """A broker (score: normalised betweenness) or a provider (count: voting members,
    score: weight)."""
    kind: str
    id: str
    count: int
    score: float


class StakeholderGraph:
    """The stakeholder graph. Build it with from_plan_json / from_plan_file or empty."""

    def __init__(self, _handle: Optional[ctypes.c_void_p] = None):
        if _handle is None:
            _handle = ctypes.c_void_p()
            check(_lib.kpss_graph_new(ctypes.byref(_handle)))
        self._handle = _handle

    @classmethod
    def from_plan(cls, plan) -> "StakeholderGraph":
        """The graph of a kpss.Plan (also ``plan.stakeholder_graph()``)."""
        handle = ctypes.c_void_p()
        check(_lib.kpss_graph_from_plan(ctypes.byref(handle), plan._live()))
        return cls(handle)

    @classmethod
    def from_plan_json(cls, text: Union[str, bytes]) -> "StakeholderGraph":
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        handle = ctypes.c_void_p()
        check(_lib.kpss_graph_from_plan_json(ctypes.byref(handle), data, len(data)))
        return cls(handle)

    @classmethod
    def from_plan_file(cls, path: Union[str, Path]) -> "StakeholderGraph":
        return cls.from_plan_json(Path(path).read_bytes())

    def __del__(self):
        handle = getattr(self, "_handle", None)
        if handle:
            _lib.kpss_graph_free(handle)
            self._handle = None

    def add_vertex(self, kind: str, id: str, label: str = "", roles: Iterable[str] = (),
                   service_type: str = "", needed_service_types: Iterable[str] = (),
                   area: str = "") -> int:
        spec = _VertexSpec()
        spec.struct_size = ctypes.sizeof(_VertexSpec)
        spec.kind = _index(VERTEX_KINDS, kind, "vertex kind")
        spec.id = id.encode("utf-8")
        spec.label = label.encode("utf-8")
        spec.roles = sum(1 << _index(ROLES, r, "role") for r in set(roles))
        spec.service_type = service_type.encode("utf-8")
        spec.needed_service_types = ",".join(needed_service_types).encode("utf-8")
        spec.area = area.encode("utf-8")
        index = ctypes.c_size_t()
        check(_lib.kpss_graph_add_vertex(ctypes.byref(index), self._handle, ctypes.byref(spec)))
        return index.value

    def add_edge(self, source: int, target: int, kind: str) -> bool:
        """Adds a tie; False when it existed already."""
        added = ctypes.c_int()
        check(_lib.kpss_graph_add_edge(ctypes.byref(added), self._handle, source, target,
                                       _index(EDGE_KINDS, kind, "edge kind")))
        return bool(added.value)

    def find(self, kind: str, id: str) -> int:
        index = ctypes.c_size_t()
        check(_lib.kpss_graph_find(ctypes.byref(index), self._handle,
                                   _index(VERTEX_KINDS, kind, "vertex kind"), id.encode("utf-8")))
        return index.value

    @property
    def vertex_count(self) -> int:
        n = ctypes.c_size_t()
        check(_lib.kpss_graph_counts(ctypes.byref(n), None, self._handle))
        return n.value

    @property
    def edge_count(self) -> int:
        n = ctypes.c_size_t()
        check(_lib.kpss_graph_counts(None, ctypes.byref(n), self._handle))
        return n.value

    def triad_coverage(self) -> List[TriadCoverage]:
        rows = ctypes.POINTER(_TriadCoverage)()
        count = ctypes.c_size_t()
        check(_lib.kpss_graph_triad_coverage(ctypes.byref(rows), ctypes.byref(count), self._handle))
        try:
            out = []
            for i in range(count.value):
                r = rows[i]
                plan = r.group_kind < 0
                out.append(TriadCoverage(None if plan else _native.text(r.group),
                                         None if plan else VERTEX_KINDS[r.group_kind], r.members,
                                         r.commissioners, r.providers, r.users, r.public_members,
                                         _roles_from_bits(r.missing)))
            return out
        finally:
            _lib.kpss_triad_coverage_free(rows, count)

    def _scored(self, fn, *args) -> List[ScoredVertex]:
        rows = ctypes.POINTER(_ScoredVertex)()
        count = ctypes.c_size_t()
        check(fn(ctypes.byref(rows), ctypes.byref(count), self._handle, *args))
        try:
            return [ScoredVertex(VERTEX_KINDS[rows[i].kind], _native.text(rows[i].id), rows[i].count,
                                 rows[i].score) for i in range(count.value)]
        finally:
            _lib.kpss_scored_vertices_free(rows, count)

    def brokers(self, k: int = 10, pivots: int = 0, seed: int = 1) -> List[ScoredVertex]:
        """The k stakeholders of highest normalised betweenness. ``pivots`` > 0 estimates it
        from that many seeded sampled sources (for big graphs; see betweenness_error_bound)."""
        if pivots:
            return self._scored(_lib.kpss_graph_brokers_sampled, k, pivots, seed)
        return self._scored(_lib.kpss_graph_brokers, k)

    def provider_equality(self) -> List[ScoredVertex]:
        return self._scored(_lib.kpss_graph_provider_equality)

    def analysis(self, name: str = "all", top_k: int = 10):
        """One analysis by name (see ANALYSES) as parsed JSON (docs/graph.md)."""
        out = ctypes.c_void_p()
        check(_lib.kpss_graph_analysis_json(ctypes.byref(out), self._handle,
                                            _index(ANALYSES, name, "analysis"), top_k))
        return json.loads(_native.take_string(out))

    def _export(self, fmt: int) -> str:
        out = ctypes.c_void_p()
        check(_lib.kpss_graph_export(ctypes.byref(out), self._handle, fmt))
        return _native.take_string(out)

    def to_graphml(self) -> str:
        return self._export(0)

    def to_dot(self) -> str:
        return self._export(1)


def betweenness_error_bound(vertices: int, pivots: int, delta: float = 0.05) -> float:
    """The absolute error that sampled betweenness stays within for every vertex with
    probability at least 1 − delta: V/(V−1)·√(ln(2V/δ)/(2·pivots))."""
    out = ctypes.c_double()
    check(_lib.kpss_betweenness_error_bound(ctypes.byref(out), vertices, pivots, delta))
    return out.value
