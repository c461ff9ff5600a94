"""The planning cycle: phases and gates, the event log, public comment and its settlement,
monitoring, the plan audit, the diff of two plan versions and the next cycle.

Plans are kpss-plan JSON text (str or bytes); the event log travels inside the plan.
Reports come back as parsed JSON (dicts), as docs/cycle.md describes them.
"""
from __future__ import annotations

import ctypes
import datetime
import json
from typing import Optional, Union

from . import _native
from .errors import check

_P = ctypes.POINTER
_c_int, _c_size, _c_char_p, _c_void_p = ctypes.c_int, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p
_TABLE = {
    "kpss_cycle_open": (_c_int, [_P(_c_void_p), _c_char_p, _c_size, _P(_native.Date)]),
    "kpss_cycle_free": (None, [_c_void_p]),
    "kpss_cycle_set_today": (_c_int, [_c_void_p, _P(_native.Date)]),
    "kpss_cycle_phase": (_c_int, [_P(_c_void_p), _c_void_p]),
    "kpss_cycle_status_json": (_c_int, [_P(_c_void_p), _c_void_p]),
    "kpss_cycle_record": (_c_int, [_P(ctypes.c_uint64), _c_void_p, _c_char_p, _c_char_p, _c_char_p]),
    "kpss_cycle_advance": (_c_int, [_c_void_p, _c_char_p]),
    "kpss_cycle_override": (_c_int, [_c_void_p, _c_char_p, _c_char_p]),
    "kpss_cycle_comment": (_c_int, [_c_void_p, _c_char_p, _c_char_p, _c_char_p, _c_int, _c_char_p, _c_char_p]),
    "kpss_cycle_settle": (_c_int, [_c_void_p, _c_char_p, _c_char_p, _c_int, _c_char_p]),
    "kpss_cycle_annex": (_c_int, [_P(_c_void_p), _c_void_p, _c_int]),
    "kpss_cycle_monitoring_json": (_c_int, [_P(_c_void_p), _c_void_p, _c_int]),
    "kpss_cycle_plan_json": (_c_int, [_P(_c_void_p), _c_void_p]),
    "kpss_cycle_next_json": (_c_int, [_P(_c_void_p), _c_void_p, _c_char_p, _P(_native.Date), _P(_native.Date),
                                      _c_char_p]),
    "kpss_cycle_open_plan": (_c_int, [_P(_c_void_p), _c_void_p, _P(_native.Date)]),
    "kpss_cycle_plan": (_c_int, [_P(_c_void_p), _c_void_p]),
    "kpss_cycle_next": (_c_int, [_P(_c_void_p), _c_void_p, _c_char_p, _P(_native.Date), _P(_native.Date), _c_char_p]),
    "kpss_plan_audit_report": (_c_int, [_P(_c_void_p), _c_void_p]),
    "kpss_plan_diff_report": (_c_int, [_P(_c_void_p), _c_void_p, _c_void_p]),
    "kpss_plan_monitoring_report": (_c_int, [_P(_c_void_p), _c_void_p, _c_int]),
    "kpss_plan_audit_json": (_c_int, [_P(_c_void_p), _c_char_p, _c_size]),
    "kpss_plan_diff_json": (_c_int, [_P(_c_void_p), _c_char_p, _c_size, _c_char_p, _c_size]),
}
_native.declare(_native.lib, _TABLE)
_lib = _native.lib

#: Element kinds a comment can target (KPSS_ELEMENT_* of kpss_plan.h).
ELEMENT_KINDS = ("plan", "stakeholder", "working_group", "service", "need", "priority", "goal", "measure",
                 "activity", "indicator")
#: Settlement outcomes (kpss_outcome).
OUTCOMES = ("accepted", "partly", "rejected")

PlanText = Union[str, bytes]


def _bytes(text: PlanText) -> bytes:
    return text.encode("utf-8") if isinstance(text, str) else bytes(text)


def _date(value: Optional[datetime.date]):
    if value is None:
        return None
    return ctypes.byref(_native.Date(value.year, value.month, value.day))


def _string(call, *args) -> str:
    out = _c_void_p()
    check(call(ctypes.byref(out), *args))
    return _native.take_string(out)


def _index(names, name: str, what: str) -> int:
    try:
        return names.index(name)
    except ValueError:
        from .errors import InvalidArgument
        raise InvalidArgument(f"unknown {what} '{name}'; known: {', '.join(names)}") from None


def _is_plan(value) -> bool:
    from .plan import Plan
    return isinstance(value, Plan)


def audit(plan) -> dict:
    """The plan audit (audit plánu) of a kpss.Plan or plan JSON: {"score", "passed",
    "warned", "failed", "checks": [...]}."""
    if _is_plan(plan):
        return json.loads(_string(_lib.kpss_plan_audit_report, plan._live()))
    data = _bytes(plan)
    return json.loads(_string(_lib.kpss_plan_audit_json, data, len(data)))


def diff(old, new) -> dict:
    """The structural diff of two plan versions (kpss.Plan objects or JSON): {"changes":
    [{"kind", "path", ...}], ...}."""
    if _is_plan(old) and _is_plan(new):
        return json.loads(_string(_lib.kpss_plan_diff_report, old._live(), new._live()))
    a, b = _bytes(old.to_json() if _is_plan(old) else old), _bytes(new.to_json() if _is_plan(new) else new)
    return json.loads(_string(_lib.kpss_plan_diff_json, a, len(a), b, len(b)))


def monitoring(plan, year: int) -> dict:
    """The annual monitoring report of a kpss.Plan as of 31 December of ``year``."""
    return json.loads(_string(_lib.kpss_plan_monitoring_report, plan._live(), year))


class Cycle:
    """A plan under the default planning cycle, with its event log.

    ``today`` fixes the clock (a datetime.date); None uses the system date.
    """

    def __init__(self, plan, today: Optional[datetime.date] = None):
        """``plan``: a kpss.Plan (copied; it is not changed) or plan JSON."""
        handle = _c_void_p()
        if _is_plan(plan):
            check(_lib.kpss_cycle_open_plan(ctypes.byref(handle), plan._live(), _date(today)))
        else:
            data = _bytes(plan)
            check(_lib.kpss_cycle_open(ctypes.byref(handle), data, len(data), _date(today)))
        self._handle = handle

    def close(self) -> None:
        if self._handle:
            _lib.kpss_cycle_free(self._handle)
            self._handle = _c_void_p()

    def __enter__(self) -> "Cycle":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    def set_today(self, today: Optional[datetime.date]) -> None:
        check(_lib.kpss_cycle_set_today(self._handle, _date(today)))

    @property
    def phase(self) -> str:
        return _string(_lib.kpss_cycle_phase, self._handle)

    def status(self) -> dict:
        """{"phase", "phase_index", "next", "unmet": [...], "overrides", "log": [...]}."""
        return json.loads(_string(_lib.kpss_cycle_status_json, self._handle))

    def record(self, actor: str, action: str, payload: Optional[dict] = None) -> int:
        """Appends an event; returns its sequence number."""
        seq = ctypes.c_uint64()
        text = json.dumps(payload, ensure_ascii=False).encode("utf-8") if payload is not None else None
        check(_lib.kpss_cycle_record(ctypes.byref(seq), self._handle, actor.encode("utf-8"),
                                     action.encode("utf-8"), text))
        return seq.value

    def advance(self, actor: str) -> None:
        """Moves to the next phase; raises ConflictError listing every unmet gate."""
        check(_lib.kpss_cycle_advance(self._handle, actor.encode("utf-8")))

    def override(self, actor: str, justification: str) -> None:
        """Moves on despite unmet gates; the override and its justification are logged."""
        check(_lib.kpss_cycle_override(self._handle, actor.encode("utf-8"), justification.encode("utf-8")))

    def comment(self, actor: str, comment_id: str, text: str, target_kind: str = "plan",
                target_id: Optional[str] = None, author_name: str = "") -> None:
        kind = _index(ELEMENT_KINDS, target_kind, "element kind")
        check(_lib.kpss_cycle_comment(self._handle, actor.encode("utf-8"), comment_id.encode("utf-8"),
                                      author_name.encode("utf-8"), kind,
                                      target_id.encode("utf-8") if target_id is not None else None,
                                      text.encode("utf-8")))

    def settle(self, actor: str, comment_id: str, outcome: str, justification: str) -> None:
        check(_lib.kpss_cycle_settle(self._handle, actor.encode("utf-8"), comment_id.encode("utf-8"),
                                     _index(OUTCOMES, outcome, "outcome"), justification.encode("utf-8")))

    def annex(self, markdown: bool = False) -> Union[dict, str]:
        """The settlement annex: a dict, or Markdown text."""
        text = _string(_lib.kpss_cycle_annex, self._handle, 1 if markdown else 0)
        return text if markdown else json.loads(text)

    def monitoring(self, year: int) -> dict:
        """The annual monitoring report as of 31 December of ``year``."""
        return json.loads(_string(_lib.kpss_cycle_monitoring_json, self._handle, year))

    def plan_json(self) -> str:
        """The plan with its event log, as kpss-plan JSON."""
        return _string(_lib.kpss_cycle_plan_json, self._handle)

    def plan(self):
        """The plan with its event log, as a kpss.Plan."""
        from .plan import Plan
        handle = _c_void_p()
        check(_lib.kpss_cycle_plan(ctypes.byref(handle), self._handle))
        return Plan(handle)

    def next_plan(self, new_id: str, start: datetime.date, end: datetime.date, title: str = ""):
        """The next cycle's plan as a kpss.Plan; needs a published evaluation in the log."""
        from .plan import Plan
        handle = _c_void_p()
        check(_lib.kpss_cycle_next(ctypes.byref(handle), self._handle, new_id.encode("utf-8"), _date(start),
                                   _date(end), title.encode("utf-8")))
        return Plan(handle)

    def next_cycle(self, new_id: str, start: datetime.date, end: datetime.date, title: str = "") -> str:
        """The next cycle's plan as JSON; needs a published evaluation in the log."""
        return _string(_lib.kpss_cycle_next_json, self._handle, new_id.encode("utf-8"), _date(start),
                       _date(end), title.encode("utf-8"))
