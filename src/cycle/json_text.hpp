// JSON helpers shared by the cycle sources.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace kpss::cycle::detail {

using ojson = nlohmann::ordered_json;

/// Parses `text` as a JSON object; returns false (and leaves `out`) when it is not one.
bool parse_object(std::string_view text, ojson& out);

/// The JSON pointer token of `key` (RFC 6901 escaping).
std::string pointer_token(std::string_view key);

}  // namespace kpss::cycle::detail
