// Demo notices built from the two seed documents, with dates relative to the seeding time:
//  A  山东省工信厅 → 济宁市工信局: seed 003 (工信部安全〔2020〕83号), read and acknowledged;
//  B  济宁市工信局 forwards A to its 11 county bureaus and 3 zone bureaus, deadline passed,
//     13 have reported back and 梁山县 is overdue (reminded once);
//  C  济宁市工信局 → the 14 bureaus: seed 000, deadline a week ahead, a spread of states;
//  D  邹城市工信局 forwards C's §3(1) (fire prevention) to its civil-explosives enterprises.
//  E  任城区工信局 asks its hazardous-chemicals enterprises for a dual-prevention self-check.
// Recipients, events and notifications go through the same code as the API (SendNotice).
#include "demo/demo_notices.hpp"

#include <map>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "demo/seed_notices.hpp"
#include "notices/notice_repository.hpp"
#include "notices/notice_service.hpp"
#include "notifications/notification_service.hpp"

namespace anjian::demo {

using notices::AddEvent;
using notices::NoticeDraft;

namespace {

constexpr int64_t kHour = 3600, kDay = 86400;

// What a recipient has done, in hours after the notice was sent (-1: not done).
struct Progress {
  int read = -1, ack = -1, feedback = -1;
  std::string text;
  int reminded_days_ago = -1;
};

struct Seeder {
  storage::Connection& conn;
  int64_t now;
  core::ManualClock clock;               // the seeding's "now", for the notification rows
  notifications::PendingPushes pushes;  // never flushed: nobody is connected while seeding

  Seeder(storage::Connection& c, int64_t now_unix)
      : conn(c), now(now_unix), clock(now_unix), pushes(clock) {}
  std::string At(int64_t t) const { return core::IsoFromUnix(t); }

  int64_t UserId(const char* username) {
    return conn.Query("SELECT id FROM users WHERE username = ?", {std::string(username)})
        .Int(0, "id");
  }
  std::map<std::string, int64_t> Agencies() {
    auto rs = conn.Query("SELECT id, region_code FROM agencies");
    std::map<std::string, int64_t> out;
    for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "region_code")] = rs.Int(i, "id");
    return out;
  }

  // Creates and sends a notice at `sent`; returns its id.
  int64_t Send(int64_t agency, int64_t user, NoticeDraft d, int64_t sent,
               std::optional<int64_t> parent = std::nullopt,
               std::optional<int64_t> parent_rid = std::nullopt) {
    int64_t id =
        notices::InsertNotice(conn, agency, user, d, parent, parent_rid, At(sent - 2 * kHour));
    notices::SendNotice(conn, id, user, At(sent), pushes);
    return id;
  }

  int64_t RecipientId(int64_t notice, const char* col, int64_t party) {
    return conn.Query(std::string("SELECT id FROM notice_recipients WHERE notice_id = ? AND ") +
                          col + " = ?",
                      {notice, party})
        .Int(0, "id");
  }

  // Applies `p` to recipient `rid` of notice `notice` (sent at `sent`), acting as `user`.
  void Apply(int64_t notice, int64_t rid, int64_t sent, const Progress& p) {
    auto users = conn.Query(
        "SELECT u.id FROM notice_recipients r JOIN users u ON (r.recipient_kind = 'agency' AND "
        "u.agency_id = r.agency_id) OR (r.recipient_kind = 'enterprise' AND u.enterprise_id = "
        "r.enterprise_id) WHERE r.id = ? ORDER BY u.id",
        {rid});
    std::optional<int64_t> actor;
    if (!users.empty()) actor = users.Int(0, "id");
    auto at = [&](int hours) { return At(sent + hours * kHour); };
    if (p.read >= 0) {
      conn.Exec("UPDATE notice_recipients SET read_at = ? WHERE id = ?", {at(p.read), rid});
      AddEvent(conn, notice, rid, actor, "read", at(p.read));
      conn.Exec("UPDATE notifications SET read_at = ? WHERE link = ? AND read_at IS NULL",
                {at(p.read), "/inbox/" + std::to_string(rid)});
    }
    if (p.ack >= 0) {
      conn.Exec("UPDATE notice_recipients SET acknowledged_at = ? WHERE id = ?", {at(p.ack), rid});
      AddEvent(conn, notice, rid, actor, "acknowledged", at(p.ack));
    }
    if (p.feedback >= 0) {
      conn.Exec("UPDATE notice_recipients SET feedback_at = ?, feedback_text = ? WHERE id = ?",
                {at(p.feedback), p.text, rid});
      AddEvent(conn, notice, rid, actor, "feedback", at(p.feedback));
      auto n = conn.Query(
          "SELECT n.title, n.sender_agency_id, COALESCE(ra.name, re.name) AS name FROM notices n "
          "JOIN notice_recipients r ON r.notice_id = n.id LEFT JOIN agencies ra ON ra.id = "
          "r.agency_id LEFT JOIN enterprises re ON re.id = r.enterprise_id WHERE r.id = ?",
          {rid});
      int64_t fb = sent + p.feedback * kHour;
      for (int64_t uid : notifications::AgencyUserIds(conn, n.Int(0, "sender_agency_id")))
        notifications::InsertNotification(
            conn, uid, notifications::kNoticeFeedback, "反馈：" + n.Text(0, "title"),
            n.Text(0, "name") + " 已提交反馈", "/notices/" + std::to_string(notice), At(fb),
            now - fb > 2 * kDay ? At(fb + 4 * kHour) : "");
    }
    if (p.reminded_days_ago >= 0) {
      std::string when = At(now - p.reminded_days_ago * kDay);
      conn.Exec("UPDATE notice_recipients SET reminded_count = 1, last_reminded_at = ? WHERE id = ?",
                {when, rid});
      AddEvent(conn, notice, rid, std::nullopt, "reminded", when);
      std::string title =
          "催办：" + conn.Query("SELECT title FROM notices WHERE id = ?", {notice}).Text(0, "title");
      for (size_t k = 0; k < users.size(); ++k)
        notifications::InsertNotification(conn, users.Int(k, "id"), notifications::kNoticeReminder,
                                          title, "济宁市工业和信息化局 提醒您尽快办理该通知",
                                          "/inbox/" + std::to_string(rid), when);
    }
  }
};

const char* kCounties[] = {"370811", "370812", "370826", "370827", "370828", "370829", "370830",
                           "370831", "370832", "370881", "370883", "370800Z1", "370800Z2",
                           "370800Z3"};

std::string AgencyIdsJson(const std::map<std::string, int64_t>& agencies) {
  std::string ids;
  for (const char* c : kCounties) {
    if (!agencies.count(c)) continue;
    ids += (ids.empty() ? "" : ",") + std::to_string(agencies.at(c));
  }
  return "{\"agency_ids\":[" + ids + "]}";
}

// Seed 000 §3(1), the fire-prevention paragraph, verbatim.
std::string FireParagraph() {
  std::string body = SeedNotice000Body();
  const std::string head = "（一）进一步做好防火工作。";
  size_t b = body.find(head);
  if (b == std::string::npos) return {};
  size_t e = body.find('\n', b);
  return body.substr(b + head.size(), e == std::string::npos ? std::string::npos : e - b - head.size());
}

}  // namespace

void SeedDemoNotices(storage::Connection& conn, int64_t now) {
  Seeder s(conn, now);
  auto agencies = s.Agencies();
  if (!agencies.count("370000") || !agencies.count("370800") || !agencies.count("370883")) return;
  int64_t province = agencies.at("370000"), city = agencies.at("370800");
  int64_t u_sd = s.UserId("shandong"), u_jn = s.UserId("jining"), u_zc = s.UserId("zoucheng");

  // A: the ministry's guidance, passed down by the province.
  NoticeDraft a;
  a.title = SeedNotice003Title();
  a.body = SeedNotice003Body();
  a.required_actions = "请认真学习贯彻《指导意见》，结合本地实际抓好落实，并转发至所辖县（市、区）工业和信息化主管部门。";
  a.recipients_json = "{\"agency_ids\":[" + std::to_string(city) + "]}";
  int64_t sent_a = s.now - 21 * kDay;
  int64_t id_a = s.Send(province, u_sd, a, sent_a);
  int64_t rid_a = s.RecipientId(id_a, "agency_id", city);
  s.Apply(id_a, rid_a, sent_a, {2, 3, -1, "", -1});

  // B: the city forwards A to every county and zone bureau; deadline already passed.
  NoticeDraft b = a;
  b.required_actions =
      "请各县（市、区）工信局、功能区经发局组织学习《指导意见》，对照“三管三必须”要求梳理本部门"
      "安全生产管理职责，明确主要负责人、分管负责人及内设机构的责任分工，并反馈学习贯彻情况。";
  b.feedback_deadline = core::ChinaIsoDate(s.now - 6 * kDay);
  b.recipients_json = AgencyIdsJson(agencies);
  int64_t sent_b = sent_a + 22 * kHour;
  int64_t id_b = s.Send(city, u_jn, b, sent_b, id_a, rid_a);
  AddEvent(conn, id_a, rid_a, u_jn, "forwarded", s.At(sent_b - 2 * kHour));
  const char* texts[] = {
      "已召开局务会议专题传达学习《指导意见》，对照“三管三必须”梳理了本局安全生产管理职责清单，明确了分管负责人和相关科室的责任分工。",
      "已组织全局干部学习《指导意见》，将安全生产管理职责纳入本部门“三定”职责落实清单，并向辖区重点工业企业传达了有关要求。",
      "已完成学习传达，结合辖区产业特点梳理了民爆、化工等重点行业的风险点，下一步将配合应急管理部门开展联合检查。",
  };
  int i = 0;
  for (const char* code : kCounties) {
    if (!agencies.count(code)) continue;
    int64_t rid = s.RecipientId(id_b, "agency_id", agencies.at(code));
    if (std::string(code) == "370832") {  // 梁山县: read it, never reported back, reminded
      s.Apply(id_b, rid, sent_b, {30, -1, -1, "", 8});
    } else {
      int h = 3 + (i * 7) % 40;
      s.Apply(id_b, rid, sent_b, {h, h + 1, h + 48 + (i * 13) % 72, texts[i % 3], -1});
    }
    ++i;
  }

  // C: seed 000 itself, deadline a week ahead.
  NoticeDraft c;
  c.title = SeedNotice000Title();
  c.body = SeedNotice000Body();
  c.required_actions =
      "1. 传达学习有关重要指示批示精神，加强组织领导，严格落实安全生产相关职责；\n"
      "2. 从行业规划、产业政策、法规标准、行政许可等方面指导督促属地工业企业加强安全生产：统筹规划指导、"
      "加强产业政策引导、引导企业安全技术投入、提升企业现场管理水平、开展安全宣传培训、推进工业经济平稳运行；\n"
      "3. 有关县级监管部门强化对民爆生产、销售企业的监管：做好防火工作，持续深入开展安全生产集中整治，"
      "加强值班值守和应急防范；\n"
      "4. 于反馈截止日期前报送贯彻落实情况。";
  c.feedback_deadline = core::ChinaIsoDate(s.now + 7 * kDay);
  c.recipients_json = AgencyIdsJson(agencies);
  int64_t sent_c = s.now - 3 * kDay;
  int64_t id_c = s.Send(city, u_jn, c, sent_c);
  const std::string fb_c =
      "已向辖区工业企业传达通知要求，组织民爆企业开展防火专项排查，现场管理提升行动正在推进，"
      "24小时值班制度已落实。";
  std::map<std::string, Progress> states = {
      {"370811", {5, -1, -1, "", -1}},  {"370812", {2, 3, 40, fb_c, -1}},
      {"370827", {20, -1, -1, "", -1}}, {"370828", {4, 4, 52, fb_c, -1}},
      {"370829", {6, 7, -1, "", -1}},   {"370831", {30, -1, -1, "", -1}},
      {"370881", {3, 5, -1, "", -1}},   {"370883", {1, 2, -1, "", -1}},
      {"370800Z1", {2, 2, 26, fb_c, -1}}, {"370800Z3", {50, -1, -1, "", -1}},
  };
  for (const auto& [code, p] : states)
    if (agencies.count(code))
      s.Apply(id_c, s.RecipientId(id_c, "agency_id", agencies.at(code)), sent_c, p);

  // D: 邹城 passes §3(1) on to its civil-explosives producers and sellers.
  int64_t zoucheng = agencies.at("370883");
  int64_t rid_zc = s.RecipientId(id_c, "agency_id", zoucheng);
  NoticeDraft d;
  d.title = "关于进一步做好民爆企业防火工作的通知";
  d.body =
      "各民爆生产、销售企业：\n"
      "根据济宁市工业和信息化局《" + std::string(SeedNotice000Title()) +
      "》要求，结合季节特点，现就进一步做好防火工作通知如下。\n" + FireParagraph() +
      "\n邹城市工业和信息化局";
  d.required_actions =
      "1. 开展全员防火教育；\n2. 全面排查厂区、库区内电路、电器和消防器材设施，清除枯草等可燃物，严格用火管控；\n"
      "3. 加强厂区、库区周边巡防管控，完善突发事件处置预案；\n4. 报送防火工作落实情况。";
  d.feedback_deadline = core::ChinaIsoDate(s.now + 4 * kDay);
  d.recipients_json =
      "{\"region_codes\":[\"370883\"],\"industries\":[\"civil_explosives_production\","
      "\"civil_explosives_sales\"]}";
  int64_t sent_d = sent_c + 26 * kHour;
  AddEvent(conn, id_c, rid_zc, u_zc, "forwarded", s.At(sent_d - 2 * kHour));
  int64_t id_d = s.Send(zoucheng, u_zc, d, sent_d, id_c, rid_zc);
  auto ents = conn.Query(
      "SELECT r.id, u.username FROM notice_recipients r LEFT JOIN users u ON u.enterprise_id = "
      "r.enterprise_id AND u.username = 'mb.principal' WHERE r.notice_id = ? ORDER BY r.id",
      {id_d});
  for (size_t k = 0; k < ents.size(); ++k)
    if (!ents.IsNull(k, "username")) s.Apply(id_d, ents.Int(k, "id"), sent_d, {3, 4, -1, "", -1});

  // E: 任城 asks its hazardous-chemicals enterprises to check the dual prevention mechanism
  // (seed 003 §3(3), §6(16)); still unread, so hc.* accounts have something in their inbox.
  if (!agencies.count("370811")) return;
  NoticeDraft e;
  e.title = "关于开展危险化学品企业双重预防机制建设情况自查的通知";
  e.body =
      "各危险化学品生产经营企业：\n"
      "为贯彻《工业和信息化部关于进一步加强工业行业安全生产管理的指导意见》，督促企业落实安全生产"
      "主体责任，健全风险分级管控和隐患排查治理双重预防机制，现组织开展自查。\n"
      "任城区工业和信息化局";
  e.required_actions =
      "1. 对照风险分级管控清单复核风险点和管控措施；\n2. 梳理隐患排查治理台账，重大事故隐患逐项明确"
      "治理方案、责任人和期限；\n3. 填报自查情况并上传佐证材料。";
  e.feedback_deadline = core::ChinaIsoDate(s.now + 10 * kDay);
  e.recipients_json = "{\"region_codes\":[\"370811\"],\"industries\":[\"hazardous_chemicals\"]}";
  s.Send(agencies.at("370811"), s.UserId("rencheng"), e, s.now - 5 * kHour);
}

}  // namespace anjian::demo
