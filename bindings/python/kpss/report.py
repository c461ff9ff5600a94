"""The public report (zpráva pro veřejnost): one self-contained HTML page with inline SVG
charts, Markdown and JSON, in Czech or English, with small groups suppressed (k).

    plan = kpss.Plan.load("sample_plan.json")
    ballots = kpss.rank.Ballots.read("sample_ballots.csv")
    html_path = kpss.report.write(plan, "out", ballots=ballots, lang="en",
                                  budget=kpss.Money.parse("10 000 000 Kč"))
    pages = kpss.report.render(plan, ballots=ballots)   # {"html": ..., "markdown": ..., "json": ...}
"""
from __future__ import annotations

import ctypes
import datetime
import os
from typing import Dict, Optional

from . import _native
from .core import Money
from .errors import InvalidArgument, check
from .plan import Plan
from .rank import Ballots, Policy

LANGUAGES = ("cs", "en")

_P = ctypes.POINTER
_i32, _u32, _u64, _c_size = ctypes.c_int32, ctypes.c_uint32, ctypes.c_uint64, ctypes.c_size_t


class _Options(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("lang", _i32), ("k", _i32), ("policy", ctypes.c_void_p),
                ("has_budget", _i32), ("budget", _native.Money), ("has_as_of", _i32), ("as_of", _native.Date),
                ("replicates", _c_size), ("seed", _u64), ("top_k", _c_size)]


def _declare(lib: ctypes.CDLL) -> None:
    c_int, c_char_p, c_void_p = ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p
    table = {
        "kpss_report_write": (c_int, [_P(c_void_p), c_void_p, c_void_p, _P(_Options), c_char_p]),
        "kpss_report_render": (c_int, [_P(c_void_p), _P(c_void_p), _P(c_void_p), c_void_p, c_void_p, _P(_Options)]),
    }
    _native.declare(lib, table)


_declare(_native.lib)
_lib = _native.lib


def _options(lang: str, k: int, policy, budget: Optional[Money], as_of: Optional[datetime.date],
             replicates: int, seed: int, top_k: int):
    """The C option struct, and the policy object it points into (keep it alive for the call)."""
    if lang not in LANGUAGES:
        raise InvalidArgument(f"unknown report language '{lang}'; use cs or en")
    o = _Options()
    o.struct_size = ctypes.sizeof(_Options)
    o.lang = LANGUAGES.index(lang)
    o.k = int(k)
    pol = Policy.of(policy)
    o.policy = ctypes.cast(ctypes.byref(pol._raw), ctypes.c_void_p)
    if budget is not None:
        o.has_budget = 1
        o.budget = budget._raw()
    if as_of is not None:
        o.has_as_of = 1
        o.as_of = _native.Date(as_of.year, as_of.month, as_of.day)
    o.replicates = int(replicates)
    o.seed = int(seed)
    o.top_k = int(top_k)
    return o, pol


def _handles(plan: Plan, ballots: Optional[Ballots]):
    return plan._live(), (ballots._handle if ballots is not None else None)


def write(plan: Plan, directory, *, ballots: Optional[Ballots] = None, lang: str = "cs", k: int = 5,
          policy=None, budget: Optional[Money] = None, as_of: Optional[datetime.date] = None,
          replicates: int = 500, seed: int = 1, top_k: int = 3) -> str:
    """Writes report.html, report.md and report.json into ``directory`` (created if missing)
    and returns the HTML file's path. ``ballots`` adds the ranking and its stability;
    with ``budget`` also the selection. ``policy``: "roles-equal" (default), "unweighted" or a
    :class:`kpss.rank.Policy`. Raises :class:`kpss.NotFound` for a ballot item not in the plan,
    :class:`kpss.InvalidArgument` for bad options, :class:`kpss.IoError` for the folder."""
    options, _keep = _options(lang, k, policy, budget, as_of, replicates, seed, top_k)
    out = ctypes.c_void_p()
    plan_h, ballots_h = _handles(plan, ballots)
    check(_lib.kpss_report_write(ctypes.byref(out), plan_h, ballots_h, ctypes.byref(options),
                                 os.fsencode(os.fspath(directory))))
    return _native.take_string(out)


def render(plan: Plan, *, ballots: Optional[Ballots] = None, lang: str = "cs", k: int = 5, policy=None,
           budget: Optional[Money] = None, as_of: Optional[datetime.date] = None, replicates: int = 500,
           seed: int = 1, top_k: int = 3) -> Dict[str, str]:
    """The same report as strings: ``{"html": ..., "markdown": ..., "json": ...}``."""
    options, _keep = _options(lang, k, policy, budget, as_of, replicates, seed, top_k)
    html, markdown, json_ = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
    plan_h, ballots_h = _handles(plan, ballots)
    check(_lib.kpss_report_render(ctypes.byref(html), ctypes.byref(markdown), ctypes.byref(json_), plan_h,
                                  ballots_h, ctypes.byref(options)))
    return {"html": _native.take_string(html), "markdown": _native.take_string(markdown),
            "json": _native.take_string(json_)}
