#include "registry/enterprise_import.hpp"

#include <boost/json.hpp>
#include <map>
#include <set>

#include "api/actor.hpp"
#include "api/json.hpp"
#include "common/error.hpp"
#include "domain/enterprise_rules.hpp"
#include "domain/industry.hpp"
#include "domain/text.hpp"
#include "domain/uscc.hpp"
#include "office/format_error.hpp"
#include "office/table_file.hpp"
#include "registry/enterprise_store.hpp"
#include "registry/region_index.hpp"

namespace anjian::registry {

namespace json = boost::json;

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
std::string IndustryFromCell(const std::string& cell) {
  for (auto ind : domain::AllIndustries())
    if (cell == domain::IndustryLabelZh(ind) || cell == domain::IndustryLabelEn(ind))
      return std::string(domain::IndustryValue(ind));
  return cell;
}

std::string ScaleFromCell(const std::string& cell) {
  for (auto s : domain::AllScales())
    if (cell == domain::ScaleLabelZh(s) || cell == domain::ScaleLabelEn(s))
      return std::string(domain::ScaleValue(s));
  return cell;
}

FieldError NumberError(const std::string& field) {
  return {field, "number", "must be a number", "必须是数字"};
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

std::vector<office::Cell> EnterpriseExportRow(const json::object& e) {
  std::vector<office::Cell> row;
  auto industry = domain::ParseIndustry(api::StringAt(e, "industry"));
  auto supervision = domain::ParseSupervision(api::StringAt(e, "supervision"));
  auto scale = domain::ParseScale(api::StringAt(e, "scale"));
  for (const auto& c : Columns()) {
    std::string k = c.key;
    if (k == "industry") {
      row.emplace_back(industry ? std::string(domain::IndustryLabelZh(*industry)) : api::StringAt(e, c.key));
    } else if (k == "supervision") {
      row.emplace_back(supervision ? std::string(domain::SupervisionLabelZh(*supervision)) : "");
    } else if (k == "scale") {
      row.emplace_back(scale ? std::string(domain::ScaleLabelZh(*scale)) : "");
    } else if (k == "status") {
      row.emplace_back(api::StringAt(e, "status") == "active" ? "在册" : "已注销");
    } else if (k == "employees") {
      auto it = e.find("employees");
      if (it != e.end() && it->value().is_int64()) row.emplace_back(it->value().as_int64());
      else row.emplace_back(std::monostate{});
    } else if (k == "latitude" || k == "longitude") {
      auto it = e.find(c.key);
      if (it != e.end() && it->value().is_number()) row.emplace_back(it->value().to_number<double>());
      else row.emplace_back(std::monostate{});
    } else {
      row.emplace_back(api::StringAt(e, c.key));
    }
  }
  return row;
}

json::object ImportEnterprises(storage::Connection& conn, const api::Principal& who,
                               const std::string& filename,
                               const std::string& bytes, bool valid_only,
                               const std::function<bool(const std::string&)>& region_allowed) {
  std::vector<std::vector<std::string>> table;
  try {
    table = office::ReadTableFile(filename, bytes);
  } catch (const office::FormatError& e) {
    throw ApiException{Error::Validation(
        {{"file", "file_format", std::string("cannot read the file: ") + e.what(),
          e.MessageZh()}})};
  }
  if (table.empty() || table[0].empty())
    throw ApiException{Error::Validation(
        {{"file", "file_empty", "the file has no header row", "文件没有表头行"}})};

  // Map header cells (Chinese label or English key) to columns.
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < table[0].size(); ++i) {
    std::string h = domain::Trim(table[0][i]);
    for (const auto& c : Columns())
      if (c.importable && (h == c.zh || h == c.key)) col[c.key] = i;
  }
  std::vector<FieldError> header_errors;
  for (const char* required : {"name", "uscc", "region_code", "industry"}) {
    if (!col.count(required)) {
      std::string zh;
      for (const auto& c : Columns())
        if (std::string(c.key) == required) zh = c.zh;
      header_errors.push_back({required, "column_missing", std::string("column missing: ") + required,
                               "缺少列：" + zh});
    }
  }
  if (!header_errors.empty()) throw ApiException{Error::Validation(std::move(header_errors))};

  json::array errors;
  std::vector<std::pair<size_t, domain::EnterpriseInput>> good;
  std::set<std::string> seen_uscc;
  size_t total = 0;
  for (size_t r = 1; r < table.size(); ++r) {
    const auto& row = table[r];
    bool blank = true;
    for (const auto& cell : row)
      if (!domain::Trim(cell).empty()) blank = false;
    if (blank) continue;
    ++total;
    size_t line = r + 1;
    auto cell = [&](const char* key) {
      auto it = col.find(key);
      if (it == col.end() || it->second >= row.size()) return std::string();
      return domain::Trim(row[it->second]);
    };
    std::vector<FieldError> errs;
    domain::EnterpriseInput in;
    in.name = cell("name");
    in.uscc = cell("uscc");
    in.region_code = cell("region_code");
    in.industry = IndustryFromCell(cell("industry"));
    in.industry_code = cell("industry_code");
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
        errs.push_back(NumberError(key));
      }
    };
    num("employees", in.employees, true);
    num("latitude", in.latitude, false);
    num("longitude", in.longitude, false);
    auto rule_errs = domain::ValidateEnterprise(in, [](std::string_view code) {
      return RegionIndex::Global().Find(std::string(code)) != nullptr;
    });
    errs.insert(errs.end(), rule_errs.begin(), rule_errs.end());
    if (rule_errs.empty()) {
      if (!region_allowed(in.region_code))
        errs.push_back({"region_code", "region_out_of_scope", "outside your jurisdiction",
                        "超出本机构管辖范围"});
      if (!seen_uscc.insert(in.uscc).second)
        errs.push_back({"uscc", "uscc_duplicate_in_file", "appears more than once in the file",
                        "文件中重复出现"});
      else if (UsccTaken(conn, in.uscc))
        errs.push_back({"uscc", "uscc_duplicate", "another enterprise already has this code",
                        "该统一社会信用代码已被其他企业使用"});
    }
    for (const auto& e : errs)
      errors.push_back(json::object{{"line", static_cast<int64_t>(line)},
                                    {"field", e.field},
                                    {"rule", e.rule},
                                    {"message", e.message},
                                    {"message_zh", e.message_zh}});
    if (errs.empty()) good.emplace_back(line, std::move(in));
  }

  int64_t imported = 0;
  if (errors.empty() || valid_only) {
    storage::Transaction tx(conn);
    for (auto& [line, in] : good) {
      int64_t id = InsertEnterprise(conn, in, "");
      auto after = *GetEnterprise(conn, api::Scope{api::Scope::Kind::kAll}, id);
      audit::Append(conn, api::ActorOf(who), "import", "enterprise", std::to_string(id), nullptr,
                    after);
      ++imported;
    }
    tx.Commit();
  }
  return json::object{{"total_rows", static_cast<int64_t>(total)},
                      {"imported", imported},
                      {"skipped", static_cast<int64_t>(total) - imported},
                      {"errors", std::move(errors)}};
}

}  // namespace anjian::registry
