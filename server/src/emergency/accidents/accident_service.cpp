#include "emergency/accidents/accident_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "emergency/accidents/accident_grade_rules.hpp"
#include "emergency/accidents/accidents_errors.hpp"
#include "notifications/notification_service.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::accidents {

namespace json = boost::json;

namespace {

json::object FactsJson(const AccidentFacts& f) {
  return json::object{{"title", f.title},
                      {"accident_type", f.accident_type},
                      {"road_traffic", f.road_traffic},
                      {"address", f.address},
                      {"latitude", f.latitude ? json::value(*f.latitude) : json::value(nullptr)},
                      {"longitude", f.longitude ? json::value(*f.longitude) : json::value(nullptr)},
                      {"occurred_at", f.occurred_at},
                      {"deaths", f.deaths},
                      {"serious_injuries", f.serious_injuries},
                      {"missing", f.missing},
                      {"direct_loss_yuan", f.direct_loss_yuan},
                      {"course", f.course},
                      {"measures", f.measures}};
}

Grade GradeOfFacts(const AccidentFacts& f) {
  return GradeOf({f.deaths, f.serious_injuries, f.direct_loss_yuan}).grade;
}

void NotifyAgencies(storage::Connection& conn, notifications::PendingPushes& pushes,
                    const std::string& region_path, std::int64_t id, const std::string& title,
                    const std::string& body) {
  for (std::int64_t agency : AgenciesOver(conn, region_path))
    notifications::NotifyAgencyUsers(conn, pushes, agency, kAccidentReported, title, body,
                                     "/emergency/accidents/" + std::to_string(id));
}

std::string CasualtiesText(const AccidentFacts& f) {
  return "死亡 " + std::to_string(f.deaths) + " 人，重伤 " + std::to_string(f.serious_injuries) +
         " 人，失踪 " + std::to_string(f.missing) + " 人";
}

}  // namespace

AccidentReportingConfig LoadAccidentReportingConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "accident_reporting");
  if (!stored) return {};
  if (auto c = AccidentReportingConfigFromJson(*stored)) return *c;
  spdlog::warn("settings accident_reporting is invalid; using the defaults");
  return {};
}

std::string AccidentNumber(const std::string& occurred_at, std::int64_t id) {
  std::string day = core::ChinaIsoDate(core::UnixFromIso(occurred_at));
  day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
  std::string n = std::to_string(id);
  if (n.size() < 6) n.insert(0, 6 - n.size(), '0');
  return "AQ-" + day + "-" + n;
}

std::int64_t ReportAccident(storage::Connection& conn, const NewReport& in,
                            const audit::Actor& actor, api::Notifier* notifier, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  const Grade grade = GradeOfFacts(in.facts);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  NewAccident row;
  row.enterprise_id = in.enterprise_id;
  row.region_path = in.region_path;
  row.reported_by = actor.id.value_or(0);
  row.grade = std::string(GradeValue(grade));
  row.at = at;
  row.loss_incident_id = in.loss_incident_id;
  row.facts = in.facts;
  const std::int64_t id = InsertAccident(conn, row);
  const std::string number = AccidentNumber(in.facts.occurred_at, id);
  SetAccidentNumber(conn, id, number);
  const json::object facts = FactsJson(in.facts);
  InsertAccidentReport(conn, id, 1, "first", json::serialize(facts), row.grade, in.note,
                       actor.id.value_or(0), at);
  NotifyAgencies(conn, pushes, in.region_path, id,
                 "事故快报：" + std::string(GradeLabelZh(grade)) + " " + in.facts.title,
                 number + "，" + CasualtiesText(in.facts));
  json::object after = facts;
  after["number"] = number;
  after["grade"] = row.grade;
  after["enterprise_id"] = in.enterprise_id;
  if (in.loss_incident_id) after["loss_incident_id"] = *in.loss_incident_id;
  audit::Append(conn, actor, "report", "accident", std::to_string(id), nullptr, after);
  tx.Commit();
  pushes.Flush(notifier, conn);
  return id;
}

void ReviseAccident(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                    const std::string& kind, const AccidentFacts& facts, const std::string& note,
                    const audit::Actor& actor, api::Notifier* notifier, std::int64_t now) {
  if (!FindAccident(conn, scope, id)) throw ApiException{Error::NotFound("accident")};
  const std::string at = core::IsoFromUnix(now);
  const auto config = LoadAccidentReportingConfig(conn);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto before = LockAccident(conn, id);
  if (!before) throw ApiException{Error::NotFound("accident")};
  if (kind == "follow_up") {
    const bool traffic_or_fire =
        before->facts.accident_type == kFireType || before->facts.road_traffic;
    const std::int64_t until =
        FollowUpUntil(core::UnixFromIso(before->facts.occurred_at), traffic_or_fire, config);
    if (now > until) {
      const std::string day = core::ChinaIsoDateTime(until - 1);
      core::Invalid(Err("follow_up_window_closed").At("occurred_at", day, day));
    }
  }
  const Grade old_grade = *GradeFromValue(before->grade);
  const Grade grade = GradeOfFacts(facts);
  const std::string grade_since = grade > old_grade ? at : before->grade_since;
  const std::int64_t version = before->version + 1;
  UpdateAccidentFacts(conn, id, facts, std::string(GradeValue(grade)), grade_since, version, at);
  const json::object facts_json = FactsJson(facts);
  InsertAccidentReport(conn, id, version, kind, json::serialize(facts_json),
                       std::string(GradeValue(grade)), note, actor.id.value_or(0), at);
  const bool casualties_changed = facts.deaths != before->facts.deaths ||
                                  facts.serious_injuries != before->facts.serious_injuries ||
                                  facts.missing != before->facts.missing ||
                                  facts.direct_loss_yuan != before->facts.direct_loss_yuan;
  if (grade != old_grade || casualties_changed)
    NotifyAgencies(conn, pushes, before->region_path, id,
                   std::string(kind == "follow_up" ? "事故续报：" : "事故信息更正：") +
                       std::string(GradeLabelZh(grade)) + " " + facts.title,
                   before->number + "，" + CasualtiesText(facts) +
                       (grade != old_grade ? "（事故等级由" + std::string(GradeLabelZh(old_grade)) +
                                                 "变为" + std::string(GradeLabelZh(grade)) + "）"
                                           : ""));
  json::object b = FactsJson(before->facts);
  b["grade"] = before->grade;
  b["version"] = before->version;
  json::object a = facts_json;
  a["grade"] = std::string(GradeValue(grade));
  a["version"] = version;
  if (!note.empty()) a["note"] = note;
  audit::Append(conn, actor, kind == "follow_up" ? "accident_follow_up" : "accident_correct",
                "accident", std::to_string(id), b, a);
  tx.Commit();
  pushes.Flush(notifier, conn);
}

std::int64_t OpenAccidentForLossIncident(storage::Connection& conn, const LossIncidentEvent& e,
                                         const audit::Actor& actor) {
  NewAccident row;
  row.enterprise_id = e.enterprise_id;
  row.region_path = e.region_path;
  row.reported_by = e.user_id;
  row.grade = std::string(GradeValue(Grade::kOrdinary));
  row.at = e.reported_at;
  row.loss_incident_id = e.loss_incident_id;
  row.facts.title = e.title;
  row.facts.course = e.description;
  row.facts.occurred_at = e.occurred_at;
  const std::int64_t id = InsertAccident(conn, row);
  const std::string number = AccidentNumber(e.occurred_at, id);
  SetAccidentNumber(conn, id, number);
  const json::object facts = FactsJson(row.facts);
  InsertAccidentReport(conn, id, 1, "first", json::serialize(facts), row.grade, "",
                       e.user_id, e.reported_at);
  json::object after = facts;
  after["number"] = number;
  after["grade"] = row.grade;
  after["enterprise_id"] = e.enterprise_id;
  after["loss_incident_id"] = e.loss_incident_id;
  audit::Append(conn, actor, "report", "accident", std::to_string(id), nullptr, after);
  return id;
}

std::vector<ChainStep> ChainOf(const AccidentRow& a, const std::vector<AccidentForwardRow>& f,
                               const AccidentReportingConfig& c, std::int64_t now) {
  ChainInput in;
  in.grade = GradeFromValue(a.grade).value_or(Grade::kOrdinary);
  in.occurred_at = core::UnixFromIso(a.facts.occurred_at);
  in.reported_at = core::UnixFromIso(a.reported_at);
  in.grade_since = core::UnixFromIso(a.grade_since);
  for (const auto& fw : f) {
    const std::int64_t t = core::UnixFromIso(fw.at);
    if (fw.level == "county" && !in.county_forwarded_at) in.county_forwarded_at = t;
    if (fw.level == "city" && !in.city_forwarded_at) in.city_forwarded_at = t;
    if (fw.level == "province" && !in.province_forwarded_at) in.province_forwarded_at = t;
  }
  return ReportChain(in, c, now);
}

void ForwardAccident(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                     const std::string& level, std::int64_t agency_id, const std::string& note,
                     const audit::Actor& actor, std::int64_t now) {
  if (!FindAccident(conn, scope, id)) throw ApiException{Error::NotFound("accident")};
  const auto config = LoadAccidentReportingConfig(conn);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto a = LockAccident(conn, id);
  if (!a) throw ApiException{Error::NotFound("accident")};
  const auto forwards = AccidentForwards(conn, id);
  for (const auto& fw : forwards)
    if (fw.level == level) {
      const std::string local = core::ChinaIsoDateTime(core::UnixFromIso(fw.at));
      throw ApiException{Err("accident_already_forwarded").Conflict(local, local)};
    }
  const auto chain = ChainOf(*a, forwards, config, now);
  json::array sent;
  for (const auto& s : chain)
    if (s.from == level)
      sent.push_back(json::object{{"key", s.key},
                                  {"to", s.to},
                                  {"due_at", core::IsoFromUnix(s.due_at)},
                                  {"late_minutes", s.late_minutes}});
  if (sent.empty()) {
    const char* zh = level == "county"     ? "县级"
                     : level == "city"     ? "市级"
                     : level == "province" ? "省级"
                                           : "部级";
    throw ApiException{Err("accident_no_step_for_level").Conflict(level, zh)};
  }
  InsertAccidentForward(conn, id, level, agency_id, actor.id.value_or(0), note, at);
  audit::Append(conn, actor, "accident_forward", "accident", std::to_string(id), nullptr,
                json::object{{"level", level},
                             {"agency_id", agency_id},
                             {"steps", sent},
                             {"note", note}});
  tx.Commit();
}

}  // namespace anjian::accidents
