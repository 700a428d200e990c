#include "registry/import_report_repository.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace anjian::registry {

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

constexpr std::size_t kIdLength = 32;  // 128 bits in hex

bool IsReportId(std::string_view id) {
  return id.size() == kIdLength &&
         std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::string NewId() {
  unsigned char raw[kIdLength / 2];
  randombytes_buf(raw, sizeof raw);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  for (unsigned char b : raw) {
    id.push_back(kHex[b >> 4]);
    id.push_back(kHex[b & 15]);
  }
  return id;
}

std::optional<std::string> ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  if (in.bad()) return std::nullopt;
  return bytes;
}

struct Meta {
  int64_t user_id = 0;
  std::string scope;
  int64_t created_at = 0;
};

std::optional<Meta> ReadMeta(const fs::path& p) {
  auto text = ReadFile(p);
  if (!text || text->size() > 64 * 1024) return std::nullopt;
  boost::system::error_code ec;
  json::value v = json::parse(*text, ec);
  if (ec || !v.is_object()) return std::nullopt;
  const auto& o = v.as_object();
  const auto* user = o.if_contains("user_id");
  const auto* scope = o.if_contains("scope");
  const auto* at = o.if_contains("created_at");
  if (!user || !user->is_int64() || !scope || !scope->is_string() || !at || !at->is_int64())
    return std::nullopt;
  return Meta{user->as_int64(), std::string(scope->as_string()), at->as_int64()};
}

void RemoveQuietly(const fs::path& p) {
  std::error_code ec;
  fs::remove(p, ec);
}

}  // namespace

ImportReportOwner ImportReportOwner::Of(const api::Principal& who) {
  const api::Scope s = api::Scope::For(who);
  return {who.user_id, std::to_string(static_cast<int>(s.kind)) + '|' + s.region_path + '|' +
                           std::to_string(s.enterprise_id)};
}

ImportReportWriter::ImportReportWriter(std::string dir, std::string sheet_name,
                                       std::vector<std::string> headers,
                                       std::vector<double> widths, std::size_t max_rows)
    : dir_(std::move(dir)),
      sheet_name_(std::move(sheet_name)),
      headers_(std::move(headers)),
      widths_(std::move(widths)),
      max_rows_(std::min<std::size_t>(max_rows, office::kMaxSheetRows - 1)) {}

ImportReportWriter::~ImportReportWriter() {
  xlsx_.reset();  // closes the file before it is removed
  if (!id_.empty() && !committed_) RemoveQuietly(fs::path(dir_) / (id_ + ".xlsx.part"));
}

void ImportReportWriter::Fail(const std::exception& e) {
  spdlog::warn("import error report {} not written: {}", id_, e.what());
  failed_ = true;
  xlsx_.reset();
}

void ImportReportWriter::AddRow(const std::vector<office::Cell>& row) {
  ++offered_;
  if (failed_ || written_ >= max_rows_) return;
  try {
    if (!xlsx_) {
      fs::create_directories(dir_);
      fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::replace);
      id_ = NewId();
      auto w = std::make_unique<office::XlsxWriter>(sheet_name_);
      w->StreamTo((fs::path(dir_) / (id_ + ".xlsx.part")).string());
      w->SetColumnWidths(widths_);
      w->AddHeaderRow(headers_);
      xlsx_ = std::move(w);
    }
    xlsx_->AddRow(row);
    ++written_;
  } catch (const std::exception& e) {
    Fail(e);
  }
}

std::string ImportReportWriter::Commit(const ImportReportOwner& owner, int64_t now_unix) {
  if (failed_ || !xlsx_) return "";
  try {
    xlsx_->FinishFile();
    xlsx_.reset();
    const fs::path base = fs::path(dir_) / id_;
    fs::rename(base.string() + ".xlsx.part", base.string() + ".xlsx");
    const std::string meta = json::serialize(json::object{
        {"user_id", owner.user_id}, {"scope", owner.scope}, {"created_at", now_unix},
        {"rows", static_cast<int64_t>(written_)}});
    {
      std::ofstream out(base.string() + ".json.part", std::ios::binary | std::ios::trunc);
      out << meta;
      out.close();
      if (!out) throw std::runtime_error("cannot write " + base.string() + ".json.part");
    }
    fs::rename(base.string() + ".json.part", base.string() + ".json");
    committed_ = true;
    return id_;
  } catch (const std::exception& e) {
    Fail(e);
    RemoveQuietly(fs::path(dir_) / (id_ + ".xlsx"));
    RemoveQuietly(fs::path(dir_) / (id_ + ".json.part"));
    return "";
  }
}

void SweepImportReports(const std::string& dir, int64_t now_unix, int64_t ttl_seconds,
                        std::uint64_t max_bytes) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  struct Live {
    std::string id;
    int64_t created_at;
    std::uint64_t bytes;
  };
  std::vector<Live> live;
  // Stray part files are judged by their modification time, which the file system stamps
  // from its own clock: compare it with that clock, not with the service clock.
  const auto file_now = fs::file_time_type::clock::now();
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path p = it->path();
    const std::string name = p.filename().string();
    if (name.ends_with(".json") && IsReportId(name.substr(0, name.size() - 5))) {
      const std::string id = name.substr(0, kIdLength);
      auto meta = ReadMeta(p);
      std::error_code size_ec;
      const auto bytes = fs::file_size(fs::path(dir) / (id + ".xlsx"), size_ec);
      if (!meta || size_ec || meta->created_at + ttl_seconds <= now_unix) {
        RemoveQuietly(fs::path(dir) / (id + ".xlsx"));
        RemoveQuietly(p);
        continue;
      }
      live.push_back({id, meta->created_at, bytes});
      continue;
    }
    // A part file of an interrupted import, or a report whose record is missing: removed once
    // it is older than any report may live (a running import's part file is younger).
    const bool stray = name.ends_with(".part") || name.ends_with(".xlsx");
    if (!stray) continue;
    if (name.ends_with(".xlsx") && fs::exists(fs::path(dir) / (name.substr(0, kIdLength) + ".json")))
      continue;
    std::error_code time_ec;
    const auto written = fs::last_write_time(p, time_ec);
    if (!time_ec && file_now - written > std::chrono::seconds(ttl_seconds)) RemoveQuietly(p);
  }
  std::sort(live.begin(), live.end(),
            [](const Live& a, const Live& b) { return a.created_at > b.created_at; });
  std::uint64_t total = 0;
  for (const auto& r : live) {
    total += r.bytes;
    if (total > max_bytes) {
      RemoveQuietly(fs::path(dir) / (r.id + ".json"));
      RemoveQuietly(fs::path(dir) / (r.id + ".xlsx"));
    }
  }
}

std::optional<std::string> LoadImportReport(const std::string& dir, std::string_view id,
                                            const ImportReportOwner& owner, int64_t now_unix,
                                            int64_t ttl_seconds) {
  if (!IsReportId(id)) return std::nullopt;
  const fs::path base = fs::path(dir) / std::string(id);
  auto meta = ReadMeta(base.string() + ".json");
  if (!meta || meta->user_id != owner.user_id || meta->scope != owner.scope ||
      meta->created_at + ttl_seconds <= now_unix)
    return std::nullopt;
  return ReadFile(base.string() + ".xlsx");
}

ImportSlots& ImportSlots::Global() {
  static ImportSlots slots;
  return slots;
}

std::optional<ImportSlots::Slot> ImportSlots::TryTake(int limit) {
  int current = running_.load();
  while (current < limit) {
    if (running_.compare_exchange_weak(current, current + 1)) return Slot(this);
  }
  return std::nullopt;
}

}  // namespace anjian::registry
