// Plain-text formatting shared by the public report and the kpss tool: numbers that do not
// depend on the locale, and padding and clipping that count UTF-8 characters, not bytes, so
// Czech text lines up in columns and is never cut inside a character.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kpss::report {

/// `value` with exactly `decimals` digits after the point ("3.14"), whatever the locale.
/// Requires: 0 ≤ decimals ≤ 17.
std::string fixed(double value, int decimals);

/// `value` with at most `max_decimals` digits after the point and no trailing zeros
/// ("2", "2.5", "0.35"), whatever the locale. Requires: 0 ≤ max_decimals ≤ 17.
std::string decimal(double value, int max_decimals);

/// A share as a whole percentage ("42 %"); 0.425 → "43 %" (half away from zero).
std::string percent(double share);

/// Number of characters (UTF-8 code points) of `text`. Complexity: linear.
std::size_t text_width(std::string_view text) noexcept;

/// `text` followed by spaces up to `width` characters (unchanged when already as wide).
std::string pad(std::string_view text, std::size_t width);

/// `text` cut to its first `max_chars` characters followed by "…" when it is longer.
std::string clip(std::string_view text, std::size_t max_chars);

}  // namespace kpss::report
