#include "kpss/core/id.hpp"

#include <gtest/gtest.h>

#include "kpss/core/error.hpp"

namespace {
struct ServiceTag;
struct StakeholderTag;
}  // namespace

TEST(Id, AcceptsPlainIdsAndKeepsKindsApart) {
  const kpss::Id<ServiceTag> a("svc-home_care.1:2");
  EXPECT_EQ(a.str(), "svc-home_care.1:2");
  static_assert(!std::is_convertible_v<kpss::Id<ServiceTag>, kpss::Id<StakeholderTag>>);
  EXPECT_LT(kpss::Id<ServiceTag>("a"), kpss::Id<ServiceTag>("b"));
}

TEST(Id, RejectsEmptyLongAndOddIds) {
  EXPECT_THROW(kpss::Id<ServiceTag>(""), kpss::InvalidArgument);
  EXPECT_THROW(kpss::Id<ServiceTag>(std::string(129, 'a')), kpss::InvalidArgument);
  EXPECT_THROW(kpss::Id<ServiceTag>("a b"), kpss::InvalidArgument);
  EXPECT_THROW(kpss::Id<ServiceTag>("služba"), kpss::InvalidArgument);
}
