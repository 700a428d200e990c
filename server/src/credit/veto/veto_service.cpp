#include "credit/veto/veto_service.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/hash_chain.hpp"
#include "credit/veto/veto_errors.hpp"
#include "notifications/notification_service.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::veto {

namespace json = boost::json;

namespace {

Period PeriodOf(const RoundRow& r) {
  return {core::ParseIsoDate(r.period_from).value_or(core::Date{}),
          core::ParseIsoDate(r.period_to).value_or(core::Date{})};
}

RoundRow OpenRound(storage::Connection& conn, std::int64_t round_id) {
  auto r = LockRound(conn, round_id);
  if (!r) throw ApiException{Error::NotFound("veto_round")};
  if (r->status == "confirmed") {
    const std::string day = core::ChinaIsoDateTime(core::UnixFromIso(r->confirmed_at));
    throw ApiException{Err("veto_round_confirmed").Conflict(day, day)};
  }
  return *r;
}

json::array ReasonsJson(const std::vector<Reason>& reasons) {
  json::array out;
  for (const auto& x : reasons)
    out.push_back(json::object{{"code", x.code},
                               {"record_type", x.record_type},
                               {"record_id", x.record_id},
                               {"record_label", x.record_label},
                               {"date", x.date},
                               {"text_zh", x.text_zh},
                               {"text_en", x.text_en}});
  return out;
}

}  // namespace

VetoConfig LoadVetoConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "veto");
  if (!stored) return {};
  if (auto c = VetoConfigFromJson(*stored)) return *c;
  spdlog::warn("settings veto is invalid; using the defaults");
  return {};
}

std::int64_t CreateRound(storage::Connection& conn, const RoundInput& in,
                         const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  NewRound r;
  r.agency_id = in.agency_id;
  r.created_by = actor.id.value_or(0);
  r.region_path = in.region_path;
  r.name = in.name;
  r.kind = std::string(KindValue(in.kind));
  r.period_from = core::FormatIsoDate(in.period.from);
  r.period_to = core::FormatIsoDate(in.period.to);
  r.at = at;
  const std::int64_t id = InsertRound(conn, r);
  json::object after{{"name", r.name},
                     {"kind", r.kind},
                     {"period_from", r.period_from},
                     {"period_to", r.period_to},
                     {"agency_id", r.agency_id}};
  InsertEvent(conn, id, std::nullopt, "create", json::serialize(after), r.created_by, at);
  audit::Append(conn, actor, "create", "veto_round", std::to_string(id), nullptr, after);
  tx.Commit();
  return id;
}

std::vector<std::int64_t> AddApplications(storage::Connection& conn, std::int64_t round_id,
                                          const std::vector<ApplicationInput>& in,
                                          const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  OpenRound(conn, round_id);
  std::vector<std::int64_t> ids;
  for (const auto& a : in) {
    NewApplication row;
    row.round_id = round_id;
    row.enterprise_id = a.enterprise_id;
    row.region_path = a.region_path;
    row.applicant_name = a.applicant_name;
    row.project = a.project;
    row.source = a.source;
    row.created_by = actor.id.value_or(0);
    row.at = at;
    auto id = InsertApplication(conn, row);
    if (!id) throw ApiException{Err("veto_application_duplicate").Conflict()};
    ids.push_back(*id);
    json::object after{{"round_id", round_id},
                       {"enterprise_id", a.enterprise_id},
                       {"applicant_name", a.applicant_name},
                       {"project", a.project},
                       {"source", a.source}};
    InsertEvent(conn, round_id, *id, a.source == "import" ? "import" : "apply",
                json::serialize(after), row.created_by, at);
    audit::Append(conn, actor, a.source == "import" ? "import" : "veto_apply", "veto_application",
                  std::to_string(*id), nullptr, after);
  }
  tx.Commit();
  return ids;
}

CheckFigures CheckRoundRows(storage::Connection& conn, const RoundRow& round,
                           const VetoConfig& config, const core::Date& today,
                           const std::string& at, std::int64_t by) {
  const Period period = PeriodOf(round);
  auto apps = ApplicationsOfRound(conn, round.id);
  const auto facts = LoadRoundFacts(conn, round.id, period);
  static const EnterpriseFacts kNone;
  CheckFigures fig;
  for (auto& a : apps) {
    auto it = facts.find(a.enterprise_id);
    const auto reasons = VetoReasons(it == facts.end() ? kNone : it->second, period, today, config);
    a.result = reasons.empty() ? "passed" : "vetoed";
    a.reasons_json = json::serialize(ReasonsJson(reasons));
    ++fig.applications;
    if (!reasons.empty()) ++fig.vetoed;
  }
  SetApplicationResults(conn, apps, at);
  SetRoundChecked(conn, round.id, fig.applications, fig.vetoed, at);
  json::object details{{"applications", fig.applications},
                       {"vetoed", fig.vetoed},
                       {"passed", fig.applications - fig.vetoed},
                       {"period_from", round.period_from},
                       {"period_to", round.period_to},
                       {"config", json::parse(VetoConfigToJson(config))}};
  InsertEvent(conn, round.id, std::nullopt, "check", json::serialize(details), by, at);
  return fig;
}

CheckFigures CheckRound(storage::Connection& conn, std::int64_t round_id,
                        const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  const VetoConfig config = LoadVetoConfig(conn);
  storage::Transaction tx(conn);
  const RoundRow round = OpenRound(conn, round_id);
  const CheckFigures fig =
      CheckRoundRows(conn, round, config, core::ChinaDate(now), at, actor.id.value_or(0));
  audit::Append(conn, actor, "veto_check", "veto_round", std::to_string(round_id),
                json::object{{"applications", round.applications}, {"vetoed", round.vetoed}},
                json::object{{"applications", fig.applications},
                             {"vetoed", fig.vetoed},
                             {"period_from", round.period_from},
                             {"period_to", round.period_to}});
  tx.Commit();
  return fig;
}

std::string ConfirmRound(storage::Connection& conn, std::int64_t round_id,
                         const CheckFigures& expected, const audit::Actor& actor,
                         api::Notifier* notifier, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  const RoundRow round = OpenRound(conn, round_id);
  if (round.checked_at.empty() || round.pending > 0)
    throw ApiException{Err("veto_round_not_checked").Conflict()};
  if (round.total != round.applications || expected.applications != round.applications ||
      expected.vetoed != round.vetoed)
    throw ApiException{Err("veto_figures_changed").Conflict(round.total, round.total)};
  std::vector<FrozenResult> frozen;
  for (const auto& a : ApplicationsOfRound(conn, round_id))
    frozen.push_back({a.id, a.enterprise_id, a.result, a.reasons_json});
  const std::string hash = core::Sha256Hex(FrozenText(round_id, PeriodOf(round), frozen));
  SetRoundConfirmed(conn, round_id, actor.id.value_or(0), hash, at);
  json::object details{{"applications", round.applications},
                       {"vetoed", round.vetoed},
                       {"passed", round.applications - round.vetoed},
                       {"result_hash", hash}};
  InsertEvent(conn, round_id, std::nullopt, "confirm", json::serialize(details),
              actor.id.value_or(0), at);
  audit::Append(conn, actor, "veto_confirm", "veto_round", std::to_string(round_id),
                json::object{{"status", "open"}}, details);
  // Each applying enterprise learns its own result (and only its own), once: a confirmed round
  // cannot be confirmed again.
  for (const auto& a : frozen) {
    const auto reasons = json::parse(a.reasons_json.empty() ? "[]" : a.reasons_json);
    const std::size_t n = reasons.is_array() ? reasons.as_array().size() : 0;
    const bool vetoed = a.result == "vetoed";
    notifications::NotifyEnterpriseUsers(
        conn, pushes, a.enterprise_id, kVetoResultNotice,
        std::string(vetoed ? "一票否决核查结果：否决" : "一票否决核查结果：通过") + "（" + round.name + "）",
        vetoed ? "经核查，贵单位的申报存在 " + std::to_string(n) + " 项一票否决情形，未通过；详见申报记录"
               : "经核查，贵单位的申报未发现一票否决情形，通过",
        "/credit/veto-applications/" + std::to_string(a.application_id));
  }
  tx.Commit();
  pushes.Flush(notifier, conn);
  return hash;
}

}  // namespace anjian::veto
