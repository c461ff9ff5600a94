"""Code lists, money, dates and territory codes."""
from __future__ import annotations

import ctypes
import datetime
from dataclasses import dataclass
from typing import Iterator, Optional

from . import _native
from .errors import check

_LISTS = ("service_type", "form", "capacity_unit", "target_group", "age_band", "region")


@dataclass(frozen=True)
class CodeEntry:
    """One entry of a code list (číselník); fields that do not apply are "" or 0."""
    list: str
    key: str
    section: str
    name_cs: str
    name_en: str
    group: str
    rest_id: int
    registry_code: str
    min_age: int
    max_age: Optional[int]


def _list_index(name: str) -> int:
    try:
        return _LISTS.index(name)
    except ValueError:
        from .errors import NotFound
        raise NotFound(f"unknown code list '{name}'; known: {', '.join(_LISTS)}") from None


def _entry(list_name: str, raw: _native.CodeEntry) -> CodeEntry:
    t = _native.text
    is_age = list_name == "age_band"
    return CodeEntry(list_name, t(raw.key), t(raw.section), t(raw.name_cs), t(raw.name_en),
                     t(raw.group), raw.rest_id, t(raw.registry_code), raw.min_age,
                     (None if raw.max_age < 0 else raw.max_age) if is_age else 0)


def _new_raw() -> _native.CodeEntry:
    raw = _native.CodeEntry()
    raw.struct_size = ctypes.sizeof(_native.CodeEntry)
    return raw


class CodeList:
    """A code list compiled into the library: iterate it, index it, or look a key up."""

    def __init__(self, name: str):
        self.name = name
        self._index = _list_index(name)

    def __len__(self) -> int:
        count = ctypes.c_size_t()
        check(_native.lib.kpss_code_list_count(ctypes.byref(count), self._index))
        return count.value

    def __getitem__(self, index: int) -> CodeEntry:
        if index < 0:
            index += len(self)
        raw = _new_raw()
        check(_native.lib.kpss_code_list_get(ctypes.byref(raw), self._index, index))
        return _entry(self.name, raw)

    def __iter__(self) -> Iterator[CodeEntry]:
        for i in range(len(self)):
            yield self[i]

    def find(self, key: str) -> CodeEntry:
        """By kpss key, Czech or English name, § ("§40"), REST id or registry code.
        Raises NotFound for an unknown key."""
        raw = _new_raw()
        check(_native.lib.kpss_code_list_find(ctypes.byref(raw), self._index, key.encode("utf-8")))
        return _entry(self.name, raw)

    def __repr__(self) -> str:
        return f"CodeList({self.name!r})"


def code_lists() -> dict:
    """Every code list by name."""
    return {name: CodeList(name) for name in _LISTS}


@dataclass(frozen=True, order=True)
class Money:
    """An amount in integer minor units (haléře) and an ISO 4217 currency."""
    minor_units: int
    currency: str

    @staticmethod
    def parse(text: str, default_currency: Optional[str] = None) -> "Money":
        """Reads "1234.50 CZK", "1 234,50 Kč", "1 500,- Kč", ..."""
        out = _native.Money()
        check(_native.lib.kpss_money_parse(
            ctypes.byref(out), text.encode("utf-8"),
            default_currency.encode("ascii") if default_currency else None))
        return Money(out.minor_units, out.currency.decode("ascii"))

    def _raw(self) -> _native.Money:
        return _native.Money(self.minor_units, self.currency.encode("ascii"))

    def format(self, style: str = "plain") -> str:
        """``plain`` ("1234.50 CZK") or ``czech`` ("1 234,50 Kč")."""
        styles = {"plain": 0, "czech": 1}
        if style not in styles:
            from .errors import InvalidArgument
            raise InvalidArgument(f"unknown money style '{style}'; use plain or czech")
        out = ctypes.c_void_p()
        raw = self._raw()
        check(_native.lib.kpss_money_format(ctypes.byref(out), ctypes.byref(raw), styles[style]))
        return _native.take_string(out)

    def __add__(self, other: "Money") -> "Money":
        out = _native.Money()
        a, b = self._raw(), other._raw()
        check(_native.lib.kpss_money_add(ctypes.byref(out), ctypes.byref(a), ctypes.byref(b)))
        return Money(out.minor_units, out.currency.decode("ascii"))

    def __str__(self) -> str:
        return self.format()


def parse_date(text: str) -> datetime.date:
    """Reads an ISO 8601 calendar date; raises InvalidArgument for impossible dates."""
    out = _native.Date()
    check(_native.lib.kpss_date_parse(ctypes.byref(out), text.encode("utf-8")))
    return datetime.date(out.year, out.month, out.day)


def format_date(date: datetime.date) -> str:
    buf = ctypes.create_string_buffer(11)
    raw = _native.Date(date.year, date.month, date.day)
    check(_native.lib.kpss_date_format(buf, ctypes.byref(raw)))
    return buf.value.decode("ascii")


_LEVELS = ("municipality", "orp", "district", "region")


def territory_level(code: str) -> str:
    """The level of a territory code: municipality, orp, district or region."""
    level = ctypes.c_int()
    check(_native.lib.kpss_territory_parse(ctypes.byref(level), code.encode("utf-8")))
    return _LEVELS[level.value]
