#include "kpss/io/registry.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <istream>
#include <streambuf>

#include <gsl/gsl>
#include <nlohmann/json.hpp>

#include "kpss/core/error.hpp"

namespace kpss {

namespace {

using nlohmann::json;

// Feeds the parser from `in` in chunks, counting bytes and lines so that limits hold and
// errors can name a line and column. nlohmann's stream adapter reads through the
// streambuf directly, so the LimitExceeded thrown here reaches the caller intact.
class CountingBuffer : public std::streambuf {
 public:
  CountingBuffer(std::istream& in, std::size_t max_bytes) : in_(in), max_bytes_(max_bytes) {}

  std::size_t line() const { return line_ + count_lines(consumed_start_, gptr()); }

 protected:
  int_type underflow() override {
    line_ += count_lines(consumed_start_, gptr());
    in_.read(buffer_.data(), gsl::narrow<std::streamsize>(buffer_.size()));
    const auto got = static_cast<std::size_t>(in_.gcount());
    if (got == 0) {
      if (in_.bad()) throw IoError("reading the registry export failed");
      return traits_type::eof();
    }
    total_ += got;
    if (total_ > max_bytes_)
      throw LimitExceeded("the registry export is larger than " + std::to_string(max_bytes_) +
                          " bytes");
    setg(buffer_.data(), buffer_.data(), buffer_.data() + got);
    consumed_start_ = buffer_.data();
    return traits_type::to_int_type(buffer_[0]);
  }

 private:
  static std::size_t count_lines(const char* from, const char* to) {
    std::size_t n = 0;
    for (const char* p = from; p != nullptr && p < to; ++p) n += (*p == '\n');
    return n;
  }

  std::istream& in_;
  std::size_t max_bytes_;
  std::array<char, 64 * 1024> buffer_{};
  std::size_t total_ = 0;
  std::size_t line_ = 1;
  const char* consumed_start_ = nullptr;
};

std::string pointer_for(std::size_t item) { return "/polozky/" + std::to_string(item); }

// Converts one item's JSON tree into a service, collecting diagnostics; returns nothing
// when the item cannot be imported.
class ItemConverter {
 public:
  ItemConverter(const RegistryOptions& options, std::vector<RegistryDiagnostic>& diagnostics)
      : options_(options), diagnostics_(diagnostics) {}

  std::optional<RegistryService> convert(const json& item, std::size_t index) {
    const std::string base = pointer_for(index);
    if (!item.is_object()) return skip(base, "an item must be an object");
    RegistryService s;
    s.item = index;
    const json* id = member(item, "id");
    if (id == nullptr || !id->is_number_integer())
      return skip(base + "/id", "missing or not an integer");
    s.id = id->get<std::int64_t>();
    if (!text(item, "identifikator", base, s.identifier)) return std::nullopt;
    if (!date(item, "datumPoskytovaniOd", base, s.provided_from)) return std::nullopt;
    if (!date(item, "datumPoskytovaniDo", base, s.provided_to)) return std::nullopt;

    std::string type_code;
    if (!code_text(item, "druhSocialniSluzby", base, type_code)) return std::nullopt;
    const CodeEntry* type = resolve(CodeList::service_type, type_code);
    if (type == nullptr)
      return skip(base + "/druhSocialniSluzby",
                  "unknown service type '" + type_code + "'; the item is not imported");
    s.type = type->key;

    if (const json* p = member(item, "poskytovatel")) {
      if (!p->is_object()) return skip(base + "/poskytovatel", "must be an object");
      if (!text(*p, "ico", base + "/poskytovatel", s.provider_ico)) return std::nullopt;
      if (!text(*p, "nazev", base + "/poskytovatel", s.provider_name)) return std::nullopt;
    }
    if (!facilities(item, base, s)) return std::nullopt;
    if (!codes(item, "ciloveSkupiny", CodeList::target_group, base, s.target_groups))
      return std::nullopt;
    if (!codes(item, "vekoveSkupiny", CodeList::age_band, base, s.age_bands))
      return std::nullopt;
    if (!forms(item, base, s)) return std::nullopt;
    if (!territories(item, base, s)) return std::nullopt;
    return s;
  }

 private:
  std::nullopt_t skip(std::string path, std::string message) {
    diagnostics_.push_back({std::move(path), std::move(message)});
    return std::nullopt;
  }
  void note(std::string path, std::string message) {
    diagnostics_.push_back({std::move(path), std::move(message)});
  }

  static const json* member(const json& object, const char* name) {
    const auto it = object.find(name);
    return it == object.end() || it->is_null() ? nullptr : &*it;
  }

  const CodeEntry* resolve(CodeList list, std::string_view code) const {
    return options_.codes != nullptr ? options_.codes->resolve(list, code)
                                     : find_code(list, code);
  }

  // An optional string member.
  bool text(const json& object, const char* name, const std::string& base, std::string& out) {
    const json* v = member(object, name);
    if (v == nullptr) return true;
    if (!v->is_string()) {
      skip(base + "/" + name, "must be a string");
      return false;
    }
    out = v->get<std::string>();
    return true;
  }

  // A code: the registry writes codes as strings or numbers, or as {"kod": ...} objects.
  static std::optional<std::string> code_of(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
    if (v.is_object()) {
      const auto it = v.find("kod");
      if (it != v.end()) return code_of(*it);
    }
    return std::nullopt;
  }

  bool code_text(const json& object, const char* name, const std::string& base, std::string& out) {
    const json* v = member(object, name);
    if (v == nullptr) {
      skip(base + "/" + name, "missing");
      return false;
    }
    auto c = code_of(*v);
    if (!c) {
      skip(base + "/" + name, "must be a code (a string, a number or an object with \"kod\")");
      return false;
    }
    out = std::move(*c);
    return true;
  }

  bool date(const json& object, const char* name, const std::string& base,
            std::optional<Date>& out) {
    const json* v = member(object, name);
    if (v == nullptr) return true;
    if (v->is_string()) {
      // The export writes timestamps ("2015-03-01T00:00:00"); the day is what counts.
      const std::string t = v->get<std::string>();
      try {
        out = parse_date(std::string_view(t).substr(0, 10));
        if (t.size() == 10 || t[10] == 'T') return true;
      } catch (const Error&) {
      }
    }
    skip(base + "/" + name, "not a date (YYYY-MM-DD)");
    return false;
  }

  bool array_member(const json& object, const char* name, const std::string& base,
                    const json*& out) {
    out = member(object, name);
    if (out == nullptr || out->is_array()) return true;
    skip(base + "/" + name, "must be an array");
    return false;
  }

  bool codes(const json& item, const char* name, CodeList list, const std::string& base,
             std::vector<std::string>& out) {
    const json* arr = nullptr;
    if (!array_member(item, name, base, arr)) return false;
    if (arr == nullptr) return true;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const std::string path = base + "/" + name + "/" + std::to_string(i);
      const auto c = code_of((*arr)[i]);
      const CodeEntry* e = c ? resolve(list, *c) : nullptr;
      if (e == nullptr) {
        note(path, std::string("unknown ") + to_string(list) + " '" + (c ? *c : (*arr)[i].dump()) +
                       "'; left out");
        continue;
      }
      if (std::find(out.begin(), out.end(), e->key) == out.end()) out.emplace_back(e->key);
    }
    return true;
  }

  bool facilities(const json& item, const std::string& base, RegistryService& s) {
    const json* arr = nullptr;
    if (!array_member(item, "zarizeni", base, arr)) return false;
    if (arr == nullptr) return true;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const std::string path = base + "/zarizeni/" + std::to_string(i);
      const json& f = (*arr)[i];
      if (!f.is_object()) return skip(path, "must be an object"), false;
      RegistryFacility out;
      if (!text(f, "nazev", path, out.name)) return false;
      if (const json* a = member(f, "adresa")) {
        if (!a->is_object()) return skip(path + "/adresa", "must be an object"), false;
        if (!text(*a, "obec", path + "/adresa", out.municipality)) return false;
        if (const json* k = member(*a, "kodObce")) {
          auto c = code_of(*k);
          if (!c) return skip(path + "/adresa/kodObce", "must be a code"), false;
          out.municipality_code = std::move(*c);
        }
      }
      s.facilities.push_back(std::move(out));
    }
    return true;
  }

  bool forms(const json& item, const std::string& base, RegistryService& s) {
    const json* arr = nullptr;
    if (!array_member(item, "formy", base, arr)) return false;
    if (arr == nullptr) return true;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const std::string path = base + "/formy/" + std::to_string(i);
      const json& f = (*arr)[i];
      if (!f.is_object()) return skip(path, "must be an object"), false;
      std::string form_code;
      if (!code_text(f, "forma", path, form_code)) return false;
      const CodeEntry* form = resolve(CodeList::form, form_code);
      if (form == nullptr) {
        note(path + "/forma", "unknown form '" + form_code + "'; the form is left out");
        continue;
      }
      RegistryForm out;
      out.form = form->key;
      const json* caps = nullptr;
      if (!array_member(f, "kapacity", path, caps)) return false;
      for (std::size_t k = 0; caps != nullptr && k < caps->size(); ++k) {
        const std::string cpath = path + "/kapacity/" + std::to_string(k);
        const json& c = (*caps)[k];
        if (!c.is_object()) return skip(cpath, "must be an object"), false;
        std::string unit_code;
        if (!code_text(c, "typ", cpath, unit_code)) return false;
        const json* count = member(c, "pocet");
        if (count == nullptr || !count->is_number() || !std::isfinite(count->get<double>()) ||
            count->get<double>() < 0)
          return skip(cpath + "/pocet", "must be a non-negative number"), false;
        RegistryCapacity cap;
        if (!text(c, "popis", cpath, cap.description)) return false;
        const CodeEntry* unit = resolve(CodeList::capacity_unit, unit_code);
        if (unit == nullptr) {
          note(cpath + "/typ", "unknown capacity unit '" + unit_code + "'; the capacity is left out");
          continue;
        }
        cap.unit = unit->key;
        cap.amount = count->get<double>();
        out.capacities.push_back(std::move(cap));
      }
      s.forms.push_back(std::move(out));
    }
    return true;
  }

  bool territories(const json& item, const std::string& base, RegistryService& s) {
    const json* arr = nullptr;
    if (!array_member(item, "rozsirenePusobnostiVKraji", base, arr)) return false;
    if (arr == nullptr) return true;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const std::string path = base + "/rozsirenePusobnostiVKraji/" + std::to_string(i);
      const auto c = code_of((*arr)[i]);
      try {
        if (!c) throw InvalidArgument("must be a territory code");
        TerritoryCode t = TerritoryCode::parse(*c);
        if (std::find(s.territories.begin(), s.territories.end(), t) == s.territories.end())
          s.territories.push_back(std::move(t));
      } catch (const Error& e) {
        note(path, "unknown territory: " + e.message() + "; left out");
      }
    }
    return true;
  }

  const RegistryOptions& options_;
  std::vector<RegistryDiagnostic>& diagnostics_;
};

bool reaches(const RegistryService& s, const TerritoryCode& filter) {
  for (const TerritoryCode& t : s.territories) {
    if (t == filter) return true;
    if (filter.level() == TerritoryLevel::region && t.region_code() == filter.code()) return true;
  }
  return false;
}

bool provided_on(const RegistryService& s, const Date& day) {
  if (s.provided_from && day < *s.provided_from) return false;
  if (s.provided_to && *s.provided_to < day) return false;
  return true;
}

// SAX handler: skips everything outside `polozky`, builds one item's tree at a time and
// hands it to the converter.
class RegistrySax final : public nlohmann::json_sax<json> {
 public:
  RegistrySax(const RegistryOptions& options, RegistryImport& result, const CountingBuffer& buf)
      : options_(options), limits_(options.limits), result_(result), buffer_(buf),
        converter_(options, result.diagnostics) {}

  bool seen_items() const { return seen_items_; }
  const std::string& syntax_error() const { return error_; }

  bool null() override { return value(json(nullptr)); }
  bool boolean(bool v) override { return value(json(v)); }
  bool number_integer(number_integer_t v) override { return value(json(v)); }
  bool number_unsigned(number_unsigned_t v) override { return value(json(v)); }
  bool number_float(number_float_t v, const string_t&) override { return value(json(v)); }
  bool string(string_t& v) override {
    check_string(v);
    return value(json(std::move(v)));
  }
  bool binary(binary_t&) override { return value(json(nullptr)); }

  bool start_object(std::size_t) override { return open(json::object()); }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(json::array()); }
  bool end_array() override { return close(); }

  bool key(string_t& k) override {
    check_string(k);
    if (depth_ == 1) next_is_items_ = (k == "polozky");
    if (!stack_.empty()) key_ = std::move(k);
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    error_ = ex.what();
    return false;
  }

 private:
  void check_string(const std::string& s) const {
    if (s.size() > limits_.max_string_bytes)
      throw LimitExceeded("a string is longer than " + std::to_string(limits_.max_string_bytes) +
                              " bytes",
                          text_position(buffer_.line(), 1));
  }

  bool open(json container) {
    ++depth_;
    if (depth_ > limits_.max_depth)
      throw LimitExceeded("nesting deeper than " + std::to_string(limits_.max_depth),
                          text_position(buffer_.line(), 1));
    if (depth_ == 2 && next_is_items_) {
      if (!container.is_array())
        throw ParseError("\"polozky\" must be an array", "/polozky");
      in_items_ = true;
      seen_items_ = true;
      return true;
    }
    if (depth_ == 1 && !container.is_object())
      throw ParseError("the registry export must be a JSON object with \"polozky\"", "");
    if (in_items_ && depth_ >= 3) {
      if (depth_ == 3) {
        item_ = std::move(container);
        values_ = 0;
        stack_.push_back(&item_);
      } else {
        json* child = add(std::move(container));
        stack_.push_back(child);
      }
    }
    return true;
  }

  bool close() {
    if (in_items_ && depth_ >= 3) {
      stack_.pop_back();
      if (depth_ == 3) finish_item();
    }
    if (depth_ == 2 && in_items_) in_items_ = false;
    if (depth_ == 1) next_is_items_ = false;
    --depth_;
    return true;
  }

  bool value(json v) {
    if (depth_ == 1) next_is_items_ = false;
    if (in_items_ && depth_ == 2) {
      // A scalar item: let the converter report it.
      item_ = std::move(v);
      finish_item();
      return true;
    }
    if (!stack_.empty()) add(std::move(v));
    return true;
  }

  json* add(json v) {
    if (++values_ > limits_.max_item_values)
      throw LimitExceeded("item " + std::to_string(result_.items) + " has more than " +
                              std::to_string(limits_.max_item_values) + " values",
                          pointer_for(result_.items));
    json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(v));
      return &parent.back();
    }
    json& slot = parent[key_];
    slot = std::move(v);
    return &slot;
  }

  void finish_item() {
    const std::size_t index = result_.items++;
    if (result_.items > limits_.max_items)
      throw LimitExceeded("more than " + std::to_string(limits_.max_items) + " items",
                          "/polozky");
    auto service = converter_.convert(item_, index);
    item_ = json();
    if (!service) {
      ++result_.skipped;
      return;
    }
    if ((options_.territory && !reaches(*service, *options_.territory)) ||
        (options_.provided_on && !provided_on(*service, *options_.provided_on))) {
      ++result_.filtered;
      return;
    }
    result_.services.push_back(std::move(*service));
  }

  const RegistryOptions& options_;
  const RegistryLimits& limits_;
  RegistryImport& result_;
  const CountingBuffer& buffer_;
  ItemConverter converter_;
  std::size_t depth_ = 0;
  bool next_is_items_ = false;
  bool in_items_ = false;
  bool seen_items_ = false;
  json item_;
  std::vector<json*> stack_;
  std::string key_;
  std::size_t values_ = 0;
  std::string error_;
};

// nlohmann's message: "[json.exception.parse_error.101] parse error at line 3, column 7: ...".
std::pair<std::string, std::string> split_parse_message(const std::string& what) {
  const auto at = what.find(" at line ");
  const auto colon = what.find(": ", at == std::string::npos ? 0 : at);
  if (at == std::string::npos || colon == std::string::npos) return {what, ""};
  return {what.substr(colon + 2), what.substr(at + 4, colon - at - 4)};
}

}  // namespace

void RegistryCodeLists::add(CodeList list, std::string code, std::string name_cs) {
  names_[{list, std::move(code)}] = std::move(name_cs);
}

RegistryCodeLists RegistryCodeLists::parse(std::string_view json_text) {
  constexpr std::size_t kMax = std::size_t{16} << 20;
  if (json_text.size() > kMax) throw LimitExceeded("a code-list document is larger than 16 MiB");
  json doc;
  try {
    doc = json::parse(json_text);
  } catch (const json::parse_error& e) {
    auto [message, where] = split_parse_message(e.what());
    throw ParseError("the registry code lists are not JSON: " + message, where);
  }
  if (!doc.is_object()) throw ParseError("the registry code lists must be a JSON object", "");
  static constexpr std::pair<const char*, CodeList> kLists[] = {
      {"DruhSocialniSluzby", CodeList::service_type},
      {"FormaPoskytovani", CodeList::form},
      {"CilovaSkupina", CodeList::target_group},
      {"VekovaSkupina", CodeList::age_band},
      {"TypKapacity", CodeList::capacity_unit},
  };
  RegistryCodeLists out;
  for (const auto& [name, list] : kLists) {
    const auto it = doc.find(name);
    if (it == doc.end()) continue;
    const std::string base = std::string("/") + name;
    if (!it->is_array()) throw ParseError("must be an array", base);
    for (std::size_t i = 0; i < it->size(); ++i) {
      const json& e = (*it)[i];
      const std::string path = base + "/" + std::to_string(i);
      if (!e.is_object() || !e.contains("kod") || !e.contains("nazev") || !e["nazev"].is_string() ||
          !(e["kod"].is_string() || e["kod"].is_number_integer()))
        throw ParseError("an entry must be {\"kod\": code, \"nazev\": name}", path);
      out.add(list,
              e["kod"].is_string() ? e["kod"].get<std::string>()
                                   : std::to_string(e["kod"].get<std::int64_t>()),
              e["nazev"].get<std::string>());
    }
  }
  return out;
}

const CodeEntry* RegistryCodeLists::resolve(CodeList list, std::string_view code) const {
  const auto it = names_.find(std::pair<CodeList, std::string>{list, std::string(code)});
  if (it != names_.end()) {
    if (const CodeEntry* e = find_code(list, it->second)) return e;
  }
  return find_code(list, code);
}

RegistryImport read_registry(std::istream& in, const RegistryOptions& options) {
  CountingBuffer buffer(in, options.limits.max_bytes);
  std::istream counted(&buffer);
  RegistryImport result;
  RegistrySax sax(options, result, buffer);
  const bool ok = json::sax_parse(counted, &sax, nlohmann::detail::input_format_t::json, true);
  if (!ok) {
    auto [message, where] = split_parse_message(sax.syntax_error());
    throw ParseError("the registry export is not complete JSON (truncated or malformed): " +
                         message + "; nothing was imported",
                     where);
  }
  if (!sax.seen_items())
    throw ParseError("the registry export has no \"polozky\" array", "/polozky");
  return result;
}

RegistryImport read_registry_file(const std::filesystem::path& path,
                                  const RegistryOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot open the registry export", path.string());
  return read_registry(in, options);
}

}  // namespace kpss
