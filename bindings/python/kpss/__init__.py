"""kpss — community planning of social services (komunitní plánování sociálních služeb).

Pure Python over the kpss C API (ctypes). The library is found through KPSS_LIBRARY (a
file or directory), then next to this package, then the system library path.
"""
from . import _native
from . import select
from . import cycle
from . import gaps
from .core import CodeEntry, CodeList, Money, code_lists, format_date, parse_date, territory_level
from .graph import ScoredVertex, StakeholderGraph, TriadCoverage
from .plan import Diagnostic, Plan
from .errors import (ConflictError, CorruptData, Error, InternalError, InvalidArgument, IoError,
                     LimitExceeded, NotFound, OverflowError_, ParseError, ValidationError)
from . import rank
from . import multi_criteria
from . import report

__version__ = _native.text(_native.lib.kpss_version_string())

__all__ = [
    "rank", "multi_criteria", "report",
    "Diagnostic", "Plan",
    "CodeEntry", "CodeList", "Money", "code_lists", "format_date", "parse_date",
    "territory_level", "ConflictError", "CorruptData", "Error", "InternalError",
    "InvalidArgument", "IoError", "LimitExceeded", "NotFound", "OverflowError_", "ParseError",
    "ValidationError", "cycle", "gaps", "select", "ScoredVertex", "StakeholderGraph", "TriadCoverage",
]
