// Boost.Serialization of the plan model, non-intrusive, so that the public headers stay free
// of Boost. Every element class has an explicit class version, no object tracking (they are
// values) and a stable export key ("kpss.Plan", ...). The member names are the XML element
// names and, like the JSON names, never change; a new member means a new class version.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <boost/serialization/export.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include "kpss/core/error.hpp"
#include "kpss/model/plan.hpp"

namespace kpss::archive {

using boost::serialization::make_nvp;

template <class Ar>
constexpr bool loading = Ar::is_loading::value;

// ---- leaf values: written as plain strings and integers --------------------------------

template <class Ar>
void field(Ar& ar, const char* name, std::string& s) { ar & make_nvp(name, s); }
template <class Ar>
void field(Ar& ar, const char* name, bool& b) { ar & make_nvp(name, b); }
template <class Ar>
void field(Ar& ar, const char* name, double& d) { ar & make_nvp(name, d); }
template <class Ar>
void field(Ar& ar, const char* name, std::int64_t& i) { ar & make_nvp(name, i); }

template <class Ar, class Tag>
void field(Ar& ar, const char* name, Id<Tag>& id) {
  std::string s;
  if constexpr (!loading<Ar>) s = id.str();
  ar & make_nvp(name, s);
  if constexpr (loading<Ar>) id = s.empty() ? Id<Tag>() : Id<Tag>(std::move(s));
}

template <class Ar>
void field(Ar& ar, const char* name, Date& d) {
  std::string s;
  if constexpr (!loading<Ar>) s = format_date(d);
  ar & make_nvp(name, s);
  if constexpr (loading<Ar>) d = parse_date(s);
}

template <class Ar>
void field(Ar& ar, const char* name, TerritoryCode& t) {
  std::string s;
  if constexpr (!loading<Ar>) s = t.code();
  ar & make_nvp(name, s);
  if constexpr (loading<Ar>) t = TerritoryCode::parse(s);
}

template <class Ar>
void field(Ar& ar, const char* name, Currency& c) {
  std::string s;
  if constexpr (!loading<Ar>) s = std::string(c.code());
  ar & make_nvp(name, s);
  if constexpr (loading<Ar>) c = Currency::of(s);
}

template <class Ar>
void field(Ar& ar, const char* name, Money& m) {
  std::int64_t minor = 0;
  std::string currency;
  if constexpr (!loading<Ar>) {
    minor = m.minor_units();
    currency = std::string(m.currency().code());
  }
  ar & make_nvp(name, minor);
  ar & make_nvp("currency", currency);
  if constexpr (loading<Ar>) m = Money(minor, Currency::of(currency));
}

// Enumerations travel as their stable names, so reordering an enum never changes archives.
template <class Ar, class E>
  requires std::is_enum_v<E>
void field(Ar& ar, const char* name, E& e) {
  std::string s;
  if constexpr (!loading<Ar>) s = std::string(to_string(e));
  ar & make_nvp(name, s);
  if constexpr (loading<Ar>) {
    if (!from_string(s, e)) throw CorruptData("unknown value '" + s + "'", name);
  }
}

// Values without a default constructor are loaded into a placeholder then overwritten.
template <class T>
std::optional<T> placeholder();
template <>
inline std::optional<TerritoryCode> placeholder<TerritoryCode>() { return TerritoryCode::parse("CZ010"); }
template <>
inline std::optional<Money> placeholder<Money>() { return Money::zero(Currency::czk()); }

// ---- containers -------------------------------------------------------------------------

template <class Ar, class T>
void field(Ar& ar, const char* name, std::optional<T>& o);

template <class Ar, class T>
void field(Ar& ar, const char* name, std::vector<T>& v);

template <class Ar>
void field(Ar& ar, const char* name, Extensions& ext);

// Element structs go through Boost (class versions); value types through field().
template <class T>
concept Element = requires { typename boost::serialization::version<T>; } &&
                  boost::serialization::implementation_level<T>::value ==
                      boost::serialization::object_class_info;

template <class Ar, class T>
  requires Element<T>
void field(Ar& ar, const char* name, T& element) {
  ar & make_nvp(name, element);
}

template <class Ar, class T>
void field(Ar& ar, const char* name, std::optional<T>& o) {
  bool present = o.has_value();
  ar & make_nvp(name, present);
  if constexpr (loading<Ar>) {
    if (!present) {
      o.reset();
      return;
    }
    if constexpr (std::is_default_constructible_v<T>) {
      T value{};
      field(ar, "value", value);
      o = std::move(value);
    } else {
      std::optional<T> slot = placeholder<T>();
      field(ar, "value", *slot);
      o = std::move(slot);
    }
  } else {
    if (present) field(ar, "value", *o);
  }
}

template <class Ar, class T>
void field(Ar& ar, const char* name, std::vector<T>& v) {
  std::uint64_t count = v.size();
  ar & make_nvp(name, count);
  if constexpr (loading<Ar>) {
    v.clear();
    // The count comes from a checksummed file, yet reserve no more than the archive could
    // hold so that a bad count fails on reading, not on allocating.
    v.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(count, 1u << 16)));
    for (std::uint64_t i = 0; i < count; ++i) {
      if constexpr (std::is_default_constructible_v<T>) {
        T item{};
        field(ar, "item", item);
        v.push_back(std::move(item));
      } else {
        T item = *placeholder<T>();
        field(ar, "item", item);
        v.push_back(std::move(item));
      }
    }
  } else {
    for (T& item : v) field(ar, "item", item);
  }
}

template <class Ar>
void field(Ar& ar, const char* name, Extensions& ext) {
  std::uint64_t count = ext.size();
  ar & make_nvp(name, count);
  if constexpr (loading<Ar>) {
    ext.clear();
    for (std::uint64_t i = 0; i < count; ++i) {
      std::string key, value;
      ar & make_nvp("name", key);
      ar & make_nvp("json", value);
      ext.emplace(std::move(key), std::move(value));
    }
  } else {
    for (auto& [key, value] : ext) {
      std::string k = key;
      ar & make_nvp("name", k);
      ar & make_nvp("json", value);
    }
  }
}

}  // namespace kpss::archive

// ---- the element classes ------------------------------------------------------------------

#define KPSS_ARCHIVE_CLASS(T, key)                                   \
  BOOST_CLASS_VERSION(T, 1)                                          \
  BOOST_CLASS_TRACKING(T, boost::serialization::track_never)         \
  BOOST_CLASS_EXPORT_KEY2(T, key)

KPSS_ARCHIVE_CLASS(kpss::Capacity, "kpss.Capacity")
KPSS_ARCHIVE_CLASS(kpss::Membership, "kpss.Membership")
KPSS_ARCHIVE_CLASS(kpss::Stakeholder, "kpss.Stakeholder")
KPSS_ARCHIVE_CLASS(kpss::WorkingGroup, "kpss.WorkingGroup")
KPSS_ARCHIVE_CLASS(kpss::SteeringGroup, "kpss.SteeringGroup")
KPSS_ARCHIVE_CLASS(kpss::Service, "kpss.Service")
KPSS_ARCHIVE_CLASS(kpss::PopulationCount, "kpss.PopulationCount")
KPSS_ARCHIVE_CLASS(kpss::Statistic, "kpss.Statistic")
KPSS_ARCHIVE_CLASS(kpss::Demography, "kpss.Demography")
KPSS_ARCHIVE_CLASS(kpss::Evidence, "kpss.Evidence")
KPSS_ARCHIVE_CLASS(kpss::Need, "kpss.Need")
KPSS_ARCHIVE_CLASS(kpss::IndicatorValue, "kpss.IndicatorValue")
KPSS_ARCHIVE_CLASS(kpss::Indicator, "kpss.Indicator")
KPSS_ARCHIVE_CLASS(kpss::Responsibility, "kpss.Responsibility")
KPSS_ARCHIVE_CLASS(kpss::Funding, "kpss.Funding")
KPSS_ARCHIVE_CLASS(kpss::Activity, "kpss.Activity")
KPSS_ARCHIVE_CLASS(kpss::Measure, "kpss.Measure")
KPSS_ARCHIVE_CLASS(kpss::Goal, "kpss.Goal")
KPSS_ARCHIVE_CLASS(kpss::Priority, "kpss.Priority")
KPSS_ARCHIVE_CLASS(kpss::Strategy, "kpss.Strategy")
KPSS_ARCHIVE_CLASS(kpss::ElementRef, "kpss.ElementRef")
KPSS_ARCHIVE_CLASS(kpss::Settlement, "kpss.Settlement")
KPSS_ARCHIVE_CLASS(kpss::Comment, "kpss.Comment")
KPSS_ARCHIVE_CLASS(kpss::Mandate, "kpss.Mandate")
KPSS_ARCHIVE_CLASS(kpss::Milestone, "kpss.Milestone")
KPSS_ARCHIVE_CLASS(kpss::Period, "kpss.Period")
KPSS_ARCHIVE_CLASS(kpss::Plan, "kpss.Plan")

#undef KPSS_ARCHIVE_CLASS

namespace kpss {

// Found by argument-dependent lookup from Boost. `version` is the class version read from
// the archive (1 for every class of format version 1); a later class version adds its
// members under `if (version >= 2)`.

#define F(member) archive::field(ar, #member, x.member)

template <class Ar> void serialize(Ar& ar, Capacity& x, unsigned) { F(amount); F(unit); }
template <class Ar> void serialize(Ar& ar, Membership& x, unsigned) { F(organisation); F(position); F(extensions); }
template <class Ar> void serialize(Ar& ar, Stakeholder& x, unsigned) {
  F(id); F(kind); F(name); F(roles); F(legal_form); F(territory); F(target_groups); F(memberships);
  F(ico); F(contact); F(note); F(extensions);
}
template <class Ar> void serialize(Ar& ar, WorkingGroup& x, unsigned) {
  F(id); F(name); F(target_groups); F(members); F(chair); F(note); F(extensions);
}
template <class Ar> void serialize(Ar& ar, SteeringGroup& x, unsigned) { F(members); F(chair); F(note); F(extensions); }
template <class Ar> void serialize(Ar& ar, Service& x, unsigned) {
  F(id); F(name); F(type); F(form); F(capacity); F(target_groups); F(age_bands); F(territories);
  F(provider); F(registry_id); F(unit_cost); F(in_network); F(note); F(extensions);
}
template <class Ar> void serialize(Ar& ar, PopulationCount& x, unsigned) { F(territory); F(age_band); F(count); F(extensions); }
template <class Ar> void serialize(Ar& ar, Statistic& x, unsigned) {
  F(name); F(value); F(unit); F(territory); F(date); F(source); F(extensions);
}
template <class Ar> void serialize(Ar& ar, Demography& x, unsigned) {
  F(reference_date); F(source); F(population); F(statistics); F(extensions);
}
template <class Ar> void serialize(Ar& ar, Evidence& x, unsigned) { F(source); F(description); F(date); F(url); F(extensions); }
template <class Ar> void serialize(Ar& ar, Need& x, unsigned) {
  F(id); F(title); F(description); F(target_group); F(territory); F(type); F(evidence); F(demand);
  F(service_types); F(extensions);
}
template <class Ar> void serialize(Ar& ar, IndicatorValue& x, unsigned) { F(value); F(date); F(note); F(extensions); }
template <class Ar> void serialize(Ar& ar, Indicator& x, unsigned) {
  F(id); F(name); F(unit); F(direction); F(baseline); F(target); F(measurements); F(source); F(extensions);
}
template <class Ar> void serialize(Ar& ar, Responsibility& x, unsigned) { F(party); F(commitment); F(lead); F(extensions); }
template <class Ar> void serialize(Ar& ar, Funding& x, unsigned) { F(kind); F(funder); F(amount); F(note); F(extensions); }
template <class Ar> void serialize(Ar& ar, Activity& x, unsigned) {
  F(id); F(title); F(description); F(responsible); F(start); F(end); F(cost); F(status); F(extensions);
}
template <class Ar> void serialize(Ar& ar, Measure& x, unsigned) {
  F(id); F(title); F(description); F(responsible); F(start); F(end); F(cost); F(funding);
  F(overfunding_allowed); F(needs); F(services); F(indicators); F(status); F(activities); F(extensions);
}
template <class Ar> void serialize(Ar& ar, Goal& x, unsigned) {
  F(id); F(title); F(description); F(horizon); F(indicators); F(measures); F(extensions);
}
template <class Ar> void serialize(Ar& ar, Priority& x, unsigned) {
  F(id); F(title); F(description); F(priority_class); F(working_groups); F(goals); F(extensions);
}
template <class Ar> void serialize(Ar& ar, Strategy& x, unsigned) { F(vision); F(priorities); F(extensions); }
template <class Ar> void serialize(Ar& ar, ElementRef& x, unsigned) { F(kind); F(id); }
template <class Ar> void serialize(Ar& ar, Settlement& x, unsigned) {
  F(outcome); F(justification); F(date); F(settled_by); F(extensions);
}
template <class Ar> void serialize(Ar& ar, Comment& x, unsigned) {
  F(id); F(author); F(author_name); F(target); F(text); F(date); F(settlement); F(extensions);
}
template <class Ar> void serialize(Ar& ar, Mandate& x, unsigned) { F(body); F(resolution); F(date); F(text); F(extensions); }
template <class Ar> void serialize(Ar& ar, Milestone& x, unsigned) { F(title); F(date); F(phase); F(extensions); }
template <class Ar> void serialize(Ar& ar, Period& x, unsigned) { F(start); F(end); }
template <class Ar> void serialize(Ar& ar, Plan& x, unsigned) {
  F(id); F(title); F(description); F(period); F(territory); F(municipalities); F(currency);
  F(coordinator); F(commissioner); F(mandate); F(preparation); F(principles); F(involvement);
  F(information_strategy); F(monitoring); F(change_procedure); F(economic_evaluation); F(timeline);
  F(stakeholders); F(working_groups); F(steering_group); F(services); F(demography); F(needs);
  F(strategy); F(indicators); F(comments); F(extensions);
}

#undef F

}  // namespace kpss
