#include "demo/demo_emergency_plans.hpp"

#include <optional>
#include <string>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "emergency/plans/plan_repository.hpp"
#include "emergency/plans/plan_rules.hpp"
#include "files/file_repository.hpp"

namespace anjian::demo {

namespace ep = emergency_plans;

namespace {

constexpr int64_t kDay = 86400;

struct Side {
  int64_t enterprise = 0, safety = 0, principal = 0, regulator = 0, agency = 0;
  std::string region_path, principal_name, regulator_name, agency_code;
};

int64_t UserId(storage::Connection& conn, const char* username) {
  return conn.Query("SELECT id FROM users WHERE username = ?", {std::string(username)})
      .Int(0, "id");
}

Side SideOf(storage::Connection& conn, int64_t enterprise, const char* safety,
            const char* principal, const char* regulator) {
  Side s;
  s.enterprise = enterprise;
  s.region_path =
      conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {enterprise}).Text(0, "region_path");
  s.safety = UserId(conn, safety);
  s.principal = UserId(conn, principal);
  s.principal_name = conn.Query("SELECT display_name FROM users WHERE id = ?", {s.principal})
                         .Text(0, "display_name");
  auto r = conn.Query(
      "SELECT u.id, u.display_name, a.id AS agency_id, a.region_code FROM users u JOIN agencies a "
      "ON a.id = u.agency_id WHERE u.username = ?",
      {std::string(regulator)});
  s.regulator = r.Int(0, "id");
  s.regulator_name = r.Text(0, "display_name");
  s.agency = r.Int(0, "agency_id");
  s.agency_code = r.Text(0, "region_code");
  return s;
}

// A minimal PDF (uploads are judged by content: it starts with %PDF-).
int64_t DemoFile(storage::Connection& conn, int64_t uploader, const std::string& name,
                 const std::string& at) {
  const std::string bytes = "%PDF-1.4\n% anjian demo: " + std::string("emergency plan document") +
                            "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  return files::InsertFile(conn, uploader, name, "application/pdf", bytes, at).id;
}

class Builder {
 public:
  Builder(storage::Connection& conn, const Side& s, int64_t now) : conn_(conn), s_(s), now_(now) {}

  ep::PlanRow Create(const char* kind, const std::string& title, int days_ago) {
    const std::string at = At(days_ago);
    const int64_t id = ep::InsertPlan(conn_, s_.enterprise, s_.region_path, kind, title, s_.safety, at);
    ep::PlanRow p = *ep::LockPlan(conn_, id);
    Event(p, "", "create", s_.safety, days_ago);
    return p;
  }
  void Version(ep::PlanRow& p, int days_ago, const std::string& summary) {
    const std::string at = At(days_ago);
    ep::VersionRow v;
    v.version_no = p.current_version + 1;
    v.document_file_id = DemoFile(conn_, s_.safety, p.title + ".pdf", at);
    v.risk_assessment_file_id = DemoFile(conn_, s_.safety, "生产安全事故风险评估报告.pdf", at);
    v.resource_survey_file_id = DemoFile(conn_, s_.safety, "应急资源调查报告.pdf", at);
    v.summary = summary;
    v.created_by = s_.safety;
    v.created_at = at;
    ep::InsertVersion(conn_, p.id, v);
    for (int64_t f : {v.document_file_id, v.risk_assessment_file_id, v.resource_survey_file_id})
      ep::LinkFile(conn_, p.id, f);
    const std::string from = p.status;
    p.current_version = v.version_no;
    p.status = "draft";
    Save(p, days_ago);
    Event(p, from, "version", s_.safety, days_ago, "第 " + std::to_string(v.version_no) + " 版");
  }
  void Review(ep::PlanRow& p, int days_ago, const std::string& industry) {
    const std::string at = At(days_ago);
    ep::ReviewRow r;
    r.version_no = p.current_version;
    r.review_kind = std::string(ep::ReviewKindValue(ep::ReviewKindForIndustry(industry)));
    r.reviewed_on = Day(days_ago);
    r.experts_json =
        R"([{"name":"刘建国","organization":"山东省安全生产科学研究院","title":"高级工程师","conflict_declared":false,"conflict_note":"","withdrawn":false},)"
        R"({"name":"陈晓燕","organization":"济宁市应急管理专家库","title":"注册安全工程师","conflict_declared":false,"conflict_note":"","withdrawn":false},)"
        R"({"name":"孙立伟","organization":"本企业原技术顾问","title":"工程师","conflict_declared":true,"conflict_note":"曾参与本预案编制，回避","withdrawn":true}])";
    r.minutes_file_id = DemoFile(conn_, s_.safety, "评审会议纪要.pdf", at);
    r.conclusion = "预案内容完整，符合 GB/T 29639 要求，修改完善后发布";
    r.created_by = s_.safety;
    r.created_at = at;
    ep::InsertReview(conn_, p.id, r);
    ep::LinkFile(conn_, p.id, r.minutes_file_id);
    Event(p, p.status, "review", s_.safety, days_ago,
          std::string(r.review_kind == "review" ? "评审 " : "论证 ") + r.reviewed_on);
  }
  void Publish(ep::PlanRow& p, int days_ago) {
    const std::string from = p.status;
    p.status = "published";
    p.published_on = Day(days_ago);
    p.signed_by = s_.principal;
    p.signed_by_name = s_.principal_name;
    Save(p, days_ago);
    Event(p, from, "publish", s_.principal, days_ago,
          "签署人 " + s_.principal_name + "，发布日期 " + *p.published_on);
  }
  int64_t Submit(ep::PlanRow& p, int days_ago) {
    const std::string at = At(days_ago);
    ep::FilingRow f;
    f.plan_id = p.id;
    f.region_path = p.region_path;
    f.version_no = p.current_version;
    f.published_on = p.published_on.value_or("");
    f.application_file_id = DemoFile(conn_, s_.safety, "应急预案备案申请表.pdf", at);
    f.review_opinion_file_id = DemoFile(conn_, s_.safety, "应急预案评审意见.pdf", at);
    f.plan_file_id = DemoFile(conn_, s_.safety, p.title + "（备案稿）.pdf", at);
    f.risk_assessment_file_id = DemoFile(conn_, s_.safety, "风险评估结果.pdf", at);
    f.resource_survey_file_id = DemoFile(conn_, s_.safety, "应急资源调查清单.pdf", at);
    f.submitted_by = s_.safety;
    f.submitted_at = at;
    f.submitted_on = Day(days_ago);
    const int64_t id = ep::InsertFiling(conn_, f);
    for (int64_t file : {f.application_file_id, f.review_opinion_file_id, f.plan_file_id,
                         f.risk_assessment_file_id, f.resource_survey_file_id})
      ep::LinkFile(conn_, p.id, file);
    const std::string from = p.status;
    p.status = "filing_submitted";
    Save(p, days_ago);
    Event(p, from, "filing_submit", s_.safety, days_ago);
    return id;
  }
  void Accept(ep::PlanRow& p, int64_t filing_id, int days_ago) {
    const std::string day = Day(days_ago);
    const std::string prefix = s_.agency_code + "-" + day.substr(0, 4) + "-";
    const std::string number = ep::FilingNumber(s_.agency_code, std::stoi(day.substr(0, 4)),
                                                ep::CountFilingNumbers(conn_, prefix) + 1);
    ep::DecideFiling(conn_, filing_id, "accepted", s_.regulator, s_.regulator_name, s_.agency,
                     At(days_ago), "", number);
    const std::string from = p.status;
    p.status = "filed";
    p.filed_on = day;
    p.filing_number = number;
    Save(p, days_ago);
    Event(p, from, "filing_accept", s_.regulator, days_ago, "备案编号 " + number);
  }
  void Return(ep::PlanRow& p, int64_t filing_id, int days_ago, const std::string& reasons) {
    ep::DecideFiling(conn_, filing_id, "returned", s_.regulator, s_.regulator_name, s_.agency,
                     At(days_ago), reasons, "");
    const std::string from = p.status;
    p.status = "returned";
    Save(p, days_ago);
    Event(p, from, "filing_return", s_.regulator, days_ago, reasons);
  }
  void Evaluate(ep::PlanRow& p, int days_ago) {
    const std::string at = At(days_ago);
    ep::EvaluationRow e;
    e.evaluated_on = Day(days_ago);
    e.conclusion = "no_revision";
    e.report_file_id = DemoFile(conn_, s_.safety, "应急预案评估报告.pdf", at);
    e.note = "组织机构、风险和应急资源未发生重大变化";
    e.created_by = s_.safety;
    e.created_at = at;
    ep::InsertEvaluation(conn_, p.id, e);
    ep::LinkFile(conn_, p.id, e.report_file_id);
    Event(p, p.status, "evaluate", s_.safety, days_ago, e.evaluated_on + " 评估结论：无需修订");
  }
  // Set directly (as the drills area's call would): a drill revealed a major problem.
  void RevisionAfterDrill(ep::PlanRow& p, int days_ago, const std::string& note) {
    const std::string from = p.status;
    p.status = "revision_required";
    p.revision_cause = std::string(ep::RevisionCauseValue(ep::RevisionCause::kDrillOrResponse));
    p.revision_source_kind = "drill";
    p.revision_source_id.reset();  // the demo has no drill record to point at
    p.revision_note = note;
    p.revision_required_at = At(days_ago);
    Save(p, days_ago);
    Event(p, from, "revision_required", s_.safety, days_ago, note, p.revision_cause, "drill");
  }

 private:
  std::string At(int days_ago) const { return core::IsoFromUnix(now_ - days_ago * kDay); }
  std::string Day(int days_ago) const { return core::ChinaIsoDate(now_ - days_ago * kDay); }
  void Save(const ep::PlanRow& p, int days_ago) { ep::SavePlan(conn_, p, At(days_ago)); }
  void Event(const ep::PlanRow& p, const std::string& from, const std::string& action,
             int64_t by, int days_ago, const std::string& note = "",
             const std::string& cause = "", const std::string& source_kind = "",
             std::optional<int64_t> source_id = std::nullopt) {
    ep::EventRow e;
    e.from_status = from;
    e.to_status = p.status;
    e.action = action;
    e.cause = cause;
    e.source_kind = source_kind;
    e.source_id = source_id;
    e.note = note;
    e.by_user_id = by;
    e.at = At(days_ago);
    ep::InsertEvent(conn_, p.id, e);
  }

  storage::Connection& conn_;
  Side s_;
  int64_t now_;
};

}  // namespace

void SeedDemoEmergencyPlans(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix) {
  // 恒安民爆 (民爆, 邹城; filed with 邹城市工信局).
  {
    Builder b(conn, SideOf(conn, mb, "mb.safety", "mb.principal", "zoucheng"), now_unix);
    const std::string ind = "civil_explosives_production";
    auto filed = b.Create("comprehensive", "恒安民爆生产安全事故综合应急预案", 420);
    b.Version(filed, 410, "依据 GB/T 29639-2020 编制");
    b.Review(filed, 400, ind);
    b.Publish(filed, 395);
    b.Accept(filed, b.Submit(filed, 385), 382);
    b.Evaluate(filed, 30);
    auto submitted = b.Create("special", "爆炸事故专项应急预案", 40);
    b.Version(submitted, 35, "首次编制");
    b.Review(submitted, 20, ind);
    b.Publish(submitted, 8);
    b.Submit(submitted, 2);
    auto published = b.Create("onsite", "装药工房火灾现场处置方案", 30);
    b.Version(published, 25, "首次编制");
    b.Review(published, 10, ind);
    b.Publish(published, 3);
    auto late = b.Create("special", "民爆物品运输事故专项应急预案", 90);
    b.Version(late, 85, "首次编制");
    b.Review(late, 70, ind);
    b.Publish(late, 60);  // 20 working days passed long ago: late filing, shown red
    auto draft = b.Create("onsite", "库房被盗现场处置方案", 5);
    b.Version(draft, 4, "初稿");
    auto revision = b.Create("onsite", "雷管库房爆炸现场处置方案", 300);
    b.Version(revision, 295, "首次编制");
    b.Review(revision, 290, ind);
    b.Publish(revision, 285);
    b.Accept(revision, b.Submit(revision, 280), 277);
    b.RevisionAfterDrill(revision, 12,
                         "综合演练中发现应急通讯联络表过期、疏散路线与现场不符，需修订预案");
  }
  // 润泽化工 (危险化学品, 任城; filed with 任城区工信局).
  {
    Builder b(conn, SideOf(conn, hc, "hc.safety", "hc.principal", "rencheng"), now_unix);
    const std::string ind = "hazardous_chemicals";
    // Published almost three years ago: its evaluation (art. 35) falls due within 90 days.
    auto due = b.Create("comprehensive", "润泽化工生产安全事故综合应急预案", 1080);
    b.Version(due, 1075, "依据 GB/T 29639-2020 编制");
    b.Review(due, 1065, ind);
    b.Publish(due, 1055);
    b.Accept(due, b.Submit(due, 1045), 1043);
    // Submitted 12 days ago and not checked: more than 5 working days, counts as filed.
    auto deemed = b.Create("special", "危险化学品泄漏事故专项应急预案", 60);
    b.Version(deemed, 55, "首次编制");
    b.Review(deemed, 40, ind);
    b.Publish(deemed, 30);
    b.Submit(deemed, 12);
    auto returned = b.Create("special", "火灾事故专项应急预案", 50);
    b.Version(returned, 45, "首次编制");
    b.Review(returned, 30, ind);
    b.Publish(returned, 20);
    b.Return(returned, b.Submit(returned, 15), 13, "评审意见缺少专家签字；应急资源调查清单未列明消防器材数量");
    // Published 70 days ago, filed 25 days late.
    auto late = b.Create("onsite", "储罐区泄漏现场处置方案", 80);
    b.Version(late, 78, "首次编制");
    b.Review(late, 75, ind);
    b.Publish(late, 70);
    b.Accept(late, b.Submit(late, 12), 10);
    auto draft = b.Create("onsite", "装卸作业中毒窒息现场处置方案", 3);
    b.Version(draft, 2, "初稿");
  }
}

}  // namespace anjian::demo
