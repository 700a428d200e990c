#include "demo/demo_credit.hpp"

#include <boost/json.hpp>
#include <string>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "credit/dishonesty_list/dishonesty_list_repository.hpp"
#include "credit/dishonesty_list/dishonesty_list_rules.hpp"

namespace anjian::demo {

namespace dl = dishonesty_list;

void SeedDemoCredit(storage::Connection& conn, int64_t now_unix) {
  const dl::DishonestyListConfig config;  // the defaults (the demo settings are the defaults)
  const std::string at = core::IsoFromUnix(now_unix);
  // Candidates from the demo accidents, as the job finds them.
  std::vector<std::int64_t> ids;
  for (const auto& d : dl::DetectAccidentCandidates(dl::GradedAccidents(conn), config)) {
    const auto ent = dl::EnterpriseById(conn, d.enterprise_id);
    if (!ent) continue;
    dl::NewEntry row;
    row.enterprise_id = d.enterprise_id;
    row.region_path = ent->region_path;
    row.criterion = d.criterion;
    row.source_kind = d.source_kind;
    for (auto s : d.source_ids) row.source_ids += (row.source_ids.empty() ? "" : ",") + std::to_string(s);
    row.detection_key = d.detection_key;
    row.facts = d.facts_zh;
    row.at = at;
    if (auto id = dl::InsertEntry(conn, row)) {
      dl::InsertEvent(conn, *id, "detected", row.facts, "{}", std::nullopt, at);
      ids.push_back(*id);
    }
  }
  if (ids.empty()) return;
  // The last (the 特别重大 accident's) is listed and published; the others await the notice.
  const auto e = dl::LockEntry(conn, ids.back());
  if (!e) return;
  // The county agency over the enterprise decides (谁处罚、谁决定): the deepest one.
  std::optional<std::int64_t> agency;
  std::size_t depth = 0;
  for (auto a : dl::AgenciesOver(conn, e->region_path)) {
    auto rs = conn.Query("SELECT region_path FROM agencies WHERE id = ?", {a});
    const auto path = rs.Text(0, "region_path");
    if (path.size() > depth) {
      depth = path.size();
      agency = a;
    }
  }
  auto user = agency ? conn.Query("SELECT MIN(id) AS id FROM users WHERE agency_id = ?", {*agency})
                     : storage::ResultSet{};
  const std::optional<std::int64_t> by =
      user.empty() || user.IsNull(0, "id") ? std::nullopt : user.OptInt(0, "id");
  const core::Date today = core::ChinaDate(now_unix);
  const core::Date noticed = core::AddDays(today, -40);
  const core::Date decided = core::AddDays(today, -30);
  const auto stamp = [&](const core::Date& d) {
    return core::IsoFromUnix(core::ChinaDayStart(d) + 10 * 3600);
  };
  const auto term = dl::TermOf(decided, config);
  dl::EntryRow after = *e;
  after.state = "listed";
  after.agency_id = agency;
  after.principal_name = "王某";
  after.notice_number = "告〔" + std::to_string(noticed.year) + "〕1号";
  after.noticed_on = core::FormatIsoDate(noticed);
  after.defence_due_on = core::FormatIsoDate(core::AddDays(noticed, 7));
  after.defence_text = "企业称事故系设备缺陷所致，已全面停产整改，请求不予列入";
  after.defence_at = stamp(core::AddDays(noticed, 3));
  after.decision_number = "失信〔" + std::to_string(decided.year) + "〕1号";
  after.decision_reasons =
      "该单位发生特别重大生产安全事故，经调查认定负有责任；陈述申辩理由不能成立";
  after.decided_on = core::FormatIsoDate(decided);
  after.listed_from = core::FormatIsoDate(term.listed_from);
  after.listed_until = core::FormatIsoDate(term.listed_until);
  after.published_at = stamp(core::AddDays(decided, 2));
  dl::UpdateEntry(conn, after, after.published_at);
  dl::InsertEvent(conn, e->id, "noticed", "告知书 " + after.notice_number, "{}", by, stamp(noticed));
  dl::InsertEvent(conn, e->id, "defence", after.defence_text, "{}", by, after.defence_at);
  dl::InsertEvent(conn, e->id, "decided", "列入决定书 " + after.decision_number, "{}", by,
                  stamp(decided));
  dl::InsertEvent(conn, e->id, "published", "", "{}", by, after.published_at);
}

}  // namespace anjian::demo
