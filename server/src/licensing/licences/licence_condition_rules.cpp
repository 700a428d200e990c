#include "licensing/licences/licence_condition_rules.hpp"

namespace anjian::licences {

namespace {

Condition Make(std::string id, std::string zh, std::string en, std::string src_zh,
               std::string src_en) {
  Condition c;
  c.id = std::move(id);
  c.label_zh = std::move(zh);
  c.label_en = std::move(en);
  c.source_zh = std::move(src_zh);
  c.source_en = std::move(src_en);
  return c;
}

bool PlanCurrent(const PlanFact& p, const core::Date& today) {
  return p.status == "filed" && (!p.evaluation_due || !(*p.evaluation_due < today));
}

}  // namespace

std::vector<Condition> Checklist(const LicenceConditionFacts& f) {
  std::vector<Condition> out;
  const RecordRef enterprise{"enterprise", f.enterprise_id, "", ""};

  auto dept = Make("safety_department", "设置安全生产管理机构，配备专职安全生产管理人员",
                   "A safety department with full-time safety staff",
                   "《安全生产许可证条例》第六条第（三）项",
                   "Safety Production Licence Regulations art. 6(3)");
  dept.passed = f.has_safety_department && f.full_time_safety_staff > 0;
  if (!dept.passed) {
    RecordRef r = enterprise;
    r.problem = !f.has_safety_department ? "未设置安全生产管理机构" : "未配备专职安全生产管理人员";
    dept.detail_zh = r.problem;
    dept.detail_en = !f.has_safety_department ? "no safety department" : "no full-time safety staff";
    dept.records.push_back(std::move(r));
  } else {
    dept.detail_zh = "专职安全生产管理人员 " + std::to_string(f.full_time_safety_staff) + " 名";
    dept.detail_en = std::to_string(f.full_time_safety_staff) + " full-time safety staff";
  }
  out.push_back(std::move(dept));

  auto people = Make("people_examined", "主要负责人、安全生产管理人员经考核合格，特种作业人员持证上岗",
                     "Principal and safety managers examined; special-operation workers certified",
                     "《安全生产许可证条例》第六条第（四）、（五）项；工信部安全〔2024〕234号第3项",
                     "Safety Production Licence Regulations art. 6(4)(5); MIIT 〔2024〕234 item 3");
  people.passed = f.examination_gaps.empty();
  people.records = f.examination_gaps;
  people.detail_zh = people.passed ? "无未考核或无证人员"
                                   : std::to_string(f.examination_gaps.size()) + " 人未考核合格或无有效证书";
  people.detail_en = people.passed ? "nobody unexamined or uncertified"
                                   : std::to_string(f.examination_gaps.size()) +
                                         " people unexamined or without a valid certificate";
  out.push_back(std::move(people));

  auto plan = Make("emergency_plan", "有生产安全事故应急预案（已备案、无需修订、未超过评估期限）",
                   "An emergency plan filed, not awaiting revision, evaluated in time",
                   "《安全生产许可证条例》第六条第（十二）项；《生产安全事故应急预案管理办法》第二十六条、第三十五条、第三十六条",
                   "Safety Production Licence Regulations art. 6(12); Emergency Plan Measures art. 26, 35, 36");
  const PlanFact* current = nullptr;
  for (const auto& p : f.plans)
    if (PlanCurrent(p, f.today)) {
      current = &p;
      break;
    }
  plan.passed = current != nullptr;
  if (current) {
    plan.records.push_back(current->ref);
    plan.detail_zh = "现行预案：" + current->ref.label;
    plan.detail_en = "plan in force: " + current->ref.label;
  } else if (f.plans.empty()) {
    RecordRef r = enterprise;
    r.problem = "未编制应急预案";
    plan.records.push_back(r);
    plan.detail_zh = "未编制应急预案";
    plan.detail_en = "no emergency plan";
  } else {
    for (auto p : f.plans) {
      if (p.status == "revision_required") {
        p.ref.problem = "需修订";
      } else if (p.status != "filed") {
        p.ref.problem = "未备案";
      } else {
        p.ref.problem = "已超过评估期限（" + core::FormatIsoDate(*p.evaluation_due) + "）";
      }
      plan.records.push_back(p.ref);
    }
    plan.detail_zh = "无已备案且现行有效的应急预案";
    plan.detail_en = "no filed plan in force";
  }
  out.push_back(std::move(plan));

  auto eval = Make("safety_evaluation", "依法进行安全评价，结论合格且在有效期内",
                   "A safety evaluation passed and current",
                   "《安全生产许可证条例》第六条第（十）项；工信部安全〔2020〕83号（安全评价不合格的不予许可）",
                   "Safety Production Licence Regulations art. 6(10); MIIT 〔2020〕83");
  if (!f.latest_evaluation) {
    RecordRef r = enterprise;
    r.problem = "无安全评价记录";
    eval.records.push_back(r);
    eval.detail_zh = "无安全评价记录";
    eval.detail_en = "no safety evaluation recorded";
  } else {
    auto r = f.latest_evaluation->ref;
    const bool current = !(f.latest_evaluation->valid_until < f.today);
    eval.passed = f.latest_evaluation->passed && current;
    if (!f.latest_evaluation->passed) {
      r.problem = "评价结论不合格";
      eval.detail_en = "the latest evaluation failed";
    } else if (!current) {
      r.problem = "已于 " + core::FormatIsoDate(f.latest_evaluation->valid_until) + " 过期";
      eval.detail_en = "expired on " + core::FormatIsoDate(f.latest_evaluation->valid_until);
    } else {
      eval.detail_en = "passed, valid until " + core::FormatIsoDate(f.latest_evaluation->valid_until);
    }
    eval.detail_zh = eval.passed ? "合格，有效期至 " + core::FormatIsoDate(f.latest_evaluation->valid_until)
                                 : r.problem;
    eval.records.push_back(std::move(r));
  }
  out.push_back(std::move(eval));

  auto hd = Make("no_major_hidden_danger", "无未整改的重大事故隐患", "No open major hidden danger",
                 "《安全生产许可证条例》第十四条；工信部安全〔2020〕83号（重大隐患未整改的不予许可）",
                 "Safety Production Licence Regulations art. 14; MIIT 〔2020〕83");
  hd.passed = f.open_major_hidden_dangers.empty();
  hd.records = f.open_major_hidden_dangers;
  for (auto& r : hd.records)
    if (r.problem.empty()) r.problem = "重大隐患未整改";
  hd.detail_zh = hd.passed ? "无" : std::to_string(hd.records.size()) + " 项重大隐患未整改";
  hd.detail_en = hd.passed ? "none" : std::to_string(hd.records.size()) + " open major hidden dangers";
  out.push_back(std::move(hd));

  auto credit = Make("not_dishonest", "未被列入安全生产严重失信主体名单",
                     "Not on the serious dishonesty list",
                     "《安全生产严重失信主体名单管理办法》（应急管理部令第11号）；工信部安全〔2020〕83号",
                     "MEM Order 11 (serious dishonesty list); MIIT 〔2020〕83");
  credit.passed = f.dishonesty_listings.empty();
  credit.records = f.dishonesty_listings;
  for (auto& r : credit.records)
    if (r.problem.empty()) r.problem = "列入严重失信主体名单";
  credit.detail_zh = credit.passed ? "未列入" : "已列入严重失信主体名单";
  credit.detail_en = credit.passed ? "not listed" : "listed";
  out.push_back(std::move(credit));
  return out;
}

std::vector<FailedCondition> EvaluateConditions(const LicenceConditionFacts& facts) {
  std::vector<FailedCondition> failed;
  for (auto& c : Checklist(facts))
    if (!c.passed) failed.push_back(std::move(c));
  return failed;
}

std::string FailedLabelsZh(const std::vector<FailedCondition>& failed) {
  std::string s;
  for (const auto& c : failed) s += (s.empty() ? "" : "；") + c.label_zh;
  return s;
}

std::string FailedLabelsEn(const std::vector<FailedCondition>& failed) {
  std::string s;
  for (const auto& c : failed) s += (s.empty() ? "" : "; ") + c.label_en;
  return s;
}

}  // namespace anjian::licences
