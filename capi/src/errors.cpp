#include "capi_internal.hpp"

namespace {
struct LastError {
  int status = KPSS_OK;
  std::string message;
  std::string where;
};
thread_local LastError last_error;
}  // namespace

namespace kpss::capi {

int set_error(int status, std::string message, std::string where) noexcept {
  try {
    last_error.status = status;
    last_error.message = where.empty() ? std::move(message) : where + ": " + message;
    last_error.where = std::move(where);
  } catch (...) {
    last_error.message.clear();
    last_error.where.clear();
  }
  return status;
}

void clear_error() noexcept {
  last_error.status = KPSS_OK;
  last_error.message.clear();
  last_error.where.clear();
}

char* dup_string(std::string_view text) {
  auto* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out == nullptr) throw std::bad_alloc();
  std::memcpy(out, text.data(), text.size());
  out[text.size()] = '\0';
  return out;
}

}  // namespace kpss::capi

extern "C" {

int kpss_version_number(void) {
  return KPSS_VERSION_MAJOR * 10000 + KPSS_VERSION_MINOR * 100 + KPSS_VERSION_PATCH;
}
const char* kpss_version_string(void) { return KPSS_VERSION_STRING; }
const char* kpss_last_error_message(void) { return last_error.message.c_str(); }
const char* kpss_last_error_where(void) { return last_error.where.c_str(); }
int kpss_last_error_code(void) { return last_error.status; }
void kpss_clear_error(void) { kpss::capi::clear_error(); }
void kpss_string_free(char* text) { std::free(text); }

const char* kpss_status_name(int status) {
  switch (status) {
    case KPSS_OK: return "ok";
    case KPSS_ERR_NO_MEMORY: return "no_memory";
    default: return kpss::to_string(static_cast<kpss::ErrorCode>(status));
  }
}

}  // extern "C"
