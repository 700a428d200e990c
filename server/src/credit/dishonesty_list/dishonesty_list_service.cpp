#include "credit/dishonesty_list/dishonesty_list_service.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "credit/dishonesty_list/dishonesty_list_errors.hpp"
#include "files/file_service.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::dishonesty_list {

namespace json = boost::json;

namespace {

std::string Link(std::int64_t id) { return "/credit/dishonesty-list/" + std::to_string(id); }

std::string JoinIds(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out;
}

json::object EntryJson(const EntryRow& e) {
  return json::object{{"enterprise_id", e.enterprise_id},
                      {"enterprise", e.enterprise_name},
                      {"criterion", e.criterion},
                      {"state", e.state},
                      {"agency_id", e.agency_id ? json::value(*e.agency_id) : json::value(nullptr)},
                      {"notice_number", e.notice_number},
                      {"noticed_on", e.noticed_on},
                      {"defence_due_on", e.defence_due_on},
                      {"decision_number", e.decision_number},
                      {"decided_on", e.decided_on},
                      {"listed_from", e.listed_from},
                      {"listed_until", e.listed_until},
                      {"removed_on", e.removed_on},
                      {"published_at", e.published_at}};
}

core::Date DateOf(const std::string& text) {
  return core::ParseIsoDate(text).value_or(core::Date{});
}

State StateOf(const EntryRow& e) { return ParseState(e.state).value_or(State::kCandidate); }

// Locks the entry (scope checked first: out of scope answers 404) and checks the action.
EntryRow Locked(storage::Connection& conn, const api::Principal& who, std::int64_t id, Action a) {
  auto e = LockEntry(conn, id);
  if (!e || !FindEntry(conn, api::Scope::For(who), id))
    throw ApiException{Error::NotFound("dishonesty_entry")};
  if (!Next(StateOf(*e), a)) {
    const State s = StateOf(*e);
    core::Invalid(Err("dishonesty_state").At("state", StateLabelEn(s), ActionValue(a),
                                             StateLabelZh(s), ActionLabelZh(a)));
  }
  return *e;
}

// 谁处罚、谁决定: an agency account, and once an agency has sent the notice only that agency.
void RequireDecidingAgency(storage::Connection& conn, const api::Principal& who,
                           const EntryRow& e) {
  if (!who.agency_id) core::Invalid(Err("dishonesty_agency_required").At());
  if (e.agency_id && *e.agency_id != *who.agency_id) {
    const auto name = AgencyName(conn, *e.agency_id);
    core::Invalid(Err("dishonesty_not_deciding_agency").At("", name, name));
  }
}

void CheckFiles(storage::Connection& conn, const api::Principal& who,
                const std::vector<std::int64_t>& ids, bool required) {
  std::vector<FieldError> errors;
  if (required && ids.empty()) errors.push_back(Err("dishonesty_evidence_required").At("file_ids"));
  files::CheckAttachments(conn, who, ids, "file_ids", errors);
  if (!errors.empty()) core::Invalid(std::move(errors));
}

void Step(storage::Connection& conn, const audit::Actor& actor, const EntryRow& before,
          const EntryRow& after, const std::string& kind, const std::string& note,
          const json::object& data, const std::string& at) {
  UpdateEntry(conn, after, at);
  InsertEvent(conn, after.id, kind, note, json::serialize(data), actor.id, at);
  audit::Append(conn, actor, "dishonesty_" + kind, "dishonesty_entry", std::to_string(after.id), EntryJson(before),
                EntryJson(after));
}

void NotifyEnterprise(storage::Connection& conn, notifications::PendingPushes& pushes,
                      const EntryRow& e, const std::string& title, const std::string& body) {
  notifications::NotifyEnterpriseUsers(conn, pushes, e.enterprise_id, kDishonestyNotice, title,
                                       body, Link(e.id));
}

std::int64_t AddCandidate(storage::Connection& conn, notifications::PendingPushes* pushes,
                          const NewEntry& row, const std::string& event_kind,
                          const audit::Actor& actor, const std::vector<std::int64_t>& file_ids) {
  auto id = InsertEntry(conn, row);
  if (!id) return 0;
  for (auto f : file_ids) AttachFile(conn, *id, std::nullopt, f, row.at);
  const auto* c = FindCriterion(row.criterion);
  InsertEvent(conn, *id, event_kind, row.facts,
              json::serialize(json::object{{"criterion", row.criterion},
                                           {"source_kind", row.source_kind},
                                           {"source_ids", row.source_ids}}),
              actor.id, row.at);
  audit::Append(conn, actor, "dishonesty_" + event_kind, "dishonesty_entry", std::to_string(*id), nullptr,
                json::object{{"enterprise_id", row.enterprise_id},
                             {"criterion", row.criterion},
                             {"source_kind", row.source_kind},
                             {"source_ids", row.source_ids},
                             {"facts", row.facts},
                             {"file_ids", JoinIds(file_ids)}});
  if (pushes) {
    const auto ent = EnterpriseById(conn, row.enterprise_id);
    for (auto agency : AgenciesOver(conn, row.region_path))
      notifications::NotifyAgencyUsers(
          conn, *pushes, agency, kDishonestyNotice,
          "严重失信主体名单候选：" + (ent ? ent->name : std::string()),
          std::string(c ? c->label_zh : "") + "（" + kOrderZh + std::string(c ? c->article_zh : "") + "）：" +
              row.facts,
          Link(*id));
  }
  return *id;
}

}  // namespace

std::string Today(std::int64_t now) { return core::ChinaIsoDate(now); }

std::string RepairOpensText(const EntryRow& e, const DishonestyListConfig& c) {
  if (e.decided_on.empty()) return "";
  return core::FormatIsoDate(RepairOpensOn(DateOf(e.decided_on), c));
}

DishonestyListConfig LoadDishonestyListConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "dishonesty_list");
  if (!stored) return {};
  if (auto c = DishonestyListConfigFromJson(*stored)) return *c;
  spdlog::warn("settings dishonesty_list is invalid; using the defaults");
  return {};
}

std::int64_t DetectCandidates(storage::Connection& conn, notifications::PendingPushes& pushes,
                              const audit::Actor& actor, std::int64_t now) {
  const auto config = LoadDishonestyListConfig(conn);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto found = DetectAccidentCandidates(GradedAccidents(conn), config);
  for (auto& d : DetectConcealmentCandidates(ConcealmentFindings(conn))) found.push_back(d);
  // Vouchers of the last year posted with no licence in force.
  for (auto& d : DetectUnlicensedCandidates(UnlicensedOperation(conn, core::IsoFromUnix(now - 366LL * 86400))))
    found.push_back(d);
  std::int64_t added = 0;
  for (const auto& d : found) {
    const auto ent = EnterpriseById(conn, d.enterprise_id);
    if (!ent) continue;
    NewEntry row;
    row.enterprise_id = d.enterprise_id;
    row.region_path = ent->region_path;
    row.criterion = d.criterion;
    row.source_kind = d.source_kind;
    row.source_ids = JoinIds(d.source_ids);
    row.detection_key = d.detection_key;
    row.facts = d.facts_zh;
    row.at = at;
    if (AddCandidate(conn, &pushes, row, "detected", actor, {})) ++added;
  }
  tx.Commit();
  return added;
}

JobResult RunDishonestyListJob(storage::Connection& conn, notifications::PendingPushes& pushes,
                               std::int64_t now) {
  const audit::Actor system{std::nullopt, "system", "", now};
  JobResult r;
  r.detected = DetectCandidates(conn, pushes, system, now);
  const std::string today = Today(now);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  for (auto id : EntriesPastTerm(conn, today)) {
    auto e = LockEntry(conn, id);
    if (!e || !TermOver(StateOf(*e), DateOf(e->listed_until), DateOf(today))) continue;
    EntryRow after = *e;
    after.state = std::string(StateValue(State::kExpired));
    Step(conn, system, *e, after, "expired", "管理期限届满，自动移出名单",
         json::object{{"listed_until", e->listed_until}}, at);
    NotifyEnterprise(conn, pushes, after, "严重失信主体名单：期满移出",
                     after.decision_number + " 管理期限于 " + after.listed_until + " 届满，已移出名单");
    ++r.expired;
  }
  tx.Commit();
  return r;
}

std::int64_t EnterCandidate(storage::Connection& conn, const api::Principal& who,
                            const ManualEntry& in, const audit::Actor& actor, std::int64_t now) {
  if (!who.agency_id) core::Invalid(Err("dishonesty_agency_required").At());
  auto ent = FindEnterpriseInScope(conn, api::Scope::For(who), in.enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  CheckFiles(conn, who, in.file_ids, true);
  storage::Transaction tx(conn);
  NewEntry row;
  row.enterprise_id = in.enterprise_id;
  row.region_path = ent->region_path;
  row.criterion = in.criterion;
  row.source_kind = "manual";
  row.facts = in.facts;
  row.principal_name = in.principal_name;
  row.agency_id = *who.agency_id;
  row.created_by = actor.id;
  row.at = core::IsoFromUnix(now);
  const auto id = AddCandidate(conn, nullptr, row, "entered", actor, in.file_ids);
  tx.Commit();
  return id;
}

void NoticeEntry(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                 const StepInput& in, const audit::Actor& actor, api::Notifier* notifier,
                 std::int64_t now) {
  const auto config = LoadDishonestyListConfig(conn);
  const auto cal = calendar::LoadWorkingCalendar(conn);
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto e = Locked(conn, who, id, Action::kNotice);
  RequireDecidingAgency(conn, who, e);
  EntryRow after = e;
  after.state = std::string(StateValue(State::kNoticed));
  after.agency_id = *who.agency_id;
  after.notice_number = in.number;
  after.noticed_on = Today(now);
  after.defence_due_on = core::FormatIsoDate(DefenceDueOn(DateOf(after.noticed_on), config, cal));
  if (!in.text.empty()) after.principal_name = in.text;
  Step(conn, actor, e, after, "noticed", "告知书 " + in.number,
       json::object{{"notice_number", in.number}, {"defence_due_on", after.defence_due_on}}, at);
  NotifyEnterprise(conn, pushes, after, "列入严重失信主体名单事先告知",
                   "告知书 " + in.number + "：拟将贵单位列入安全生产严重失信主体名单，可于 " +
                       after.defence_due_on + " 前提出陈述申辩");
  tx.Commit();
  pushes.Flush(notifier, conn);
}

void RecordDefence(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                   const StepInput& in, const audit::Actor& actor, std::int64_t now) {
  CheckFiles(conn, who, in.file_ids, false);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto e = Locked(conn, who, id, Action::kDefence);
  RequireDecidingAgency(conn, who, e);
  EntryRow after = e;
  after.defence_text = in.text;
  after.defence_at = at;
  for (auto f : in.file_ids) AttachFile(conn, id, std::nullopt, f, at);
  Step(conn, actor, e, after, "defence", in.text,
       json::object{{"file_ids", JoinIds(in.file_ids)}}, at);
  tx.Commit();
}

void SubmitOwnDefence(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                      const StepInput& in, const audit::Actor& actor, api::Notifier* notifier,
                      std::int64_t now) {
  CheckFiles(conn, who, in.file_ids, false);
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto e = Locked(conn, who, id, Action::kDefence);
  if (!who.enterprise_id || *who.enterprise_id != e.enterprise_id)
    core::Invalid(Err("dishonesty_defence_not_own").At());
  auto errors = CheckOwnDefenceOpen(DateOf(e.defence_due_on), DateOf(Today(now)));
  if (!errors.empty()) core::Invalid(std::move(errors));
  EntryRow after = e;
  after.defence_text = in.text;
  after.defence_at = at;
  for (auto f : in.file_ids) AttachFile(conn, id, std::nullopt, f, at);
  Step(conn, actor, e, after, "defence_submitted", in.text,
       json::object{{"file_ids", JoinIds(in.file_ids)}, {"defence_due_on", e.defence_due_on}}, at);
  if (e.agency_id)
    notifications::NotifyAgencyUsers(conn, pushes, *e.agency_id, kDishonestyNotice,
                                     "陈述申辩：" + e.enterprise_name,
                                     "告知书 " + e.notice_number + " 当事人提交了陈述申辩" +
                                         (in.file_ids.empty() ? std::string()
                                                              : "（附 " + std::to_string(in.file_ids.size()) + " 份材料）"),
                                     Link(id));
  tx.Commit();
  pushes.Flush(notifier, conn);
}

void DecideEntry(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                 const StepInput& in, const audit::Actor& actor, api::Notifier* notifier,
                 std::int64_t now) {
  const auto config = LoadDishonestyListConfig(conn);
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto e = Locked(conn, who, id, Action::kDecide);
  RequireDecidingAgency(conn, who, e);
  const core::Date today = DateOf(Today(now));
  const core::Date decided = in.day.empty() ? today : DateOf(in.day);
  auto errors = CheckDecidedOn(decided, DateOf(e.noticed_on), today);
  if (errors.empty())
    errors = CheckDecisionAllowed(!e.defence_at.empty(), DateOf(e.defence_due_on), decided);
  if (!errors.empty()) core::Invalid(std::move(errors));
  const auto term = TermOf(decided, config);
  EntryRow after = e;
  after.state = std::string(StateValue(State::kListed));
  after.decision_number = in.number;
  after.decision_reasons = in.text;
  after.decided_on = core::FormatIsoDate(decided);
  after.listed_from = core::FormatIsoDate(term.listed_from);
  after.listed_until = core::FormatIsoDate(term.listed_until);
  Step(conn, actor, e, after, "decided", "列入决定书 " + in.number,
       json::object{{"decision_number", in.number},
                    {"listed_from", after.listed_from},
                    {"listed_until", after.listed_until}},
       at);
  NotifyEnterprise(conn, pushes, after, "列入严重失信主体名单决定",
                   "决定书 " + in.number + "：自 " + after.listed_from + " 起列入，管理期限至 " +
                       after.listed_until);
  tx.Commit();
  pushes.Flush(notifier, conn);
}

void PublishEntry(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                  const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto e = Locked(conn, who, id, Action::kPublish);
  RequireDecidingAgency(conn, who, e);
  if (!e.published_at.empty())
    core::Invalid(Err("dishonesty_state").At("state", "published", "publish", "已公示", "再次公示"));
  EntryRow after = e;
  after.published_at = at;
  Step(conn, actor, e, after, "published", "", json::object{}, at);
  tx.Commit();
}

void DismissEntry(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                  const StepInput& in, const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto e = Locked(conn, who, id, Action::kDismiss);
  RequireDecidingAgency(conn, who, e);
  EntryRow after = e;
  after.state = std::string(StateValue(State::kDismissed));
  if (!after.agency_id) after.agency_id = *who.agency_id;
  Step(conn, actor, e, after, "dismissed", in.text, json::object{}, at);
  tx.Commit();
}

std::int64_t ApplyRepair(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                         const StepInput& in, const audit::Actor& actor, api::Notifier* notifier,
                         std::int64_t now) {
  const auto config = LoadDishonestyListConfig(conn);
  CheckFiles(conn, who, in.file_ids, true);
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto e = LockEntry(conn, id);
  if (!e || !FindEntry(conn, api::Scope::For(who), id))
    throw ApiException{Error::NotFound("dishonesty_entry")};
  if (!who.enterprise_id || *who.enterprise_id != e->enterprise_id)
    core::Invalid(Err("dishonesty_repair_not_own").At());
  const State s = StateOf(*e);
  if (s != State::kListed)
    core::Invalid(Err("dishonesty_state").At("state", StateLabelEn(s), "repair", StateLabelZh(s),
                                             "申请信用修复"));
  bool pending = false;
  for (const auto& r : RepairsOf(conn, id)) pending |= r.state == "pending";
  auto errors = CheckRepairApplication(s, RepairOpensOn(DateOf(e->decided_on), config),
                                       DateOf(Today(now)), pending, config.repair_after_months);
  if (!errors.empty()) core::Invalid(std::move(errors));
  const std::int64_t repair = InsertRepair(conn, id, in.text, actor.id.value_or(0), at);
  for (auto f : in.file_ids) AttachFile(conn, id, repair, f, at);
  InsertEvent(conn, id, "repair_applied", in.text,
              json::serialize(json::object{{"repair_id", repair},
                                           {"file_ids", JoinIds(in.file_ids)}}),
              actor.id, at);
  audit::Append(conn, actor, "dishonesty_repair_applied", "dishonesty_entry", std::to_string(id), nullptr,
                json::object{{"repair_id", repair}, {"reason", in.text},
                             {"file_ids", JoinIds(in.file_ids)}});
  if (e->agency_id)
    notifications::NotifyAgencyUsers(conn, pushes, *e->agency_id, kDishonestyNotice,
                                     "信用修复申请：" + e->enterprise_name,
                                     e->decision_number + " 申请提前移出严重失信主体名单", Link(id));
  tx.Commit();
  pushes.Flush(notifier, conn);
  return repair;
}

namespace {
const RepairRow& RepairOf(const std::vector<RepairRow>& all, std::int64_t repair_id) {
  for (const auto& r : all)
    if (r.id == repair_id) return r;
  throw ApiException{Error::NotFound("dishonesty_repair")};
}
void RepairStateError(const RepairRow& r, const char* action_en, const char* action_zh) {
  const auto s = ParseRepairState(r.state).value_or(RepairState::kPending);
  core::Invalid(Err("dishonesty_repair_state").At("state", r.state, action_en,
                                                  RepairStateLabelZh(s), action_zh));
}
}  // namespace

void DecideRepair(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                  std::int64_t repair_id, bool approve, const std::string& note,
                  const audit::Actor& actor, api::Notifier* notifier, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto e = LockEntry(conn, id);
  if (!e || !FindEntry(conn, api::Scope::For(who), id))
    throw ApiException{Error::NotFound("dishonesty_entry")};
  RequireDecidingAgency(conn, who, *e);
  const auto repairs = RepairsOf(conn, id);
  const auto& r = RepairOf(repairs, repair_id);
  if (r.state != "pending") RepairStateError(r, approve ? "approve" : "refuse", approve ? "同意" : "不予同意");
  EntryRow after = *e;
  if (approve) {
    if (!Next(StateOf(*e), Action::kRepairApprove)) {
      const State s = StateOf(*e);
      core::Invalid(Err("dishonesty_state").At("state", StateLabelEn(s), "repair_approve",
                                               StateLabelZh(s), ActionLabelZh(Action::kRepairApprove)));
    }
    after.state = std::string(StateValue(State::kRemoved));
    after.removed_on = Today(now);
  }
  DecideRepairRow(conn, repair_id, approve ? "approved" : "refused", actor.id.value_or(0), note, at);
  Step(conn, actor, *e, after, approve ? "repair_approved" : "repair_refused", note,
       json::object{{"repair_id", repair_id}}, at);
  NotifyEnterprise(conn, pushes, after,
                   approve ? "信用修复申请已同意" : "信用修复申请不予同意",
                   approve ? "自 " + after.removed_on + " 起移出严重失信主体名单" : note);
  tx.Commit();
  pushes.Flush(notifier, conn);
}

void RevokeRepair(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                  std::int64_t repair_id, const std::string& note, const audit::Actor& actor,
                  api::Notifier* notifier, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto e = Locked(conn, who, id, Action::kRepairRevoke);
  RequireDecidingAgency(conn, who, e);
  const auto repairs = RepairsOf(conn, id);
  const auto& r = RepairOf(repairs, repair_id);
  if (r.state != "approved") RepairStateError(r, "revoke", "撤销");
  EntryRow after = e;
  after.removed_on.clear();  // back with its original end date
  after.state = std::string(StateValue(StateAfterRevocation(DateOf(e.listed_until), DateOf(Today(now)))));
  RevokeRepairRow(conn, repair_id, actor.id.value_or(0), note, at);
  Step(conn, actor, e, after, "repair_revoked", note,
       json::object{{"repair_id", repair_id}, {"listed_until", e.listed_until}}, at);
  NotifyEnterprise(conn, pushes, after, "信用修复决定已撤销",
                   "经查信用修复申请材料不实，恢复列入严重失信主体名单，管理期限至 " + e.listed_until);
  tx.Commit();
  pushes.Flush(notifier, conn);
}

std::int64_t RecordAccidentFinding(storage::Connection& conn, const api::Principal& who,
                                   const FindingInput& in, const audit::Actor& actor,
                                   std::int64_t now) {
  if (!who.agency_id) core::Invalid(Err("dishonesty_agency_required").At());
  auto a = FindAccidentInScope(conn, api::Scope::For(who), in.accident_id);
  if (!a) throw ApiException{Error::NotFound("accident")};
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  if (FindingExists(conn, a->id, in.kind)) {
    const char* zh = in.kind == "concealed" ? "瞒报" : "谎报";
    core::Invalid(Err("dishonesty_finding_exists").At("kind", in.kind, zh));
  }
  const auto finding = InsertFinding(conn, *a, in.kind, in.finding, in.found_on, who.agency_id,
                                     actor.id.value_or(0), at);
  audit::Append(conn, actor, "dishonesty_accident_finding", "accident_reporting_finding", std::to_string(finding),
                nullptr,
                json::object{{"accident_id", a->id}, {"kind", in.kind},
                             {"finding", in.finding}, {"found_on", in.found_on}});
  const auto ent = EnterpriseById(conn, a->enterprise_id);
  std::int64_t candidate = 0;
  for (const auto& d : DetectConcealmentCandidates(
           {{finding, a->id, a->enterprise_id, in.kind, a->number}})) {
    NewEntry row;
    row.enterprise_id = d.enterprise_id;
    row.region_path = ent ? ent->region_path : a->region_path;
    row.criterion = d.criterion;
    row.source_kind = d.source_kind;
    row.source_ids = JoinIds(d.source_ids);
    row.detection_key = d.detection_key;
    row.facts = d.facts_zh + "：" + in.finding;
    row.agency_id = *who.agency_id;
    row.at = at;
    candidate = AddCandidate(conn, nullptr, row, "detected", actor, {});
  }
  tx.Commit();
  return candidate;
}

std::int64_t EnterFromInvestigationFinding(storage::Connection& conn, const api::Principal& who,
                                           std::int64_t finding_id, const audit::Actor& actor,
                                           std::int64_t now) {
  if (!who.agency_id) core::Invalid(Err("dishonesty_agency_required").At());
  storage::Transaction tx(conn);
  auto rows = InvestigationFindings(conn, api::Scope::For(who), finding_id, 1, 0);
  if (rows.empty()) throw ApiException{Error::NotFound("accident_finding")};
  const auto& f = rows.front();
  if (!f.credit_relevant) core::Invalid(Err("dishonesty_finding_not_credit_relevant").At("finding_id"));
  if (f.candidate_id) {
    const auto id = std::to_string(*f.candidate_id);
    core::Invalid(Err("dishonesty_finding_entered").At("finding_id", id, id));
  }
  const auto ent = EnterpriseById(conn, f.enterprise_id);
  NewEntry row;
  row.enterprise_id = f.enterprise_id;
  row.region_path = ent ? ent->region_path : f.region_path;
  row.criterion = "other_serious_violation";
  row.source_kind = "investigation_finding";
  row.source_ids = std::to_string(f.accident_id);
  row.detection_key = InvestigationFindingKey(f.id);
  row.facts = "事故调查发现（" + f.accident_number + "，发现 #" + std::to_string(f.id) + "）：" + f.title +
              (f.description.empty() ? std::string() : "。" + f.description) +
              (f.responsible.empty() ? std::string() : "；责任人（单位）：" + f.responsible);
  row.agency_id = *who.agency_id;
  row.created_by = actor.id;
  row.at = core::IsoFromUnix(now);
  const auto id = AddCandidate(conn, nullptr, row, "entered", actor, {});
  if (!id) {
    core::Invalid(Err("dishonesty_finding_entered").At("finding_id", "", ""));
  }
  tx.Commit();
  return id;
}

}  // namespace anjian::dishonesty_list
