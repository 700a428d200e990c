// Row → API JSON for files, notices and recipients (docs/api.md: File, Notice, Recipient).
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "platform/storage/db.hpp"

namespace anjian::notices {

// Columns: id, name, size, mime, sha256, created_at.
boost::json::object FileJson(const storage::ResultSet& rs, size_t i);

// Columns of kNoticeColumns (below) → Notice without attachments and stats.
boost::json::object NoticeJson(const storage::ResultSet& rs, size_t i);
inline constexpr const char* kNoticeColumns =
    "n.id, n.title, n.body, n.required_actions, n.feedback_deadline, n.status, "
    "n.sender_agency_id, sa.name AS sender_agency_name, sa.region_code AS sender_region_code, "
    "n.sender_user_id, su.display_name AS sender_user_name, n.parent_notice_id, "
    "n.parent_recipient_id, n.recipients_json, n.created_at, n.updated_at, n.sent_at";
inline constexpr const char* kNoticeFrom =
    " FROM notices n JOIN agencies sa ON sa.id = n.sender_agency_id "
    "JOIN users su ON su.id = n.sender_user_id";

// Columns of kRecipientColumns → Recipient without feedback_attachments; status derived with
// domain::DeriveRecipientStatus for `today`. Needs n.feedback_deadline as feedback_deadline.
boost::json::object RecipientJson(const storage::ResultSet& rs, size_t i, const std::string& today);
inline constexpr const char* kRecipientColumns =
    "r.id, r.notice_id, r.recipient_kind, r.agency_id, r.enterprise_id, "
    "COALESCE(ra.name, re.name) AS recipient_name, "
    "COALESCE(ra.region_code, re.region_code) AS recipient_region_code, r.read_at, "
    "r.acknowledged_at, r.feedback_at, r.feedback_text, r.reminded_count, r.last_reminded_at";
inline constexpr const char* kRecipientJoins =
    " LEFT JOIN agencies ra ON ra.id = r.agency_id "
    "LEFT JOIN enterprises re ON re.id = r.enterprise_id";

boost::json::object EmptyStats();

}  // namespace anjian::notices
