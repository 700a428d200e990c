#include "notices/notice_sql.hpp"

namespace anjian::notices {

api::SqlFilter SenderViewSql(const api::Principal& p, const std::string& n) {
  api::SqlFilter f;
  if (!p.agency_id || p.region_path.empty()) {
    f.sql = "1=0";
    return f;
  }
  f.sql = "(" + n + ".sender_agency_id = ? OR (" + n + ".status = 'sent' AND " + n +
          ".sender_agency_id IN (SELECT sa.id FROM agencies sa WHERE sa.region_path >= ? AND "
          "sa.region_path < ?)))";
  f.params = {*p.agency_id, p.region_path, api::PathUpperBound(p.region_path)};
  return f;
}

api::SqlFilter OwnRecipientSql(const api::Principal& p, const std::string& r) {
  api::SqlFilter f;
  if (p.agency_id) {
    f.sql = r + ".recipient_kind = 'agency' AND " + r + ".agency_id = ?";
    f.params = {*p.agency_id};
  } else if (p.enterprise_id) {
    f.sql = r + ".recipient_kind = 'enterprise' AND " + r + ".enterprise_id = ?";
    f.params = {*p.enterprise_id};
  } else {
    f.sql = "1=0";
  }
  return f;
}

std::string StatusCaseSql(const std::string& r, const std::string& n) {
  return "(CASE WHEN " + r + ".feedback_at IS NOT NULL THEN 'feedback_submitted' WHEN " + n +
         ".feedback_deadline IS NOT NULL AND " + n +
         ".feedback_deadline < ? THEN 'overdue' WHEN " + r +
         ".acknowledged_at IS NOT NULL THEN 'acknowledged' WHEN " + r +
         ".read_at IS NOT NULL THEN 'read' ELSE 'unread' END)";
}

std::string NotDoneSql(const std::string& r, const std::string& n) {
  return "(" + r + ".feedback_at IS NULL AND (" + n + ".feedback_deadline IS NOT NULL OR " + r +
         ".acknowledged_at IS NULL))";
}

}  // namespace anjian::notices
