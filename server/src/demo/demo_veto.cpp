#include "demo/demo_veto.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "credit/veto/veto_repository.hpp"
#include "credit/veto/veto_rules.hpp"
#include "credit/veto/veto_service.hpp"
#include "platform/api/principal.hpp"

namespace anjian::demo {

void SeedDemoVeto(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix) {
  auto who = conn.Query(
      "SELECT u.id AS user_id, g.id AS agency_id, g.region_path FROM users u JOIN agencies g ON "
      "g.id = u.agency_id WHERE u.username = 'jining'");
  if (who.empty()) return;
  const int64_t user = who.Int(0, "user_id");
  const std::string at = core::IsoFromUnix(now_unix);
  const core::Date today = core::ChinaDate(now_unix);
  const veto::VetoConfig config = veto::LoadVetoConfig(conn);
  const veto::Period period = veto::DefaultPeriod(veto::Kind::kAwardEnterprise, config, today);
  veto::NewRound r;
  r.agency_id = who.Int(0, "agency_id");
  r.region_path = who.Text(0, "region_path");
  r.name = std::to_string(today.year) + "年度全市工业企业安全生产先进单位评选";
  r.kind = std::string(veto::KindValue(veto::Kind::kAwardEnterprise));
  r.period_from = core::FormatIsoDate(period.from);
  r.period_to = core::FormatIsoDate(period.to);
  r.created_by = user;
  r.at = at;
  const int64_t round_id = veto::InsertRound(conn, r);
  veto::InsertEvent(conn, round_id, std::nullopt, "create", "{}", user, at);

  // The applicants: the two demo enterprises with accounts, the enterprise whose major hidden
  // danger has been overdue longest within the period, and three others of the city.
  std::vector<int64_t> ids{mb, hc};
  auto overdue = conn.Query(
      "SELECT h.enterprise_id FROM hidden_dangers h WHERE h.level = 'major' AND h.is_open = 1 AND "
      "h.effective_deadline < ? AND h.found_on >= ? AND h.region_path >= ? AND h.region_path < ? "
      "ORDER BY h.effective_deadline, h.id LIMIT 1",
      {core::FormatIsoDate(today), r.period_from, r.region_path, api::PathUpperBound(r.region_path)});
  if (!overdue.empty()) ids.push_back(overdue.Int(0, "enterprise_id"));
  // Others whose records give no veto in the period (no accident, no major hidden danger past
  // its deadline in it): the check below decides from the same records.
  auto others = conn.Query(
      "SELECT e.id FROM enterprises e WHERE e.status = 'active' AND e.region_path >= ? AND "
      "e.region_path < ? AND NOT EXISTS (SELECT 1 FROM hidden_dangers h WHERE h.enterprise_id = "
      "e.id AND h.level = 'major' AND h.effective_deadline IS NOT NULL AND h.effective_deadline "
      ">= ? AND h.effective_deadline < ? AND (h.closed_on IS NULL OR h.closed_on > "
      "h.effective_deadline)) AND NOT EXISTS (SELECT 1 FROM accidents a WHERE a.enterprise_id = "
      "e.id) ORDER BY e.id LIMIT 8",
      {r.region_path, api::PathUpperBound(r.region_path),
       core::FormatIsoDate(core::AddDays(period.from, -1)), r.period_to});
  for (size_t i = 0; i < others.size() && ids.size() < 6; ++i)
    if (std::find(ids.begin(), ids.end(), others.Int(i, "id")) == ids.end())
      ids.push_back(others.Int(i, "id"));
  const char* projects[] = {"民爆器材生产线本质安全提升", "双重预防机制建设示范", "重大隐患专项整治",
                            "安全生产标准化达标", "智能化改造减人增安", "应急能力建设"};
  for (size_t i = 0; i < ids.size(); ++i) {
    auto e = conn.Query("SELECT region_path, legal_representative FROM enterprises WHERE id = ?",
                        {ids[i]});
    if (e.empty()) continue;
    veto::NewApplication a;
    a.round_id = round_id;
    a.enterprise_id = ids[i];
    a.region_path = e.Text(0, "region_path");
    a.project = projects[i % 6];
    a.source = i == 0 ? "enterprise" : "agency";
    a.created_by = user;
    a.at = at;
    if (auto id = veto::InsertApplication(conn, a))
      veto::InsertEvent(conn, round_id, *id, "apply", "{}", user, at);
  }
  auto round = veto::LockRound(conn, round_id);
  if (round) veto::CheckRoundRows(conn, *round, config, today, at, user);
}

}  // namespace anjian::demo
