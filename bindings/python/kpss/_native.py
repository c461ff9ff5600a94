"""Finding and loading libkpss_c, and declaring the C functions (ctypes)."""
from __future__ import annotations

import ctypes
import ctypes.util
import numbers
import os
import sys
from pathlib import Path

from . import errors  # a module, not its names: errors imports this module in turn

try:  # NumPy is optional: with it, arrays of another dtype or layout convert in C, not value by value.
    import numpy as _np
except ImportError:  # pragma: no cover - depends on the environment
    _np = None

#: The C API major version this package speaks; the library's must be equal.
API_MAJOR = 0
#: The oldest library minor version with every function this package declares.
API_MIN_MINOR = 1

_NAMES = {
    "linux": ["libkpss_c.so.0", "libkpss_c.so"],
    "darwin": ["libkpss_c.0.dylib", "libkpss_c.dylib"],
    "win32": ["kpss_c.dll", "libkpss_c.dll"],
}


def _candidates_in(directory: Path):
    for name in _NAMES.get(sys.platform, _NAMES["linux"]):
        yield directory / name


def _find_library() -> str:
    """KPSS_LIBRARY (a file or a directory), then next to the package, then the system."""
    tried = []
    env = os.environ.get("KPSS_LIBRARY")
    if env:
        path = Path(env)
        if path.is_file():
            return str(path)
        if path.is_dir():
            for candidate in _candidates_in(path):
                if candidate.is_file():
                    return str(candidate)
        tried.append(f"KPSS_LIBRARY={env}")
    here = Path(__file__).resolve().parent
    for directory in (here, here.parent):
        for candidate in _candidates_in(directory):
            if candidate.is_file():
                return str(candidate)
            tried.append(str(candidate))
    system = ctypes.util.find_library("kpss_c")
    if system:
        return system
    tried.append("the system library path")
    raise ImportError("cannot find the kpss C library (libkpss_c); set KPSS_LIBRARY to the "
                      "file or its directory. Tried: " + ", ".join(tried))


class CodeEntry(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("key", ctypes.c_char_p),
        ("section", ctypes.c_char_p),
        ("name_cs", ctypes.c_char_p),
        ("name_en", ctypes.c_char_p),
        ("group", ctypes.c_char_p),
        ("rest_id", ctypes.c_int32),
        ("registry_code", ctypes.c_char_p),
        ("min_age", ctypes.c_int32),
        ("max_age", ctypes.c_int32),
    ]


class Money(ctypes.Structure):
    _fields_ = [("minor_units", ctypes.c_int64), ("currency", ctypes.c_char * 4)]


class Date(ctypes.Structure):
    _fields_ = [("year", ctypes.c_int32), ("month", ctypes.c_int32), ("day", ctypes.c_int32)]


def declare(lib: ctypes.CDLL, table) -> None:
    """Gives each function of `table` ({name: (restype, argtypes)}) its ctypes signature."""
    for name, (restype, argtypes) in table.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes


_KIND = {**dict.fromkeys("bhilqn", "signed"), **dict.fromkeys("BHILQN?", "unsigned"),
         **dict.fromkeys("efd", "floating-point")}
_NATIVE_ORDER = "@=" + ("<" if sys.byteorder == "little" else ">!")
#: Formats of untyped memory (bytes, bytearray, mmap): their bytes are the C values themselves.
_RAW = ("B", "c")


def _format(view: memoryview) -> str:
    fmt = view.format
    return fmt[1:] if len(fmt) == 2 and fmt[0] in _NATIVE_ORDER else fmt


def _flat(values, what: str) -> list:
    """The numbers of a sequence, or of a sequence of rows (of rows ...), in order."""
    flat = list(values)
    while flat and hasattr(flat[0], "__iter__") and not isinstance(flat[0], (str, bytes)):
        try:
            flat = [x for row in flat for x in row]
        except TypeError:
            raise errors.InvalidArgument(f"{what}: rows mixed with single values") from None
    return flat


def c_array(data, ctype, count: int, what: str = "values"):
    """`data` as a C array of `count` values of the numeric ctypes type `ctype`, for one call.

    Requires: nothing of `data`; None gives None (an optional array left out).
    Does: a C-contiguous buffer (buffer protocol: NumPy arrays, array.array, memoryview,
    bytearray) whose items are numbers of `ctype`'s kind (signed, unsigned, floating-point) and
    size is used in place, without a copy, when writable, and copied once when read-only
    (bytes, read-only memoryviews); untyped bytes (format "B": bytes, bytearray, mmap) are taken
    as the C values' native-order bytes. Everything else converts value by value: buffers of
    other integers (array('h') for int32, array('q') for uint32), non-contiguous views, NumPy
    arrays of another dtype or layout (``ascontiguousarray``), sequences, and sequences of rows,
    flattened in order.
    Returns: a ctypes array; it keeps `data` alive while it lives.
    Throws: InvalidArgument when there are not `count` values ("expected N values, got M"), an
    integer does not fit `ctype`, or a value is not a number (not an integer, for an integer
    `ctype`: floating-point buffers are refused rather than truncated).
    Complexity: O(1) without a copy, else O(count)."""
    if data is None:
        return None
    kind, size = _KIND[ctype._type_], ctypes.sizeof(ctype)
    name = f"{kind} {8 * size}-bit"
    try:
        view = memoryview(data)
    except TypeError:
        view = None
    if view is None:
        values = _flat(data, what)
    else:
        fmt = _format(view)
        raw = fmt in _RAW
        if raw and view.nbytes % size:
            raise errors.InvalidArgument(f"{what}: {view.nbytes} bytes are not whole {name} values")
        got = view.nbytes // (size if raw else view.itemsize)
        if got != count:
            raise errors.InvalidArgument(f"expected {count} {what}, got {got}")
        if (raw or (_KIND.get(fmt) == kind and view.itemsize == size)) and view.c_contiguous:
            if count == 0:
                return (ctype * 1)()
            if view.readonly:
                return (ctype * count).from_buffer_copy(view)
            return (ctype * count).from_buffer(view)
        accepted = ("signed", "unsigned") + (("floating-point",) if kind == "floating-point" else ())
        if _np is not None and isinstance(data, _np.ndarray):
            if data.dtype.kind not in ("biuf" if kind == "floating-point" else "biu"):
                raise errors.InvalidArgument(f"{what}: cannot pass a {data.dtype} array as {name} values")
            if kind != "floating-point" and data.size and not _np.can_cast(data.dtype, _np.dtype(ctype)):
                _fit(data.min(), data.max(), kind, size, name, what)
            return c_array(_np.ascontiguousarray(data, dtype=_np.dtype(ctype)), ctype, count, what)
        if _KIND.get(fmt) not in accepted:
            raise errors.InvalidArgument(f"{what}: cannot pass items of format {view.format!r} as {name} values")
        values = _flat(view.tolist(), what)
    if len(values) != count:
        raise errors.InvalidArgument(f"expected {count} {what}, got {len(values)}")
    number = numbers.Real if kind == "floating-point" else numbers.Integral
    for t in set(map(type, values)):
        if not issubclass(t, number):
            bad = next(v for v in values if type(v) is t)
            raise errors.InvalidArgument(f"{what}: expected {'numbers' if kind == 'floating-point' else 'integers'} "
                                         f"for {name} values, got {bad!r}")
    if kind != "floating-point" and values:
        _fit(min(values), max(values), kind, size, name, what)
    try:
        return (ctype * max(1, count))(*values)
    except (TypeError, OverflowError) as e:
        raise errors.InvalidArgument(f"{what}: {e}") from None


def _fit(low, high, kind: str, size: int, name: str, what: str) -> None:
    bits = 8 * size
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if kind == "signed" else (0, (1 << bits) - 1)
    if low < lo or high > hi:
        raise errors.InvalidArgument(f"{what}: {low if low < lo else high} does not fit {name} values")


def _declare(lib: ctypes.CDLL) -> None:
    c_int, c_size, c_char_p, c_void_p = ctypes.c_int, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p
    P = ctypes.POINTER
    table = {
        "kpss_version_number": (c_int, []),
        "kpss_version_string": (c_char_p, []),
        "kpss_last_error_message": (c_char_p, []),
        "kpss_last_error_where": (c_char_p, []),
        "kpss_last_error_code": (c_int, []),
        "kpss_clear_error": (None, []),
        "kpss_status_name": (c_char_p, [c_int]),
        "kpss_string_free": (None, [c_void_p]),
        "kpss_code_list_name": (c_char_p, [c_int]),
        "kpss_code_list_count": (c_int, [P(c_size), c_int]),
        "kpss_code_list_get": (c_int, [P(CodeEntry), c_int, c_size]),
        "kpss_code_list_find": (c_int, [P(CodeEntry), c_int, c_char_p]),
        "kpss_money_parse": (c_int, [P(Money), c_char_p, c_char_p]),
        "kpss_money_format": (c_int, [P(c_void_p), P(Money), c_int]),
        "kpss_money_add": (c_int, [P(Money), P(Money), P(Money)]),
        "kpss_date_parse": (c_int, [P(Date), c_char_p]),
        "kpss_date_format": (c_int, [c_char_p, P(Date)]),
        "kpss_territory_parse": (c_int, [P(c_int), c_char_p]),
    }
    declare(lib, table)


def _load() -> ctypes.CDLL:
    path = _find_library()
    lib = ctypes.CDLL(path)
    _declare(lib)
    version = lib.kpss_version_number()
    major, minor = version // 10000, (version // 100) % 100
    if major != API_MAJOR or minor < API_MIN_MINOR:
        raise ImportError(f"{path} implements kpss C API {major}.{minor}; this package needs "
                          f"{API_MAJOR}.{API_MIN_MINOR} or a later {API_MAJOR}.x")
    return lib


lib = _load()
library_path = lib._name


def take_string(pointer: ctypes.c_void_p) -> str:
    """Copies a string the library returned and frees it."""
    try:
        return ctypes.string_at(pointer).decode("utf-8")
    finally:
        lib.kpss_string_free(pointer)


def text(value) -> str:
    return value.decode("utf-8") if value is not None else ""
