#include "demo/demo_hidden_dangers.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <map>
#include <optional>

#include "core/civil_date.hpp"
#include "dual_prevention/hidden_danger/deadline_rules.hpp"
#include "dual_prevention/enforcement/enforcement_repository.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_repository.hpp"
#include "demo/demo_city.hpp"
#include "core/prng.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::hidden_danger {

namespace json = boost::json;
using storage::Value;

namespace {

struct Person {
  std::optional<int64_t> id;
  std::string name;
};

struct Step {
  std::string action, from, to;
  core::Date on;
  int minute = 0;  // minutes after 08:00 local, keeps a day's steps in order
  Person actor;
  std::string reason;
  json::object details;
};

struct Demo {
  int64_t enterprise_id = 0;
  std::string region_path, industry, source, referral_department;
  std::optional<int64_t> enforcement_id;
  std::string title, description, location, hazard_factor, accident_type;
  core::Date found;
  Person reporter;
  bool by_regulator = false;
  std::string state = "reported", level = "unassessed";
  Person owner;
  std::string measures;
  std::optional<int64_t> funds_fen;
  std::optional<core::Date> deadline, regulator_deadline;
  std::string plan, evidence;
  bool listed = false;
  std::optional<int64_t> rectified_by, verified_by;
  std::optional<core::Date> closed_on;
  std::vector<Step> steps;
};

struct Findings {
  const char* title;
  const char* factor;         // GB/T 13861-2022 code, as precise as the finding allows
  const char* accident_type;  // GB 6441 "01"-"20"
};

// Common findings of chemical and explosives works, with their GB/T 13861 hazard factor and the
// GB 6441 accident type they could lead to.
constexpr Findings kFindings[] = {
    {"作业人员未按规定佩戴防静电工作服", "1202", "18"},
    {"特种作业人员操作证过期未复审", "1103", "05"},
    {"操作人员违章跨越输送带", "1202", "03"},
    {"现场作业人员超过定员", "1201", "14"},
    {"防爆电气设备密封圈老化", "210104", "18"},
    {"静电接地线断开", "210303", "14"},
    {"消防栓压力不足", "2101", "08"},
    {"安全阀未按期校验", "2101", "17"},
    {"可燃气体报警器失灵", "2112", "18"},
    {"避雷设施检测超期", "210202", "08"},
    {"库区周边杂草未清理", "3204", "08"},
    {"车间通道堆放杂物", "3103", "01"},
    {"照明不足，应急照明损坏", "3110", "09"},
    {"危险品暂存间温湿度超标", "3112", "14"},
    {"动火作业票审批不全", "4305", "08"},
    {"应急预案未按期演练", "4505", "20"},
    {"隐患排查记录不完整", "4303", "20"},
    {"安全教育培训档案缺失", "4304", "20"},
    {"出入库登记与实物不符", "43", "14"},
    {"值班记录漏记", "42", "20"},
};

constexpr const char* kLocations[] = {"一号生产车间", "二号生产车间", "成品库区", "原料库区",
                                      "装卸站台",     "配电室",       "办公区",   "危险品暂存间",
                                      "罐区",         "消防泵房"};

constexpr const char* kDepartments[] = {"市应急管理局", "市消防救援支队", "市市场监督管理局",
                                        "市生态环境局"};

std::string Iso(const core::Date& d, int minute) {
  // 08:00 China Standard Time is 00:00 UTC; steps are stored in UTC like every timestamp.
  char buf[32];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:00Z", core::FormatIsoDate(d).c_str(),
                (minute / 60) % 24, minute % 60);
  return buf;
}

Value OptDate(const std::optional<core::Date>& d) {
  return d ? Value(core::FormatIsoDate(*d)) : Value(nullptr);
}

class Builder {
 public:
  Builder(core::Date today, core::SplitMix64& rng) : today_(today), rng_(rng) {}

  core::Date Clamp(core::Date d) const { return d > today_ ? today_ : d; }

  void Add(Demo& h, const std::string& action, const std::string& to, core::Date on,
           const Person& actor, std::string reason = "", json::object details = {}) {
    on = Clamp(std::max(on, h.steps.empty() ? h.found : h.steps.back().on));
    int minute = h.steps.empty() || h.steps.back().on != on ? 60 + static_cast<int>(rng_.Below(60))
                                                            : h.steps.back().minute + 7;
    h.steps.push_back({action, h.steps.empty() ? "" : h.steps.back().to, to, on, minute, actor,
                       std::move(reason), std::move(details)});
    h.state = to;
  }

  // Moves `h` along the loop up to `target`; `late` closes after the deadline.
  void Walk(Demo& h, const std::string& target, bool major, bool listed, bool failed_round,
            bool late, const Person& manager, const Person& regulator) {
    Add(h, "report", "reported", h.found, h.reporter, "", json::object{{"source", h.source}});
    if (target == "reported") return;
    if (target == "dismissed") {
      Add(h, "dismiss", "dismissed", core::AddDays(h.found, 1 + rng_.Below(3)),
          h.by_regulator ? regulator : manager, "经核实不构成事故隐患");
      return;
    }
    h.level = major ? "major" : "ordinary";
    core::Date d = core::AddDays(h.found, rng_.Below(2));
    Add(h, "assess", "assessed", d, manager, "", json::object{{"level", h.level}});
    if (major) {
      h.plan = "治理目标：消除隐患；措施：停用相关设施、更换设备、加强监测；资金和物资已落实；"
               "责任人已明确；期限内完成并组织验收；治理期间安全措施和应急预案已落实。";
      Add(h, "submit_plan", "assessed", core::AddDays(d, 1), manager, "",
          json::object{{"plan", h.plan}});
      if (listed) {
        h.listed = true;
        h.regulator_deadline = core::AddDays(h.found, 60 + rng_.Below(60));
        Add(h, "list_supervision", "assessed", core::AddDays(d, 2), regulator, "",
            json::object{{"regulator_deadline", core::FormatIsoDate(*h.regulator_deadline)}});
      }
    }
    if (target == "assessed") return;
    if (!h.deadline) h.deadline = core::AddDays(h.found, major ? 30 + rng_.Below(60) : 7 + rng_.Below(24));
    if (h.regulator_deadline && *h.deadline > *h.regulator_deadline) h.deadline = h.regulator_deadline;
    h.measures = "按照整改方案落实整改措施，完成后提交验收";
    h.funds_fen = static_cast<int64_t>(rng_.Between(5, 500)) * 10000;
    Add(h, "assign", "rectification_assigned", core::AddDays(d, major ? 3 : 1), manager, "",
        json::object{{"owner", h.owner.name},
                     {"deadline", core::FormatIsoDate(*h.deadline)},
                     {"funds_fen", *h.funds_fen}});
    if (target == "rectification_assigned") return;
    const int64_t span = std::max<int64_t>(1, core::DaysBetween(h.steps.back().on, *h.deadline));
    core::Date done = late ? core::AddDays(*h.deadline, 1 + rng_.Below(20))
                         : core::AddDays(h.steps.back().on, 1 + rng_.Below(span));
    h.evidence = "已按整改措施完成整改，附整改后照片";
    if (failed_round) {
      core::Date first = core::AddDays(h.steps.back().on, 1 + rng_.Below(std::max<int64_t>(1, span / 2)));
      Add(h, "rectify", "rectified", first, h.owner, "", json::object{{"evidence", "已整改"}});
      Add(h, "verify_fail", "rectification_assigned", core::AddDays(first, 1), manager,
          "整改不彻底，须重新整改");
    }
    Add(h, "rectify", "rectified", std::max(done, h.steps.back().on), h.owner, "",
        json::object{{"evidence", h.evidence}});
    h.rectified_by = h.owner.id;
    if (target == "rectified") return;
    Add(h, "verify_pass", major ? "awaiting_regulator_signoff" : "closed",
        core::AddDays(h.steps.back().on, 1), manager);
    h.verified_by = manager.id;
    if (target == "awaiting_regulator_signoff") return;
    if (major) {
      // 安全生产法 Art.41: the result is reported to the workers' congress before the sign-off.
      const core::Date on = Clamp(core::AddDays(h.steps.back().on, 1));
      Add(h, "report_congress", "awaiting_regulator_signoff", on, manager, "",
          json::object{{"reported_on", core::FormatIsoDate(on)},
                       {"method", "meeting"},
                       {"method_label_zh", "会议报告"},
                       {"reporter", manager.name},
                       {"minutes", "职工代表大会听取重大事故隐患治理情况报告"},
                       {"file_ids", json::array{}}});
      Add(h, "regulator_signoff", "closed", core::AddDays(h.steps.back().on, 1), regulator);
    }
    h.closed_on = h.steps.back().on;
  }

 private:
  core::Date today_;
  core::SplitMix64& rng_;
};

struct EnterpriseRow {
  int64_t id;
  std::string path, industry;
  Person principal, safety, regulator;
  std::optional<int64_t> regulator_agency;
};

void InsertChunked(storage::Connection& conn, const std::string& head, size_t columns,
                   const std::vector<Value>& values) {
  const size_t rows = values.size() / columns;
  // SQLite (3.32+) takes up to 32,766 parameters per statement, PostgreSQL 65,535.
  const size_t per = std::max<size_t>(1, 30000 / columns);
  std::string tuple = "(" ;
  for (size_t c = 0; c < columns; ++c) tuple += c ? ", ?" : "?";
  tuple += ")";
  for (size_t start = 0; start < rows; start += per) {
    size_t n = std::min(per, rows - start);
    std::string sql = head + " VALUES ";
    for (size_t i = 0; i < n; ++i) sql += (i ? ", " : "") + tuple;
    std::vector<Value> params(values.begin() + static_cast<std::ptrdiff_t>(start * columns),
                              values.begin() + static_cast<std::ptrdiff_t>((start + n) * columns));
    conn.Exec(sql, params);
  }
}

}  // namespace

DemoHiddenDangerCounts SeedDemoHiddenDangers(storage::Connection& conn, const std::string& today_iso) {
  DemoHiddenDangerCounts counts;
  const auto started = std::chrono::steady_clock::now();
  auto ms_since = [](auto t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t)
        .count();
  };
  const core::Date today = *core::ParseIsoDate(today_iso);
  const std::string now = Iso(today, 0);

  // Accounts that exist for some enterprises and agencies; everyone else acts by name.
  std::map<int64_t, Person> principal_user, safety_user;
  auto users = conn.Query(
      "SELECT u.id, u.display_name, u.enterprise_id, r.role FROM users u JOIN user_roles r ON "
      "r.user_id = u.id WHERE u.enterprise_id IS NOT NULL AND r.role IN ('ent_principal', "
      "'ent_safety_officer') ORDER BY u.id");
  for (size_t i = 0; i < users.size(); ++i) {
    auto& m = users.Text(i, "role") == "ent_principal" ? principal_user : safety_user;
    m.emplace(users.Int(i, "enterprise_id"), Person{users.Int(i, "id"), users.Text(i, "display_name")});
  }
  std::vector<std::pair<std::string, std::pair<int64_t, Person>>> regulators;  // path → user
  auto regs = conn.Query(
      "SELECT u.id, u.display_name, a.id AS agency_id, a.region_path FROM users u JOIN agencies "
      "a ON a.id = u.agency_id JOIN user_roles r ON r.user_id = u.id WHERE r.role = "
      "'regulator_rw' ORDER BY LENGTH(a.region_path) DESC, u.id");
  for (size_t i = 0; i < regs.size(); ++i)
    regulators.push_back({regs.Text(i, "region_path"),
                          {regs.Int(i, "agency_id"), Person{regs.Int(i, "id"), regs.Text(i, "display_name")}}});
  auto people = conn.Query(
      "SELECT enterprise_id, person_name, kind FROM responsibilities WHERE owner_kind = "
      "'enterprise' AND kind IN ('principal', 'safety_officer') ORDER BY id");
  std::map<int64_t, std::string> principal_name, safety_name;
  for (size_t i = 0; i < people.size(); ++i) {
    auto& m = people.Text(i, "kind") == "principal" ? principal_name : safety_name;
    m.emplace(people.Int(i, "enterprise_id"), people.Text(i, "person_name"));
  }

  std::vector<EnterpriseRow> enterprises;
  auto ents = conn.Query("SELECT id, region_path, industry FROM enterprises ORDER BY id");
  for (size_t i = 0; i < ents.size(); ++i) {
    EnterpriseRow e{ents.Int(i, "id"), ents.Text(i, "region_path"), ents.Text(i, "industry"), {}, {}, {}, {}};
    auto named = [&](auto& users_of, auto& names_of, const char* fallback) {
      if (auto it = users_of.find(e.id); it != users_of.end()) return it->second;
      auto n = names_of.find(e.id);
      return Person{std::nullopt, n != names_of.end() ? n->second : fallback};
    };
    e.principal = named(principal_user, principal_name, "企业主要负责人");
    e.safety = named(safety_user, safety_name, "企业安全管理人员");
    for (const auto& [path, reg] : regulators) {
      if (e.path.rfind(path, 0) == 0) {
        e.regulator_agency = reg.first;
        e.regulator = reg.second;
        break;
      }
    }
    if (!e.regulator_agency) continue;  // no regulator account above it: not a demo enterprise
    enterprises.push_back(std::move(e));
  }

  std::vector<Demo> all;
  std::vector<Value> enforcement_values;
  std::vector<size_t> enforcement_owner;  // index into enterprises
  static const char* kForced[] = {"reported", "assessed", "rectification_assigned", "rectified",
                                  "awaiting_regulator_signoff", "closed", "dismissed"};
  for (size_t ei = 0; ei < enterprises.size(); ++ei) {
    const auto& e = enterprises[ei];
    core::SplitMix64 rng(demo::kDemoSeed ^ (static_cast<uint64_t>(e.id) * 0x9E37ULL));
    Builder b(today, rng);
    std::optional<core::Date> inspected;
    if (ei % 3 == 0) {
      inspected = core::AddDays(today, -static_cast<int64_t>(20 + rng.Below(180)));
      enforcement_owner.push_back(ei);
      auto order_deadline = core::AddDays(*inspected, 30);
      enforcement_values.insert(
          enforcement_values.end(),
          {e.id, e.path, *e.regulator_agency, core::FormatIsoDate(*inspected), e.regulator.name,
           std::string("对企业安全生产主体责任落实情况开展执法检查"),
           std::string("责改〔") + std::to_string(inspected->year) + "〕" +
               std::to_string(1000 + ei) + "号",
           std::string("你单位存在下列事故隐患，责令于期限内整改完毕并书面报告整改情况。"),
           core::FormatIsoDate(order_deadline), *e.regulator.id, Iso(*inspected, 120)});
    }
    const int n = 14 + static_cast<int>(rng.Below(12));
    for (int k = 0; k < n; ++k) {
      Demo h;
      h.enterprise_id = e.id;
      h.region_path = e.path;
      h.industry = e.industry;
      const auto& f = kFindings[rng.Below(std::size(kFindings))];
      h.title = f.title;
      h.hazard_factor = f.factor;
      h.accident_type = f.accident_type;
      h.location = kLocations[rng.Below(std::size(kLocations))];
      h.description = std::string(h.location) + "发现：" + f.title;
      std::string target;
      int64_t age;
      bool major = rng.Below(100) < 8, listed = false, late = rng.Below(100) < 15;
      if (k < 7) {
        target = kForced[k];
        static const int64_t kAge[][2] = {{0, 2}, {1, 4}, {40, 80}, {5, 15}, {30, 60}, {100, 300}, {20, 200}};
        age = rng.Between(kAge[k][0], kAge[k][1]);
        if (k == 2) {  // overdue: deadline two weeks after it was found, long past
          h.deadline = core::AddDays(today, -age + 14);
          major = false;
        }
        if (k == 4) major = listed = true;
      } else {
        age = static_cast<int64_t>(rng.Below(365));
        const auto r = rng.Below(100);
        if (age <= 5) target = r < 40 ? "reported" : r < 70 ? "assessed" : "rectification_assigned";
        else if (age <= 30) target = r < 50 ? "rectification_assigned" : r < 70 ? "rectified" : "closed";
        else target = r < 91 ? "closed" : r < 95 ? "rectification_assigned" : r < 98 ? "rectified" : "dismissed";
        if (major) listed = rng.Below(100) < 60;
        if (target == "rectified" && major && rng.Below(2)) target = "awaiting_regulator_signoff";
      }
      h.found = core::AddDays(today, -age);
      // Sources: an enforcement inspection's findings, referrals, inspections and 随手拍.
      const auto s = rng.Below(100);
      if (inspected && k >= 7 && k < 10) {
        h.source = "enforcement";
        h.found = *inspected;
        h.deadline = core::AddDays(*inspected, 30);
        h.enforcement_id = static_cast<int64_t>(enforcement_owner.size());  // 1-based ordinal
        if (target == "reported" || target == "assessed") target = "rectification_assigned";
      } else if (s < 12 || k == 6) {
        h.source = "referral";
        h.referral_department = kDepartments[rng.Below(std::size(kDepartments))];
      } else {
        h.source = s < 60 ? "inspection" : "ad_hoc";
      }
      h.by_regulator = h.source == "enforcement" || h.source == "referral";
      h.reporter = h.by_regulator ? e.regulator : (k % 2 ? e.safety : e.principal);
      h.owner = e.principal;
      if (target == "dismissed" && h.by_regulator) {
        h.source = "ad_hoc";
        h.enforcement_id.reset();
        h.referral_department.clear();
        h.by_regulator = false;
        h.reporter = e.safety;
      }
      b.Walk(h, target, major, listed, target == "closed" && rng.Below(100) < 10, late, e.safety,
             e.regulator);
      all.push_back(std::move(h));
    }
  }

  counts.generate_ms = ms_since(started);
  const auto inserting = std::chrono::steady_clock::now();
  // Enforcement inspections first: the findings refer to them by id.
  InsertChunked(conn,
                "INSERT INTO enforcement_inspections (enterprise_id, region_path, agency_id, "
                "inspected_on, inspectors, summary, order_no, order_text, order_deadline, "
                "created_by, created_at)",
                11, enforcement_values);
  enforcement::AssignMissingNumbers(conn);
  std::vector<int64_t> enforcement_ids;
  auto eids = conn.Query("SELECT id FROM enforcement_inspections ORDER BY id");
  for (size_t i = 0; i < eids.size(); ++i) enforcement_ids.push_back(eids.Int(i, "id"));
  const size_t enforcement_base = enforcement_ids.size() - enforcement_owner.size();
  counts.enforcement_inspections = static_cast<int64_t>(enforcement_owner.size());

  const auto before = conn.Query("SELECT COALESCE(MAX(id), 0) AS m FROM hidden_dangers").Int(0, "m");
  std::vector<Value> values;
  constexpr size_t kColumns = 38;
  values.reserve(all.size() * kColumns);
  for (const auto& h : all) {
    std::optional<core::Date> effective = h.deadline;
    if (h.listed && h.regulator_deadline)
      effective = effective ? std::min(*effective, *h.regulator_deadline) : h.regulator_deadline;
    const bool open = h.state != "closed" && h.state != "dismissed";
    Value on_time = nullptr;
    if (h.closed_on) on_time = static_cast<int64_t>(!effective || *h.closed_on <= *effective);
    const auto& last = h.steps.back();
    values.insert(values.end(), {
        h.enterprise_id, h.region_path, h.industry, h.source,
        h.enforcement_id ? Value(enforcement_ids[enforcement_base + *h.enforcement_id - 1]) : Value(nullptr),
        h.referral_department, h.title, h.description, h.location, h.hazard_factor, h.accident_type,
        core::FormatIsoDate(h.found), core::FormatIsoDate(h.found).substr(0, 7),
        storage::Nullable(h.reporter.id), h.reporter.name,
        Iso(h.found, h.steps.front().minute), static_cast<int64_t>(h.by_regulator), h.state,
        h.level, static_cast<int64_t>(open),
        h.state == "reported" || h.state == "assessed" || !h.owner.id ? Value(nullptr) : Value(*h.owner.id),
        h.state == "reported" || h.state == "assessed" ? std::string() : h.owner.name,
        h.measures, storage::Nullable(h.funds_fen), OptDate(h.deadline),
        h.listed ? OptDate(h.regulator_deadline) : Value(nullptr), OptDate(effective), h.plan,
        static_cast<int64_t>(!h.plan.empty()), static_cast<int64_t>(h.listed), h.evidence,
        storage::Nullable(h.rectified_by),
        storage::Nullable(h.verified_by), OptDate(h.closed_on), on_time,
        Iso(h.found, h.steps.front().minute), Iso(last.on, last.minute), Value(nullptr)});
  }
  InsertChunked(conn,
                "INSERT INTO hidden_dangers (enterprise_id, region_path, industry, source, "
                "enforcement_inspection_id, referral_department, title, description, location, "
                "hazard_factor, accident_type, found_on, found_month, reported_by, reporter_name, reported_at, "
                "registered_by_regulator, state, level, is_open, owner_user_id, owner_name, "
                "measures, funds_fen, deadline, regulator_deadline, effective_deadline, plan, "
                "has_plan, under_listed_supervision, evidence, rectified_by_user_id, "
                "verified_by_user_id, closed_on, closed_on_time, created_at, updated_at, "
                "risk_unit_id)",
                kColumns, values);
  hidden_danger::AssignMissingNumbers(conn);
  auto ids = conn.Query("SELECT id FROM hidden_dangers WHERE id > ? ORDER BY id", {before});
  counts.hidden_dangers = static_cast<int64_t>(ids.size());

  std::vector<Value> steps;
  for (size_t i = 0; i < all.size() && i < ids.size(); ++i) {
    const int64_t id = ids.Int(i, "id");
    for (const auto& s : all[i].steps) {
      steps.insert(steps.end(), {id, s.action, s.from, s.to,
                                 storage::Nullable(s.actor.id), s.actor.name,
                                 Iso(s.on, s.minute), s.reason, json::serialize(s.details)});
      ++counts.transitions;
    }
  }
  InsertChunked(conn,
                "INSERT INTO hidden_danger_transitions (hidden_danger_id, action, from_state, "
                "to_state, actor_user_id, actor_name, at, reason, details_json)",
                9, steps);

  // The demo year's reminders and escalations count as already sent (by the job that would
  // have run every day), so start-up does not flood the demo accounts with a year of them.
  std::vector<Value> sent;
  const auto config = DefaultEscalationConfig();
  for (size_t i = 0; i < all.size() && i < ids.size(); ++i) {
    const auto& h = all[i];
    if (h.state == "closed" || h.state == "dismissed") continue;
    std::optional<core::Date> effective = h.deadline;
    if (h.listed && h.regulator_deadline)
      effective = effective ? std::min(*effective, *h.regulator_deadline) : h.regulator_deadline;
    if (!effective) continue;
    const auto stage = EvaluateDeadline(*effective, today, config).stage;
    for (auto s : {EscalationStage::kReminder, EscalationStage::kEscalateSuperior,
                   EscalationStage::kEscalateRegulator}) {
      if (static_cast<int>(s) > static_cast<int>(stage) || stage == EscalationStage::kNone) break;
      sent.insert(sent.end(), {ids.Int(i, "id"), std::string(EscalationStageValue(s)),
                               core::FormatIsoDate(*effective), now});
    }
  }
  InsertChunked(conn,
                "INSERT INTO hidden_danger_deadline_notices (hidden_danger_id, stage, deadline, "
                "sent_at)",
                4, sent);
  counts.insert_ms = ms_since(inserting);
  return counts;
}

}  // namespace anjian::hidden_danger
