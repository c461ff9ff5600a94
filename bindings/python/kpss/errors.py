"""Exceptions for the C API's status codes."""
from __future__ import annotations

from . import _native


class Error(Exception):
    """Base of every kpss error. ``status`` is the C status code, ``where`` the location
    (JSON pointer, "line L, column C", field) or "" when none."""

    status = -100

    def __init__(self, message: str, where: str = "", status: int | None = None):
        super().__init__(message)
        self.where = where
        if status is not None:
            self.status = status


class InvalidArgument(Error, ValueError):
    status = -1


class ParseError(Error, ValueError):
    status = -2


class NotFound(Error, KeyError):
    status = -3

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class OverflowError_(Error, OverflowError):
    status = -4


class LimitExceeded(Error, ValueError):
    status = -5


class IoError(Error, OSError):
    status = -6


class CorruptData(Error, ValueError):
    status = -7


class ValidationError(Error, ValueError):
    status = -8


class ConflictError(Error):
    status = -9


class InternalError(Error):
    status = -100


_BY_STATUS = {cls.status: cls for cls in (InvalidArgument, ParseError, NotFound, OverflowError_,
                                          LimitExceeded, IoError, CorruptData, ValidationError,
                                          ConflictError, InternalError)}
_BY_STATUS[-99] = MemoryError


def check(status: int) -> None:
    """Raises the exception for a non-zero status, with the thread's last error message."""
    if status == 0:
        return
    message = _native.text(_native.lib.kpss_last_error_message())
    where = _native.text(_native.lib.kpss_last_error_where())
    cls = _BY_STATUS.get(status, Error)
    if cls is MemoryError:
        raise MemoryError(message)
    raise cls(message, where, status)
