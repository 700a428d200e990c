#include "demo/demo_licences.hpp"

#include <boost/json.hpp>
#include <string>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "files/file_repository.hpp"
#include "licensing/licences/licence_json.hpp"
#include "licensing/licences/licence_repository.hpp"
#include "licensing/licences/licence_rules.hpp"
#include "licensing/licences/licence_service.hpp"

namespace anjian::demo {

namespace lic = anjian::licences;

namespace {

int64_t DemoPdf(storage::Connection& conn, int64_t uploader, const std::string& name,
                const std::string& at) {
  const std::string bytes = "%PDF-1.4\n% anjian demo: " + name +
                            "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  return files::InsertFile(conn, uploader, name, "application/pdf", bytes, at).id;
}

std::string Day(const core::Date& today, int64_t plus) {
  return core::FormatIsoDate(core::AddDays(today, plus));
}

}  // namespace

void SeedDemoLicences(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix) {
  const std::string at = core::IsoFromUnix(now_unix);
  const auto today = core::ChinaDate(now_unix);
  const lic::LicenceConfig config;
  const auto kinds = lic::AllKinds(config);
  auto province = conn.Query(
      "SELECT a.id, a.name, (SELECT MIN(u.id) FROM users u WHERE u.agency_id = a.id) AS user_id "
      "FROM agencies a WHERE a.region_code = '370000' ORDER BY a.id LIMIT 1");
  auto fallback = conn.Query("SELECT MIN(id) AS id FROM users WHERE agency_id IS NOT NULL");
  if (fallback.empty() || fallback.IsNull(0, "id")) return;
  const int64_t recorder = !province.empty() && !province.IsNull(0, "user_id")
                               ? province.Int(0, "user_id")
                               : fallback.Int(0, "id");
  const std::optional<int64_t> issuer_id =
      province.empty() ? std::nullopt : std::optional<int64_t>(province.Int(0, "id"));
  const std::string issuer = province.empty() ? "山东省工业和信息化厅" : province.Text(0, "name");
  auto products = conn.Query(
      "SELECT code, name, unit FROM products WHERE owner_enterprise_id IS NULL AND status = "
      "'active' ORDER BY id LIMIT 4");
  auto ents = conn.Query(
      "SELECT id, name, region_path, industry FROM enterprises WHERE status = 'active' AND "
      "industry IN ('civil_explosives_production', 'civil_explosives_sales', "
      "'hazardous_chemicals') ORDER BY CASE WHEN id = ? THEN 0 WHEN id = ? THEN 1 ELSE 2 END, id",
      {mb, hc});
  int seq = 0;
  bool expired_done = false;
  std::optional<int64_t> mb_production;
  auto add = [&](int64_t ent, const std::string& path, const std::string& kind,
                 const std::string& number, const core::Date& from, const core::Date& to,
                 lic::LicenceScope scope) -> int64_t {
    // A kind the ledger gate's demo (demo_licence_checks, seeded before the ledger so the demo
    // history's vouchers are covered) already gave the enterprise is not issued twice.
    for (const auto& held : lic::LicencesOf(conn, ent))
      if (held.kind == kind) return held.id;
    lic::NewLicence l;
    l.enterprise_id = ent;
    l.created_by = recorder;
    l.region_path = path;
    l.kind = kind;
    l.number = number;
    l.issuer_agency_id = issuer_id;
    l.issuer_name = issuer;
    l.issued_on = core::FormatIsoDate(from);
    l.valid_from = l.issued_on;
    l.valid_to = core::FormatIsoDate(to);
    l.document_file_id = DemoPdf(conn, recorder, number + ".pdf", at);
    l.scope = std::move(scope);
    l.at = at;
    const int64_t id = lic::InsertLicence(conn, l);
    auto row = lic::LicencesOf(conn, ent, today);
    lic::EventRow e;
    e.licence_id = id;
    e.kind = "registered";
    e.to_status = "valid";
    e.valid_from = l.valid_from;
    e.valid_to = l.valid_to;
    e.document_file_id = l.document_file_id;
    for (const auto& r : row)
      if (r.id == id) e.snapshot_json = boost::json::serialize(lic::LicenceJson(r, kinds));
    e.by_user_id = recorder;
    e.at = at;
    lic::InsertEvent(conn, e);
    return id;
  };
  for (size_t i = 0; i < ents.size(); ++i) {
    const int64_t ent = ents.Int(i, "id");
    const std::string path = ents.Text(i, "region_path");
    const std::string industry = ents.Text(i, "industry");
    ++seq;
    // Spread the validities: issued between 34 and 2 months ago.
    const auto from = core::AddDays(today, -(60 + (seq * 97) % 960));
    const auto to = lic::ValidTo(from, config);
    lic::LicenceScope hours;
    hours.working_hours = {"123456", "08:00", "17:30"};
    auto stores = conn.Query("SELECT id, rated_net_mass_g, rated_pieces FROM stores WHERE "
                             "enterprise_id = ? ORDER BY id",
                             {ent});
    lic::LicenceScope magazines = hours;
    for (size_t s = 0; s < stores.size(); ++s) {
      lic::LicensedMagazine m;
      m.store_id = stores.Int(s, "id");
      m.net_mass_g = stores.OptInt(s, "rated_net_mass_g");
      m.pieces = stores.OptInt(s, "rated_pieces");
      if (!m.net_mass_g && !m.pieces) m.net_mass_g = 5'000'000;
      magazines.magazines.push_back(m);
    }
    const std::string n = std::to_string(1000 + seq);
    if (industry == "civil_explosives_production") {
      add(ent, path, "safety_production", "（鲁）MB安许证字〔" + std::to_string(from.year) + "〕" + n,
          from, to, hours);
      lic::LicenceScope scope = magazines;
      for (size_t p = 0; p < products.size(); ++p)
        scope.products.push_back({products.Text(p, "code"), products.Text(p, "name"),
                                  products.Text(p, "unit"), static_cast<int64_t>(p + 1) * 2'000'000'000LL});
      // 恒安民爆's production licence ends next month (its renewal is pending below).
      core::Date pf = from, pt = to;
      if (ent == mb) {
        pt = core::AddDays(today, 25);
        pf = core::AddDays(lic::AddYears(pt, -config.validity_years), 1);
      }
      const int64_t id = add(ent, path, "explosives_production",
                             "MB生字〔" + std::to_string(pf.year) + "〕" + n, pf, pt, scope);
      if (ent == mb) mb_production = id;
    } else if (industry == "civil_explosives_sales") {
      core::Date sf = from, st = to;
      if (!expired_done) {  // the first seller's licence ran out 20 days ago
        st = core::AddDays(today, -20);
        sf = core::AddDays(lic::AddYears(st, -config.validity_years), 1);
        expired_done = true;
      }
      add(ent, path, "explosives_sales", "MB销字〔" + std::to_string(sf.year) + "〕" + n, sf, st,
          magazines);
    } else {
      // 润泽化工's licence is inside its renewal window (40 days left).
      core::Date cf = from, ct = to;
      if (ent == hc) {
        ct = core::AddDays(today, 40);
        cf = core::AddDays(lic::AddYears(ct, -config.validity_years), 1);
      }
      add(ent, path, "safety_production",
          "（鲁）WH安许证字〔" + std::to_string(cf.year) + "〕" + n, cf, ct, hours);
    }
    // Safety evaluations: every third enterprise (and the two with accounts); one failed.
    if (ent == mb || ent == hc || seq % 3 == 0) {
      lic::EvaluationRow e;
      e.enterprise_id = ent;
      e.region_path = path;
      e.agency_name = seq % 2 == 0 ? "山东安泰安全评价有限公司" : "济宁众安安全技术咨询有限公司";
      e.evaluated_on = Day(today, -(30 + seq % 200));
      e.conclusion = seq == 6 ? "fail" : "pass";
      e.valid_until = core::FormatIsoDate(
          lic::AddYears(*core::ParseIsoDate(e.evaluated_on), 3));
      e.report_file_id = DemoPdf(conn, recorder, "安全评价报告-" + n + ".pdf", at);
      e.note = e.conclusion == "fail" ? "防雷设施检测不合格，评价结论为不合格" : "";
      e.recorded_by = recorder;
      e.recorded_at = at;
      lic::InsertEvaluation(conn, e);
    }
  }
  // 恒安民爆 and 润泽化工 keep a safety department with a full-time safety manager examined within
  // 6 months of appointment (条例 art. 6(三)(四)), so their checklists show what the people area's
  // data says; written only where the people area's own demo has not recorded them.
  for (const int64_t ent : {mb, hc}) {
    auto has = conn.Query("SELECT 1 AS x FROM safety_departments WHERE enterprise_id = ?", {ent});
    if (!has.empty()) continue;
    auto e = conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {ent});
    auto u = conn.Query("SELECT MIN(id) AS id FROM users WHERE enterprise_id = ?", {ent});
    if (e.empty() || u.empty() || u.IsNull(0, "id")) continue;
    const int64_t uid = u.Int(0, "id");
    conn.Exec("INSERT INTO safety_departments (enterprise_id, name, established_on, document_no, "
              "updated_by, updated_at) VALUES (?, '安全生产管理部', ?, '安委〔2020〕1号', ?, ?)",
              {ent, Day(today, -2000), uid, at});
    const std::string appointed = Day(today, -700);
    auto person = conn.Query(
        "INSERT INTO qualified_people (enterprise_id, region_path, name, role, post, is_manager, "
        "full_time, appointed_on, exam_due_on, created_at, updated_at) VALUES (?, ?, ?, "
        "'safety_manager', '专职安全生产管理人员', 1, 1, ?, ?, ?, ?) RETURNING id",
        {ent, e.Text(0, "region_path"), std::string(ent == mb ? "王建国" : "李安全"), appointed,
         core::FormatIsoDate(lic::AddMonths(*core::ParseIsoDate(appointed), 6)), at, at});
    conn.Exec("INSERT INTO person_examinations (person_id, appointed_on, examined_on, passed, "
              "authority, certificate_no, recorded_by, recorded_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
              {person.Int(0, "id"), appointed, Day(today, -640), std::string("济宁市应急管理局"),
               "AQ" + std::to_string(ent) + "-2025", uid, at});
  }
  // The pending renewal of 恒安民爆's production licence, submitted 5 days ago by its principal.
  if (mb_production) {
    auto principal = conn.Query("SELECT MIN(id) AS id FROM users WHERE enterprise_id = ?", {mb});
    auto l = lic::LicenceInForce(conn, mb, "explosives_production", today);
    if (!principal.empty() && !principal.IsNull(0, "id") && l) {
      const int64_t when = now_unix - 5 * 86400;
      lic::ApplicationRow a;
      a.enterprise_id = mb;
      a.region_path = l->region_path;
      a.kind = l->kind;
      a.application_type = "renewal";
      a.licence_id = l->id;
      a.requested_scope_json = boost::json::serialize(lic::ScopeJson(l->scope));
      a.note = "生产许可证有效期即将届满，申请延期。";
      a.without_review = true;  // the demo's accidents at 恒安民爆 caused no death
      a.conditions_json = boost::json::serialize(lic::ConditionsJson(
          lic::Checklist(lic::ConditionFactsOf(conn, mb, core::ChinaDate(when)))));
      a.submitted_by = principal.Int(0, "id");
      a.submitted_at = core::IsoFromUnix(when);
      a.submitted_on = core::ChinaIsoDate(when);
      const int64_t id = lic::InsertApplication(conn, a);
      lic::EventRow e;
      e.application_id = id;
      e.licence_id = l->id;
      e.kind = "submitted";
      e.to_status = "submitted";
      e.reason = a.note;
      e.by_user_id = a.submitted_by;
      e.at = a.submitted_at;
      lic::InsertEvent(conn, e);
    }
  }
}

}  // namespace anjian::demo
