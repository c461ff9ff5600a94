#include "kpss/io/plan_archive.hpp"

#include <charconv>
#include <sstream>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/basic_archive.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>
#include <boost/crc.hpp>

#include "atomic_file.hpp"
#include "plan_serialization.hpp"

namespace kpss {

namespace {

constexpr std::string_view kMagic = "kpss-archive";
constexpr std::size_t kMaxHeader = 160;

// The checksum covers every byte but its own field: the header's other fields and the
// payload. So any damage anywhere is caught, including in the version numbers.
std::uint32_t crc32(std::string_view header_without_crc, std::string_view payload) {
  boost::crc_32_type crc;
  crc.process_bytes(header_without_crc.data(), header_without_crc.size());
  crc.process_bytes(payload.data(), payload.size());
  return crc.checksum();
}

std::string hex8(std::uint32_t v) {
  char buf[9];
  static constexpr char digits[] = "0123456789abcdef";
  for (int i = 7; i >= 0; --i, v >>= 4) buf[i] = digits[v & 0xF];
  buf[8] = '\0';
  return buf;
}

// The header's fields, split by single spaces.
std::vector<std::string_view> split(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == ' ') {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

template <class Int>
Int number(std::string_view text, int base, const char* what) {
  Int v{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v, base);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size())
    throw CorruptData(std::string("the envelope's ") + what + " '" + std::string(text) + "' is not a number");
  return v;
}

unsigned boost_archive_version() { return boost::archive::BOOST_ARCHIVE_VERSION(); }

}  // namespace

std::string_view to_string(ArchiveKind kind) noexcept { return kind == ArchiveKind::xml ? "xml" : "text"; }

bool from_string(std::string_view text, ArchiveKind& out) noexcept {
  if (text == "text") out = ArchiveKind::text;
  else if (text == "xml") out = ArchiveKind::xml;
  else return false;
  return true;
}

std::string write_plan_archive(const Plan& plan, ArchiveKind kind) {
  if (!plan.period.start.ok() || !plan.period.end.ok())
    throw InvalidArgument("the plan period is not made of calendar dates", "/period");
  std::ostringstream payload;
  {
    // Saving takes the plan by non-const reference in Boost's interface, but does not
    // modify it; the copy would cost as much as the archive itself.
    Plan& p = const_cast<Plan&>(plan);
    if (kind == ArchiveKind::xml) {
      boost::archive::xml_oarchive ar(payload);
      ar << boost::serialization::make_nvp("plan", p);
    } else {
      boost::archive::text_oarchive ar(payload);
      ar << boost::serialization::make_nvp("plan", p);
    }
  }
  const std::string body = std::move(payload).str();
  const std::string fields = std::string(kMagic) + ' ' + std::to_string(plan_archive_version) + ' ' +
                             boost::serialization::guid<Plan>() + ' ' + std::string(to_string(kind)) + ' ' +
                             std::to_string(boost_archive_version());
  const std::string length = std::to_string(body.size());
  std::string out;
  out.reserve(body.size() + kMaxHeader);
  out += fields;
  out += ' ' + hex8(crc32(fields + ' ' + length + '\n', body));
  out += ' ' + length;
  out += '\n';
  out += body;
  return out;
}

Plan read_plan_archive(std::string_view bytes, std::size_t max_bytes) {
  if (bytes.size() > max_bytes)
    throw LimitExceeded("the archive has " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                        std::to_string(max_bytes));
  const std::size_t eol = bytes.substr(0, kMaxHeader).find('\n');
  if (bytes.substr(0, kMagic.size()) != kMagic)
    throw CorruptData("not a kpss archive (the file does not start with \"kpss-archive\")");
  if (eol == std::string_view::npos) throw CorruptData("the archive's header line is truncated or damaged");
  const auto f = split(bytes.substr(0, eol));
  if (f.size() != 7 || f[0] != kMagic) throw CorruptData("the archive's header line is damaged");
  const int version = number<int>(f[1], 10, "format version");
  if (version < 1) throw CorruptData("the archive's format version " + std::to_string(version) + " is invalid");
  if (version > plan_archive_version)
    throw ParseError("the archive has format version " + std::to_string(version) +
                     "; this kpss reads versions up to " + std::to_string(plan_archive_version));
  if (f[2] != boost::serialization::guid<Plan>())
    throw CorruptData("the archive holds '" + std::string(f[2]) + "', not a plan");
  ArchiveKind kind{};
  if (!from_string(f[3], kind)) throw CorruptData("unknown archive kind '" + std::string(f[3]) + "'");
  const auto boost_version = number<unsigned>(f[4], 10, "Boost archive version");
  if (boost_version > boost_archive_version())
    throw ParseError("the archive was written by a newer Boost.Serialization (archive version " +
                     std::to_string(boost_version) + ", this one reads up to " +
                     std::to_string(boost_archive_version()) + ")");
  // Lower-case only: "F" would parse to the same value and hide a flipped bit.
  if (f[5].size() != 8 || f[5].find_first_not_of("0123456789abcdef") != std::string_view::npos)
    throw CorruptData("the archive's checksum field is damaged");
  const auto expected_crc = number<std::uint32_t>(f[5], 16, "checksum");
  const auto length = number<std::uint64_t>(f[6], 10, "payload length");
  const std::string_view body = bytes.substr(eol + 1);
  if (body.size() < length)
    throw CorruptData("the archive is truncated: " + std::to_string(body.size()) + " of " +
                      std::to_string(length) + " payload bytes");
  if (body.size() > length) throw CorruptData("the archive has " + std::to_string(body.size() - length) +
                                              " unexpected bytes after its payload");
  const std::string covered = std::string(bytes.substr(0, static_cast<std::size_t>(f[4].end() - bytes.data()))) +
                              ' ' + std::string(f[6]) + '\n';
  if (crc32(covered, body) != expected_crc) throw CorruptData("the archive is corrupted: checksum mismatch");

  // The bytes are what was written; a failure now means a writer bug or a crafted file.
  Plan plan;
  try {
    std::istringstream in{std::string(body)};
    if (kind == ArchiveKind::xml) {
      boost::archive::xml_iarchive ar(in);
      ar >> boost::serialization::make_nvp("plan", plan);
    } else {
      boost::archive::text_iarchive ar(in);
      ar >> boost::serialization::make_nvp("plan", plan);
    }
  } catch (const Error& e) {
    throw CorruptData("the archive holds an invalid value: " + e.message(), e.where());
  } catch (const boost::archive::archive_exception& e) {
    throw CorruptData(std::string("the archive cannot be read: ") + e.what());
  } catch (const std::length_error&) {
    throw CorruptData("the archive cannot be read: a length is out of range");
  }
  return plan;
}

void save_plan_archive(const Plan& plan, const std::filesystem::path& path, ArchiveKind kind) {
  detail::write_file_atomically(path, write_plan_archive(plan, kind));
}

Plan load_plan_archive(const std::filesystem::path& path, std::size_t max_bytes) {
  const std::string bytes = detail::read_file(path, max_bytes, "A003");
  try {
    return read_plan_archive(bytes, max_bytes);
  } catch (const CorruptData& e) {
    throw CorruptData(e.message(), e.where().empty() ? path.string() : e.where());
  }
}

}  // namespace kpss
