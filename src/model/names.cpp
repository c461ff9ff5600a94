// The stable text names of the model's enumerations, as JSON, archives and the C API write
// them. Never rename one: they are part of the file formats.
#include <array>
#include <string_view>
#include <utility>

#include "kpss/model/comment.hpp"
#include "kpss/model/indicator.hpp"
#include "kpss/model/need.hpp"
#include "kpss/model/stakeholder.hpp"
#include "kpss/model/strategy.hpp"

namespace kpss {

namespace {

template <class E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<StakeholderKind, 2> kKinds{{{StakeholderKind::person, "person"},
                                            {StakeholderKind::organisation, "organisation"}}};
constexpr Names<LegalForm, 6> kLegalForms{{{LegalForm::natural_person, "natural_person"},
                                           {LegalForm::ngo, "ngo"},
                                           {LegalForm::municipal, "municipal"},
                                           {LegalForm::regional, "regional"},
                                           {LegalForm::state, "state"},
                                           {LegalForm::church, "church"}}};
constexpr Names<NeedType, 4> kNeedTypes{{{NeedType::normative, "normative"},
                                         {NeedType::felt, "felt"},
                                         {NeedType::expressed, "expressed"},
                                         {NeedType::comparative, "comparative"}}};
constexpr Names<Direction, 3> kDirections{{{Direction::increase, "increase"},
                                           {Direction::decrease, "decrease"},
                                           {Direction::maintain, "maintain"}}};
constexpr Names<PriorityClass, 4> kPriorityClasses{{{PriorityClass::sustain, "sustain"},
                                                    {PriorityClass::quality, "quality"},
                                                    {PriorityClass::development, "development"},
                                                    {PriorityClass::supporting, "supporting"}}};
constexpr Names<Horizon, 2> kHorizons{{{Horizon::short_term, "short"},
                                       {Horizon::long_term, "long"}}};
constexpr Names<Status, 4> kStatuses{{{Status::planned, "planned"},
                                      {Status::in_progress, "in_progress"},
                                      {Status::completed, "completed"},
                                      {Status::cancelled, "cancelled"}}};
constexpr Names<FundingKind, 9> kFundingKinds{{{FundingKind::municipal_budget, "municipal_budget"},
                                               {FundingKind::regional_budget, "regional_budget"},
                                               {FundingKind::state_subsidy, "state_subsidy"},
                                               {FundingKind::eu_funds, "eu_funds"},
                                               {FundingKind::health_insurance, "health_insurance"},
                                               {FundingKind::user_payments, "user_payments"},
                                               {FundingKind::care_allowance, "care_allowance"},
                                               {FundingKind::donations, "donations"},
                                               {FundingKind::other, "other"}}};
constexpr Names<ElementKind, 10> kElementKinds{{{ElementKind::plan, "plan"},
                                                {ElementKind::stakeholder, "stakeholder"},
                                                {ElementKind::working_group, "working_group"},
                                                {ElementKind::service, "service"},
                                                {ElementKind::need, "need"},
                                                {ElementKind::priority, "priority"},
                                                {ElementKind::goal, "goal"},
                                                {ElementKind::measure, "measure"},
                                                {ElementKind::activity, "activity"},
                                                {ElementKind::indicator, "indicator"}}};
constexpr Names<Outcome, 3> kOutcomes{{{Outcome::accepted, "accepted"},
                                       {Outcome::partly, "partly"},
                                       {Outcome::rejected, "rejected"}}};

template <class E, std::size_t N>
std::string_view name_of(const Names<E, N>& names, E value) noexcept {
  for (const auto& [v, n] : names)
    if (v == value) return n;
  return "?";
}

template <class E, std::size_t N>
bool value_of(const Names<E, N>& names, std::string_view text, E& out) noexcept {
  for (const auto& [v, n] : names)
    if (n == text) {
      out = v;
      return true;
    }
  return false;
}

}  // namespace

#define KPSS_ENUM_NAMES(Type, table)                                                         \
  std::string_view to_string(Type value) noexcept { return name_of(table, value); }        \
  bool from_string(std::string_view text, Type& out) noexcept { return value_of(table, text, out); }

KPSS_ENUM_NAMES(StakeholderKind, kKinds)
KPSS_ENUM_NAMES(LegalForm, kLegalForms)
KPSS_ENUM_NAMES(NeedType, kNeedTypes)
KPSS_ENUM_NAMES(Direction, kDirections)
KPSS_ENUM_NAMES(PriorityClass, kPriorityClasses)
KPSS_ENUM_NAMES(Horizon, kHorizons)
KPSS_ENUM_NAMES(Status, kStatuses)
KPSS_ENUM_NAMES(FundingKind, kFundingKinds)
KPSS_ENUM_NAMES(ElementKind, kElementKinds)
KPSS_ENUM_NAMES(Outcome, kOutcomes)

#undef KPSS_ENUM_NAMES

bool from_string(std::string_view text, Role& out) noexcept {
  for (Role r : all_roles)
    if (to_string(r) == text) {
      out = r;
      return true;
    }
  return false;
}

}  // namespace kpss
