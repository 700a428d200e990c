#include "licensing/licence_checks/licence_check_handlers.hpp"

#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "licensing/licence_checks/licence_alert_repository.hpp"
#include "licensing/licence_checks/licence_gate_rules.hpp"
#include "platform/api/json.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::licence_checks {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::string KindLabelZh(const std::string& kind) {
  if (kind == kProductionLicence) return "民用爆炸物品生产许可证";
  if (kind == kSalesLicence) return "民用爆炸物品销售许可证";
  return kind;
}

std::string FindingOf(const AlertRow& a) {
  if (a.condition_id == "licence_expired") return "expired";
  if (a.condition_id == "licence_missing") return "missing";
  return "condition";
}

const char* FindingZh(const std::string& f) {
  if (f == "expired") return "许可证过期（重大事故隐患）";
  if (f == "missing") return "未取得许可证（重大事故隐患）";
  return "许可条件不再满足";
}

json::object AlertJson(const AlertRow& a) {
  return json::object{
      {"id", a.id},
      {"finding", FindingOf(a)},
      {"licence_id", a.licence_id ? json::value(*a.licence_id) : json::value(nullptr)},
      {"enterprise_id", a.enterprise_id},
      {"enterprise_name", a.enterprise_name},
      {"licence_kind", a.licence_kind},
      {"licence_kind_zh", KindLabelZh(a.licence_kind)},
      {"licence_number", a.licence_number},
      {"valid_until", a.valid_until},
      {"issuer", a.issuer},
      {"condition_id", a.condition_id},
      {"label_zh", a.label_zh},
      {"label_en", a.label_en},
      {"source", a.source},
      {"detected_on", a.detected_on},
      {"hidden_danger_id",
       a.hidden_danger_id ? json::value(*a.hidden_danger_id) : json::value(nullptr)},
      {"hidden_danger_number", a.hidden_danger_number},
      {"hidden_danger_state", a.hidden_danger_state},
      {"resolved_on", a.resolved_on ? json::value(*a.resolved_on) : json::value(nullptr)},
  };
}

AlertFilter FilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  AlertFilter f;
  f.finding = api::Trim(ctx.req.Query("finding").value_or(""));
  if (!f.finding.empty() && f.finding != "expired" && f.finding != "missing" &&
      f.finding != "condition")
    errs.push_back(core::CoreErr("kind_invalid")
                       .At("finding", "expired, missing, condition",
                           "expired（许可证过期）、missing（未取得许可证）、condition（许可条件不再满足）"));
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && f.status != "open" && f.status != "resolved")
    errs.push_back(core::CoreErr("status_invalid")
                       .At("status", "open, resolved", "open（未消除）、resolved（已消除）"));
  f.licence_kind = api::Trim(ctx.req.Query("licence_kind").value_or(""));
  f.q = api::Trim(ctx.req.Query("q").value_or(""));
  if (f.q.size() > 100) errs.push_back(core::CoreErr("max_length").At("q", 100));
  auto e = api::Trim(ctx.req.Query("enterprise_id").value_or(""));
  if (!e.empty()) {
    try {
      f.enterprise_id = std::stoll(e);
    } catch (...) {
      errs.push_back(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    }
  }
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

}  // namespace

Response ListLicenceAlertsHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t total = CountAlerts(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& a : ListAlerts(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(AlertJson(a));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportLicenceAlertsHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  std::int64_t n = 0;
  for (const auto& a : ListAlerts(*conn, ctx.scope(), f, 10000, 0))
    rows.push_back({++n, a.enterprise_name, KindLabelZh(a.licence_kind), a.licence_number,
                    a.valid_until, a.issuer, std::string(FindingZh(FindingOf(a))), a.label_zh,
                    a.source, a.detected_on, a.hidden_danger_number,
                    a.resolved_on ? *a.resolved_on : std::string("未消除")});
  return api::XlsxDownload("许可条件预警.xlsx", "许可条件预警",
                           {"序号", "企业", "许可证种类", "许可证编号", "有效期至", "发证机关",
                            "预警类型", "不再满足的条件", "依据", "发现日期", "重大隐患编号",
                            "消除日期"},
                           rows);
}

}  // namespace anjian::licence_checks
