#include "demo/demo_people.hpp"

#include <optional>
#include <string>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "qualifications/people/people_repository.hpp"
#include "qualifications/people/qualification_rules.hpp"

namespace anjian::demo {

namespace q = qualifications;

namespace {

struct Cert {
  const char* kind;
  const char* number;
  const char* issuer;
  int from_days_ago;
  int to_days_ahead;  // valid_to = today + this
};

struct Person {
  int owner;  // 0: 恒安民爆, 1: 润泽化工
  const char *name, *role, *post, *account;
  int appointed_days_ago;
  bool full_time, manager;
  std::optional<int> examined_days_after;  // a passed examination this many days after appointment
  Cert certs[2];
  int training_hours;  // this year's training (0: none)
};

// Fictional. 孙建国 (principal, 恒安民爆): appointed about 7 months ago, never examined.
const Person kPeople[] = {
    {0, "孙建国", "principal", "总经理", "mb.principal", 213, false, true, std::nullopt,
     {{nullptr, nullptr, nullptr, 0, 0}, {nullptr, nullptr, nullptr, 0, 0}}, 8},
    {0, "周敏", "safety_manager", "安全环保部部长", "mb.safety", 760, true, true, 120,
     {{"safety_qualification", "AQ3708832024015", "济宁市应急管理局", 640, 455},
      {nullptr, nullptr, nullptr, 0, 0}},
     16},
    {0, "吴海", "storekeeper", "成品库保管员", "mb.keeper", 1100, false, false, std::nullopt,
     {{"storekeeper", "MB-BG-2023-0117", "济宁市公安局", 1080, 25},
      {nullptr, nullptr, nullptr, 0, 0}},
     12},
    {0, "郑强", "guard", "库区守护员", nullptr, 900, false, false, std::nullopt,
     {{"guard", "MB-SH-2024-0031", "邹城市公安局", 600, 495}, {nullptr, nullptr, nullptr, 0, 0}},
     20},
    {0, "冯磊", "special_worker", "电工", nullptr, 1500, false, false, std::nullopt,
     {{"special_operation", "T370883198805120031", "山东省应急管理厅", 2180, 6},
      {nullptr, nullptr, nullptr, 0, 0}},
     24},
    {0, "陈亮", "escort", "押运员", nullptr, 700, false, false, std::nullopt,
     {{"escort", "370800YY2024008", "济宁市交通运输局", 650, 1100}, {nullptr, nullptr, nullptr, 0, 0}},
     20},
    {0, "褚涛", "driver", "危险货物运输驾驶员", nullptr, 700, false, false, std::nullopt,
     {{"driver", "370800JS2022113", "济宁市交通运输局", 1300, 500}, {nullptr, nullptr, nullptr, 0, 0}},
     0},
    {0, "卫东", "blaster", "爆破员", nullptr, 400, false, false, std::nullopt,
     {{"blaster", "3708832025BP0042", "济宁市公安局", 380, 715}, {nullptr, nullptr, nullptr, 0, 0}},
     16},
    {1, "钱伟", "principal", "董事长", "hc.principal", 1200, false, true, 90,
     {{"safety_qualification", "AQ3708112023007", "济宁市应急管理局", 1100, 400},
      {nullptr, nullptr, nullptr, 0, 0}},
     16},
    {1, "李娜", "safety_manager", "安全管理员", "hc.safety", 120, true, false, std::nullopt,
     {{nullptr, nullptr, nullptr, 0, 0}, {nullptr, nullptr, nullptr, 0, 0}}, 0},
    {1, "王刚", "special_worker", "危险化工工艺作业（氯化）", nullptr, 800, false, false,
     std::nullopt,
     {{"special_operation", "T370811199003150018", "山东省应急管理厅", 1400, 45},
      {nullptr, nullptr, nullptr, 0, 0}},
     20},
};

struct Staff {
  const char* region;  // agency region code
  const char *name, *post, *account;
  int appointed_days_ago;
  int hours;
};

const Staff kStaff[] = {
    {"370883", "王芳", "安全生产监督管理科 科长", "zoucheng", 2000, 24},
    {"370883", "刘洋", "执法大队 执法员", nullptr, 500, 8},
    {"370811", "李强", "安全生产监督管理科 科长", "rencheng", 2500, 40},
    {"370811", "陈刚", "执法大队 执法员", "rencheng.zf", 300, 16},
};

std::string Day(const core::Date& today, int offset) {
  return core::FormatIsoDate(core::AddDays(today, offset));
}

std::optional<int64_t> UserId(storage::Connection& conn, const char* username) {
  if (!username) return std::nullopt;
  auto rs = conn.Query("SELECT id FROM users WHERE username = ?", {std::string(username)});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

}  // namespace

void SeedDemoPeople(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix) {
  const std::string at = core::IsoFromUnix(now_unix);
  const auto today = *core::ParseIsoDate(core::ChinaIsoDate(now_unix));
  const auto cal = calendar::LoadWorkingCalendar(conn);
  const q::QualificationConfig config;
  const int64_t owners[] = {mb, hc};
  std::string paths[2];
  for (int i = 0; i < 2; ++i)
    paths[i] = conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {owners[i]})
                   .Text(0, "region_path");
  const int64_t by = UserId(conn, "mb.safety").value_or(0);
  for (const auto& p : kPeople) {
    q::PersonInput in;
    in.name = p.name;
    in.role = p.role;
    in.post = p.post;
    in.appointed_on = Day(today, -p.appointed_days_ago);
    in.full_time = p.full_time;
    in.is_manager = p.manager;
    in.user_id = UserId(conn, p.account);
    std::optional<std::string> due;
    if (q::NeedsExamination(p.role))
      due = core::FormatIsoDate(q::ExaminationDueOn(*core::ParseIsoDate(in.appointed_on), config, cal));
    const int64_t id =
        q::InsertPerson(conn, owners[p.owner], std::nullopt, paths[p.owner], in, due, at);
    if (p.examined_days_after) {
      q::ExaminationInput e;
      e.examined_on = Day(today, -p.appointed_days_ago + *p.examined_days_after);
      e.passed = true;
      e.authority = "济宁市应急管理局";
      e.certificate_no = "KH" + e.examined_on.substr(0, 4) + std::to_string(id);
      q::InsertExamination(conn, id, in.appointed_on, e, by, at);
    }
    for (const auto& c : p.certs) {
      if (!c.kind) continue;
      q::CertificateInput ci;
      ci.kind = c.kind;
      ci.number = c.number;
      ci.issuer = c.issuer;
      ci.valid_from = Day(today, -c.from_days_ago);
      ci.valid_to = Day(today, c.to_days_ahead);
      q::InsertCertificate(conn, id, ci, by, at);
    }
    if (p.training_hours > 0) {
      q::TrainingInput t;
      t.course = q::NeedsExamination(p.role) ? "主要负责人和安全管理人员年度再培训"
                                             : "从业人员年度安全再培训";
      t.provider = "济宁市安全生产培训中心";
      const int into_year = today.month > 3 ? 60 : 10;
      t.trained_on = Day(today, -into_year);
      if (t.trained_on.substr(0, 4) != core::FormatIsoDate(today).substr(0, 4))
        t.trained_on = core::FormatIsoDate(today);
      t.class_hours = p.training_hours;
      t.exam_result = "pass";
      t.score = 85;
      q::InsertTraining(conn, id, t, by, at);
    }
  }
  q::SafetyDepartmentRow dept{"安全环保部", Day(today, -1500), "恒安发〔2022〕12号", at};
  q::UpsertSafetyDepartment(conn, mb, dept, by);

  for (const auto& s : kStaff) {
    auto ag = conn.Query("SELECT id, region_path FROM agencies WHERE region_code = ? LIMIT 1",
                         {std::string(s.region)});
    if (ag.empty()) continue;
    q::PersonInput in;
    in.name = s.name;
    in.role = "enforcement";
    in.post = s.post;
    in.appointed_on = Day(today, -s.appointed_days_ago);
    in.user_id = UserId(conn, s.account);
    const int64_t id = q::InsertPerson(conn, std::nullopt, ag.Int(0, "id"),
                                       ag.Text(0, "region_path"), in, std::nullopt, at);
    q::CertificateInput ci{"enforcement", std::string("鲁执") + s.region + std::to_string(id),
                           "山东省司法厅", Day(today, -s.appointed_days_ago + 30),
                           Day(today, 900), std::nullopt};
    q::InsertCertificate(conn, id, ci, in.user_id.value_or(by), at);
    q::TrainingInput t;
    t.course = "安全生产行政执法规范与民爆行业监管";
    t.provider = "山东省工业和信息化厅";
    t.trained_on = Day(today, -20);
    if (t.trained_on.substr(0, 4) != core::FormatIsoDate(today).substr(0, 4))
      t.trained_on = core::FormatIsoDate(today);
    t.class_hours = s.hours;
    t.exam_result = "pass";
    q::InsertTraining(conn, id, t, in.user_id.value_or(by), at);
  }
}

}  // namespace anjian::demo
