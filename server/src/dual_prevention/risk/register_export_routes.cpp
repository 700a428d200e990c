// GET /api/v1/risk-register/export: an enterprise's risk register as a 风险分级管控清单 workbook —
// one line per control measure (an event without measures still gets its line), highest level
// first, under a two-row header whose group titles (风险点, 风险事件, 风险评价, 管控措施) span
// their columns. Active rows only; enterprises export their own, regulators name one in scope.
#include <boost/json.hpp>

#include "platform/api/router.hpp"
#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"
#include "dual_prevention/risk/risk_level_rules.hpp"
#include "platform/office/xlsx_writer.hpp"
#include "dual_prevention/risk/risk_input.hpp"

namespace anjian::risk {

namespace dp = domain::dual_prevention;
using api::Context;
using api::Response;
using storage::Value;

namespace {

constexpr int64_t kMaxLines = 50000;

std::string Label(const std::vector<dp::CodeEntry>& list, const std::string& code) {
  const auto* e = dp::FindCode(list, code);
  return e ? e->label_zh : code;
}

// Standard codes keep their number ("08 火灾"), as the 清单 cites the standard.
std::string CodedLabel(const std::vector<dp::CodeEntry>& list, const std::string& code) {
  const auto* e = dp::FindCode(list, code);
  return e ? e->code + " " + e->label_zh : code;
}

std::string LevelText(const std::optional<std::string>& level) {
  if (!level) return "未评估";
  auto l = dp::ParseRiskLevel(*level);
  if (!l) return *level;
  auto color = dp::RiskLevelColor(*l);
  return std::string(dp::RiskLevelLabelZh(*l)) + "风险（" +
         (color == "red" ? "红" : color == "orange" ? "橙" : color == "yellow" ? "黄" : "蓝") +
         "）";
}

std::string FrequencyText(const std::string& value) {
  auto f = dp::ParseFrequency(value);
  return f ? std::string(dp::FrequencyLabelZh(*f)) : value;
}

// Group title → the sub-titles beneath it; a group with one entry and an empty sub-title is a
// single column whose title spans both header rows.
struct Group {
  const char* title;
  std::vector<const char*> columns;
};

const std::vector<Group>& Layout() {
  static const std::vector<Group> kLayout = {
      {"序号", {""}},
      {"风险点", {"风险分析对象", "风险单元", "单元类型", "责任部门", "责任人"}},
      {"风险事件", {"事件名称", "事故类型（GB 6441）", "危险有害因素（GB/T 13861）"}},
      {"风险评价", {"评估方法", "风险值", "风险等级"}},
      {"管控措施", {"类别", "管控措施", "管控层级", "措施责任人", "排查频次"}},
  };
  return kLayout;
}

void WriteHeader(office::XlsxWriter& w) {
  std::vector<std::string> top, sub;
  std::vector<double> widths;
  for (const auto& g : Layout()) {
    const size_t first = top.size();
    for (size_t i = 0; i < g.columns.size(); ++i) {
      top.emplace_back(i == 0 ? g.title : "");
      sub.emplace_back(g.columns[i]);
      widths.push_back(std::string_view(g.title) == "序号" ? 6.0 : 18.0);
    }
    if (g.columns.size() == 1 && std::string_view(g.columns[0]).empty())
      w.MergeCells(0, first, 1, first);
    else
      w.MergeCells(0, first, 0, top.size() - 1);
  }
  w.SetColumnWidths(widths);
  w.AddHeaderRow(top);
  w.AddHeaderRow(sub);
}

Response Export(Context& ctx) {
  auto id = ctx.who().enterprise_id ? std::optional<int64_t>(*ctx.who().enterprise_id)
                                    : QueryId(ctx, "enterprise_id");
  if (!id)
    throw ApiException{Error::Validation({{"enterprise_id", "required",
                                           "choose the enterprise whose register to export",
                                           "请选择要导出风险分级管控清单的企业"}})};
  auto conn = ctx.svc.db->Acquire();
  // Out of scope answers 404 like a missing enterprise.
  auto scope = api::ScopeSql(ctx.scope(), "e.region_path", "e.id");
  std::vector<Value> ep{*id};
  ep.insert(ep.end(), scope.params.begin(), scope.params.end());
  auto ent = conn->Query("SELECT e.name FROM enterprises e WHERE e.id = ? AND " + scope.sql, ep);
  if (ent.empty()) throw ApiException{Error::NotFound("enterprise")};
  auto rs = conn->Query(
      "SELECT o.name AS object_name, u.name AS unit_name, u.unit_type, u.department, "
      "u.responsible_person, u.current_method, u.current_score, u.current_level, "
      "v.name AS event_name, v.accident_type, v.hazard_factor, m.kind, m.description, "
      "m.control_level, COALESCE(us.display_name, '') AS owner_name, m.frequency "
      "FROM risk_units u JOIN risk_objects o ON o.id = u.risk_object_id "
      "LEFT JOIN risk_events v ON v.risk_unit_id = u.id AND v.active = 1 "
      "LEFT JOIN control_measures m ON m.risk_event_id = v.id AND m.active = 1 "
      "LEFT JOIN users us ON us.id = m.owner_user_id "
      "WHERE u.enterprise_id = ? AND u.active = 1 AND o.active = 1 "
      "ORDER BY u.current_level_rank DESC, o.id, u.id, v.id, m.id LIMIT ?",
      {*id, kMaxLines});

  office::XlsxWriter w("风险分级管控清单");
  WriteHeader(w);
  for (size_t i = 0; i < rs.size(); ++i) {
    auto opt = [&](const char* c) { return rs.OptText(i, c); };
    auto text = [&](const char* c) { return rs.OptText(i, c).value_or(""); };
    w.AddRow({static_cast<int64_t>(i + 1), text("object_name"), text("unit_name"),
              Label(dp::RiskUnitTypes(), text("unit_type")), text("department"),
              text("responsible_person"), text("event_name"),
              CodedLabel(dp::AccidentTypes(), text("accident_type")),
              CodedLabel(dp::HazardFactors(), text("hazard_factor")), text("current_method"),
              rs.IsNull(i, "current_score") ? office::Cell() : office::Cell(rs.Double(i, "current_score")),
              LevelText(opt("current_level")), Label(dp::MeasureKinds(), text("kind")),
              text("description"), Label(dp::ControlLevels(), text("control_level")),
              text("owner_name"), rs.IsNull(i, "frequency") ? "" : FrequencyText(text("frequency"))});
  }
  return Response::Download(w.Finish(),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            ent.Text(0, "name") + "风险分级管控清单.xlsx");
}

}  // namespace

void RegisterRiskRegisterExportRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/risk-register/export", "risk:read", Export);
}

}  // namespace anjian::risk
