"""Needs against resources (analýza potřeb a zdrojů): a plan's gap table, its roll-up
through the territorial hierarchy, priority candidates, the economic evaluation, the import
of the registry of social-service providers, and the regional roll-up of many municipal
plans with pooling proposals. JSON documents are as docs/gaps.md describes them.
"""
from __future__ import annotations

import ctypes
import datetime
import json
import os
from dataclasses import dataclass
from typing import Iterable, List, Mapping, Optional, Sequence, Tuple

from . import _native
from .core import Money
from .errors import InvalidArgument, check
from .plan import Plan

_P = ctypes.POINTER
_c_int, _c_size, _c_char_p, _c_void_p = ctypes.c_int, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p
_u32, _i32, _i64, _dbl = ctypes.c_uint32, ctypes.c_int32, ctypes.c_int64, ctypes.c_double

#: Territory levels in the C API's numbering (kpss_territory_level).
LEVELS = ("municipality", "orp", "district", "region")
#: How a capacity reaching several territories is split (KPSS_SPLIT_*).
SPLITS = ("population", "equal")
#: How a pooled service's cost is shared (KPSS_COST_SHARING_*).
COST_SHARING = ("per_capita", "per_use", "explicit")


class _TerritorySpec(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("code", _c_char_p), ("parent", _c_char_p), ("population", _i64),
                ("name", _c_char_p)]


class _RegistryOptions(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("territory", _c_char_p), ("provided_on", _P(_native.Date)),
                ("code_lists_json", _c_char_p)]


class _RegistrySummary(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("items", _c_size), ("imported", _c_size), ("skipped", _c_size),
                ("filtered", _c_size), ("diagnostics", _c_size)]


class _Finding(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("where", _c_char_p), ("message", _c_char_p)]


class _Norm(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("type", _c_char_p), ("form", _c_char_p), ("target_group", _c_char_p),
                ("age_bands", _c_char_p), ("per_thousand", _dbl), ("unit", _c_char_p), ("source", _c_char_p)]


class _UnitCost(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("type", _c_char_p), ("cost", _native.Money)]


class _GapOptions(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("split", _i32), ("norms", _P(_Norm)), ("norm_count", _c_size),
                ("unit_costs", _P(_UnitCost)), ("unit_cost_count", _c_size), ("registry", _c_void_p),
                ("territories", _c_void_p)]


class _GapRow(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("type", _c_char_p), ("form", _c_char_p), ("target_group", _c_char_p),
                ("territory", _c_char_p), ("unit", _c_char_p), ("demand", _dbl), ("capacity", _dbl),
                ("gap", _dbl), ("has_coverage", _i32), ("coverage", _dbl), ("has_cost", _i32),
                ("cost_to_close", _native.Money), ("origins", _c_size), ("sources", _c_size)]


class _MinViable(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("type", _c_char_p), ("units", _dbl)]


class _Weight(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("code", _c_char_p), ("weight", _i64)]


class _RegionOptions(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("gaps", _P(_GapOptions)), ("cost_sharing", _i32),
                ("default_min_viable", _dbl), ("min_viable", _P(_MinViable)), ("min_viable_count", _c_size),
                ("weights", _P(_Weight)), ("weight_count", _c_size)]


class _Proposal(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("orp", _c_char_p), ("type", _c_char_p), ("form", _c_char_p),
                ("target_group", _c_char_p), ("unit", _c_char_p), ("units", _dbl), ("min_viable", _dbl),
                ("cost_sharing", _i32), ("has_cost", _i32), ("cost", _native.Money), ("shares", _c_size)]


class _Share(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("municipality", _c_char_p), ("units", _dbl), ("population", _i64),
                ("fraction", _dbl), ("has_cost", _i32), ("cost", _native.Money)]


_TABLE = {
    "kpss_territories_new": (_c_int, [_P(_c_void_p)]),
    "kpss_territories_from_plan": (_c_int, [_P(_c_void_p), _c_void_p]),
    "kpss_territories_add": (_c_int, [_c_void_p, _P(_TerritorySpec), _c_size]),
    "kpss_territories_population": (_c_int, [_P(_i64), _c_void_p, _c_char_p]),
    "kpss_territories_free": (None, [_c_void_p]),
    "kpss_registry_load": (_c_int, [_P(_c_void_p), _c_char_p, _P(_RegistryOptions)]),
    "kpss_registry_read": (_c_int, [_P(_c_void_p), _c_char_p, _c_size, _P(_RegistryOptions)]),
    "kpss_registry_free": (None, [_c_void_p]),
    "kpss_registry_summary_get": (_c_int, [_P(_RegistrySummary), _c_void_p]),
    "kpss_registry_diagnostic": (_c_int, [_P(_Finding), _c_void_p, _c_size]),
    "kpss_registry_to_json": (_c_int, [_P(_c_void_p), _c_void_p]),
    "kpss_plan_gaps": (_c_int, [_P(_c_void_p), _c_void_p, _P(_GapOptions)]),
    "kpss_gap_table_roll_up": (_c_int, [_P(_c_void_p), _c_void_p, _c_void_p, _c_int]),
    "kpss_gap_table_free": (None, [_c_void_p]),
    "kpss_gap_table_count": (_c_int, [_P(_c_size), _P(_c_size), _c_void_p]),
    "kpss_gap_table_row": (_c_int, [_P(_GapRow), _c_void_p, _c_size]),
    "kpss_gap_table_finding": (_c_int, [_P(_Finding), _c_void_p, _c_size]),
    "kpss_gap_table_to_json": (_c_int, [_P(_c_void_p), _c_void_p]),
    "kpss_gap_table_candidates_json": (_c_int, [_P(_c_void_p), _c_void_p, _c_void_p]),
    "kpss_plan_budget_json": (_c_int, [_P(_c_void_p), _c_void_p]),
    "kpss_compensation_payment": (_c_int, [_P(_native.Money), _P(_native.Money), _P(_native.Money),
                                           _P(_native.Money), _dbl, _P(_native.Money)]),
    "kpss_region_build": (_c_int, [_P(_c_void_p), _P(_c_void_p), _c_size, _c_void_p, _P(_RegionOptions)]),
    "kpss_region_free": (None, [_c_void_p]),
    "kpss_region_to_json": (_c_int, [_P(_c_void_p), _c_void_p]),
    "kpss_region_gaps": (_c_int, [_P(_c_void_p), _c_void_p, _c_int]),
    "kpss_region_pooling_count": (_c_int, [_P(_c_size), _c_void_p]),
    "kpss_region_pooling": (_c_int, [_P(_Proposal), _c_void_p, _c_size]),
    "kpss_region_pooling_share": (_c_int, [_P(_Share), _c_void_p, _c_size, _c_size]),
}
_native.declare(_native.lib, _TABLE)
_lib = _native.lib


def _init(struct_type):
    value = struct_type()
    value.struct_size = ctypes.sizeof(struct_type)
    return value


def _index(names, name: str, what: str) -> int:
    try:
        return names.index(name)
    except ValueError:
        raise InvalidArgument(f"unknown {what} '{name}'; known: {', '.join(names)}") from None


def _enc(value: Optional[str]) -> Optional[bytes]:
    return value.encode("utf-8") if value is not None else None


def _string(call, *args) -> str:
    out = _c_void_p()
    check(call(ctypes.byref(out), *args))
    return _native.take_string(out)


def _money(raw: _native.Money) -> Money:
    return Money(raw.minor_units, raw.currency.decode("ascii"))


def _array(struct_type, items: list):
    """A C array of initialised structs (kept alive by the caller while the call runs)."""
    array = (struct_type * len(items))()
    for i, fill in enumerate(items):
        array[i].struct_size = ctypes.sizeof(struct_type)
        fill(array[i])
    return array


def _keyed(key_member: str, key: str, value_member: str, value, keep: list):
    """An _array filler setting a struct's text key and its value; keeps the encoded key alive."""
    encoded = _enc(key)
    keep.append(encoded)

    def fill(s):
        setattr(s, key_member, encoded)
        setattr(s, value_member, value)
    return fill


def _attach(options, members: Tuple[str, str], struct_type, fillers: list, keep: list) -> None:
    """Points the options' array member and its count (`members`) at a C array of struct_type
    made by the fillers; leaves them unset (null, 0) when there are none."""
    if fillers:
        array = _array(struct_type, fillers)
        keep.append(array)
        setattr(options, members[0], ctypes.cast(array, _P(struct_type)))
        setattr(options, members[1], len(fillers))


@dataclass(frozen=True)
class Finding:
    """A finding that did not stop the analysis or import: where (a JSON pointer or the
    record) and what."""
    where: str
    message: str


@dataclass(frozen=True)
class Norm:
    """A prevalence norm (normativ): ``per_thousand`` units per 1 000 inhabitants of the
    ``age_bands``."""
    type: str
    age_bands: Sequence[str]
    per_thousand: float
    unit: str
    source: str = ""
    form: str = ""
    target_group: str = ""


@dataclass(frozen=True)
class GapRow:
    type: str
    form: str
    target_group: str
    territory: str
    unit: str
    demand: float
    capacity: float
    gap: float
    coverage: Optional[float]
    cost_to_close: Optional[Money]


@dataclass(frozen=True)
class PoolingShare:
    municipality: str
    units: float
    population: int
    fraction: float
    cost: Optional[Money]


@dataclass(frozen=True)
class PoolingProposal:
    orp: str
    type: str
    form: str
    target_group: str
    unit: str
    units: float
    min_viable: float
    cost_sharing: str
    cost: Optional[Money]
    shares: List[PoolingShare]


class _Handle:
    _free = None

    def __init__(self, handle: _c_void_p):
        self._handle = handle

    def _live(self) -> _c_void_p:
        if not self._handle:
            raise InvalidArgument(f"the {type(self).__name__} is closed")
        return self._handle

    def close(self) -> None:
        if self._handle:
            type(self)._free(self._handle)
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    def _findings(self, call, count: int) -> List[Finding]:
        """The handle's first `count` findings, read one by one with `call` (out, handle, index)."""
        out = []
        for i in range(count):
            f = _init(_Finding)
            check(call(ctypes.byref(f), self._live(), i))
            out.append(Finding(_native.text(f.where), _native.text(f.message)))
        return out


class Territories(_Handle):
    """The territorial hierarchy: municipality → ORP → district → region, with populations."""
    _free = staticmethod(_lib.kpss_territories_free)

    def __init__(self, entries: Iterable[Tuple] = (), _handle: Optional[_c_void_p] = None):
        """``entries``: (code, parent, population, name) tuples; parent may be None,
        population 0 (unknown) and name omitted."""
        if _handle is None:
            _handle = _c_void_p()
            check(_lib.kpss_territories_new(ctypes.byref(_handle)))
        super().__init__(_handle)
        entries = list(entries)
        if entries:
            self.add(entries)

    @classmethod
    def from_plan(cls, plan: Plan) -> "Territories":
        """The plan's territory and municipalities, populations from its demography."""
        handle = _c_void_p()
        check(_lib.kpss_territories_from_plan(ctypes.byref(handle), plan._live()))
        return cls(_handle=handle)

    @classmethod
    def from_csv(cls, path) -> "Territories":
        """Reads a register "code,parent,population[,name]" (the format of ``kpss region
        --territories``); a first line starting with "code" is a header."""
        entries = []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                line = line.rstrip("\r\n")
                if not line or (n == 0 and line.startswith("code")):
                    continue
                cells = line.split(",", 3)
                cells += [""] * (4 - len(cells))
                entries.append((cells[0], cells[1] or None, int(cells[2]) if cells[2] else 0, cells[3]))
        return cls(entries)

    def add(self, entries: Iterable[Tuple]) -> None:
        """Adds territories, all or none."""
        rows = [tuple(e) + (None,) * (4 - len(e)) for e in entries]
        keep = []

        def filler(row):
            code, parent, population, name = row
            values = [_enc(code), _enc(parent), _enc(name)]
            keep.append(values)

            def fill(spec):
                spec.code, spec.parent, spec.name = values
                spec.population = int(population or 0)
            return fill
        array = _array(_TerritorySpec, [filler(r) for r in rows])
        check(_lib.kpss_territories_add(self._live(), array, len(rows)))

    def population(self, code: str) -> int:
        out = _i64()
        check(_lib.kpss_territories_population(ctypes.byref(out), self._live(), code.encode("utf-8")))
        return out.value


class Registry(_Handle):
    """Services imported from the open-data export of the registry of social-service
    providers. Unknown codes are findings; a truncated file raises ParseError and imports
    nothing."""
    _free = staticmethod(_lib.kpss_registry_free)

    @staticmethod
    def _options(territory, provided_on, code_lists):
        o = _init(_RegistryOptions)
        keep = []
        if territory is not None:
            o.territory = territory.encode("utf-8")
        if provided_on is not None:
            date = _native.Date(provided_on.year, provided_on.month, provided_on.day)
            keep.append(date)
            o.provided_on = ctypes.pointer(date)
        if code_lists is not None:
            o.code_lists_json = code_lists.encode("utf-8") if isinstance(code_lists, str) else bytes(code_lists)
        return o, keep

    @classmethod
    def load(cls, path, territory: Optional[str] = None, provided_on: Optional[datetime.date] = None,
             code_lists=None) -> "Registry":
        """Streams an export file. ``code_lists``: the registry's code lists (číselníky) as
        JSON text or bytes."""
        o, _keep = cls._options(territory, provided_on, code_lists)
        handle = _c_void_p()
        check(_lib.kpss_registry_load(ctypes.byref(handle), os.fsencode(path), ctypes.byref(o)))
        return cls(handle)

    @classmethod
    def read(cls, data, territory: Optional[str] = None, provided_on: Optional[datetime.date] = None,
             code_lists=None) -> "Registry":
        """As load, from JSON text or bytes."""
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        o, _keep = cls._options(territory, provided_on, code_lists)
        handle = _c_void_p()
        check(_lib.kpss_registry_read(ctypes.byref(handle), raw, len(raw), ctypes.byref(o)))
        return cls(handle)

    def summary(self) -> dict:
        """{"items", "imported", "skipped", "filtered", "diagnostics"} counts."""
        s = _init(_RegistrySummary)
        check(_lib.kpss_registry_summary_get(ctypes.byref(s), self._live()))
        return {name: getattr(s, name) for name, _ in _RegistrySummary._fields_[1:]}

    @property
    def diagnostics(self) -> List[Finding]:
        return self._findings(_lib.kpss_registry_diagnostic, self.summary()["diagnostics"])

    def to_dict(self) -> dict:
        return json.loads(_string(_lib.kpss_registry_to_json, self._live()))

    @property
    def services(self) -> List[dict]:
        return self.to_dict()["services"]


class GapTable(_Handle):
    """Demand against capacity, rows sorted by gap (largest first)."""
    _free = staticmethod(_lib.kpss_gap_table_free)

    def _counts(self) -> Tuple[int, int]:
        rows, findings = _c_size(), _c_size()
        check(_lib.kpss_gap_table_count(ctypes.byref(rows), ctypes.byref(findings), self._live()))
        return rows.value, findings.value

    @property
    def rows(self) -> List[GapRow]:
        out = []
        for i in range(self._counts()[0]):
            r = _init(_GapRow)
            check(_lib.kpss_gap_table_row(ctypes.byref(r), self._live(), i))
            out.append(GapRow(_native.text(r.type), _native.text(r.form), _native.text(r.target_group),
                              _native.text(r.territory), _native.text(r.unit), r.demand, r.capacity, r.gap,
                              r.coverage if r.has_coverage else None,
                              _money(r.cost_to_close) if r.has_cost else None))
        return out

    @property
    def diagnostics(self) -> List[Finding]:
        return self._findings(_lib.kpss_gap_table_finding, self._counts()[1])

    def to_dict(self) -> dict:
        """{"rows": [...], "diagnostics": [...]}, with origins and sources of each row."""
        return json.loads(_string(_lib.kpss_gap_table_to_json, self._live()))

    def roll_up(self, territories: Territories, level: str) -> "GapTable":
        """The table aggregated to "orp", "district" or "region" (net of surpluses)."""
        handle = _c_void_p()
        check(_lib.kpss_gap_table_roll_up(ctypes.byref(handle), self._live(), territories._live(),
                                          _index(LEVELS, level, "territory level")))
        return GapTable(handle)

    def candidates(self, territories: Optional[Territories] = None) -> List[dict]:
        """Every positive gap as a priority candidate with criteria for the ranking."""
        return json.loads(_string(_lib.kpss_gap_table_candidates_json, self._live(),
                                  territories._live() if territories is not None else None))


def _gap_options(split: str, norms: Sequence[Norm], unit_costs: Mapping[str, Money],
                 registry: Optional[Registry], territories: Optional[Territories]):
    """The C options and the objects that must outlive the call."""
    o = _init(_GapOptions)
    o.split = _index(SPLITS, split, "split")
    keep = []

    def norm_filler(n: Norm):
        values = [_enc(n.type), _enc(n.form), _enc(n.target_group), _enc(",".join(n.age_bands)), _enc(n.unit),
                  _enc(n.source)]
        keep.append(values)

        def fill(s):
            s.type, s.form, s.target_group, s.age_bands, s.unit, s.source = values
            s.per_thousand = float(n.per_thousand)
        return fill
    _attach(o, ("norms", "norm_count"), _Norm, [norm_filler(n) for n in norms], keep)
    _attach(o, ("unit_costs", "unit_cost_count"), _UnitCost,
            [_keyed("type", t, "cost", money._raw(), keep) for t, money in unit_costs.items()], keep)
    if registry is not None:
        o.registry = registry._live()
    if territories is not None:
        o.territories = territories._live()
    return o, keep


def plan_gaps(plan: Plan, split: str = "population", norms: Sequence[Norm] = (),
              unit_costs: Mapping[str, Money] = {}, registry: Optional[Registry] = None,
              territories: Optional[Territories] = None) -> GapTable:
    """The plan's gap table: demand from its needs (and the norms where no need quantifies a
    type), capacity from its services and the registry's, priced with ``unit_costs`` and the
    services' unit costs. ``territories`` gives populations for splitting."""
    o, _keep = _gap_options(split, norms, unit_costs, registry, territories)
    handle = _c_void_p()
    check(_lib.kpss_plan_gaps(ctypes.byref(handle), plan._live(), ctypes.byref(o)))
    return GapTable(handle)


def plan_budget(plan: Plan) -> dict:
    """The measures' cost and funding by year and source, and their shortfalls."""
    return json.loads(_string(_lib.kpss_plan_budget_json, plan._live()))


def compensation_payment(usual_costs: Money, revenues: Money, units: float,
                         reasonable_profit: Optional[Money] = None) -> Tuple[Money, Money]:
    """The compensation payment (vyrovnávací platba): (a year, per unit)."""
    total, per_unit = _native.Money(), _native.Money()
    costs, income = usual_costs._raw(), revenues._raw()
    profit = reasonable_profit._raw() if reasonable_profit is not None else None
    check(_lib.kpss_compensation_payment(ctypes.byref(total), ctypes.byref(per_unit), ctypes.byref(costs),
                                         ctypes.byref(income), float(units),
                                         ctypes.byref(profit) if profit is not None else None))
    return _money(total), _money(per_unit)


class RegionalView(_Handle):
    """Many municipal plans merged: gaps per municipality, ORP and region, recurring gaps,
    services counted twice, pooling proposals."""
    _free = staticmethod(_lib.kpss_region_free)

    def to_dict(self) -> dict:
        return json.loads(_string(_lib.kpss_region_to_json, self._live()))

    def gaps(self, level: str = "orp") -> GapTable:
        """The gap table at "municipality", "orp" or "region"."""
        handle = _c_void_p()
        check(_lib.kpss_region_gaps(ctypes.byref(handle), self._live(), _index(LEVELS, level, "territory level")))
        return GapTable(handle)

    @property
    def pooling(self) -> List[PoolingProposal]:
        count = _c_size()
        check(_lib.kpss_region_pooling_count(ctypes.byref(count), self._live()))
        out = []
        for i in range(count.value):
            p = _init(_Proposal)
            check(_lib.kpss_region_pooling(ctypes.byref(p), self._live(), i))
            shares = []
            for j in range(p.shares):
                s = _init(_Share)
                check(_lib.kpss_region_pooling_share(ctypes.byref(s), self._live(), i, j))
                shares.append(PoolingShare(_native.text(s.municipality), s.units, s.population, s.fraction,
                                           _money(s.cost) if s.has_cost else None))
            out.append(PoolingProposal(_native.text(p.orp), _native.text(p.type), _native.text(p.form),
                                       _native.text(p.target_group), _native.text(p.unit), p.units,
                                       p.min_viable, COST_SHARING[p.cost_sharing],
                                       _money(p.cost) if p.has_cost else None, shares))
        return out


def regional_view(plans: Sequence[Plan], territories: Territories, cost_sharing: str = "per_capita",
                  min_viable: Mapping[str, float] = {}, default_min_viable: float = 10.0,
                  weights: Mapping[str, int] = {}, split: str = "population", norms: Sequence[Norm] = (),
                  unit_costs: Mapping[str, Money] = {}, registry: Optional[Registry] = None) -> RegionalView:
    """Merges municipal plans (krajský pohled). ``territories`` must hold their
    municipalities with ORPs and populations; ``min_viable`` is the smallest viable service
    of a type (in its unit); ``weights`` the municipalities' weights for "explicit"
    cost sharing."""
    gaps, keep = _gap_options(split, norms, unit_costs, registry, None)
    o = _init(_RegionOptions)
    o.gaps = ctypes.pointer(gaps)
    o.cost_sharing = _index(COST_SHARING, cost_sharing, "cost sharing")
    o.default_min_viable = float(default_min_viable)
    _attach(o, ("min_viable", "min_viable_count"), _MinViable,
            [_keyed("type", t, "units", float(units), keep) for t, units in min_viable.items()], keep)
    _attach(o, ("weights", "weight_count"), _Weight,
            [_keyed("code", code, "weight", int(weight), keep) for code, weight in weights.items()], keep)
    handles = (_c_void_p * len(plans))(*[p._live() for p in plans])
    handle = _c_void_p()
    check(_lib.kpss_region_build(ctypes.byref(handle), handles, len(plans), territories._live(), ctypes.byref(o)))
    return RegionalView(handle)
