#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"

#include <boost/json.hpp>
#include <set>

#include "platform/api/actor.hpp"
#include "platform/api/json.hpp"
#include "audit/audit_service.hpp"
#include "core/civil_date.hpp"
#include "dual_prevention/hidden_danger/deadline_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_source_rules.hpp"
#include "dual_prevention/hidden_danger/deadline_job.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_store.hpp"
#include "files/file_service.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::hazard {

namespace json = boost::json;
using storage::Value;

inline constexpr const char* kHiddenDangerNotification = "hidden_danger";

std::string TodayOf(const std::string& now_iso) {
  // Deadlines are calendar days in China Standard Time (UTC+8, no daylight saving).
  int64_t seconds = now_iso.empty() ? storage::NowUnix() : storage::UnixFromIso(now_iso);
  return dp::FormatIsoDate(dp::CivilFromDays((seconds + 8 * 3600) / 86400));
}

namespace {

std::string Link(int64_t id) { return "/hidden-dangers/" + std::to_string(id); }

void Throw(std::vector<FieldError> errors) {
  throw ApiException{Error::Validation(std::move(errors))};
}

void CheckLength(const std::string& value, const char* field, size_t max,
                 std::vector<FieldError>& errors) {
  if (api::Utf8Length(value) > max)
    errors.push_back({field, "max_length", std::string(field) + " must be at most " +
                                               std::to_string(max) + " characters",
                      "不能超过 " + std::to_string(max) + " 个字符"});
}

bool IsRegulator(const api::Principal& who) { return who.agency_id && !who.enterprise_id; }

struct EnterpriseInfo {
  std::string name, region_path, industry;
};

std::optional<EnterpriseInfo> FindEnterprise(storage::Connection& conn, const api::Scope& scope,
                                              int64_t id) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query("SELECT name, region_path, industry FROM enterprises WHERE id = ? AND " +
                           sf.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  return EnterpriseInfo{rs.Text(0, "name"), rs.Text(0, "region_path"), rs.Text(0, "industry")};
}

void NotifyAll(storage::Connection& conn, notifications::PendingPushes* pushes,
               const std::vector<int64_t>& ids, int64_t skip, const std::string& title,
               const std::string& body, const std::string& link) {
  std::set<int64_t> done;
  for (int64_t uid : ids) {
    if (uid == skip || !done.insert(uid).second) continue;
    if (pushes) pushes->Notify(conn, uid, kHiddenDangerNotification, title, body, link);
    else notifications::InsertNotification(conn, uid, kHiddenDangerNotification, title, body, link, storage::NowIso());
  }
}

}  // namespace

int64_t ReportHiddenDanger(storage::Connection& conn, const api::Principal& who,
                           const NewHiddenDanger& in, notifications::PendingPushes* pushes,
                           const std::string& now_in) {
  const std::string now = now_in.empty() ? storage::NowIso() : now_in;
  const std::string today = TodayOf(now);
  std::vector<FieldError> errors;

  const auto source = dp::ParseHiddenDangerSource(in.source);
  if (!source) {
    errors.push_back({"source", "source_invalid",
                      "source must be inspection, ad_hoc, enforcement or referral",
                      "隐患来源须为隐患排查、随手拍、执法检查或部门转办"});
  }
  const bool regulator = IsRegulator(who);
  if (source && dp::RegisteredByRegulator(*source) && !regulator) {
    errors.push_back({"source", "regulator_source",
                      "only a regulator registers enforcement findings and referrals",
                      "执法检查发现和部门转办的隐患只能由监管部门登记"});
  }
  if (source && !dp::RegisteredByRegulator(*source) && regulator) {
    errors.push_back({"source", "enterprise_source",
                      "a regulator registers hidden dangers as enforcement findings or referrals",
                      "监管部门登记隐患的来源须为执法检查或部门转办"});
  }
  if (source == dp::HiddenDangerSource::kReferral && in.referral_department.empty()) {
    errors.push_back({"referral_department", "referral_department_required",
                      "name the department that referred the hidden danger",
                      "须填写转办部门"});
  }
  if (source == dp::HiddenDangerSource::kEnforcement && !in.enforcement_inspection_id) {
    errors.push_back({"enforcement_inspection_id", "enforcement_inspection_required",
                      "an enforcement finding belongs to an enforcement inspection",
                      "执法检查发现的隐患须关联执法检查记录"});
  }
  if (in.title.empty())
    errors.push_back({"title", "required", "title is required", "必填"});
  CheckLength(in.title, "title", 100, errors);
  CheckLength(in.description, "description", 2000, errors);
  CheckLength(in.location, "location", 200, errors);
  CheckLength(in.referral_department, "referral_department", 100, errors);
  if (!in.hazard_factor.empty() && !dp::IsHazardFactorClass(in.hazard_factor)) {
    errors.push_back({"hazard_factor", "hazard_factor_invalid",
                      "hazard_factor must be a GB/T 13861 class 1-4",
                      "危险和有害因素须为 GB/T 13861 大类 1–4"});
  }
  if (in.latitude && (*in.latitude < -90 || *in.latitude > 90))
    errors.push_back({"latitude", "latitude_invalid", "latitude must be within -90..90",
                      "纬度须在 -90 到 90 之间"});
  if (in.longitude && (*in.longitude < -180 || *in.longitude > 180))
    errors.push_back({"longitude", "longitude_invalid", "longitude must be within -180..180",
                      "经度须在 -180 到 180 之间"});
  std::string found_on = in.found_on.empty() ? today : in.found_on;
  if (auto d = dp::ParseIsoDate(found_on); !d) {
    errors.push_back({"found_on", "date_invalid", "found_on must be a date YYYY-MM-DD",
                      "发现日期须为 YYYY-MM-DD 格式"});
  } else if (found_on > today) {
    errors.push_back({"found_on", "date_future", "found_on cannot be in the future",
                      "发现日期不能晚于今天"});
  }
  if (!in.deadline.empty() && !dp::ParseIsoDate(in.deadline))
    errors.push_back({"deadline", "deadline_invalid", "deadline must be a date YYYY-MM-DD",
                      "整改期限须为 YYYY-MM-DD 格式"});
  if (in.photo_file_ids.size() > 20)
    errors.push_back({"photo_file_ids", "too_many", "at most 20 photos", "最多 20 张照片"});
  files::CheckPhotos(conn, who, in.photo_file_ids, "photo_file_ids", errors);

  // The enterprise: the caller's own, or one in the regulator's subtree.
  int64_t enterprise_id = in.enterprise_id;
  if (who.enterprise_id) {
    if (enterprise_id != 0 && enterprise_id != *who.enterprise_id)
      errors.push_back({"enterprise_id", "enterprise_not_own",
                        "an enterprise reports hidden dangers of its own only",
                        "企业只能上报本企业的隐患"});
    enterprise_id = *who.enterprise_id;
  } else if (enterprise_id == 0) {
    errors.push_back({"enterprise_id", "required", "enterprise_id is required", "须选择企业"});
  }
  std::optional<EnterpriseInfo> ent;
  if (enterprise_id != 0) {
    ent = FindEnterprise(conn, api::Scope::For(who), enterprise_id);
    if (!ent)
      errors.push_back({"enterprise_id", "enterprise_unknown", "no such enterprise in your scope",
                        "辖区内没有该企业"});
  }
  // A cited inspection record or risk unit must be the enterprise's own. A missing id and
  // another enterprise's get the same answer, and nothing is checked against an enterprise
  // outside the caller's scope, so the answer reveals no other enterprise's records.
  if (in.inspection_record_id && ent) {
    auto rs = conn.Query(
        "SELECT 1 AS ok FROM inspection_records WHERE id = ? AND enterprise_id = ?",
        {*in.inspection_record_id, enterprise_id});
    if (rs.empty())
      errors.push_back({"inspection_record_id", "inspection_record_unknown",
                        "no such inspection record of this enterprise",
                        "该企业没有这条隐患排查记录"});
  }
  if (in.risk_unit_id && ent) {
    auto rs = conn.Query("SELECT 1 AS ok FROM risk_units WHERE id = ? AND enterprise_id = ?",
                         {*in.risk_unit_id, enterprise_id});
    if (rs.empty())
      errors.push_back({"risk_unit_id", "risk_unit_unknown",
                        "no such risk unit of this enterprise", "该企业没有这个风险单元"});
  }
  if (in.enforcement_inspection_id && enterprise_id != 0) {
    auto rs = conn.Query(
        "SELECT 1 AS ok FROM enforcement_inspections WHERE id = ? AND enterprise_id = ?",
        {*in.enforcement_inspection_id, enterprise_id});
    if (rs.empty())
      errors.push_back({"enforcement_inspection_id", "enforcement_inspection_unknown",
                        "no such enforcement inspection of this enterprise",
                        "该企业没有这条执法检查记录"});
  }
  if (!errors.empty()) Throw(std::move(errors));

  const bool by_regulator = dp::RegisteredByRegulator(*source);
  auto rs = conn.Query(
      "INSERT INTO hidden_dangers (enterprise_id, region_path, industry, source, "
      "inspection_record_id, enforcement_inspection_id, risk_unit_id, referral_department, "
      "title, description, location, latitude, longitude, hazard_factor, found_on, found_month, "
      "reported_by, reporter_name, reported_at, registered_by_regulator, state, level, is_open, deadline, "
      "effective_deadline, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) "
      "RETURNING id",
      {enterprise_id, ent->region_path, ent->industry, in.source,
       storage::Nullable(in.inspection_record_id),
       storage::Nullable(in.enforcement_inspection_id),
       storage::Nullable(in.risk_unit_id), in.referral_department,
       in.title, in.description, in.location,
       storage::Nullable(in.latitude),
       storage::Nullable(in.longitude), in.hazard_factor, found_on,
       found_on.substr(0, 7), who.user_id, who.display_name, now, static_cast<int64_t>(by_regulator),
       std::string(dp::HiddenDangerStateValue(dp::HiddenDangerState::kReported)),
       std::string(dp::HiddenDangerLevelValue(dp::HiddenDangerLevel::kUnassessed)),
       in.deadline.empty() ? Value(nullptr) : Value(in.deadline),
       in.deadline.empty() ? Value(nullptr) : Value(in.deadline), now, now});
  const int64_t id = rs.Int(0, "id");
  const int64_t tid =
      AppendTransition(conn, id, "report", "", "reported", who.user_id, who.display_name, now, "",
                       json::object{{"source", in.source}});
  AttachPhotos(conn, id, in.photo_file_ids, "before", tid);

  auto row = FindHiddenDanger(conn, api::Scope::For(who), id);
  json::object after = row ? HiddenDangerJson(*row, 0, today) : json::object{{"id", id}};
  audit::Append(conn, api::ActorOf(who, core::UnixFromIso(now)), "report", "hidden_danger", std::to_string(id), nullptr,
                after);
  // Someone must assess it: the enterprise's principal and safety officers.
  NotifyAll(conn, pushes, EnterpriseManagerIds(conn, enterprise_id), who.user_id,
            "新隐患待评估：" + in.title, ent->name + " · " + std::string(dp::HiddenDangerSourceLabelZh(*source)),
            Link(id));
  return id;
}

namespace {

json::array Transitions(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT id, action, from_state, to_state, actor_user_id, actor_name, at, reason, "
      "details_json FROM hidden_danger_transitions WHERE hidden_danger_id = ? ORDER BY id",
      {id});
  json::array out;
  for (size_t i = 0; i < rs.size(); ++i) {
    json::value details;
    try {
      details = json::parse(rs.Text(i, "details_json"));
    } catch (...) {
      details = json::object{};
    }
    const auto action = dp::ParseHiddenDangerAction(rs.Text(i, "action"));
    out.push_back(json::object{
        {"id", rs.Int(i, "id")},
        {"action", rs.Text(i, "action")},
        {"action_label_zh", action ? dp::HiddenDangerActionLabelZh(*action) : "上报隐患"},
        {"action_label_en", action ? dp::HiddenDangerActionLabelEn(*action) : "report"},
        {"from_state", rs.Text(i, "from_state")},
        {"to_state", rs.Text(i, "to_state")},
        {"actor_user_id", rs.OptInt(i, "actor_user_id") ? json::value(rs.Int(i, "actor_user_id"))
                                                        : json::value(nullptr)},
        {"actor_name", rs.Text(i, "actor_name")},
        {"at", rs.Text(i, "at")},
        {"reason", rs.Text(i, "reason")},
        {"details", std::move(details)}});
  }
  return out;
}

json::array Photos(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT p.file_id, p.phase, p.transition_id, f.name, f.mime, f.size FROM "
      "hidden_danger_photos p JOIN files f ON f.id = p.file_id WHERE p.hidden_danger_id = ? "
      "ORDER BY p.file_id",
      {id});
  json::array out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back(json::object{{"file_id", rs.Int(i, "file_id")},
                               {"phase", rs.Text(i, "phase")},
                               {"name", rs.Text(i, "name")},
                               {"mime", rs.Text(i, "mime")},
                               {"size", rs.Int(i, "size")}});
  return out;
}

bool IsManager(const api::Principal& who) {
  return who.enterprise_id && who.Can("hidden_danger:handle");
}

}  // namespace

std::optional<json::object> GetHiddenDanger(storage::Connection& conn, const api::Principal& who,
                                            int64_t id, const std::string& today_in) {
  const std::string today = today_in.empty() ? TodayOf() : today_in;
  auto rs = FindHiddenDanger(conn, api::Scope::For(who), id);
  if (!rs) return std::nullopt;
  auto o = HiddenDangerJson(*rs, 0, today);
  auto row = RowFrom(*rs, 0);
  o["transitions"] = Transitions(conn, id);
  o["photos"] = Photos(conn, id);
  json::array actions;
  // Regulators act only with hidden_danger:supervise; read-only ones see no buttons.
  const bool regulator = IsRegulator(who);
  if (!regulator || who.Can("hidden_danger:supervise")) {
    for (auto a : dp::AvailableActions(row.snapshot, who.user_id, regulator, IsManager(who)))
      actions.push_back(json::object{{"action", dp::HiddenDangerActionValue(a)},
                                     {"label_zh", dp::HiddenDangerActionLabelZh(a)},
                                     {"label_en", dp::HiddenDangerActionLabelEn(a)}});
  }
  o["available_actions"] = std::move(actions);
  // Candidate owners for assign/reassign: the enterprise's active users.
  auto users = conn.Query(
      "SELECT id, display_name FROM users WHERE enterprise_id = ? AND status = 'active' "
      "ORDER BY id",
      {row.enterprise_id});
  json::array owners;
  for (size_t i = 0; i < users.size(); ++i)
    owners.push_back(
        json::object{{"id", users.Int(i, "id")}, {"display_name", users.Text(i, "display_name")}});
  o["owner_candidates"] = std::move(owners);
  if (row.snapshot.state != dp::HiddenDangerState::kClosed && o.at("effective_deadline").is_string()) {
    auto st = dp::EvaluateDeadline(o.at("effective_deadline").as_string(), today,
                                   LoadEscalationConfig(conn));
    if (auto* s = std::get_if<dp::DeadlineStatus>(&st); s && dp::IsOpen(row.snapshot.state))
      o["escalation_stage"] = dp::EscalationStageValue(s->stage);
  }
  return o;
}

void ApplyHiddenDangerTransition(storage::Connection& conn, const api::Principal& who, int64_t id,
                                 const json::object& body, notifications::PendingPushes& pushes,
                                 const std::string& now_in) {
  const std::string now = now_in.empty() ? storage::NowIso() : now_in;
  const std::string today = TodayOf(now);
  api::JsonInput in(body);
  dp::TransitionRequest r;
  const std::string action = in.Str("action", true, 40);
  r.reason = in.Str("reason", false, 1000);
  auto level = in.OptStr("level", 20);
  r.owner_user_id = in.Int("owner_user_id");
  r.measures = in.Str("measures", false, 2000);
  r.funds_fen = in.Int("funds_fen");
  r.deadline = in.OptStr("deadline", 10);
  r.plan = in.Str("plan", false, 5000);
  r.regulator_deadline = in.OptStr("regulator_deadline", 10);
  r.evidence = in.Str("evidence", false, 2000);
  auto photos = in.IdList("photo_file_ids", 20);
  if (r.deadline && r.deadline->empty()) r.deadline.reset();
  if (r.regulator_deadline && r.regulator_deadline->empty()) r.regulator_deadline.reset();
  std::optional<dp::HiddenDangerAction> parsed;
  if (!action.empty()) {
    parsed = dp::ParseHiddenDangerAction(action);
    if (!parsed)
      in.AddError({"action", "action_invalid", "unknown action '" + action + "'",
                   "未知的操作“" + action + "”"});
  }
  if (level) {
    r.level = dp::ParseHiddenDangerLevel(*level);
    if (!r.level)
      in.AddError({"level", "level_invalid", "the level must be ordinary or major",
                   "隐患等级须为一般或重大"});
  }
  // Scope first: an out-of-scope id is 404 whatever the body says.
  auto rs = FindHiddenDanger(conn, api::Scope::For(who), id, true);
  if (!rs) throw ApiException{Error::NotFound("hidden danger")};
  in.Finish();
  auto row = RowFrom(*rs, 0);
  const bool regulator = IsRegulator(who);
  if (regulator && !who.Can("hidden_danger:supervise"))
    throw ApiException{Error::Forbidden("read-only regulators cannot act on hidden dangers",
                                        "只读监管账号不能处理隐患")};
  r.action = *parsed;
  r.actor_user_id = who.user_id;
  r.actor_is_regulator = regulator;
  r.actor_is_enterprise_manager = IsManager(who);
  r.today = today;

  std::vector<FieldError> extra;
  if (r.owner_user_id) {
    auto u = conn.Query(
        "SELECT 1 AS ok FROM users WHERE id = ? AND enterprise_id = ? AND status = 'active'",
        {*r.owner_user_id, row.enterprise_id});
    if (u.empty())
      extra.push_back({"owner_user_id", "owner_unknown",
                       "the owner must be an active user of the enterprise",
                       "整改责任人须为本企业的在用账号"});
  }
  if (!photos.empty() && r.action != dp::HiddenDangerAction::kRectify)
    extra.push_back({"photo_file_ids", "photos_rectify_only",
                     "after-photos belong to the rectify action", "整改后照片只能随“提交整改结果”上传"});
  files::CheckPhotos(conn, who, photos, "photo_file_ids", extra);

  auto result = dp::ApplyTransition(row.snapshot, r);
  if (auto* errs = std::get_if<std::vector<FieldError>>(&result)) {
    // FSM refusals (who may act, verifier ≠ rectifier, ...) come before parameter details.
    auto all = *errs;
    all.insert(all.end(), extra.begin(), extra.end());
    Throw(std::move(all));
  }
  if (!extra.empty()) Throw(std::move(extra));
  auto& outcome = std::get<dp::TransitionOutcome>(result);
  auto before = HiddenDangerJson(*rs, 0, today);

  StoreSnapshot(conn, id, outcome.snapshot, now, today);
  json::object details;
  if (r.level) details["level"] = dp::HiddenDangerLevelValue(*r.level);
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
  if (r.action == dp::HiddenDangerAction::kSubmitPlan)
    conn.Exec("UPDATE hidden_dangers SET plan = ? WHERE id = ?", {r.plan, id});
  if (r.action == dp::HiddenDangerAction::kRectify)
    conn.Exec("UPDATE hidden_dangers SET evidence = ? WHERE id = ?", {r.evidence, id});
  const int64_t tid = AppendTransition(
      conn, id, action, std::string(dp::HiddenDangerStateValue(row.snapshot.state)),
      std::string(dp::HiddenDangerStateValue(outcome.snapshot.state)), who.user_id,
      who.display_name, now, r.reason, details);
  AttachPhotos(conn, id, photos, "after", tid);

  auto after_rs = FindHiddenDanger(conn, api::Scope::For(who), id);
  auto after = HiddenDangerJson(*after_rs, 0, today);
  audit::Append(conn, api::ActorOf(who, core::UnixFromIso(now)), "transition:" + action, "hidden_danger",
                std::to_string(id), before, after);

  const std::string title = std::string(dp::HiddenDangerActionLabelZh(r.action)) + "：" + row.title;
  const std::string text = row.enterprise_name + " · " +
                           std::string(dp::HiddenDangerStateLabelZh(outcome.snapshot.state)) +
                           (r.reason.empty() ? "" : " · " + r.reason);
  for (auto effect : outcome.side_effects) {
    std::vector<int64_t> ids;
    switch (effect) {
      case dp::SideEffect::kNotifyRegulator:
        ids = SupervisingRegulatorIds(conn, row.region_path);
        break;
      case dp::SideEffect::kNotifyOwner:
        if (outcome.snapshot.owner_user_id) ids = {*outcome.snapshot.owner_user_id};
        break;
      case dp::SideEffect::kNotifyPreviousOwner:
        if (row.snapshot.owner_user_id) ids = {*row.snapshot.owner_user_id};
        break;
      case dp::SideEffect::kNotifyEnterpriseManagers:
        ids = EnterpriseManagerIds(conn, row.enterprise_id);
        break;
    }
    NotifyAll(conn, &pushes, ids, who.user_id, title, text, Link(id));
  }
}

}  // namespace anjian::hazard
