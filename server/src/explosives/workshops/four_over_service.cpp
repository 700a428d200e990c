#include "explosives/workshops/four_over_service.hpp"

#include <boost/json.hpp>
#include <map>
#include <set>
#include <spdlog/spdlog.h>

#include "audit/audit_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/magazine/magazine_repository.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/workshops/workshop_repository.hpp"
#include "licensing/licences/licence_repository.hpp"

namespace anjian::workshops {

namespace json = boost::json;

namespace {

std::string Key(std::string_view criterion, const std::string& subject) {
  return std::string(criterion) + " " + subject;
}

// The production licence that governs today, if the enterprise ever held one.
std::optional<licences::LicenceRow> ProductionLicence(storage::Connection& conn,
                                                      int64_t enterprise_id, int64_t now) {
  return licences::LicenceInForce(conn, enterprise_id,
                                  std::string(licences::kExplosivesProduction),
                                  core::ChinaDate(now));
}

// The first instant of this calendar year in China, as the vouchers' posted_at spells it.
std::string YearStart(int64_t now) {
  const core::Date today = core::ChinaDate(now);
  return core::IsoFromUnix(core::ChinaDayStart(core::Date{today.year, 1, 1}));
}

void AddOutput(storage::Connection& conn, int64_t enterprise_id, int64_t now,
               const licences::LicenceRow& lic, std::vector<FourOverFinding>& out) {
  std::vector<LicensedEntry> licensed;
  for (const auto& p : lic.scope.products) {
    const catalogue::Product* prod = catalogue::InForce().Find(p.product_code);
    licensed.push_back({p.product_code, p.annual_quantity_milli,
                        prod ? std::string(catalogue::UnitLabelZh(prod->unit)) : p.unit});
  }
  std::vector<Produced> produced;
  for (const auto& [id, qty] : ProducedSince(conn, enterprise_id, YearStart(now))) {
    const catalogue::Product* prod = catalogue::InForce().Find(id);
    produced.push_back({id, prod ? std::string(catalogue::ProductKindValue(prod->kind)) : "",
                        prod ? prod->label_zh : id,
                        prod ? std::string(catalogue::UnitLabelZh(prod->unit)) : "", qty});
  }
  for (auto& x : CheckOutput(produced, licensed, core::ChinaDate(now).year))
    out.push_back(std::move(x));
}

void AddHours(storage::Connection& conn, int64_t enterprise_id, int64_t now,
              const licences::LicenceRow& lic, std::vector<FourOverFinding>& out) {
  const auto& h = lic.scope.working_hours;
  if (h.days.empty() && (h.from.empty() || h.to.empty())) return;  // no limit on the hours
  std::vector<TimedEvent> events;
  for (const auto& w : WorkSince(conn, enterprise_id, YearStart(now)))
    events.push_back({w.what, core::UnixFromIso(w.at)});
  const HoursTest within = [&h](const core::Date& day, int minute) {
    return licences::WithinWorkingHours(h, day, minute);
  };
  for (auto& x : CheckHours(events, within, HoursWindowZh(h.days, h.from, h.to)))
    out.push_back(std::move(x));
}

void AddStorage(storage::Connection& conn, int64_t enterprise_id,
                const std::optional<licences::LicenceRow>& lic,
                std::vector<FourOverFinding>& out) {
  // The design capacity approved with the licence, where it names the magazine, is the limit;
  // otherwise the magazine's recorded rated capacity (approved with its document).
  std::map<int64_t, licences::LicensedMagazine> approved;
  if (lic)
    for (const auto& m : lic->scope.magazines) approved[m.store_id] = m;
  std::vector<StoredAmount> amounts;
  std::map<int64_t, std::pair<int64_t, int64_t>> per_store;  // store → (net mass g, pieces)
  for (const auto& m : magazine::ListMagazineViews(conn, magazine::AllScope(), enterprise_id)) {
    per_store[m.row.id] = {m.state.net_mass_g, m.state.pieces};
    const std::string subject = "store:" + std::to_string(m.row.id);
    auto a = approved.find(m.row.id);
    const auto mass = a != approved.end() && a->second.net_mass_g ? a->second.net_mass_g
                                                                  : m.row.limits.net_mass_g;
    const auto pieces = a != approved.end() && a->second.pieces ? a->second.pieces
                                                                : m.row.limits.pieces;
    if (mass)
      amounts.push_back({subject, m.row.name, false, Measure::kNetMassG, m.state.net_mass_g, mass});
    if (pieces)
      amounts.push_back({subject + ":pieces", m.row.name, false, Measure::kPieces,
                         m.state.pieces, pieces});
  }
  WorkshopFilter f;
  f.enterprise_id = enterprise_id;
  f.status = "active";
  for (const auto& w : ListWorkshops(conn, magazine::AllScope(), f, 10000, 0)) {
    const bool pieces = w.facts.quantity_unit == "pieces";
    int64_t stock = 0;
    for (const auto& s : WorkshopStores(conn, w.id)) {
      auto it = per_store.find(s.store_id);
      if (it != per_store.end()) stock += pieces ? it->second.second : it->second.first;
    }
    amounts.push_back({"workshop:" + std::to_string(w.id), w.facts.name, true,
                       pieces ? Measure::kPieces : Measure::kNetMassG, stock,
                       w.facts.quantity_limit});
  }
  for (auto& x : CheckStorage(amounts)) out.push_back(std::move(x));
}

void AddStaffing(storage::Connection& conn, int64_t enterprise_id,
                 std::vector<FourOverFinding>& out) {
  WorkshopFilter f;
  f.enterprise_id = enterprise_id;
  f.status = "active";
  std::vector<HeadCount> counts;
  for (const auto& w : ListWorkshops(conn, magazine::AllScope(), f, 10000, 0))
    if (w.latest)
      counts.push_back({"workshop:" + std::to_string(w.id), w.facts.name, w.latest->people,
                        w.facts.max_allowed_people});
  for (auto& x : CheckStaffing(counts)) out.push_back(std::move(x));
}

// The major hidden danger of a new case (234号 item 4), once per case; the record it rests on is
// the store or workshop over its limit, or the case itself (output, product type, hours).
std::optional<int64_t> OpenHiddenDanger(storage::Connection& conn, const CaseRow& c,
                                        notifications::PendingPushes& pushes, int64_t now) {
  hidden_danger::DerivedMajorHiddenDanger d;
  d.enterprise_id = c.enterprise_id;
  d.derived_key = "four_over:" + std::to_string(c.id);
  d.basis = "234-4";
  d.basis_text_zh =
      "工信部安全〔2024〕234号 第4项：“四超”（超许可产量或品种、超许可作业时间、超核定储量、超定员）";
  d.basis_text_en =
      "MIIT 〔2024〕234 item 4: the four overs (licensed quantity or type, permitted hours, "
      "permitted storage, staffing limit)";
  const auto criterion = ParseCriterion(c.criterion);
  d.title = std::string("四超：") +
            std::string(criterion ? CriterionLabelZh(*criterion) : std::string_view(c.criterion)) +
            "（" + c.subject_name + "）";
  d.description = c.detail_zh + "。系统依据台账、许可和现场清点数据判定。";
  d.location = c.subject_name;
  auto id_of = [](const std::string& subject, std::string_view prefix) -> std::optional<int64_t> {
    if (subject.rfind(prefix, 0) != 0) return std::nullopt;
    try {
      return std::stoll(subject.substr(prefix.size()));
    } catch (const std::exception&) {
      return std::nullopt;
    }
  };
  if (auto w = id_of(c.subject, "workshop:")) {
    d.origin_kind = "workshop";
    d.origin_id = w;
  } else if (auto s = id_of(c.subject, "store:")) {
    d.origin_kind = "store";
    d.origin_id = s;
  } else {
    d.origin_kind = "four_over_case";
    d.origin_id = c.id;
  }
  return hidden_danger::OpenDerivedMajorHiddenDanger(conn, d, &pushes, now);
}

}  // namespace

std::vector<FourOverFinding> FindingsOf(storage::Connection& conn, int64_t enterprise_id,
                                        int64_t now) {
  std::vector<FourOverFinding> out;
  const auto lic = ProductionLicence(conn, enterprise_id, now);
  if (lic) {  // without a licence it is 234号 item 1 (licences), not 四超
    AddOutput(conn, enterprise_id, now, *lic, out);
    AddHours(conn, enterprise_id, now, *lic, out);
  }
  AddStorage(conn, enterprise_id, lic, out);
  AddStaffing(conn, enterprise_id, out);
  return out;
}

CheckResult CheckEnterprise(storage::Connection& conn, int64_t enterprise_id,
                            notifications::PendingPushes& pushes, int64_t now) {
  CheckResult r;
  const auto ent = EnterpriseOf(conn, enterprise_id);
  if (!ent || ent->industry != "civil_explosives_production") return r;
  const auto findings = FindingsOf(conn, enterprise_id, now);
  std::map<std::string, CaseRow> open;
  for (auto& c : OpenCases(conn, enterprise_id)) open.emplace(Key(c.criterion, c.subject), c);
  const audit::Actor system{std::nullopt, "system", "", now};
  const std::string at = core::IsoFromUnix(now);
  std::set<std::string> seen;
  for (const auto& f : findings) {
    const std::string key = Key(CriterionValue(f.criterion), f.subject);
    if (!seen.insert(key).second) continue;
    CaseRow c;
    c.enterprise_id = enterprise_id;
    c.region_path = ent->region_path;
    c.criterion = std::string(CriterionValue(f.criterion));
    c.subject = f.subject;
    c.subject_name = f.subject_name;
    c.measured = f.measured;
    c.limit_text = f.limit;
    c.detail_zh = f.detail_zh;
    c.detail_en = f.detail_en;
    c.detected_at = at;
    auto it = open.find(key);
    if (it != open.end()) {
      ++r.still_open;
      if (it->second.measured != c.measured || it->second.limit_text != c.limit_text)
        UpdateCaseFigures(conn, it->second.id, c);
      continue;
    }
    c.id = InsertCase(conn, c);
    const auto hd = OpenHiddenDanger(conn, c, pushes, now);
    if (hd) SetCaseHiddenDanger(conn, c.id, *hd);
    audit::Append(conn, system, kFourOverDetected, "four_over_case", std::to_string(c.id), nullptr,
                  json::object{{"enterprise_id", enterprise_id},
                               {"criterion", c.criterion},
                               {"subject", c.subject},
                               {"measured", c.measured},
                               {"limit", c.limit_text},
                               {"detail", c.detail_zh},
                               {"hidden_danger_id", hd ? json::value(*hd) : json::value(nullptr)}});
    ++r.opened;
  }
  for (const auto& [key, c] : open) {
    if (seen.count(key)) continue;
    ClearCase(conn, c.id, at);
    audit::Append(conn, system, "four_over_cleared", "four_over_case", std::to_string(c.id),
                  json::object{{"is_open", true}, {"measured", c.measured}},
                  json::object{{"is_open", false}, {"cleared_at", at}});
    ++r.cleared;
  }
  return r;
}

void CheckAfterCommit(storage::Connection& conn, int64_t enterprise_id, api::Notifier* notifier,
                      int64_t now) {
  try {
    const core::ManualClock at(now);
    notifications::PendingPushes pushes(at);
    {
      storage::Transaction tx(conn);
      CheckEnterprise(conn, enterprise_id, pushes, now);
      tx.Commit();
    }
    pushes.Flush(notifier, conn);
  } catch (const std::exception& e) {
    spdlog::error("四超 check of enterprise {} failed: {}", enterprise_id, e.what());
  }
}

int64_t RunFourOverJob(storage::Connection& conn, notifications::PendingPushes& pushes,
                       int64_t now) {
  int64_t opened = 0;
  for (int64_t id : ProducerIds(conn)) {
    try {
      storage::Transaction tx(conn);
      opened += CheckEnterprise(conn, id, pushes, now).opened;
      tx.Commit();
    } catch (const std::exception& e) {
      spdlog::error("四超 check of enterprise {} failed: {}", id, e.what());
    }
  }
  return opened;
}

}  // namespace anjian::workshops
