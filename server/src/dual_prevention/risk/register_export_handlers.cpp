// GET /api/v1/risk-register/export: an enterprise's risk register as a 风险分级管控清单 workbook —
// one line per control measure (an event without measures still gets its line), highest level
// first, under a two-row header whose group titles (风险点, 风险事件, 风险评价, 管控措施) span
// their columns. Active rows only; enterprises export their own, regulators name one in scope.
#include "core/core_errors.hpp"
#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/risk/risk_handlers.hpp"
#include "dual_prevention/risk/risk_level_rules.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace anjian::risk {

using api::Context;
using api::Response;

namespace {

std::string Label(const std::vector<CodeEntry>& list, const std::string& code) {
  const auto* e = FindCode(list, code);
  return e ? e->label_zh : code;
}

// Standard codes keep their number ("08 火灾"), as the 清单 cites the standard.
std::string CodedLabel(const std::vector<CodeEntry>& list, const std::string& code) {
  const auto* e = FindCode(list, code);
  return e ? e->code + " " + e->label_zh : code;
}

std::string LevelText(const std::optional<std::string>& level) {
  if (!level) return "未评估";
  auto l = ParseRiskLevel(*level);
  if (!l) return *level;
  auto color = RiskLevelColor(*l);
  return std::string(RiskLevelLabelZh(*l)) + "风险（" +
         (color == "red" ? "红" : color == "orange" ? "橙" : color == "yellow" ? "黄" : "蓝") +
         "）";
}

std::string FrequencyText(const std::string& value) {
  auto f = investigation::ParseFrequency(value);
  return f ? std::string(investigation::FrequencyLabelZh(*f)) : value;
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

}  // namespace

Response ExportRegisterHandler(Context& ctx) {
  auto id = ctx.who().enterprise_id ? std::optional<int64_t>(*ctx.who().enterprise_id)
                                    : QueryId(ctx, "enterprise_id");
  if (!id) core::Invalid(core::CoreErr("required").At("enterprise_id"));
  auto conn = ctx.svc.db->Acquire();
  auto reg = GetRegisterExport(*conn, ctx.scope(), *id);
  office::XlsxWriter w("风险分级管控清单");
  WriteHeader(w);
  int64_t n = 0;
  for (const auto& l : reg.lines)
    w.AddRow({++n, l.object_name, l.unit_name, Label(RiskUnitTypes(), l.unit_type), l.department,
              l.responsible_person, l.event_name, CodedLabel(AccidentTypes(), l.accident_type),
              CodedLabel(HazardFactors(), l.hazard_factor), l.current_method,
              l.current_score ? office::Cell(*l.current_score) : office::Cell(),
              LevelText(l.current_level), Label(MeasureKinds(), l.kind), l.description,
              Label(ControlLevels(), l.control_level), l.owner_name,
              l.frequency ? FrequencyText(*l.frequency) : ""});
  return Response::Download(w.Finish(),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            reg.enterprise_name + "风险分级管控清单.xlsx");
}

}  // namespace anjian::risk
