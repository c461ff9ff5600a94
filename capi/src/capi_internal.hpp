// The exception barrier and helpers every C API source file uses.
#pragma once

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>

#include "kpss/core/error.hpp"
#include "kpss/kpss.h"

namespace kpss::capi {

/// Records the error of the current call for kpss_last_error_message() and returns `status`.
int set_error(int status, std::string message, std::string where = {}) noexcept;
/// Forgets the previous error (each successful call starts clean).
void clear_error() noexcept;

/// Runs `body` and turns every exception into a status code with its message: the single
/// place where C++ exceptions stop. `body` returns void or an int status.
template <class Body>
int guard(Body&& body) noexcept {
  try {
    clear_error();
    if constexpr (std::is_void_v<decltype(body())>) {
      body();
      return KPSS_OK;
    } else {
      return body();
    }
  } catch (const kpss::Error& e) {
    return set_error(static_cast<int>(e.code()), e.message(), e.where());
  } catch (const std::bad_alloc&) {
    return set_error(KPSS_ERR_NO_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return set_error(KPSS_ERR_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return set_error(KPSS_ERR_INTERNAL, "internal error: unknown exception");
  }
}

/// Throws InvalidArgument naming `what` when `p` is null.
template <class T>
T* require(T* p, const char* what) {
  if (p == nullptr) throw kpss::InvalidArgument(std::string(what) + " must not be NULL");
  return p;
}

/// A malloc'd, NUL-terminated copy, to be freed by kpss_string_free. Throws bad_alloc.
char* dup_string(std::string_view text);

/// A caller's versioned input struct: the `size` bytes the caller knows (its struct_size),
/// then `defaults` (the struct's _INIT values) for members added since the caller was
/// compiled, so older callers keep working. Throws InvalidArgument naming `what` when the
/// size is unset, or larger than this library's struct: the caller was built against a newer
/// kpss, and options this library does not know must not be silently ignored.
template <class Struct>
Struct read_versioned_bytes(const void* in, std::size_t size, Struct defaults, const std::string& what) {
  if (size < sizeof(defaults.struct_size))
    throw kpss::InvalidArgument("struct_size is not set; initialise the struct with its _INIT macro", what);
  if (size > sizeof(Struct))
    throw kpss::InvalidArgument("struct_size " + std::to_string(size) + " exceeds this library's " +
                                    std::to_string(sizeof(Struct)) +
                                    " bytes: the caller was built against a newer kpss",
                                what);
  std::memcpy(&defaults, in, size);
  return defaults;
}

/// As read_versioned_bytes for one struct; NULL gives the defaults.
template <class Struct>
Struct read_versioned(const Struct* in, Struct defaults, const std::string& what) {
  if (in == nullptr) return defaults;
  return read_versioned_bytes(in, in->struct_size, defaults, what);
}

/// Copies a versioned output struct: at most `caller_size` bytes of `full`, so callers
/// compiled against an older, shorter struct keep working.
template <class Struct>
void copy_versioned(Struct* out, Struct full) {
  const std::size_t caller_size = out->struct_size;
  if (caller_size < sizeof(full.struct_size))
    throw kpss::InvalidArgument("struct_size is not set; initialise the struct with its _INIT macro");
  full.struct_size = static_cast<decltype(full.struct_size)>(
      caller_size < sizeof(Struct) ? caller_size : sizeof(Struct));
  std::memcpy(out, &full, full.struct_size);
}

}  // namespace kpss::capi
