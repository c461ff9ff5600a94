#include "kpss/core/territory.hpp"

#include <gtest/gtest.h>

#include "kpss/core/error.hpp"

using kpss::TerritoryCode;
using kpss::TerritoryLevel;

TEST(Territory, InfersLevelFromShape) {
  EXPECT_EQ(TerritoryCode::parse("554782").level(), TerritoryLevel::municipality);
  EXPECT_EQ(TerritoryCode::parse("2101").level(), TerritoryLevel::orp);
  const auto district = TerritoryCode::parse("CZ0201");
  EXPECT_EQ(district.level(), TerritoryLevel::district);
  EXPECT_EQ(district.region_code(), "CZ020");
  EXPECT_EQ(TerritoryCode::parse("CZ080").level(), TerritoryLevel::region);
  EXPECT_EQ(TerritoryCode::parse("CZ080").region_code(), "CZ080");
  EXPECT_EQ(TerritoryCode::parse("554782").region_code(), "");
}

TEST(Territory, RejectsUnknownRegionsAndMalformedCodes) {
  EXPECT_THROW(TerritoryCode::parse("CZ090"), kpss::NotFound);
  EXPECT_THROW(TerritoryCode::parse("CZ0901"), kpss::NotFound);
  EXPECT_THROW(TerritoryCode::parse("123456"), kpss::InvalidArgument);
  EXPECT_THROW(TerritoryCode::parse("0101"), kpss::InvalidArgument);
  EXPECT_THROW(TerritoryCode::parse("CZ01"), kpss::InvalidArgument);
  EXPECT_THROW(TerritoryCode::parse(" 554782"), kpss::InvalidArgument);
  EXPECT_THROW(TerritoryCode::parse(""), kpss::InvalidArgument);
}

TEST(Territory, OrdersDeterministically) {
  EXPECT_LT(TerritoryCode::parse("554782"), TerritoryCode::parse("2101"));  // by level first
  EXPECT_LT(TerritoryCode::parse("CZ010"), TerritoryCode::parse("CZ020"));
}
