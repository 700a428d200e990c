// /api/v1/dishonesty-list: the list (filter, page, export), the criteria and settings in force, the
// public list, candidates entered or detected, one entry with its events, repairs and evidence,
// the procedure's steps, credit repair, and the accident reporting findings (瞒报/谎报).
#include "credit/dishonesty_list/dishonesty_list_handlers.hpp"

#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "credit/dishonesty_list/dishonesty_list_errors.hpp"
#include "credit/dishonesty_list/dishonesty_list_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::dishonesty_list {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::pair<std::string, std::string> CriterionLists() {
  std::string en, zh;
  for (const auto& c : Criteria()) {
    en += (en.empty() ? "" : ", ") + std::string(c.id);
    zh += (zh.empty() ? "" : "、") + std::string(c.id) + "（" + std::string(c.label_zh) + "）";
  }
  return {en, zh};
}

json::object CriterionJson(std::string_view id) {
  const auto* c = FindCriterion(id);
  if (!c) return json::object{{"id", id}};
  return json::object{{"id", c->id},
                      {"label", c->label_zh},
                      {"label_en", c->label_en},
                      {"article", std::string(kOrderZh) + std::string(c->article_zh)},
                      {"detected", c->detected}};
}

json::value Text(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

json::object SummaryJson(const EntryRow& e, const DishonestyListConfig& c, const std::string& today) {
  const auto s = ParseState(e.state).value_or(State::kCandidate);
  json::array sources;
  std::string cur;
  for (char ch : e.source_ids + ",") {
    if (ch == ',') {
      if (!cur.empty()) sources.push_back(std::stoll(cur));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  const bool listed_today = !e.listed_from.empty() && e.listed_from <= today &&
                            e.listed_until >= today && (e.removed_on.empty() || e.removed_on > today);
  return json::object{
      {"id", e.id},
      {"enterprise_id", e.enterprise_id},
      {"enterprise_name", e.enterprise_name},
      {"enterprise_uscc", e.enterprise_uscc},
      {"criterion", CriterionJson(e.criterion)},
      {"source_kind", e.source_kind},
      {"source_ids", std::move(sources)},
      {"facts", e.facts},
      {"principal_name", e.principal_name},
      {"state", e.state},
      {"state_label", StateLabelZh(s)},
      {"agency", e.agency_id ? json::value(json::object{{"id", *e.agency_id}, {"name", e.agency_name}})
                             : json::value(nullptr)},
      {"notice_number", e.notice_number},
      {"noticed_on", Text(e.noticed_on)},
      {"defence_due_on", Text(e.defence_due_on)},
      {"defence_text", e.defence_text},
      {"defence_at", Text(e.defence_at)},
      {"decision_number", e.decision_number},
      {"decision_reasons", e.decision_reasons},
      {"decided_on", Text(e.decided_on)},
      {"listed_from", Text(e.listed_from)},
      {"listed_until", Text(e.listed_until)},
      {"removed_on", Text(e.removed_on)},
      {"published_at", Text(e.published_at)},
      {"listed_today", listed_today},
      {"repair_opens_on", Text(RepairOpensText(e, c))},
      {"created_at", e.created_at},
      {"updated_at", e.updated_at},
      {"version", e.version}};
}

json::object DetailJson(storage::Connection& conn, const EntryRow& e, const DishonestyListConfig& c,
                        const std::string& today) {
  json::object o = SummaryJson(e, c, today);
  json::array events;
  for (const auto& v : EventsOf(conn, e.id))
    events.push_back(json::object{
        {"kind", v.kind},
        {"note", v.note},
        {"data", json::parse(v.data_json)},
        {"by", v.by_user_id ? json::value(json::object{{"id", *v.by_user_id}, {"name", v.by_name}})
                            : json::value(nullptr)},
        {"at", v.at}});
  o["events"] = std::move(events);
  json::array repairs;
  for (const auto& r : RepairsOf(conn, e.id))
    repairs.push_back(json::object{{"id", r.id},
                                   {"state", r.state},
                                   {"reason", r.reason},
                                   {"applied_by", r.applied_by_name},
                                   {"applied_at", r.applied_at},
                                   {"decided_by", r.decided_by_name},
                                   {"decided_at", Text(r.decided_at)},
                                   {"decision_note", r.decision_note},
                                   {"revoked_at", Text(r.revoked_at)},
                                   {"revoke_note", r.revoke_note}});
  o["repairs"] = std::move(repairs);
  json::array files;
  for (const auto& f : FilesOf(conn, e.id))
    files.push_back(json::object{{"id", f.file_id},
                                 {"name", f.name},
                                 {"mime", f.mime},
                                 {"size", f.size},
                                 {"repair_id", f.repair_id ? json::value(*f.repair_id) : json::value(nullptr)},
                                 {"at", f.at}});
  o["files"] = std::move(files);
  o["term_years"] = c.term_years;
  o["repair_after_months"] = c.repair_after_months;
  o["defence_working_days"] = c.defence_working_days;
  o["source"] = kConfigSourceZh;
  return o;
}

Response EntryResponse(Context& ctx, storage::Connection& conn, std::int64_t id, int status) {
  auto e = FindEntry(conn, ctx.scope(), id);
  if (!e) throw ApiException{Error::NotFound("dishonesty_entry")};
  json::object o = DetailJson(conn, *e, LoadDishonestyListConfig(conn), Today(ctx.Now()));
  // What the caller may do now.
  const auto& who = ctx.who();
  const bool decider = who.Can("credit:decide") && who.agency_id &&
                       (!e->agency_id || *e->agency_id == *who.agency_id);
  const auto s = ParseState(e->state).value_or(State::kCandidate);
  json::array actions;
  if (decider) {
    for (auto a : {Action::kNotice, Action::kDefence, Action::kDecide, Action::kDismiss})
      if (Next(s, a)) actions.push_back(json::string(ActionValue(a)));
    if (s == State::kListed && e->published_at.empty()) actions.push_back("publish");
  }
  if (who.Can("credit:repair") && who.enterprise_id && *who.enterprise_id == e->enterprise_id &&
      s == State::kListed)
    actions.push_back("repair");
  if (who.Can("credit:repair") && who.enterprise_id && *who.enterprise_id == e->enterprise_id &&
      s == State::kNoticed && !e->defence_due_on.empty() && Today(ctx.Now()) <= e->defence_due_on)
    actions.push_back("submit_defence");
  o["actions"] = std::move(actions);
  o["can_decide_repairs"] = decider;
  return api::JsonResponse(o, status);
}

std::optional<std::int64_t> QueryId(Context& ctx, const char* key, std::vector<FieldError>& errs) {
  auto v = api::Trim(ctx.req.Query(key).value_or(""));
  if (v.empty()) return std::nullopt;
  try {
    return std::stoll(v);
  } catch (...) {
    errs.push_back(core::CoreErr("type").At(key, "an integer", "整数"));
    return std::nullopt;
  }
}

EntryFilter FilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  EntryFilter f;
  f.state = api::Trim(ctx.req.Query("state").value_or(""));
  if (!f.state.empty() && !ParseState(f.state))
    errs.push_back(core::CoreErr("status_invalid")
                       .At("state", "candidate, noticed, listed, expired, removed, dismissed",
                           "candidate（待告知）、noticed（已告知）、listed（已列入）、expired（期满移出）、"
                           "removed（提前移出）、dismissed（不予列入）"));
  f.criterion = api::Trim(ctx.req.Query("criterion").value_or(""));
  if (!f.criterion.empty() && !FindCriterion(f.criterion)) {
    auto [en, zh] = CriterionLists();
    errs.push_back(core::CoreErr("kind_invalid").At("criterion", en, zh));
  }
  f.keyword = api::Trim(ctx.req.Query("keyword").value_or(""));
  f.enterprise_id = QueryId(ctx, "enterprise_id", errs);
  if (api::Trim(ctx.req.Query("listed_today").value_or("")) == "true") f.listed_on = Today(ctx.Now());
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

// An entry outside the caller's scope answers 404 before its input is judged.
void RequireEntry(Context& ctx, storage::Connection& conn, std::int64_t id) {
  if (!FindEntry(conn, ctx.scope(), id)) throw ApiException{Error::NotFound("dishonesty_entry")};
}

StepInput ReadStep(Context& ctx, const char* number_key, bool number_required, const char* text_key,
                   bool text_required) {
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  StepInput s;
  if (number_key) s.number = in.Str(number_key, number_required, 100);
  if (text_key) s.text = in.Str(text_key, text_required, 4000);
  if (in.Has("decided_on")) {
    s.day = in.Str("decided_on", false, 10);
    if (!s.day.empty() && !core::ParseIsoDate(s.day))
      in.AddError(core::CoreErr("date_invalid").At("decided_on"));
  }
  if (in.Has("file_ids")) s.file_ids = in.IdList("file_ids", 20);
  in.Finish();
  return s;
}

}  // namespace

Response ListEntriesHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadDishonestyListConfig(*conn);
  const auto today = Today(ctx.Now());
  const std::int64_t total = CountEntries(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& e : ListEntries(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(SummaryJson(e, config, today));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportEntriesHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& e : ListEntries(*conn, ctx.scope(), f, 10000, 0)) {
    const auto* c = FindCriterion(e.criterion);
    const auto s = ParseState(e.state).value_or(State::kCandidate);
    rows.push_back({e.enterprise_name, e.enterprise_uscc, e.principal_name,
                    std::string(c ? c->label_zh : ""),
                    std::string(kOrderZh) + std::string(c ? c->article_zh : ""), e.facts,
                    std::string(StateLabelZh(s)), e.agency_name, e.notice_number, e.noticed_on,
                    e.decision_number, e.decided_on, e.listed_from, e.listed_until, e.removed_on,
                    e.published_at.empty() ? std::string("否") : std::string("是")});
  }
  return api::XlsxDownload("严重失信主体名单.xlsx", "严重失信主体名单",
                           {"单位名称", "统一社会信用代码", "主要负责人", "列入情形", "依据",
                            "失信事实", "状态", "决定机关", "告知书文号", "告知日期",
                            "决定书文号", "决定日期", "列入起始日", "管理期限至", "提前移出日",
                            "已公示"},
                           rows);
}

Response CriteriaHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto c = LoadDishonestyListConfig(*conn);
  json::array criteria;
  for (const auto& x : Criteria()) criteria.push_back(CriterionJson(x.id));
  return api::JsonResponse(json::object{
      {"criteria", std::move(criteria)},
      {"order", kOrderZh},
      {"order_en", kOrderEn},
      {"config", json::parse(DishonestyListConfigToJson(c))},
      {"source", kConfigSourceZh},
      {"source_en", kConfigSourceEn}});
}

Response PublicListHandler(Context& ctx) {
  auto [page, size] = ctx.Paging();
  const std::string keyword = api::Trim(ctx.req.Query("keyword").value_or(""));
  if (api::Utf8Length(keyword) > 100) core::Invalid({core::CoreErr("max_length").At("keyword", 100)});
  auto conn = ctx.svc.db->Acquire();
  const auto today = Today(ctx.Now());
  const std::int64_t total = CountPublished(*conn, today, keyword);
  json::array items;
  for (const auto& e : ListPublished(*conn, today, keyword, size, (page - 1) * size)) {
    const auto* c = FindCriterion(e.criterion);
    items.push_back(json::object{{"id", e.id},
                                 {"enterprise_name", e.enterprise_name},
                                 {"enterprise_uscc", e.enterprise_uscc},
                                 {"principal_name", e.principal_name},
                                 {"criterion", c ? c->label_zh : ""},
                                 {"article", std::string(kOrderZh) + std::string(c ? c->article_zh : "")},
                                 {"facts", e.facts},
                                 {"agency", e.agency_name},
                                 {"decision_number", e.decision_number},
                                 {"decided_on", e.decided_on},
                                 {"listed_from", e.listed_from},
                                 {"listed_until", e.listed_until}});
  }
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response EnterCandidateHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  ManualEntry m;
  m.enterprise_id = in.Int("enterprise_id", true).value_or(0);
  m.criterion = in.Str("criterion", true, 40);
  if (!m.criterion.empty() && !FindCriterion(m.criterion)) {
    auto [en, zh] = CriterionLists();
    in.AddError(core::CoreErr("kind_invalid").At("criterion", en, zh));
  }
  m.facts = in.Str("facts", true, 4000);
  m.principal_name = in.Str("principal_name", false, 100);
  m.file_ids = in.IdList("file_ids", 20);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  const auto id = EnterCandidate(*conn, ctx.who(), m, api::ActorOf(ctx), ctx.Now());
  return EntryResponse(ctx, *conn, id, 201);
}

Response DetectHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const core::ManualClock request_time(ctx.Now());
  notifications::PendingPushes pushes(request_time);
  const auto added = DetectCandidates(*conn, pushes, api::ActorOf(ctx), ctx.Now());
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(json::object{{"added", added}});
}

Response GetEntryHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return EntryResponse(ctx, *conn, ctx.PathId(), 200);
}

Response NoticeHandler(Context& ctx) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  RequireEntry(ctx, *conn, id);
  auto s = ReadStep(ctx, "notice_number", true, "principal_name", false);
  NoticeEntry(*conn, ctx.who(), id, s, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return EntryResponse(ctx, *conn, id, 200);
}

Response DefenceHandler(Context& ctx) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  RequireEntry(ctx, *conn, id);
  auto s = ReadStep(ctx, nullptr, false, "defence", true);
  RecordDefence(*conn, ctx.who(), id, s, api::ActorOf(ctx), ctx.Now());
  return EntryResponse(ctx, *conn, id, 200);
}

Response DecideHandler(Context& ctx) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  RequireEntry(ctx, *conn, id);
  auto s = ReadStep(ctx, "decision_number", true, "reasons", true);
  DecideEntry(*conn, ctx.who(), id, s, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return EntryResponse(ctx, *conn, id, 200);
}

Response PublishHandler(Context& ctx) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  PublishEntry(*conn, ctx.who(), id, api::ActorOf(ctx), ctx.Now());
  return EntryResponse(ctx, *conn, id, 200);
}

Response DismissHandler(Context& ctx) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  RequireEntry(ctx, *conn, id);
  auto s = ReadStep(ctx, nullptr, false, "reason", true);
  DismissEntry(*conn, ctx.who(), id, s, api::ActorOf(ctx), ctx.Now());
  return EntryResponse(ctx, *conn, id, 200);
}

// The enterprise's own defence (陈述申辩) within the period.
Response OwnDefenceHandler(Context& ctx) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  RequireEntry(ctx, *conn, id);
  auto s = ReadStep(ctx, nullptr, false, "defence", true);
  SubmitOwnDefence(*conn, ctx.who(), id, s, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return EntryResponse(ctx, *conn, id, 200);
}

Response ApplyRepairHandler(Context& ctx) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  RequireEntry(ctx, *conn, id);
  auto s = ReadStep(ctx, nullptr, false, "reason", true);
  ApplyRepair(*conn, ctx.who(), id, s, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return EntryResponse(ctx, *conn, id, 201);
}

Response DecideRepairHandler(Context& ctx) {
  const auto id = ctx.PathId(0);
  const auto repair = ctx.PathId(1);
  auto conn = ctx.svc.db->Acquire();
  RequireEntry(ctx, *conn, id);
  api::JsonInput in(ctx.req.body);
  if (!in.Has("approve")) in.AddError(core::CoreErr("required").At("approve"));
  const bool approve = in.Bool("approve");
  const auto note = in.Str("note", !approve, 2000);
  in.Finish();
  DecideRepair(*conn, ctx.who(), id, repair, approve, note, api::ActorOf(ctx), ctx.svc.notifier,
               ctx.Now());
  return EntryResponse(ctx, *conn, id, 200);
}

Response RevokeRepairHandler(Context& ctx) {
  const auto id = ctx.PathId(0);
  const auto repair = ctx.PathId(1);
  auto conn = ctx.svc.db->Acquire();
  RequireEntry(ctx, *conn, id);
  api::JsonInput in(ctx.req.body);
  const auto note = in.Str("note", true, 2000);
  in.Finish();
  RevokeRepair(*conn, ctx.who(), id, repair, note, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return EntryResponse(ctx, *conn, id, 200);
}

Response RecordFindingHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  FindingInput f;
  f.accident_id = in.Int("accident_id", true).value_or(0);
  f.kind = in.Str("kind", true, 20);
  if (!f.kind.empty() && f.kind != "concealed" && f.kind != "false_report")
    in.AddError(core::CoreErr("kind_invalid")
                    .At("kind", "concealed, false_report", "concealed（瞒报）、false_report（谎报）"));
  f.finding = in.Str("finding", true, 4000);
  f.found_on = in.Str("found_on", true, 10);
  if (!f.found_on.empty()) {
    auto d = core::ParseIsoDate(f.found_on);
    if (!d)
      in.AddError(core::CoreErr("date_invalid").At("found_on"));
  }
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  const auto candidate = RecordAccidentFinding(*conn, ctx.who(), f, api::ActorOf(ctx), ctx.Now());
  return api::JsonResponse(json::object{{"candidate_id", candidate}}, 201);
}

Response AccidentFindingsHandler(Context& ctx) {
  std::vector<FieldError> errs;
  auto accident = QueryId(ctx, "accident_id", errs);
  if (!accident) errs.push_back(core::CoreErr("required").At("accident_id"));
  if (!errs.empty()) core::Invalid(std::move(errs));
  auto conn = ctx.svc.db->Acquire();
  if (!FindAccidentInScope(*conn, ctx.scope(), *accident))
    throw ApiException{Error::NotFound("accident")};
  json::array items;
  for (const auto& f : FindingsOf(*conn, *accident))
    items.push_back(json::object{{"id", f.id},
                                 {"kind", f.kind},
                                 {"finding", f.finding},
                                 {"found_on", f.found_on},
                                 {"agency", f.agency_name},
                                 {"recorded_by", f.recorded_by_name},
                                 {"at", f.at}});
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

// Accident-investigation findings flagged credit-relevant (调查发现，纳入失信依据), with the candidate
// entered from each, if any.
Response InvestigationFindingsHandler(Context& ctx) {
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t total = CountInvestigationFindings(*conn, ctx.scope());
  json::array items;
  for (const auto& f : InvestigationFindings(*conn, ctx.scope(), std::nullopt, size, (page - 1) * size))
    items.push_back(json::object{
        {"id", f.id},
        {"accident", json::object{{"id", f.accident_id}, {"number", f.accident_number}, {"title", f.accident_title}}},
        {"enterprise", json::object{{"id", f.enterprise_id}, {"name", f.enterprise_name}}},
        {"kind", f.kind},
        {"title", f.title},
        {"description", f.description},
        {"responsible", f.responsible},
        {"created_at", f.created_at},
        {"candidate_id", f.candidate_id ? json::value(*f.candidate_id) : json::value(nullptr)}});
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response EnterFromInvestigationFindingHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  const auto finding = in.Int("finding_id", true).value_or(0);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  const auto id = EnterFromInvestigationFinding(*conn, ctx.who(), finding, api::ActorOf(ctx), ctx.Now());
  return EntryResponse(ctx, *conn, id, 201);
}

}  // namespace anjian::dishonesty_list
