#include "demo/demo_risk.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <chrono>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "demo/demo_site_plan.hpp"
#include "dual_prevention/investigation/task_generation_service.hpp"
#include "dual_prevention/risk/assessment_rules.hpp"
#include "dual_prevention/risk/risk_repository.hpp"
#include "files/file_service.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::demo {

namespace json = boost::json;
using risk::AssessmentInputs;
using risk::AssessmentMethod;
using storage::Value;

namespace {

struct UnitPlan {
  const char* object;
  const char* name;
  const char* type;
  const char* event;
  const char* accident;
  const char* factor;
  const char* measure_kind;
  const char* measure;
  const char* frequency;
};

// Four units per enterprise, by industry.
std::array<UnitPlan, 4> PlanFor(const std::string& industry) {
  if (industry == "civil_explosives_production" || industry == "civil_explosives_sales")
    return {{{"生产区", "乳化炸药制药工房", "area", "制药过程中物料摩擦撞击引发爆炸", "14", "21",
              "engineering", "检查安全联锁、温度压力报警和防传（殉）爆设施完好", "weekly"},
             {"生产区", "装药包装工段", "post", "超员超量作业引发爆炸", "14", "12", "management",
              "核查工房定员定量公示和现场人数、药量", "monthly"},
             {"库区", "1号总库", "area", "超量储存或混存引发爆炸", "14", "43", "management",
              "核对库存与账册、核定储量，检查防雷和监控", "monthly"},
             {"库区", "装卸作业", "post", "装卸时跌落撞击引发爆炸", "14", "12", "training",
              "检查装卸人员持证和轻拿轻放作业", "quarterly"}}};
  if (industry == "hazardous_chemicals")
    return {{{"生产装置区", "反应釜装置", "equipment", "反应失控超温超压引发爆炸", "17", "21",
              "engineering", "检查温度压力联锁和紧急切断装置", "weekly"},
             {"生产装置区", "有毒物料输送管线", "equipment", "泄漏导致人员中毒", "19", "22",
              "ppe", "检查可燃有毒气体报警器和防护用品配备", "monthly"},
             {"储罐区", "甲醇储罐区", "area", "储罐泄漏遇火源引发火灾", "08", "22", "emergency",
              "检查围堰、消防设施和应急物资", "monthly"},
             {"储罐区", "装卸车作业", "post", "静电积聚引发火灾", "08", "12", "management",
              "检查静电接地和装卸作业票证", "quarterly"}}};
  return {{{"生产车间", "冲压设备", "equipment", "设备防护缺失导致机械伤害", "03", "21",
            "engineering", "检查防护罩和急停装置", "monthly"},
           {"生产车间", "配电室", "area", "电气设备漏电导致触电", "05", "21", "management",
            "检查配电柜接地、绝缘和警示标志", "monthly"},
           {"仓库", "成品仓库", "area", "可燃物堆放引发火灾", "08", "32", "emergency",
            "检查消防器材和疏散通道", "monthly"},
           {"仓库", "叉车作业", "post", "叉车碰撞导致车辆伤害", "02", "12", "training",
            "检查叉车司机持证和限速", "quarterly"}}};
}

// LEC and LS inputs that give each level with the default tables (major, high, moderate, low).
const AssessmentInputs kLec[4] = {{6, 6, 15, {}}, {3, 6, 15, {}}, {3, 6, 7, {}}, {1, 6, 3, {}}};
const AssessmentInputs kLs[4] = {{5, {}, {}, 4}, {3, {}, {}, 4}, {2, {}, {}, 3}, {1, {}, {}, 2}};

const char* kPeople[] = {"张伟", "王磊", "李静", "刘洋", "陈杰", "杨帆", "赵敏", "黄强"};
const char* kDepartments[] = {"生产部", "安全环保部", "仓储部", "设备部"};

std::optional<int64_t> UserId(storage::Connection& conn, const char* username) {
  auto rs = conn.Query("SELECT id FROM users WHERE username = ?", {std::string(username)});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

}  // namespace

void SeedDemoRisk(storage::Connection& conn, int64_t now_unix) {
  const auto started = std::chrono::steady_clock::now();
  const auto config = risk::LoadAssessmentConfig(conn);
  const std::string now = core::IsoFromUnix(now_unix);
  auto uploader = UserId(conn, "sysadmin").value_or(1);
  std::vector<SitePlan> plans;
  std::vector<int64_t> plan_files;
  for (int layout = 0; layout < 3; ++layout) {
    plans.push_back(DemoSitePlan(layout));
    plan_files.push_back(
        files::InsertFile(conn, uploader, "厂区平面图.png", "image/png", plans.back().png, now).id);
  }
  auto daily = conn.Query("SELECT id FROM checklists WHERE code = 'company_daily' AND "
                          "enterprise_id IS NULL");
  const int64_t daily_checklist = daily.Int(0, "id");
  auto ents = conn.Query("SELECT id, region_path, industry, name FROM enterprises WHERE status = "
                         "'active' ORDER BY id");
  // Owners and inspectors where the enterprise has accounts (the two named demo enterprises).
  struct Accounts {
    std::optional<int64_t> safety;
    std::string safety_name;
  };
  auto accounts_of = [&](int64_t ent) {
    Accounts a;
    auto rs = conn.Query("SELECT u.id, u.display_name FROM users u JOIN user_roles r ON "
                         "r.user_id = u.id WHERE u.enterprise_id = ? AND r.role = "
                         "'ent_safety_officer' ORDER BY u.id LIMIT 1",
                         {ent});
    if (!rs.empty()) {
      a.safety = rs.Int(0, "id");
      a.safety_name = rs.Text(0, "display_name");
    }
    return a;
  };
  for (size_t i = 0; i < ents.size(); ++i) {
    const int64_t ent = ents.Int(i, "id");
    const risk::Owner owner{ent, ents.Text(i, "region_path")};
    const std::string industry = ents.Text(i, "industry");
    const auto acc = accounts_of(ent);
    const int layout = static_cast<int>(i % 3);
    const auto& plan = plans[layout];
    conn.Exec("INSERT INTO risk_maps (enterprise_id, region_path, file_id, width, height, "
              "updated_at) VALUES (?,?,?,?,?,?)",
              {ent, owner.region_path, plan_files[layout], int64_t{plan.width},
               int64_t{plan.height}, now});
    // Highest level per enterprise spread 20% major, 20% high, 20% moderate, 40% low; the two
    // named enterprises (first rows) carry every level.
    const int base = i < 2 ? 0 : std::min<int>(static_cast<int>(i % 5), 3);
    std::string last_object;
    int64_t object_id = 0;
    const auto units = PlanFor(industry);
    for (int k = 0; k < 4; ++k) {
      const auto& u = units[k];
      if (last_object != u.object) {
        object_id = risk::InsertObject(conn, owner,
                                       {u.object, "", std::string(u.object) + "风险分析对象"}, now);
        last_object = u.object;
      }
      const int64_t unit = risk::InsertUnit(
          conn, owner, {object_id, u.name, u.type, kDepartments[k], kPeople[(i + k) % 8]}, now);
      const auto& b = plan.buildings[k];
      json::array poly{json::array{b.x0 + 0.01, b.y0 + 0.01}, json::array{b.x1 - 0.01, b.y0 + 0.01},
                       json::array{b.x1 - 0.01, b.y1 - 0.01}, json::array{b.x0 + 0.01, b.y1 - 0.01}};
      risk::SetPolygon(conn, unit, json::serialize(poly), now);
      const int level = std::min(base + k, 3);
      const bool lec = (i + k) % 2 == 0;
      const auto& inputs = lec ? kLec[level] : kLs[level];
      const auto method = lec ? AssessmentMethod::kLec : AssessmentMethod::kLs;
      auto outcome = risk::Assess(config, method, inputs);
      if (auto* r = std::get_if<risk::AssessmentResult>(&outcome))
        risk::RecordAssessment(conn, unit, ent, method, inputs, *r, acc.safety,
                               acc.safety ? acc.safety_name : kPeople[(i + 3) % 8], now);
      const int64_t event =
          risk::InsertEvent(conn, owner, unit, {u.event, u.accident, u.factor, ""}, now);
      risk::InsertMeasure(conn, owner, unit, event,
                          {u.measure_kind, k == 0 ? "company" : k == 3 ? "team" : "workshop",
                           u.measure, u.frequency, acc.safety},
                          now);
    }
    if (industry == "civil_explosives_production" || industry == "civil_explosives_sales" ||
        industry == "hazardous_chemicals")
      conn.Exec(
          "INSERT INTO inspection_duties (enterprise_id, region_path, checklist_id, "
          "frequency, assignee_user_id, created_at) VALUES (?,?,?,?,?,?)",
          {ent, owner.region_path, daily_checklist, std::string("daily"), storage::Nullable(acc.safety),
           now});
    // Chemical plants hold a 重大危险源; where the enterprise has accounts, its principal and
    // safety officer are two of the accountable people and get the year of check tasks below.
    if (industry == "hazardous_chemicals") {
      auto principal = conn.Query("SELECT u.id FROM users u JOIN user_roles r ON r.user_id = "
                                  "u.id WHERE u.enterprise_id = ? AND r.role = 'ent_principal' "
                                  "ORDER BY u.id LIMIT 1",
                                  {ent});
      conn.Exec(
          "INSERT INTO major_hazards (enterprise_id, region_path, name, grade, "
          "risk_object_id, principal_name, principal_frequency, principal_user_id, "
          "technical_name, technical_frequency, technical_user_id, operational_name, "
          "operational_frequency, created_at, updated_at) VALUES "
          "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          {ent, owner.region_path, std::string("罐区重大危险源"), std::string("3"), object_id,
           std::string(kPeople[i % 8]), std::string("quarterly"),
           principal.empty() ? Value(nullptr) : Value(principal.Int(0, "id")),
           acc.safety ? acc.safety_name : std::string(kPeople[(i + 1) % 8]), std::string("monthly"),
           storage::Nullable(acc.safety), std::string(kPeople[(i + 2) % 8]), std::string("weekly"), now,
           now});
    }
  }
  // A year of tasks up to today, created with their final status (about one in nineteen closed
  // periods missed, deterministically), then one record per done task in one set-based insert.
  const auto today = core::ChinaDate(now_unix);
  // The first civil-explosives producer (恒安民爆, 邹城) missed yesterday's company-level daily
  // inspection, so the county regulator has a missed day to see the next morning.
  const auto first_producer = conn.Query("SELECT MIN(id) AS id FROM enterprises WHERE industry = "
                                         "'civil_explosives_production'")
                                  .OptInt(0, "id");
  const std::string yesterday = core::FormatIsoDate(core::AddDays(today, -1));
  auto status = [&](int64_t ent, const std::string& key,
                    const investigation::TaskSlot& slot) -> const char* {
    if (core::UnixFromLocal(slot.due_date, slot.due_minute) > now_unix) return "open";
    if (first_producer && ent == *first_producer && key.starts_with("d") &&
        slot.period_key == yesterday)
      return "missed";
    uint64_t h = 1469598103934665603ULL ^ static_cast<uint64_t>(ent);
    for (char c : key + slot.period_key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h % 19 == 0 ? "missed" : "done";
  };
  investigation::GenerateTasks(conn, core::AddDays(today, -365), today, now_unix, std::nullopt,
                               false, status);
  conn.Exec(
      "INSERT INTO inspection_records (enterprise_id, region_path, task_id, checklist_id, title, "
      "inspector_user_id, inspector_name, inspected_at, failed_count, note) "
      "SELECT t.enterprise_id, t.region_path, t.id, t.checklist_id, t.title, t.assignee_user_id, "
      "COALESCE(us.display_name, '安全员'), t.done_at, CASE WHEN t.id % 11 = 0 THEN 1 ELSE 0 END, "
      "CASE WHEN t.id % 11 = 0 THEN '发现问题，已登记整改' ELSE '' END FROM inspection_tasks t "
      "LEFT JOIN users us ON us.id = t.assignee_user_id WHERE t.status = 'done'");
  auto counts = conn.Query("SELECT (SELECT COUNT(*) FROM risk_units) AS units, (SELECT COUNT(*) "
                           "FROM inspection_tasks) AS tasks, (SELECT COUNT(*) FROM "
                           "inspection_records) AS records");
  spdlog::info("demo risk registers and inspections: {} units, {} tasks, {} records in {} ms",
               counts.Int(0, "units"), counts.Int(0, "tasks"), counts.Int(0, "records"),
               std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now() - started)
                   .count());
}

}  // namespace anjian::demo
