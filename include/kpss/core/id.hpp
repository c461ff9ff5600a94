// Typed identifiers: a StakeholderId cannot be passed where a ServiceId is expected.
#pragma once

#include <compare>
#include <functional>
#include <string>
#include <string_view>

namespace kpss {

/// Checks an id's text: 1–128 characters of [A-Za-z0-9_.:-]. Ids appear in paths, file
/// names and reports, so they stay plain. Throws: InvalidArgument saying which character.
void validate_id(std::string_view text);

/// An identifier of an element of kind `Tag`. Participants' ids are pseudonymous: kpss
/// never needs a name to count a ballot.
template <class Tag>
class Id {
 public:
  Id() = default;
  /// Throws: InvalidArgument (see validate_id).
  explicit Id(std::string text) : value_(std::move(text)) { validate_id(value_); }

  const std::string& str() const noexcept { return value_; }
  bool empty() const noexcept { return value_.empty(); }
  auto operator<=>(const Id&) const = default;

 private:
  std::string value_;
};

}  // namespace kpss

template <class Tag>
struct std::hash<kpss::Id<Tag>> {
  std::size_t operator()(const kpss::Id<Tag>& id) const noexcept {
    return std::hash<std::string>{}(id.str());
  }
};
