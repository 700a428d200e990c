#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"

#include <boost/json.hpp>
#include <algorithm>
#include <map>
#include <set>

#include "audit/audit_service.hpp"
#include "registry/registry_errors.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger/deadline_service.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_json.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_number_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_source_rules.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/hidden_danger/read_cache.hpp"
#include "files/file_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/json.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::hidden_danger {

namespace json = boost::json;

inline constexpr const char* kHiddenDangerNotification = "hidden_danger";

namespace {

std::string Link(int64_t id) { return "/hidden-dangers/" + std::to_string(id); }

[[noreturn]] void Throw(std::vector<FieldError> errors) { core::Invalid(std::move(errors)); }

void CheckLength(const std::string& value, const char* field, size_t max,
                 std::vector<FieldError>& errors) {
  if (api::Utf8Length(value) > max) errors.push_back(core::CoreErr("max_length").At(field, max));
}

bool IsRegulator(const api::Principal& who) { return who.agency_id && !who.enterprise_id; }

bool IsManager(const api::Principal& who) {
  return who.enterprise_id && who.Can("hidden_danger:handle");
}

void NotifyAll(storage::Connection& conn, int64_t now, notifications::PendingPushes* pushes,
               const std::vector<int64_t>& ids, int64_t skip, const std::string& title,
               const std::string& body, const std::string& link) {
  std::set<int64_t> done;
  for (int64_t uid : ids) {
    if (uid == skip || !done.insert(uid).second) continue;
    if (pushes) pushes->Notify(conn, uid, kHiddenDangerNotification, title, body, link);
    else notifications::Notify(conn, now, uid, kHiddenDangerNotification, title, body, link);
  }
}

}  // namespace

int64_t ReportHiddenDanger(storage::Connection& conn, const api::Principal& who,
                           const NewHiddenDanger& in, notifications::PendingPushes* pushes,
                           int64_t now_unix) {
  const std::string now = core::IsoFromUnix(now_unix);
  const std::string today = core::ChinaIsoDate(now_unix);
  std::vector<FieldError> errors;

  const auto source = ParseHiddenDangerSource(in.source);
  if (!source)
    errors.push_back(core::CoreErr("source_invalid").At("source", kSourcesEn, kSourcesZh));
  const bool regulator = IsRegulator(who);
  if (source == HiddenDangerSource::kDerived)
    errors.push_back(Err("derived_source_system_only").At("source"));
  else if (source && RegisteredByRegulator(*source) && !regulator)
    errors.push_back(Err("regulator_source").At("source"));
  if (source && !RegisteredByRegulator(*source) && regulator)
    errors.push_back(Err("enterprise_source").At("source"));
  if (source == HiddenDangerSource::kReferral && in.referral_department.empty())
    errors.push_back(Err("referral_department_required").At("referral_department"));
  if (source == HiddenDangerSource::kEnforcement && !in.enforcement_inspection_id)
    errors.push_back(Err("enforcement_inspection_required").At("enforcement_inspection_id"));
  if (in.title.empty()) errors.push_back(core::CoreErr("required").At("title"));
  CheckLength(in.title, "title", 100, errors);
  CheckLength(in.description, "description", 2000, errors);
  CheckLength(in.location, "location", 200, errors);
  CheckLength(in.referral_department, "referral_department", 100, errors);
  if (!in.hazard_factor.empty() && !risk::IsHazardFactor(in.hazard_factor))
    errors.push_back(
        risk::Err("hazard_factor_invalid").At("hazard_factor", risk::kHazardFactorExamples));
  if (!in.accident_type.empty() && !risk::FindCode(risk::AccidentTypes(), in.accident_type))
    errors.push_back(risk::Err("accident_type_invalid")
                         .At("accident_type", risk::JoinCodes(risk::AccidentTypes())));
  if (in.latitude && (*in.latitude < -90 || *in.latitude > 90))
    errors.push_back(Err("latitude_invalid").At("latitude"));
  if (in.longitude && (*in.longitude < -180 || *in.longitude > 180))
    errors.push_back(Err("longitude_invalid").At("longitude"));
  std::string found_on = in.found_on.empty() ? today : in.found_on;
  if (auto d = core::ParseIsoDate(found_on); !d)
    errors.push_back(core::CoreErr("date_invalid").At("found_on"));
  else if (found_on > today)
    errors.push_back(Err("date_future").At("found_on", "found_on", "发现日期"));
  if (!in.deadline.empty() && !core::ParseIsoDate(in.deadline))
    errors.push_back(Err("deadline_invalid").At("deadline", "deadline", "整改期限"));
  if (in.photo_file_ids.size() > 20) errors.push_back(Err("too_many").At("photo_file_ids", 20));
  files::CheckPhotos(conn, who, in.photo_file_ids, "photo_file_ids", errors);

  // The enterprise: the caller's own, or one in the regulator's subtree.
  int64_t enterprise_id = in.enterprise_id;
  if (who.enterprise_id) {
    if (enterprise_id != 0 && enterprise_id != *who.enterprise_id)
      errors.push_back(Err("enterprise_not_own").At("enterprise_id"));
    enterprise_id = *who.enterprise_id;
  } else if (enterprise_id == 0) {
    errors.push_back(core::CoreErr("required").At("enterprise_id"));
  }
  std::optional<EnterpriseInfo> ent;
  if (enterprise_id != 0) {
    ent = FindEnterpriseInScope(conn, api::Scope::For(who), enterprise_id);
    if (!ent) errors.push_back(registry::Err("enterprise_unknown").At("enterprise_id"));
  }
  // A cited inspection record or risk unit must be the enterprise's own. A missing id and
  // another enterprise's get the same answer, and nothing is checked against an enterprise
  // outside the caller's scope, so the answer reveals no other enterprise's records.
  if (in.inspection_record_id && ent &&
      !InspectionRecordOfEnterprise(conn, *in.inspection_record_id, enterprise_id))
    errors.push_back(Err("inspection_record_unknown").At("inspection_record_id"));
  if (in.risk_unit_id && ent && !RiskUnitOfEnterprise(conn, *in.risk_unit_id, enterprise_id))
    errors.push_back(Err("risk_unit_unknown").At("risk_unit_id"));
  if (in.enforcement_inspection_id && enterprise_id != 0 &&
      !EnforcementInspectionOfEnterprise(conn, *in.enforcement_inspection_id, enterprise_id))
    errors.push_back(Err("enforcement_inspection_unknown").At("enforcement_inspection_id"));
  if (!errors.empty()) Throw(std::move(errors));

  HiddenDangerInsert row;
  row.enterprise_id = enterprise_id;
  row.region_path = ent->region_path;
  row.industry = ent->industry;
  row.source = in.source;
  row.inspection_record_id = in.inspection_record_id;
  row.enforcement_inspection_id = in.enforcement_inspection_id;
  row.risk_unit_id = in.risk_unit_id;
  row.referral_department = in.referral_department;
  row.title = in.title;
  row.description = in.description;
  row.location = in.location;
  row.latitude = in.latitude;
  row.longitude = in.longitude;
  row.hazard_factor = in.hazard_factor;
  row.accident_type = in.accident_type;
  row.found_on = found_on;
  row.reported_by = who.user_id;
  row.reporter_name = who.display_name;
  row.registered_by_regulator = RegisteredByRegulator(*source);
  row.deadline = in.deadline;
  row.now = now;
  const int64_t id = InsertHiddenDanger(conn, row);
  const int64_t tid =
      AppendTransition(conn, id, "report", "", "reported", who.user_id, who.display_name, now, "",
                       json::serialize(json::object{{"source", in.source}}));
  AttachPhotos(conn, id, in.photo_file_ids, "before", tid);

  auto record = FindHiddenDanger(conn, api::Scope::For(who), id);
  json::object after = record ? HiddenDangerJson(*record, today) : json::object{{"id", id}};
  audit::Append(conn, api::ActorOf(who, now_unix), "report", "hidden_danger", std::to_string(id), nullptr,
                after);
  // Someone must assess it: the enterprise's principal and safety officers.
  NotifyAll(conn, now_unix, pushes, EnterpriseManagerIds(conn, enterprise_id), who.user_id,
            "新隐患待评估：" + HiddenDangerNumber(found_on, id) + " " + in.title,
            ent->name + " · " + std::string(HiddenDangerSourceLabelZh(*source)), Link(id));
  return id;
}

namespace {

// FNV-1a: a stable 64-bit lock key for a derived key (the same on every node and build).
int64_t DerivedLockKey(const std::string& key) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : "derived-hd:" + key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return static_cast<int64_t>(h & 0x7fffffffffffffffULL);
}

std::string CutTo(const std::string& text, size_t max_chars) {
  if (api::Utf8Length(text) <= max_chars) return text;
  size_t chars = 0, i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (chars == max_chars - 1) break;
      ++chars;
    }
  }
  return text.substr(0, i) + "…";
}

}  // namespace

std::optional<int64_t> OpenDerivedMajorHiddenDanger(storage::Connection& conn,
                                                    const DerivedMajorHiddenDanger& in,
                                                    notifications::PendingPushes* pushes,
                                                    int64_t now_unix) {
  if (in.derived_key.empty() || in.derived_key.size() > 200)
    throw std::invalid_argument("derived hidden danger: key must be 1-200 bytes");
  storage::LockKeyForTransaction(conn, DerivedLockKey(in.derived_key));
  if (DerivedHiddenDangerId(conn, in.derived_key)) return std::nullopt;
  api::Scope all;
  all.kind = api::Scope::Kind::kAll;
  auto ent = FindEnterpriseInScope(conn, all, in.enterprise_id);
  if (!ent) throw std::invalid_argument("derived hidden danger: unknown enterprise");
  const std::string now = core::IsoFromUnix(now_unix);
  const std::string today = core::ChinaIsoDate(now_unix);
  constexpr const char* kSystem = "系统判定";

  HiddenDangerInsert row;
  row.enterprise_id = in.enterprise_id;
  row.region_path = ent->region_path;
  row.industry = ent->industry;
  row.source = std::string(HiddenDangerSourceValue(HiddenDangerSource::kDerived));
  row.title = CutTo(in.title, 100);
  row.description = CutTo(in.description, 2000);
  row.location = CutTo(in.location, 200);
  if (risk::IsHazardFactor(in.hazard_factor)) row.hazard_factor = in.hazard_factor;
  if (risk::FindCode(risk::AccidentTypes(), in.accident_type)) row.accident_type = in.accident_type;
  row.found_on = today;
  row.reporter_name = kSystem;
  row.registered_by_regulator = true;
  row.now = now;
  const int64_t id = InsertHiddenDanger(conn, row);
  AppendTransition(conn, id, "report", "", "reported", std::nullopt, kSystem, now, "",
                   json::serialize(json::object{{"source", row.source},
                                                {"basis", in.basis},
                                                {"derived_key", in.derived_key}}));
  auto record = FindHiddenDanger(conn, all, id, true);
  auto snapshot = SnapshotOf(*record);
  snapshot.state = HiddenDangerState::kAssessed;
  snapshot.level = HiddenDangerLevel::kMajor;
  StoreSnapshot(conn, id, snapshot, now, today);
  AppendTransition(conn, id, "assess", "reported", "assessed", std::nullopt, kSystem, now,
                   in.basis_text_zh,
                   json::serialize(json::object{{"level", "major"}, {"basis", in.basis}}));
  DerivationRecord d;
  d.derived_key = in.derived_key;
  d.hidden_danger_id = id;
  d.basis = in.basis;
  d.basis_text_zh = in.basis_text_zh;
  d.basis_text_en = in.basis_text_en;
  d.origin_kind = in.origin_kind;
  d.origin_id = in.origin_id;
  d.created_at = now;
  InsertDerivation(conn, d, in.enterprise_id);

  record = FindHiddenDanger(conn, all, id);
  json::object after = record ? HiddenDangerJson(*record, today) : json::object{{"id", id}};
  after["derived_key"] = in.derived_key;
  after["basis"] = in.basis;
  audit::Append(conn, audit::Actor(std::nullopt, kSystem, "", now_unix), "report_derived",
                "hidden_danger", std::to_string(id), nullptr, after);
  // A major hidden danger is reported to the regulator at once (安全生产法 art. 41, 山东省安全生产
  // 条例 art. 32) and the enterprise must rectify it.
  const std::string number = record ? record->number : std::to_string(id);
  const std::string title = "系统判定重大事故隐患：" + number + " " + row.title;
  const std::string body = ent->name + " · " + in.basis_text_zh;
  NotifyAll(conn, now_unix, pushes, EnterpriseManagerIds(conn, in.enterprise_id), 0, title, body,
            Link(id));
  NotifyAll(conn, now_unix, pushes, SupervisingRegulatorIds(conn, ent->region_path), 0, title,
            body, Link(id));
  return id;
}

int64_t CreateHiddenDanger(storage::Connection& conn, const api::Principal& who,
                           const NewHiddenDanger& in, std::vector<FieldError> input_errors,
                           notifications::PendingPushes& pushes, int64_t now) {
  storage::Transaction tx(conn);
  int64_t id = 0;
  try {
    id = ReportHiddenDanger(conn, who, in, &pushes, now);
  } catch (ApiException& e) {
    if (e.error.code != ErrorCode::kValidationFailed || input_errors.empty()) throw;
    std::vector<FieldError> all = std::move(input_errors);
    for (auto& err : e.error.errors) {
      bool dup = std::any_of(all.begin(), all.end(), [&](const FieldError& x) {
        return x.field == err.field && x.rule == err.rule;
      });
      if (!dup) all.push_back(err);
    }
    Throw(std::move(all));
  }
  if (!input_errors.empty()) Throw(std::move(input_errors));
  tx.Commit();
  return id;
}

void TransitionHiddenDanger(storage::Connection& conn, const api::Principal& who, int64_t id,
                            const TransitionInput& in, std::vector<FieldError> input_errors,
                            notifications::PendingPushes& pushes, int64_t now_unix) {
  const std::string now = core::IsoFromUnix(now_unix);
  const std::string today = core::ChinaIsoDate(now_unix);
  storage::Transaction tx(conn);
  // Scope first: an out-of-scope id is 404 whatever the body says.
  auto record = FindHiddenDanger(conn, api::Scope::For(who), id, true);
  if (!record) throw ApiException{Error::NotFound("hidden danger")};
  if (!input_errors.empty()) Throw(std::move(input_errors));
  auto current = SnapshotOf(*record);
  current.congress_reported = HasCongressReport(conn, id);
  current.regulator_recheck = HasRecheckOrder(conn, id);
  const bool regulator = IsRegulator(who);
  if (regulator && !who.Can("hidden_danger:supervise"))
    throw ApiException{Err("regulator_read_only").Forbidden()};

  TransitionRequest r;
  r.action = in.action;
  r.actor_user_id = who.user_id;
  r.actor_is_regulator = regulator;
  r.actor_is_enterprise_manager = IsManager(who);
  r.today = today;
  r.reason = in.reason;
  r.level = in.level;
  r.owner_user_id = in.owner_user_id;
  r.measures = in.measures;
  r.funds_fen = in.funds_fen;
  r.deadline = in.deadline;
  r.plan = in.plan;
  r.regulator_deadline = in.regulator_deadline;
  r.evidence = in.evidence;
  r.congress_reported_on = in.congress_reported_on;
  r.congress_method = in.congress_method;
  r.congress_reporter = in.congress_reporter;
  r.congress_minutes = in.congress_minutes;

  std::vector<FieldError> extra;
  if (r.owner_user_id && !ActiveUserOfEnterprise(conn, *r.owner_user_id, record->enterprise_id))
    extra.push_back(Err("owner_unknown").At("owner_user_id"));
  const auto& photos = in.photo_file_ids;
  if (!photos.empty() && r.action != HiddenDangerAction::kRectify)
    extra.push_back(Err("photos_rectify_only").At("photo_file_ids"));
  files::CheckPhotos(conn, who, photos, "photo_file_ids", extra);
  const auto& congress_files = in.congress_file_ids;
  if (!congress_files.empty() && r.action != HiddenDangerAction::kReportCongress)
    extra.push_back(Err("congress_files_report_only").At("congress_file_ids"));
  files::CheckAttachments(conn, who, congress_files, "congress_file_ids", extra);
  for (const auto* c : {&in.hazard_factor, &in.accident_type})
    if (*c && r.action != HiddenDangerAction::kAssess)
      extra.push_back(Err("classify_assess_only")
                          .At(c == &in.hazard_factor ? "hazard_factor" : "accident_type"));
  if (in.hazard_factor && !in.hazard_factor->empty() && !risk::IsHazardFactor(*in.hazard_factor))
    extra.push_back(
        risk::Err("hazard_factor_invalid").At("hazard_factor", risk::kHazardFactorExamples));
  if (in.accident_type && !in.accident_type->empty() &&
      !risk::FindCode(risk::AccidentTypes(), *in.accident_type))
    extra.push_back(risk::Err("accident_type_invalid")
                        .At("accident_type", risk::JoinCodes(risk::AccidentTypes())));

  auto result = ApplyTransition(current, r);
  if (auto* errs = std::get_if<std::vector<FieldError>>(&result)) {
    // FSM refusals (who may act, verifier ≠ rectifier, ...) come before parameter details.
    auto all = *errs;
    all.insert(all.end(), extra.begin(), extra.end());
    Throw(std::move(all));
  }
  if (!extra.empty()) Throw(std::move(extra));
  auto& outcome = std::get<TransitionOutcome>(result);
  auto before = HiddenDangerJson(*record, today);

  StoreSnapshot(conn, id, outcome.snapshot, now, today);
  json::object details;
  if (in.hazard_factor || in.accident_type) {
    const std::string factor = in.hazard_factor.value_or(record->hazard_factor);
    const std::string type = in.accident_type.value_or(record->accident_type);
    StoreClassification(conn, id, factor, type);
    if (in.hazard_factor) details["hazard_factor"] = factor;
    if (in.accident_type) details["accident_type"] = type;
  }
  if (r.level) details["level"] = HiddenDangerLevelValue(*r.level);
  if (r.owner_user_id) details["owner_user_id"] = *r.owner_user_id;
  if (!r.measures.empty()) details["measures"] = r.measures;
  if (r.funds_fen) details["funds_fen"] = *r.funds_fen;
  if (r.deadline) details["deadline"] = *r.deadline;
  if (!r.plan.empty()) details["plan"] = r.plan;
  if (r.regulator_deadline) details["regulator_deadline"] = *r.regulator_deadline;
  if (!r.evidence.empty()) details["evidence"] = r.evidence;
  if (!photos.empty()) {
    json::array ids;
    for (auto p : photos) ids.push_back(p);
    details["photo_file_ids"] = std::move(ids);
  }
  if (r.action == HiddenDangerAction::kReportCongress) {
    details["reported_on"] = *r.congress_reported_on;
    details["method"] = r.congress_method;
    details["method_label_zh"] = CongressMethodLabelZh(r.congress_method);
    details["reporter"] = r.congress_reporter;
    details["minutes"] = r.congress_minutes;
    json::array ids;
    for (auto f : congress_files) ids.push_back(f);
    details["file_ids"] = std::move(ids);
  }
  if (r.action == HiddenDangerAction::kSubmitPlan) StorePlan(conn, id, r.plan);
  if (r.action == HiddenDangerAction::kRectify) StoreEvidence(conn, id, r.evidence);
  const int64_t tid = AppendTransition(
      conn, id, in.action_value, std::string(HiddenDangerStateValue(current.state)),
      std::string(HiddenDangerStateValue(outcome.snapshot.state)), who.user_id,
      who.display_name, now, r.reason, json::serialize(details));
  AttachPhotos(conn, id, photos, "after", tid);
  AttachPhotos(conn, id, congress_files, "congress", tid);

  auto after = HiddenDangerJson(*FindHiddenDanger(conn, api::Scope::For(who), id), today);
  audit::Append(conn, api::ActorOf(who, now_unix), "transition:" + in.action_value, "hidden_danger",
                std::to_string(id), before, after);

  const std::string title =
      std::string(HiddenDangerActionLabelZh(r.action)) + "：" + record->number + " " + record->title;
  const std::string text = record->enterprise_name + " · " +
                           std::string(HiddenDangerStateLabelZh(outcome.snapshot.state)) +
                           (r.reason.empty() ? "" : " · " + r.reason);
  for (auto effect : outcome.side_effects) {
    std::vector<int64_t> ids;
    switch (effect) {
      case SideEffect::kNotifyRegulator:
        ids = SupervisingRegulatorIds(conn, record->region_path);
        break;
      case SideEffect::kNotifyOwner:
        if (outcome.snapshot.owner_user_id) ids = {*outcome.snapshot.owner_user_id};
        break;
      case SideEffect::kNotifyPreviousOwner:
        if (current.owner_user_id) ids = {*current.owner_user_id};
        break;
      case SideEffect::kNotifyEnterpriseManagers:
        ids = EnterpriseManagerIds(conn, record->enterprise_id);
        break;
    }
    NotifyAll(conn, now_unix, &pushes, ids, who.user_id, title, text, Link(id));
  }
  tx.Commit();
}

std::optional<HiddenDangerDetail> GetHiddenDanger(storage::Connection& conn,
                                                  const api::Principal& who, int64_t id,
                                                  const std::string& today, int64_t now_unix) {
  auto record = FindHiddenDanger(conn, api::Scope::For(who), id);
  if (!record) return std::nullopt;
  HiddenDangerDetail d;
  d.record = std::move(*record);
  auto snapshot = SnapshotOf(d.record);
  snapshot.congress_reported = HasCongressReport(conn, id);
  snapshot.regulator_recheck = HasRecheckOrder(conn, id);
  d.regulator_recheck = snapshot.regulator_recheck;
  d.congress_report_missing = snapshot.level == HiddenDangerLevel::kMajor &&
                              IsOpen(snapshot.state) && !snapshot.congress_reported;
  d.transitions = Transitions(conn, id);
  d.photos = Photos(conn, id);
  d.derivation = DerivationOf(conn, id);
  // Regulators act only with hidden_danger:supervise; read-only ones see no buttons.
  const bool regulator = IsRegulator(who);
  if (!regulator || who.Can("hidden_danger:supervise"))
    d.available_actions = AvailableActions(snapshot, who.user_id, regulator, IsManager(who));
  // Candidate owners for assign/reassign: the enterprise's active users.
  d.owner_candidates = ActiveUsersOfEnterprise(conn, d.record.enterprise_id);
  if (snapshot.state != HiddenDangerState::kClosed && d.record.effective_deadline) {
    auto st = EvaluateDeadline(*d.record.effective_deadline, today, LoadEscalationConfig(conn));
    if (auto* s = std::get_if<DeadlineStatus>(&st); s && IsOpen(snapshot.state))
      d.escalation_stage = s->stage;
  }
  const auto escalation = LoadEscalationConfig(conn);
  if (snapshot.state == HiddenDangerState::kReported &&
      AssessmentPeriodApplies(core::UnixFromIso(d.record.reported_at), escalation)) {
    const auto st = EvaluateAssessment(core::UnixFromIso(d.record.reported_at), now_unix,
                                       escalation);
    d.assessment_due_at = core::IsoFromUnix(st.due);
    d.assessment_stage = st.stage;
  }
  return d;
}

HiddenDangerPage ListHiddenDangerPage(storage::Connection& conn, const std::string& cache_key,
                                      const api::Scope& scope, const HiddenDangerFilter& f,
                                      const std::string& today, int64_t limit, int64_t offset,
                                      int64_t count_limit) {
  HiddenDangerPage page;
  // The revision is read first: an answer is filed under the revision it may predate.
  const int64_t revision = HiddenDangerRevision(conn);
  // Cached as "n" (exact) or "n+" (more than n match: the count stopped at the limit).
  const std::string total = HiddenDangerReadCache().GetOrCompute(
      "list-total|" + cache_key + "|" + ScopeKey(scope) + "|" + today + "|" +
          std::to_string(count_limit),
      revision, [&] {
        auto c = CountHiddenDangersBounded(conn, scope, f, today, count_limit);
        return std::to_string(c.n) + (c.exact ? "" : "+");
      });
  page.total = std::stoll(total);
  page.total_exact = total.empty() || total.back() != '+';
  page.items = ListHiddenDangers(conn, scope, f, today, limit, offset);
  return page;
}

std::vector<HiddenDangerRecord> ExportHiddenDangers(storage::Connection& conn,
                                                    const api::Scope& scope,
                                                    const HiddenDangerFilter& f,
                                                    const std::string& today) {
  return ListHiddenDangers(conn, scope, f, today, kExportRows, 0);
}

HiddenDangerStatistics GetStatistics(storage::Connection& conn, const api::Scope& scope,
                                     const StatisticsQuery& q, const std::string& today) {
  HiddenDangerStatistics out;
  // The region whose subtree is counted, and its children for the by-region breakdown.
  std::string path, code, name;
  if (!q.region_code.empty()) {
    auto p = RegionPathInScope(conn, scope, q.region_code);
    if (!p) throw ApiException{Error::NotFound("region")};
    path = *p;
    code = q.region_code;
  } else if (scope.kind == api::Scope::Kind::kRegion) {
    path = scope.region_path;
  } else if (scope.kind == api::Scope::Kind::kAll) {
    path = "/";
  } else if (scope.kind != api::Scope::Kind::kEnterprise) {
    throw ApiException{Err("no_hidden_danger_scope").Forbidden()};
  }
  // An enterprise sees its own figures (no regional breakdown).
  const bool enterprise = scope.kind == api::Scope::Kind::kEnterprise;
  // "/" is the country root 000000 (V061): its breakdown is the provinces.
  if (code.empty() && !path.empty()) code = RegionCodeOfPath(conn, path).value_or("");
  if (!code.empty()) name = RegionName(conn, code).value_or("");
  std::string to = q.to.empty() ? today : q.to;
  std::string from = q.from;
  if (from.empty()) {
    auto t = core::ParseIsoDate(to).value_or(core::Date{});
    core::Date start{t.month == 12 ? t.year : t.year - 1, t.month == 12 ? 1 : t.month + 1, 1};
    from = core::FormatIsoDate(start);
  }
  out.region_code = code;
  out.region_name = name;
  out.path = path;
  out.from = from;
  out.to = to;
  out.today = today;

  StatisticsSelection sel;
  if (enterprise) sel.enterprise_id = scope.enterprise_id;
  sel.path = path;
  sel.from = from;
  sel.to = to;
  sel.industry = q.industry;
  sel.today = today;
  std::map<std::string, Figures> by_child, by_industry, by_month;
  const StatisticsParts parts = StatisticsGroupsAndCauses(conn, sel);
  for (const auto& g : parts.groups) {
    out.totals.Add(g.figures);
    by_child[g.child].Add(g.figures);
    by_industry[g.industry].Add(g.figures);
    by_month[g.found_month].Add(g.figures);
  }
  if (!enterprise) {
    auto children = ChildRegionsOfCode(conn, code);
    if (auto own = by_child.find(path); own != by_child.end() && !code.empty())
      out.by_region.push_back({code, name, true, own->second});
    for (const auto& c : children) {
      auto it = by_child.find(c.path);
      out.by_region.push_back({c.code, c.name, false, it == by_child.end() ? Figures{} : it->second});
    }
  }
  out.by_industry.assign(by_industry.begin(), by_industry.end());
  out.by_month.assign(by_month.begin(), by_month.end());

  // By hazard factor (rolled up to the level below the node) and by accident type.
  const std::string& node = q.hazard_factor;
  out.hazard_factor_node = node;
  std::map<std::string, Figures> by_factor, by_type;
  Figures own, unclassified_factor;
  for (const auto& g : parts.causes) {
    by_type[g.accident_type].Add(g.figures);
    if (!node.empty() && g.hazard_factor == node) {
      own.Add(g.figures);
      continue;
    }
    const std::string row = risk::HazardFactorChildOf(node, g.hazard_factor);
    if (!row.empty()) by_factor[row].Add(g.figures);
    else if (node.empty()) unclassified_factor.Add(g.figures);  // "" or a code no longer listed
  }
  for (const auto& code : risk::HazardFactorChildren(node))
    out.by_hazard_factor.push_back({code, false, by_factor[code]});
  if (!node.empty() && own.found > 0) out.by_hazard_factor.push_back({node, true, own});
  if (node.empty() && unclassified_factor.found > 0)
    out.by_hazard_factor.push_back({"", false, unclassified_factor});
  for (const auto& t : risk::AccidentTypes()) out.by_accident_type.push_back({t.code, false, by_type[t.code]});
  Figures unclassified_type;
  for (const auto& [code, figures] : by_type)
    if (!risk::FindCode(risk::AccidentTypes(), code)) unclassified_type.Add(figures);
  if (unclassified_type.found > 0) out.by_accident_type.push_back({"", false, unclassified_type});
  return out;
}

std::string GetStatisticsCached(
    storage::Connection& conn, const std::string& cache_key, const api::Scope& scope,
    const StatisticsQuery& q, const std::string& today,
    const std::function<std::string(const HiddenDangerStatistics&)>& render) {
  // The revision is read first: an answer is filed under the revision it may predate.
  const int64_t revision = HiddenDangerRevision(conn);
  return HiddenDangerReadCache().GetOrCompute(
      "statistics|" + cache_key + "|" + ScopeKey(scope) + "|" + q.region_code + "|" + q.industry +
          "|" + q.from + "|" + q.to + "|" + q.hazard_factor + "|" + today,
      revision, [&] { return render(GetStatistics(conn, scope, q, today)); });
}

HiddenDangerDashboard GetDashboard(storage::Connection& conn, const api::Scope& scope,
                                   const std::string& today) {
  HiddenDangerDashboard out;
  out.totals = OpenTotals(conn, scope, today);
  out.enterprises = EnterprisesWithOverdueOrMajor(conn, scope, today);
  if (scope.kind != api::Scope::Kind::kRegion && scope.kind != api::Scope::Kind::kAll) return out;
  const std::string path = scope.kind == api::Scope::Kind::kAll ? "/" : scope.region_path;
  std::map<std::string, OpenFigures> by_child;
  for (auto& g : OpenByChildRegion(conn, scope, path, today)) by_child[g.child] = g.figures;
  auto figures = [&](const std::string& key) {
    auto it = by_child.find(key);
    return it == by_child.end() ? OpenFigures{} : it->second;
  };
  auto children = ChildRegionsOfPath(conn, path);
  if (children.empty() && path != "/") {
    if (auto self = RegionAtPath(conn, path))
      out.by_region.push_back({self->code, self->name, figures(path)});
  }
  for (const auto& c : children) out.by_region.push_back({c.code, c.name, figures(c.path)});
  return out;
}

}  // namespace anjian::hidden_danger
