#include "registry/enterprise_import_service.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "platform/storage/cluster.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "dual_prevention/investigation/task_generation_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/office/format_error.hpp"
#include "platform/office/table_file.hpp"
#include "registry/enterprise_rules.hpp"
#include "registry/import_report_repository.hpp"
#include "registry/industry_rules.hpp"
#include "registry/import_cell_rules.hpp"
#include "registry/region_index.hpp"
#include "registry/registry_errors.hpp"
#include "registry/registry_json.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::registry {

namespace {

struct Column {
  const char* zh;
  const char* key;
  bool importable;
};

const std::vector<Column>& Columns() {
  static const std::vector<Column> kColumns = {
      {"企业名称", "name", true},
      {"统一社会信用代码", "uscc", true},
      {"行政区划代码", "region_code", true},
      {"行政区划", "region_name", false},
      {"行业类别", "industry", true},
      {"国民经济行业代码", "industry_code", true},
      {"监管关系", "supervision", false},
      {"企业规模", "scale", true},
      {"地址", "address", true},
      {"法定代表人", "legal_representative", true},
      {"联系电话", "contact_phone", true},
      {"从业人数", "employees", true},
      {"所在园区", "park_name", true},
      {"纬度", "latitude", true},
      {"经度", "longitude", true},
      {"状态", "status", false},
  };
  return kColumns;
}

// Accepts the stored value ("hazardous_chemicals") or the Chinese label ("危险化学品").

std::string ScaleFromCell(const std::string& cell) {
  for (auto s : AllScales())
    if (cell == ScaleLabelZh(s) || cell == ScaleLabelEn(s)) return std::string(ScaleValue(s));
  return cell;
}

}  // namespace

const std::vector<std::string>& EnterpriseExportHeaders() {
  static const std::vector<std::string> kHeaders = [] {
    std::vector<std::string> h;
    for (const auto& c : Columns()) h.emplace_back(c.zh);
    return h;
  }();
  return kHeaders;
}

std::vector<office::Cell> EnterpriseExportRow(const Enterprise& e) {
  std::vector<office::Cell> row;
  auto industry = ParseIndustry(e.industry);
  auto supervision = ParseSupervision(e.supervision);
  auto scale = ParseScale(e.scale);
  for (const auto& c : Columns()) {
    std::string k = c.key;
    if (k == "name") row.emplace_back(e.name);
    else if (k == "uscc") row.emplace_back(e.uscc);
    else if (k == "region_code") row.emplace_back(e.region_code);
    else if (k == "region_name") row.emplace_back(e.region_name);
    else if (k == "industry")
      row.emplace_back(industry ? std::string(IndustryLabelZh(*industry)) : e.industry);
    else if (k == "industry_code") row.emplace_back(e.industry_code);
    else if (k == "supervision")
      row.emplace_back(supervision ? std::string(SupervisionLabelZh(*supervision)) : "");
    else if (k == "scale") row.emplace_back(scale ? std::string(ScaleLabelZh(*scale)) : "");
    else if (k == "address") row.emplace_back(e.address);
    else if (k == "legal_representative") row.emplace_back(e.legal_representative);
    else if (k == "contact_phone") row.emplace_back(e.contact_phone);
    else if (k == "employees") row.emplace_back(e.employees ? office::Cell(*e.employees) : office::Cell());
    else if (k == "park_name") row.emplace_back(e.park_name);
    else if (k == "latitude") row.emplace_back(e.latitude ? office::Cell(*e.latitude) : office::Cell());
    else if (k == "longitude")
      row.emplace_back(e.longitude ? office::Cell(*e.longitude) : office::Cell());
    else if (k == "status") row.emplace_back(e.status == "active" ? "在册" : "已注销");
    else row.emplace_back(std::monostate{});
  }
  return row;
}

const std::vector<std::string>& ImportReportHeaders() {
  static const std::vector<std::string> kHeaders = {"行号", "字段", "填写的值", "错误说明",
                                                    "Message"};
  return kHeaders;
}

const std::vector<double>& ImportReportWidths() {
  static const std::vector<double> kWidths = {8, 18, 28, 40, 40};
  return kWidths;
}

namespace {

// Codes already seen in the file, packed losslessly: a valid code is 18 characters of a
// 31-letter alphabet (90 bits), so a million codes take 32 MiB of open addressing instead of
// a std::set of strings (over 100 MiB).
class UsccSet {
 public:
  // True when the code was not in the set. Precondition: a normalised, well-formed code.
  bool Insert(std::string_view uscc) {
    unsigned __int128 key = 1;  // 0 marks an empty slot
    for (char c : uscc) key = key * 32 + static_cast<unsigned>(UsccCharValue(c) + 1);
    if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
    if (Place(slots_, key)) {
      ++size_;
      return true;
    }
    return false;
  }

 private:
  static std::size_t Hash(unsigned __int128 k) {
    const auto lo = static_cast<std::uint64_t>(k);
    const auto hi = static_cast<std::uint64_t>(k >> 64);
    return static_cast<std::size_t>((lo ^ (hi * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull >> 17);
  }
  static bool Place(std::vector<unsigned __int128>& slots, unsigned __int128 key) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = Hash(key) & mask;; i = (i + 1) & mask) {
      if (slots[i] == key) return false;
      if (slots[i] == 0) {
        slots[i] = key;
        return true;
      }
    }
  }
  void Grow() {
    std::vector<unsigned __int128> bigger(slots_.empty() ? 1024 : slots_.size() * 2);
    for (auto k : slots_)
      if (k != 0) Place(bigger, k);
    slots_.swap(bigger);
  }

  std::vector<unsigned __int128> slots_;
  std::size_t size_ = 0;
};

std::string FieldLabelZh(const std::string& key) {
  for (const auto& c : Columns())
    if (key == c.key) return c.zh;
  return key;
}

}  // namespace

ImportSummary ImportEnterprises(storage::Connection& conn, const api::Principal& who,
                                const std::string& filename, std::string_view bytes,
                                const ImportOptions& options,
                                const std::function<bool(const std::string&)>& region_allowed,
                                const core::Clock& clock) {
  std::map<std::string, size_t> col;  // column key -> cell index, from the header row
  bool have_header = false;

  ImportSummary summary;
  std::map<std::string, ImportRuleCount> by_rule;
  std::map<std::string, int64_t> by_field;
  int64_t error_count = 0, error_rows = 0, total = 0, imported = 0;
  UsccSet seen_uscc;
  std::optional<storage::Transaction> tx;
  bool writing = true;  // false once an all-or-nothing import has met a bad row

  const auto on_row = [&](size_t line, std::vector<std::string>& row) {
    if (!have_header) {
      if (line != 1) core::Invalid(Err("import_header_missing").At("file"));
      have_header = true;
      // Map header cells (Chinese label or English key) to columns.
      for (size_t i = 0; i < row.size(); ++i) {
        std::string h = core::Trim(row[i]);
        for (const auto& c : Columns())
          if (c.importable && (h == c.zh || h == c.key)) col[c.key] = i;
      }
      std::vector<FieldError> header_errors;
      for (const char* required : {"name", "uscc", "region_code", "industry"}) {
        if (!col.count(required))
          header_errors.push_back(
              Err("column_missing").At(required, required, FieldLabelZh(required)));
      }
      if (!header_errors.empty()) core::Invalid(std::move(header_errors));
      return;
    }
    bool blank = true;
    for (const auto& cell : row)
      if (!core::Trim(cell).empty()) blank = false;
    if (blank) return;
    ++total;
    auto cell = [&](const char* key) {
      auto it = col.find(key);
      if (it == col.end() || it->second >= row.size()) return std::string();
      return core::Trim(row[it->second]);
    };
    std::vector<FieldError> errs;
    EnterpriseInput in;
    in.name = cell("name");
    in.uscc = cell("uscc");
    in.region_code = cell("region_code");
    const std::string industry_cell = cell("industry");
    std::string code_in_industry;
    const auto industry = IndustryFromImportCell(industry_cell, &code_in_industry);
    in.industry = industry ? std::string(IndustryValue(*industry)) : industry_cell;
    in.industry_code = cell("industry_code");
    if (in.industry_code.empty()) in.industry_code = code_in_industry;
    in.scale = ScaleFromCell(cell("scale"));
    in.address = cell("address");
    in.legal_representative = cell("legal_representative");
    in.contact_phone = cell("contact_phone");
    in.park_name = cell("park_name");
    auto num = [&](const char* key, auto& dst, bool integer) {
      std::string v = cell(key);
      if (v.empty()) return;
      try {
        size_t used = 0;
        double d = std::stod(v, &used);
        if (used != v.size() || (integer && d != static_cast<double>(static_cast<int64_t>(d))))
          throw std::invalid_argument(v);
        dst = static_cast<std::remove_reference_t<decltype(*dst)>>(d);
      } catch (const std::exception&) {
        errs.push_back(Err("number").At(key));
      }
    };
    num("employees", in.employees, true);
    num("latitude", in.latitude, false);
    num("longitude", in.longitude, false);
    auto rule_errs = ValidateEnterprise(in, [](std::string_view code) {
      return RegionIndex::Global().Find(std::string(code)) != nullptr;
    });
    if (const RegionInfo* r = RegionIndex::Global().Find(in.region_code);
        r && r->status != "active")
      rule_errs.push_back(Err("region_inactive").At("region_code", in.region_code));
    // What a person's spreadsheet got wrong, said in its terms: a USCC or phone kept as a number
    // (instead of its length or format), an industry written in words the table does not use
    // (naming the accepted values).
    const bool uscc_number = LooksLikeSpreadsheetNumber(cell("uscc"));
    const bool phone_number = LooksLikeSpreadsheetNumber(cell("contact_phone"));
    bool uscc_bad = false, phone_bad = false;  // the field has an error of its own
    std::vector<FieldError> shown;
    for (auto& e : rule_errs) {
      if (e.field == "uscc") uscc_bad = true;
      if (e.field == "contact_phone") phone_bad = true;
      if ((e.field == "uscc" && uscc_number) || (e.field == "contact_phone" && phone_number))
        continue;
      if (e.rule == "industry_invalid") {
        shown.push_back(Err("industry_unrecognised").At("industry", industry_cell));
        continue;
      }
      shown.push_back(std::move(e));
    }
    if (uscc_bad && uscc_number) shown.push_back(Err("stored_as_number").At("uscc"));
    if (phone_bad && phone_number) shown.push_back(Err("stored_as_number").At("contact_phone"));
    const bool row_ok = shown.empty();
    errs.insert(errs.end(), shown.begin(), shown.end());
    // A well-formed USCC counts as seen even when its row is bad for another reason (or its
    // check character is wrong), so a later row with the same code is reported as a duplicate.
    const bool well_formed =
        in.uscc.size() == 18 &&
        std::all_of(in.uscc.begin(), in.uscc.end(), [](char c) { return UsccCharValue(c) >= 0; });
    const bool duplicate = well_formed && !seen_uscc.Insert(in.uscc);
    if (duplicate) errs.push_back(Err("uscc_duplicate_in_file").At("uscc"));
    if (row_ok) {
      if (!region_allowed(in.region_code))
        errs.push_back(Err("region_out_of_scope").At("region_code"));
      if (!duplicate && UsccTaken(conn, in.uscc)) errs.push_back(Err("uscc_duplicate").At("uscc"));
    }

    if (errs.empty()) {
      if (!writing) return;
      if (!tx) tx.emplace(conn);
      int64_t id = InsertEnterprise(conn, in, "", clock.NowIso());
      auto after = *GetEnterprise(conn, api::Scope{api::Scope::Kind::kAll}, id);
      audit::Append(conn, api::ActorOf(who, clock.Now()), "import", "enterprise", std::to_string(id), nullptr,
                    EnterpriseJson(after));
      ++imported;
      return;
    }
    ++error_rows;
    for (auto& e : errs) {
      ++error_count;
      auto& rc = by_rule[e.rule];
      if (rc.count++ == 0) {
        rc.rule = e.rule;
        rc.message = e.message;
        rc.message_zh = e.message_zh;
      }
      ++by_field[e.field];
      if (options.report)
        options.report->AddRow({static_cast<int64_t>(line), FieldLabelZh(e.field), cell(e.field.c_str()),
                                e.message_zh, e.message});
      if (summary.errors.size() < options.error_limit)
        summary.errors.push_back({static_cast<int64_t>(line), e.field, e.rule,
                                  std::move(e.message), std::move(e.message_zh)});
    }
    if (!options.valid_only && writing) {
      writing = false;
      tx.reset();  // rolls back: all or nothing
      imported = 0;
    }
  };

  try {
    office::ForEachTableRow(filename, bytes, on_row);
  } catch (const office::FormatError& e) {
    core::Invalid(Err("file_format").At("file", e.what(), e.MessageZh()));
  }
  if (!have_header) core::Invalid(Err("import_header_missing").At("file"));
  if (tx) {
    // The imported civil-explosives enterprises' company-level daily inspection.
    investigation::EnsureCompanyDailyInspection(conn, api::ActorOf(who, clock.Now()), std::nullopt);
    storage::BumpRevision(conn, "enterprises");  // issue 16: every node's list cache
    tx->Commit();
  }

  for (auto& [rule, rc] : by_rule) summary.errors_by_rule.push_back(std::move(rc));
  for (auto& [field, n] : by_field)
    summary.errors_by_field.push_back({field, FieldLabelZh(field), n});
  std::stable_sort(summary.errors_by_rule.begin(), summary.errors_by_rule.end(),
                   [](const auto& a, const auto& b) { return a.count > b.count; });
  std::stable_sort(summary.errors_by_field.begin(), summary.errors_by_field.end(),
                   [](const auto& a, const auto& b) { return a.count > b.count; });
  summary.total_rows = total;
  summary.imported = imported;
  summary.skipped = total - imported;
  summary.error_count = error_count;
  summary.error_rows = error_rows;
  summary.errors_truncated = static_cast<int64_t>(summary.errors.size()) < error_count;
  return summary;
}

}  // namespace anjian::registry
