"""The plan (komunitní plán sociálních služeb): load, save, validate, look up elements."""
from __future__ import annotations

import ctypes
import json
import os
from typing import NamedTuple

from . import _native
from .errors import check

ARCHIVE_TEXT = 0
ARCHIVE_XML = 1

#: Element kinds for Plan.find and Plan.ids, in the C API's numbering.
ELEMENT_KINDS = ("plan", "stakeholder", "working_group", "service", "need", "priority", "goal",
                 "measure", "activity", "indicator", "comment")


class Diagnostic(NamedTuple):
    """One problem: a stable ``code`` ("P102", "J006"), ``severity`` ("error" or
    "warning"), ``path`` (JSON pointer or "line L, column C") and ``message``."""
    code: str
    severity: str
    path: str
    message: str


class PlanCounts(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32)] + [
        (name, ctypes.c_size_t) for name in ("stakeholders", "working_groups", "services", "needs",
                                             "priorities", "goals", "measures", "activities",
                                             "indicators", "comments")]


class DiagnosticStruct(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("code", ctypes.c_char_p), ("severity", ctypes.c_int32),
                ("path", ctypes.c_char_p), ("message", ctypes.c_char_p)]


def _declare(lib: ctypes.CDLL) -> None:
    c_int, c_size, c_char_p, c_void_p = ctypes.c_int, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p
    P = ctypes.POINTER
    table = {
        "kpss_plan_from_json": (c_int, [P(c_void_p), c_char_p, c_size]),
        "kpss_plan_load_json": (c_int, [P(c_void_p), c_char_p]),
        "kpss_plan_to_json": (c_int, [P(c_void_p), P(c_size), c_void_p]),
        "kpss_plan_save_json": (c_int, [c_void_p, c_char_p]),
        "kpss_plan_to_archive": (c_int, [P(c_void_p), P(c_size), c_void_p, c_int]),
        "kpss_plan_from_archive": (c_int, [P(c_void_p), c_char_p, c_size]),
        "kpss_plan_save_archive": (c_int, [c_void_p, c_char_p, c_int]),
        "kpss_plan_load_archive": (c_int, [P(c_void_p), c_char_p]),
        "kpss_plan_free": (None, [c_void_p]),
        "kpss_plan_count": (c_int, [P(PlanCounts), c_void_p]),
        "kpss_plan_find": (c_int, [P(c_void_p), c_void_p, c_int, c_char_p]),
        "kpss_plan_ids": (c_int, [P(c_void_p), c_void_p, c_int]),
        "kpss_plan_validate": (c_int, [P(c_void_p), c_void_p]),
        "kpss_plan_check_json": (c_int, [P(c_void_p), P(c_void_p), c_char_p, c_size]),
        "kpss_diagnostics_count": (c_int, [P(c_size), c_void_p]),
        "kpss_diagnostics_errors": (c_int, [P(c_size), c_void_p]),
        "kpss_diagnostics_get": (c_int, [P(DiagnosticStruct), c_void_p, c_size]),
        "kpss_diagnostics_to_json": (c_int, [P(c_void_p), c_void_p]),
        "kpss_diagnostics_free": (None, [c_void_p]),
    }
    _native.declare(lib, table)


_declare(_native.lib)
_lib = _native.lib


def _take_bytes(pointer: ctypes.c_void_p, length: int) -> bytes:
    try:
        return ctypes.string_at(pointer, length)
    finally:
        _lib.kpss_string_free(pointer)


def _take_diagnostics(handle: ctypes.c_void_p) -> list[Diagnostic]:
    try:
        count = ctypes.c_size_t()
        check(_lib.kpss_diagnostics_count(ctypes.byref(count), handle))
        out = []
        for i in range(count.value):
            d = DiagnosticStruct()
            d.struct_size = ctypes.sizeof(DiagnosticStruct)
            check(_lib.kpss_diagnostics_get(ctypes.byref(d), handle, i))
            out.append(Diagnostic(_native.text(d.code), "error" if d.severity == 0 else "warning",
                                  _native.text(d.path), _native.text(d.message)))
        return out
    finally:
        _lib.kpss_diagnostics_free(handle)


def _kind(kind: str) -> int:
    try:
        return ELEMENT_KINDS.index(kind)
    except ValueError:
        from .errors import InvalidArgument
        raise InvalidArgument(f"unknown element kind {kind!r}; expected one of {', '.join(ELEMENT_KINDS)}") from None


def _path(path) -> bytes:
    return os.fsencode(path)


class Plan:
    """A community plan. Create it with ``Plan.from_json``, ``Plan.load`` or
    ``Plan.from_archive``; it frees its C handle on ``close()``, at the end of a ``with``
    block, or when collected. Errors raise ``kpss.Error`` subclasses (``ParseError`` with
    ``where`` set to the JSON pointer or line and column, ``CorruptData``, ``IoError``...)."""

    def __init__(self, handle: ctypes.c_void_p):
        self._handle = handle

    # ---- creation ---------------------------------------------------------------------
    @classmethod
    def from_json(cls, text: str | bytes) -> "Plan":
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        handle = ctypes.c_void_p()
        check(_lib.kpss_plan_from_json(ctypes.byref(handle), data, len(data)))
        return cls(handle)

    @classmethod
    def from_archive(cls, data: bytes) -> "Plan":
        handle = ctypes.c_void_p()
        check(_lib.kpss_plan_from_archive(ctypes.byref(handle), bytes(data), len(data)))
        return cls(handle)

    @classmethod
    def load(cls, path) -> "Plan":
        """Loads a .json file or a kpss archive (told apart by its first bytes)."""
        try:
            with open(path, "rb") as f:
                archive = f.read(13) == b"kpss-archive "
        except OSError:
            archive = False  # the C loader raises kpss.IoError with the reason
        handle = ctypes.c_void_p()
        loader = _lib.kpss_plan_load_archive if archive else _lib.kpss_plan_load_json
        check(loader(ctypes.byref(handle), _path(path)))
        return cls(handle)

    @staticmethod
    def check_json(text: str | bytes) -> tuple["Plan | None", list[Diagnostic]]:
        """Reads and validates without raising for bad input: (plan or None, diagnostics)."""
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        handle, diagnostics = ctypes.c_void_p(), ctypes.c_void_p()
        check(_lib.kpss_plan_check_json(ctypes.byref(handle), ctypes.byref(diagnostics), data, len(data)))
        return (Plan(handle) if handle.value else None), _take_diagnostics(diagnostics)

    # ---- output -----------------------------------------------------------------------
    def to_json(self) -> str:
        out, length = ctypes.c_void_p(), ctypes.c_size_t()
        check(_lib.kpss_plan_to_json(ctypes.byref(out), ctypes.byref(length), self._live()))
        return _take_bytes(out, length.value).decode("utf-8")

    def to_archive(self, kind: int = ARCHIVE_TEXT) -> bytes:
        out, length = ctypes.c_void_p(), ctypes.c_size_t()
        check(_lib.kpss_plan_to_archive(ctypes.byref(out), ctypes.byref(length), self._live(), kind))
        return _take_bytes(out, length.value)

    def save(self, path) -> None:
        """Saves atomically by extension: .json, .kpss (text archive) or .xml (XML archive)."""
        ext = os.path.splitext(os.fspath(path))[1].lower()
        if ext == ".json":
            check(_lib.kpss_plan_save_json(self._live(), _path(path)))
        elif ext in (".kpss", ".xml"):
            kind = ARCHIVE_XML if ext == ".xml" else ARCHIVE_TEXT
            check(_lib.kpss_plan_save_archive(self._live(), _path(path), kind))
        else:
            from .errors import InvalidArgument
            raise InvalidArgument(f"cannot tell the format from {ext!r}; use .json, .kpss or .xml", os.fspath(path))

    # ---- queries ----------------------------------------------------------------------
    def validate(self) -> list[Diagnostic]:
        handle = ctypes.c_void_p()
        check(_lib.kpss_plan_validate(ctypes.byref(handle), self._live()))
        return _take_diagnostics(handle)

    def counts(self) -> dict[str, int]:
        c = PlanCounts()
        c.struct_size = ctypes.sizeof(PlanCounts)
        check(_lib.kpss_plan_count(ctypes.byref(c), self._live()))
        return {name: getattr(c, name) for name, _ in PlanCounts._fields_[1:]}

    def find(self, kind: str, id: str = "") -> dict:
        """The element of ``kind`` ("service", "measure", ...) with ``id`` as a dict, as in
        the JSON format. Raises NotFound."""
        out = ctypes.c_void_p()
        check(_lib.kpss_plan_find(ctypes.byref(out), self._live(), _kind(kind), id.encode("utf-8")))
        return json.loads(_native.take_string(out))

    def ids(self, kind: str) -> list[str]:
        out = ctypes.c_void_p()
        check(_lib.kpss_plan_ids(ctypes.byref(out), self._live(), _kind(kind)))
        return json.loads(_native.take_string(out))

    # ---- analyses ---------------------------------------------------------------------
    def stakeholder_graph(self):
        """The stakeholder graph of the plan (kpss.graph.StakeholderGraph)."""
        from .graph import StakeholderGraph
        return StakeholderGraph.from_plan(self)

    def cycle(self, today=None):
        """The plan under the default planning cycle (kpss.cycle.Cycle); ``today`` a
        datetime.date fixing the clock."""
        from .cycle import Cycle
        return Cycle(self, today)

    def audit(self) -> dict:
        """The plan audit (kpss.cycle.audit)."""
        from .cycle import audit
        return audit(self)

    def diff(self, newer: "Plan") -> dict:
        """The structural diff from this plan to ``newer`` (kpss.cycle.diff)."""
        from .cycle import diff
        return diff(self, newer)

    def monitoring(self, year: int) -> dict:
        """The annual monitoring report as of 31 December of ``year``."""
        from .cycle import monitoring
        return monitoring(self, year)

    # ---- lifetime ---------------------------------------------------------------------
    def _live(self) -> ctypes.c_void_p:
        if not self._handle:
            from .errors import InvalidArgument
            raise InvalidArgument("the plan is closed")
        return self._handle

    def close(self) -> None:
        if self._handle:
            _lib.kpss_plan_free(self._handle)
            self._handle = None

    def __enter__(self) -> "Plan":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    def __eq__(self, other) -> bool:
        return isinstance(other, Plan) and self.to_json() == other.to_json()

    __hash__ = None
