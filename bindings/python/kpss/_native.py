"""Finding and loading libkpss_c, and declaring the C functions (ctypes)."""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from pathlib import Path

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
