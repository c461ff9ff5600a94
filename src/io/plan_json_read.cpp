// The JSON reader of a plan: one function per element type, each checking its members.
#include <cmath>
#include <initializer_list>
#include <limits>

#include "atomic_file.hpp"
#include "json_document.hpp"
#include "kpss/io/plan_json.hpp"
#include "kpss/model/validate.hpp"

namespace kpss {

namespace {

using nlohmann::json;
using detail::JsonFailure;
using detail::pointer;
using detail::type_name;

[[noreturn]] void fail(std::string code, const std::string& where, std::string message,
                       ErrorCode kind = ErrorCode::parse) {
  throw JsonFailure{kind, std::move(code), where, std::move(message)};
}

[[noreturn]] void wrong_type(const json& v, const std::string& path, const char* expected) {
  fail("J004", path, std::string("expected ") + expected + ", found " + type_name(v));
}

// One JSON object being read: checks its members against the known names once, keeps the
// "x-" members, and hands out members by name with their JSON pointers.
class Obj {
 public:
  Obj(const json& j, std::string path, std::initializer_list<std::string_view> known,
      const JsonLimits& limits)
      : j_(j), path_(std::move(path)), limits_(limits) {
    if (!j.is_object()) wrong_type(j, path_, "an object");
    for (const auto& [name, value] : j.items()) {
      if (name.size() > limits.max_string_bytes)
        fail("J009", path_, "a member name is longer than " +
                                std::to_string(limits.max_string_bytes) + " bytes",
             ErrorCode::limit);
      if (name.rfind("x-", 0) == 0) {
        extensions_.emplace(name, value.dump());
        continue;
      }
      bool found = false;
      for (std::string_view k : known) found = found || k == name;
      if (!found) {
        std::string list;
        for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
        fail("J006", pointer(path_, name),
             "unknown member '" + name + "'; expected one of: " + list +
                 " (or an extension member named x-...)");
      }
    }
  }

  const std::string& path() const { return path_; }
  const JsonLimits& limits() const { return limits_; }
  Extensions take_extensions() { return std::move(extensions_); }
  std::string at(std::string_view key) const { return pointer(path_, key); }

  const json* find(std::string_view key) const {
    const auto it = j_.find(key);
    return it == j_.end() ? nullptr : &*it;
  }
  const json& need(std::string_view key) const {
    const json* v = find(key);
    if (v == nullptr) fail("J005", path_, "missing member '" + std::string(key) + "'");
    return *v;
  }

 private:
  const json& j_;
  std::string path_;
  const JsonLimits& limits_;
  Extensions extensions_;
};

std::string as_string(const json& v, const std::string& path, const JsonLimits& limits) {
  if (!v.is_string()) wrong_type(v, path, "a string");
  const auto& s = v.get_ref<const std::string&>();
  if (s.size() > limits.max_string_bytes)
    fail("J009", path, "the string has " + std::to_string(s.size()) + " bytes, more than the limit of " +
                           std::to_string(limits.max_string_bytes),
         ErrorCode::limit);
  return s;
}

const json& as_array(const json& v, const std::string& path, const JsonLimits& limits) {
  if (!v.is_array()) wrong_type(v, path, "an array");
  if (v.size() > limits.max_array_items)
    fail("J010", path, "the array has " + std::to_string(v.size()) + " items, more than the limit of " +
                           std::to_string(limits.max_array_items),
         ErrorCode::limit);
  return v;
}

// Runs a conversion that throws kpss::Error for a bad value and reports it as J008 at path.
template <class F>
auto convert(const std::string& path, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    fail("J008", path, e.message());
  }
}

// ---- scalar members --------------------------------------------------------------------

std::string text(const Obj& o, std::string_view key) {
  const json* v = o.find(key);
  return v ? as_string(*v, o.at(key), o.limits()) : std::string();
}
std::string required_text(const Obj& o, std::string_view key) {
  return as_string(o.need(key), o.at(key), o.limits());
}

bool boolean(const Obj& o, std::string_view key) {
  const json* v = o.find(key);
  if (v == nullptr) return false;
  if (!v->is_boolean()) wrong_type(*v, o.at(key), "true or false");
  return v->get<bool>();
}

double number(const json& v, const std::string& path) {
  if (!v.is_number()) wrong_type(v, path, "a number");
  const double d = v.get<double>();
  if (!std::isfinite(d)) fail("J011", path, "the number is out of range");
  return d;
}

std::int64_t integer(const json& v, const std::string& path) {
  if (v.is_number_integer() && !v.is_number_unsigned()) return v.get<std::int64_t>();
  if (v.is_number_unsigned()) {
    const auto u = v.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      fail("J011", path, "the integer is out of range (at most 2^63-1)");
    return static_cast<std::int64_t>(u);
  }
  if (v.is_number_float()) fail("J011", path, "expected an integer; the number is not a 64-bit integer");
  wrong_type(v, path, "an integer");
}

template <class IdT>
IdT id_value(const json& v, const std::string& path, const JsonLimits& limits) {
  std::string s = as_string(v, path, limits);
  return convert(path, [&] { return IdT(std::move(s)); });
}
template <class IdT>
IdT required_id(const Obj& o, std::string_view key) {
  return id_value<IdT>(o.need(key), o.at(key), o.limits());
}
template <class IdT>
std::optional<IdT> optional_id(const Obj& o, std::string_view key) {
  const json* v = o.find(key);
  if (v == nullptr) return std::nullopt;
  return id_value<IdT>(*v, o.at(key), o.limits());
}

Date date_value(const json& v, const std::string& path, const JsonLimits& limits) {
  const std::string s = as_string(v, path, limits);
  return convert(path, [&] { return parse_date(s); });
}
Date required_date(const Obj& o, std::string_view key) {
  return date_value(o.need(key), o.at(key), o.limits());
}
std::optional<Date> optional_date(const Obj& o, std::string_view key) {
  const json* v = o.find(key);
  if (v == nullptr) return std::nullopt;
  return date_value(*v, o.at(key), o.limits());
}

TerritoryCode territory_value(const json& v, const std::string& path, const JsonLimits& limits) {
  const std::string s = as_string(v, path, limits);
  return convert(path, [&] { return TerritoryCode::parse(s); });
}
std::optional<TerritoryCode> optional_territory(const Obj& o, std::string_view key) {
  const json* v = o.find(key);
  if (v == nullptr) return std::nullopt;
  return territory_value(*v, o.at(key), o.limits());
}

Money money_value(const json& v, const std::string& path, const JsonLimits& limits,
                  const Currency& currency) {
  const std::string s = as_string(v, path, limits);
  return convert(path, [&] { return parse_money(s, currency); });
}
std::optional<Money> optional_money(const Obj& o, std::string_view key, const Currency& c) {
  const json* v = o.find(key);
  if (v == nullptr) return std::nullopt;
  return money_value(*v, o.at(key), o.limits(), c);
}

template <class E>
E enum_value(const json& v, const std::string& path, const JsonLimits& limits,
             std::initializer_list<E> all) {
  const std::string s = as_string(v, path, limits);
  E out{};
  if (!from_string(s, out)) {
    std::string list;
    for (E e : all) list += (list.empty() ? "" : ", ") + std::string(to_string(e));
    fail("J008", path, "unknown value '" + s + "'; expected one of: " + list);
  }
  return out;
}
template <class E>
E required_enum(const Obj& o, std::string_view key, std::initializer_list<E> all) {
  return enum_value(o.need(key), o.at(key), o.limits(), all);
}
template <class E>
E enum_or(const Obj& o, std::string_view key, E fallback, std::initializer_list<E> all) {
  const json* v = o.find(key);
  return v ? enum_value(*v, o.at(key), o.limits(), all) : fallback;
}

// ---- arrays ----------------------------------------------------------------------------

template <class T, class F>
std::vector<T> list(const Obj& o, std::string_view key, F&& read_item) {
  std::vector<T> out;
  const json* v = o.find(key);
  if (v == nullptr) return out;
  const std::string path = o.at(key);
  const json& a = as_array(*v, path, o.limits());
  out.reserve(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) out.push_back(read_item(a[i], pointer(path, i)));
  return out;
}

std::vector<std::string> texts(const Obj& o, std::string_view key) {
  return list<std::string>(o, key, [&](const json& v, const std::string& p) {
    return as_string(v, p, o.limits());
  });
}
template <class IdT>
std::vector<IdT> ids(const Obj& o, std::string_view key) {
  return list<IdT>(o, key, [&](const json& v, const std::string& p) {
    return id_value<IdT>(v, p, o.limits());
  });
}
std::vector<TerritoryCode> territories(const Obj& o, std::string_view key) {
  return list<TerritoryCode>(o, key, [&](const json& v, const std::string& p) {
    return territory_value(v, p, o.limits());
  });
}

constexpr std::initializer_list<Role> kAllRoles{Role::coordinator, Role::commissioner,
                                                Role::provider, Role::user, Role::public_};

// ---- elements --------------------------------------------------------------------------

class PlanReader {
 public:
  explicit PlanReader(const JsonLimits& limits) : limits_(limits) {}

  Plan plan(const json& j) {
    Obj o(j, "",
          {"format", "version", "id", "title", "description", "period", "territory",
           "municipalities", "currency", "coordinator", "commissioner", "mandate", "preparation",
           "principles", "involvement", "information_strategy", "monitoring", "change_procedure",
           "economic_evaluation", "timeline", "stakeholders", "working_groups", "steering_group",
           "services", "demography", "needs", "strategy", "indicators", "comments"},
          limits_);
    if (required_text(o, "format") != "kpss-plan")
      fail("J007", o.at("format"), "expected \"kpss-plan\": this is not a kpss plan");
    const json& version = o.need("version");
    if (!version.is_number_integer()) wrong_type(version, o.at("version"), "an integer");
    if (version.get<std::int64_t>() != plan_json_version)
      fail("J007", o.at("version"),
           "version " + version.dump() + " is not supported; this library reads version " +
               std::to_string(plan_json_version));
    Plan p;
    if (const json* c = o.find("currency")) {
      const std::string code = as_string(*c, o.at("currency"), limits_);
      p.currency = convert(o.at("currency"), [&] { return Currency::of(code); });
    }
    currency_ = p.currency;
    p.id = required_id<PlanId>(o, "id");
    p.title = required_text(o, "title");
    p.description = text(o, "description");
    {
      Obj per(o.need("period"), o.at("period"), {"start", "end"}, limits_);
      p.period.start = required_date(per, "start");
      p.period.end = required_date(per, "end");
      no_extensions(per);
    }
    p.territory = territory_value(o.need("territory"), o.at("territory"), limits_);
    p.municipalities = territories(o, "municipalities");
    p.coordinator = optional_id<StakeholderId>(o, "coordinator");
    p.commissioner = optional_id<StakeholderId>(o, "commissioner");
    if (const json* m = o.find("mandate")) p.mandate = mandate(*m, o.at("mandate"));
    p.preparation = text(o, "preparation");
    p.principles = texts(o, "principles");
    p.involvement = text(o, "involvement");
    p.information_strategy = text(o, "information_strategy");
    p.monitoring = text(o, "monitoring");
    p.change_procedure = text(o, "change_procedure");
    p.economic_evaluation = text(o, "economic_evaluation");
    p.timeline = list<Milestone>(o, "timeline", [&](const json& v, const std::string& path) {
      return milestone(v, path);
    });
    p.stakeholders = list<Stakeholder>(o, "stakeholders", [&](const json& v, const std::string& path) {
      return stakeholder(v, path);
    });
    p.working_groups = list<WorkingGroup>(o, "working_groups", [&](const json& v, const std::string& path) {
      return working_group(v, path);
    });
    if (const json* s = o.find("steering_group")) p.steering_group = steering_group(*s, o.at("steering_group"));
    p.services = list<Service>(o, "services", [&](const json& v, const std::string& path) {
      return service(v, path);
    });
    if (const json* d = o.find("demography")) p.demography = demography(*d, o.at("demography"));
    p.needs = list<Need>(o, "needs", [&](const json& v, const std::string& path) { return need(v, path); });
    if (const json* s = o.find("strategy")) p.strategy = strategy(*s, o.at("strategy"));
    p.indicators = list<Indicator>(o, "indicators", [&](const json& v, const std::string& path) {
      return indicator(v, path);
    });
    p.comments = list<Comment>(o, "comments", [&](const json& v, const std::string& path) {
      return comment(v, path);
    });
    p.extensions = o.take_extensions();
    return p;
  }

 private:
  // Small value objects (period, capacity, element references) have no room for extensions:
  // they are values, not elements other systems annotate.
  static void no_extensions(Obj& o) {
    const Extensions ext = o.take_extensions();
    if (!ext.empty())
      fail("J006", pointer(o.path(), ext.begin()->first),
           "extension members are not allowed in this small value object");
  }

  Mandate mandate(const json& j, const std::string& path) {
    Obj o(j, path, {"body", "resolution", "date", "text"}, limits_);
    Mandate m;
    m.body = text(o, "body");
    m.resolution = text(o, "resolution");
    m.date = optional_date(o, "date");
    m.text = text(o, "text");
    m.extensions = o.take_extensions();
    return m;
  }

  Milestone milestone(const json& j, const std::string& path) {
    Obj o(j, path, {"title", "date", "phase"}, limits_);
    Milestone m;
    m.title = required_text(o, "title");
    m.date = required_date(o, "date");
    m.phase = text(o, "phase");
    m.extensions = o.take_extensions();
    return m;
  }

  Capacity capacity(const json& j, const std::string& path) {
    Obj o(j, path, {"amount", "unit"}, limits_);
    Capacity c;
    c.amount = number(o.need("amount"), o.at("amount"));
    c.unit = required_text(o, "unit");
    no_extensions(o);
    return c;
  }

  Membership membership(const json& j, const std::string& path) {
    Obj o(j, path, {"organisation", "position"}, limits_);
    Membership m;
    m.organisation = required_id<StakeholderId>(o, "organisation");
    m.position = text(o, "position");
    m.extensions = o.take_extensions();
    return m;
  }

  Stakeholder stakeholder(const json& j, const std::string& path) {
    Obj o(j, path,
          {"id", "kind", "name", "roles", "legal_form", "territory", "target_groups",
           "memberships", "ico", "contact", "note"},
          limits_);
    Stakeholder s;
    s.id = required_id<StakeholderId>(o, "id");
    s.kind = required_enum(o, "kind", {StakeholderKind::person, StakeholderKind::organisation});
    s.name = text(o, "name");
    o.need("roles");
    s.roles = list<Role>(o, "roles", [&](const json& v, const std::string& p) {
      return enum_value(v, p, limits_, kAllRoles);
    });
    if (o.find("legal_form"))
      s.legal_form = required_enum(o, "legal_form",
                                   {LegalForm::natural_person, LegalForm::ngo, LegalForm::municipal,
                                    LegalForm::regional, LegalForm::state, LegalForm::church});
    s.territory = optional_territory(o, "territory");
    s.target_groups = texts(o, "target_groups");
    s.memberships = list<Membership>(o, "memberships", [&](const json& v, const std::string& p) {
      return membership(v, p);
    });
    s.ico = text(o, "ico");
    s.contact = text(o, "contact");
    s.note = text(o, "note");
    s.extensions = o.take_extensions();
    return s;
  }

  WorkingGroup working_group(const json& j, const std::string& path) {
    Obj o(j, path, {"id", "name", "target_groups", "members", "chair", "note"}, limits_);
    WorkingGroup w;
    w.id = required_id<WorkingGroupId>(o, "id");
    w.name = required_text(o, "name");
    w.target_groups = texts(o, "target_groups");
    w.members = ids<StakeholderId>(o, "members");
    w.chair = optional_id<StakeholderId>(o, "chair");
    w.note = text(o, "note");
    w.extensions = o.take_extensions();
    return w;
  }

  SteeringGroup steering_group(const json& j, const std::string& path) {
    Obj o(j, path, {"members", "chair", "note"}, limits_);
    SteeringGroup s;
    s.members = ids<StakeholderId>(o, "members");
    s.chair = optional_id<StakeholderId>(o, "chair");
    s.note = text(o, "note");
    s.extensions = o.take_extensions();
    return s;
  }

  Service service(const json& j, const std::string& path) {
    Obj o(j, path,
          {"id", "name", "type", "form", "capacity", "target_groups", "age_bands", "territories",
           "provider", "registry_id", "unit_cost", "in_network", "note"},
          limits_);
    Service s;
    s.id = required_id<ServiceId>(o, "id");
    s.name = required_text(o, "name");
    s.type = required_text(o, "type");
    s.form = required_text(o, "form");
    s.capacity = capacity(o.need("capacity"), o.at("capacity"));
    s.target_groups = texts(o, "target_groups");
    s.age_bands = texts(o, "age_bands");
    s.territories = territories(o, "territories");
    s.provider = required_id<StakeholderId>(o, "provider");
    s.registry_id = text(o, "registry_id");
    s.unit_cost = optional_money(o, "unit_cost", currency_);
    s.in_network = boolean(o, "in_network");
    s.note = text(o, "note");
    s.extensions = o.take_extensions();
    return s;
  }

  Demography demography(const json& j, const std::string& path) {
    Obj o(j, path, {"reference_date", "source", "population", "statistics"}, limits_);
    Demography d;
    d.reference_date = optional_date(o, "reference_date");
    d.source = text(o, "source");
    d.population = list<PopulationCount>(o, "population", [&](const json& v, const std::string& p) {
      Obj c(v, p, {"territory", "age_band", "count"}, limits_);
      PopulationCount pc;
      pc.territory = optional_territory(c, "territory");
      pc.age_band = required_text(c, "age_band");
      pc.count = integer(c.need("count"), c.at("count"));
      pc.extensions = c.take_extensions();
      return pc;
    });
    d.statistics = list<Statistic>(o, "statistics", [&](const json& v, const std::string& p) {
      Obj c(v, p, {"name", "value", "unit", "territory", "date", "source"}, limits_);
      Statistic s;
      s.name = required_text(c, "name");
      s.value = number(c.need("value"), c.at("value"));
      s.unit = text(c, "unit");
      s.territory = optional_territory(c, "territory");
      s.date = optional_date(c, "date");
      s.source = text(c, "source");
      s.extensions = c.take_extensions();
      return s;
    });
    d.extensions = o.take_extensions();
    return d;
  }

  Need need(const json& j, const std::string& path) {
    Obj o(j, path,
          {"id", "title", "description", "target_group", "territory", "type", "evidence", "demand",
           "service_types"},
          limits_);
    Need n;
    n.id = required_id<NeedId>(o, "id");
    n.title = required_text(o, "title");
    n.description = text(o, "description");
    n.target_group = required_text(o, "target_group");
    n.territory = optional_territory(o, "territory");
    n.type = required_enum(o, "type", {NeedType::normative, NeedType::felt, NeedType::expressed,
                                       NeedType::comparative});
    n.evidence = list<Evidence>(o, "evidence", [&](const json& v, const std::string& p) {
      Obj e(v, p, {"source", "description", "date", "url"}, limits_);
      Evidence ev;
      ev.source = required_text(e, "source");
      ev.description = text(e, "description");
      ev.date = optional_date(e, "date");
      ev.url = text(e, "url");
      ev.extensions = e.take_extensions();
      return ev;
    });
    if (const json* d = o.find("demand")) n.demand = capacity(*d, o.at("demand"));
    n.service_types = texts(o, "service_types");
    n.extensions = o.take_extensions();
    return n;
  }

  IndicatorValue indicator_value(const json& j, const std::string& path) {
    Obj o(j, path, {"value", "date", "note"}, limits_);
    IndicatorValue v;
    v.value = number(o.need("value"), o.at("value"));
    v.date = optional_date(o, "date");
    v.note = text(o, "note");
    v.extensions = o.take_extensions();
    return v;
  }

  Indicator indicator(const json& j, const std::string& path) {
    Obj o(j, path,
          {"id", "name", "unit", "direction", "baseline", "target", "measurements", "source"},
          limits_);
    Indicator i;
    i.id = required_id<IndicatorId>(o, "id");
    i.name = required_text(o, "name");
    i.unit = required_text(o, "unit");
    i.direction = required_enum(o, "direction",
                                {Direction::increase, Direction::decrease, Direction::maintain});
    i.baseline = indicator_value(o.need("baseline"), o.at("baseline"));
    i.target = indicator_value(o.need("target"), o.at("target"));
    i.measurements = list<IndicatorValue>(o, "measurements", [&](const json& v, const std::string& p) {
      return indicator_value(v, p);
    });
    i.source = text(o, "source");
    i.extensions = o.take_extensions();
    return i;
  }

  Status status(const Obj& o) {
    return enum_or(o, "status", Status::planned,
                   {Status::planned, Status::in_progress, Status::completed, Status::cancelled});
  }

  Activity activity(const json& j, const std::string& path) {
    Obj o(j, path, {"id", "title", "description", "responsible", "start", "end", "cost", "status"},
          limits_);
    Activity a;
    a.id = required_id<ActivityId>(o, "id");
    a.title = required_text(o, "title");
    a.description = text(o, "description");
    a.responsible = optional_id<StakeholderId>(o, "responsible");
    a.start = optional_date(o, "start");
    a.end = optional_date(o, "end");
    a.cost = optional_money(o, "cost", currency_);
    a.status = status(o);
    a.extensions = o.take_extensions();
    return a;
  }

  Measure measure(const json& j, const std::string& path) {
    Obj o(j, path,
          {"id", "title", "description", "responsible", "start", "end", "cost", "funding",
           "overfunding_allowed", "needs", "services", "indicators", "status", "activities"},
          limits_);
    Measure m;
    m.id = required_id<MeasureId>(o, "id");
    m.title = required_text(o, "title");
    m.description = text(o, "description");
    m.responsible = list<Responsibility>(o, "responsible", [&](const json& v, const std::string& p) {
      Obj r(v, p, {"party", "commitment", "lead"}, limits_);
      Responsibility res;
      res.party = required_id<StakeholderId>(r, "party");
      res.commitment = text(r, "commitment");
      res.lead = boolean(r, "lead");
      res.extensions = r.take_extensions();
      return res;
    });
    m.start = optional_date(o, "start");
    m.end = optional_date(o, "end");
    m.cost = optional_money(o, "cost", currency_);
    m.funding = list<Funding>(o, "funding", [&](const json& v, const std::string& p) {
      Obj f(v, p, {"kind", "funder", "amount", "note"}, limits_);
      Funding fu;
      fu.kind = required_enum(
          f, "kind",
          {FundingKind::municipal_budget, FundingKind::regional_budget, FundingKind::state_subsidy,
           FundingKind::eu_funds, FundingKind::health_insurance, FundingKind::user_payments,
           FundingKind::care_allowance, FundingKind::donations, FundingKind::other});
      fu.funder = optional_id<StakeholderId>(f, "funder");
      fu.amount = money_value(f.need("amount"), f.at("amount"), limits_, currency_);
      fu.note = text(f, "note");
      fu.extensions = f.take_extensions();
      return fu;
    });
    m.overfunding_allowed = boolean(o, "overfunding_allowed");
    m.needs = ids<NeedId>(o, "needs");
    m.services = ids<ServiceId>(o, "services");
    m.indicators = ids<IndicatorId>(o, "indicators");
    m.status = status(o);
    m.activities = list<Activity>(o, "activities", [&](const json& v, const std::string& p) {
      return activity(v, p);
    });
    m.extensions = o.take_extensions();
    return m;
  }

  Goal goal(const json& j, const std::string& path) {
    Obj o(j, path, {"id", "title", "description", "horizon", "indicators", "measures"}, limits_);
    Goal g;
    g.id = required_id<GoalId>(o, "id");
    g.title = required_text(o, "title");
    g.description = text(o, "description");
    g.horizon = required_enum(o, "horizon", {Horizon::short_term, Horizon::long_term});
    g.indicators = ids<IndicatorId>(o, "indicators");
    g.measures = list<Measure>(o, "measures", [&](const json& v, const std::string& p) {
      return measure(v, p);
    });
    g.extensions = o.take_extensions();
    return g;
  }

  Priority priority(const json& j, const std::string& path) {
    Obj o(j, path, {"id", "title", "description", "class", "working_groups", "goals"}, limits_);
    Priority p;
    p.id = required_id<PriorityId>(o, "id");
    p.title = required_text(o, "title");
    p.description = text(o, "description");
    p.priority_class = required_enum(o, "class",
                                     {PriorityClass::sustain, PriorityClass::quality,
                                      PriorityClass::development, PriorityClass::supporting});
    p.working_groups = ids<WorkingGroupId>(o, "working_groups");
    p.goals = list<Goal>(o, "goals", [&](const json& v, const std::string& q) { return goal(v, q); });
    p.extensions = o.take_extensions();
    return p;
  }

  Strategy strategy(const json& j, const std::string& path) {
    Obj o(j, path, {"vision", "priorities"}, limits_);
    Strategy s;
    s.vision = text(o, "vision");
    s.priorities = list<Priority>(o, "priorities", [&](const json& v, const std::string& p) {
      return priority(v, p);
    });
    s.extensions = o.take_extensions();
    return s;
  }

  Comment comment(const json& j, const std::string& path) {
    Obj o(j, path, {"id", "author", "author_name", "target", "text", "date", "settlement"}, limits_);
    Comment c;
    c.id = required_id<CommentId>(o, "id");
    c.author = optional_id<StakeholderId>(o, "author");
    c.author_name = text(o, "author_name");
    {
      Obj t(o.need("target"), o.at("target"), {"kind", "id"}, limits_);
      c.target.kind = required_enum(
          t, "kind",
          {ElementKind::plan, ElementKind::stakeholder, ElementKind::working_group, ElementKind::service,
           ElementKind::need, ElementKind::priority, ElementKind::goal, ElementKind::measure,
           ElementKind::activity, ElementKind::indicator});
      c.target.id = text(t, "id");
      no_extensions(t);
    }
    c.text = required_text(o, "text");
    c.date = required_date(o, "date");
    if (const json* s = o.find("settlement")) {
      Obj so(*s, o.at("settlement"), {"outcome", "justification", "date", "settled_by"}, limits_);
      Settlement st;
      st.outcome = required_enum(so, "outcome", {Outcome::accepted, Outcome::partly, Outcome::rejected});
      st.justification = required_text(so, "justification");
      st.date = required_date(so, "date");
      st.settled_by = optional_id<StakeholderId>(so, "settled_by");
      st.extensions = so.take_extensions();
      c.settlement = std::move(st);
    }
    c.extensions = o.take_extensions();
    return c;
  }

  const JsonLimits& limits_;
  Currency currency_ = Currency::czk();
};

}  // namespace

namespace detail {

Plan read_plan(std::string_view text, const JsonLimits& limits) {
  const json document = parse_document(text, limits);
  return PlanReader(limits).plan(document);
}

}  // namespace detail

Plan read_plan_json(std::string_view text, const JsonLimits& limits) {
  try {
    return detail::read_plan(text, limits);
  } catch (const JsonFailure& f) {
    detail::raise(f);
  }
}

Plan load_plan_json(const std::filesystem::path& path, const JsonLimits& limits) {
  return read_plan_json(detail::read_file(path, limits.max_document_bytes, "J003"), limits);
}

bool PlanCheck::ok() const noexcept {
  if (!plan) return false;
  for (const Diagnostic& d : diagnostics)
    if (d.severity == Severity::error) return false;
  return true;
}

PlanCheck check_plan_json_file(const std::filesystem::path& path, const JsonLimits& limits) {
  std::string text;
  try {
    text = detail::read_file(path, limits.max_document_bytes, "J003");
  } catch (const LimitExceeded& e) {
    PlanCheck check;
    check.diagnostics.push_back({"J003", Severity::error, "", e.message()});
    return check;
  }
  return check_plan_json(text, limits);
}

PlanCheck check_plan_json(std::string_view text, const JsonLimits& limits) {
  PlanCheck check;
  try {
    check.plan = detail::read_plan(text, limits);
  } catch (const JsonFailure& f) {
    check.diagnostics.push_back({f.code, Severity::error, f.where, f.message});
    return check;
  }
  check.diagnostics = validate(*check.plan);
  return check;
}

}  // namespace kpss
