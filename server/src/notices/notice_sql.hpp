// SQL building blocks shared by the notice, inbox, file and dashboard queries: who may see a
// notice from the sender side, which recipient rows are the caller's own, and the recipient
// status (回执状态) expressed in SQL so that lists can filter and count by it.
#pragma once

#include <cstdint>
#include <string>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::notices {

// Sender view of notices aliased `n`: the caller's own agency's notices (drafts included), and
// sent notices of agencies inside the caller's region subtree (a city sees its counties').
api::SqlFilter SenderViewSql(const api::Principal& p, const std::string& n);

// Recipient rows aliased `r` that belong to the caller: its agency's or its enterprise's.
api::SqlFilter OwnRecipientSql(const api::Principal& p, const std::string& r);

// CASE expression giving the derived status of recipient `r` of notice `n`; takes one
// parameter, today's date. Mirrors notices::DeriveRecipientStatus with feedback required
// whenever the notice has a feedback deadline.
std::string StatusCaseSql(const std::string& r = "r", const std::string& n = "n");

// Condition "recipient r has not yet done what notice n asks" (no parameters): feedback when
// the notice has a deadline, otherwise an acknowledgement.
std::string NotDoneSql(const std::string& r = "r", const std::string& n = "n");

// The columns a Notice is read from (notice_repository), over kNoticeFrom.
inline constexpr const char* kNoticeColumns =
    "n.id, n.title, n.body, n.required_actions, n.document_number, n.urgency, "
    "n.feedback_deadline, n.status, "
    "n.sender_agency_id, sa.name AS sender_agency_name, sa.region_code AS sender_region_code, "
    "n.sender_user_id, su.display_name AS sender_user_name, n.parent_notice_id, "
    "n.parent_recipient_id, n.recipients_json, n.created_at, n.updated_at, n.sent_at";
inline constexpr const char* kNoticeFrom =
    " FROM notices n JOIN agencies sa ON sa.id = n.sender_agency_id "
    "JOIN users su ON su.id = n.sender_user_id";

// The columns a Recipient `r` is read from, with kRecipientJoins (plus n.feedback_deadline).
inline constexpr const char* kRecipientColumns =
    "r.id, r.notice_id, r.recipient_kind, r.agency_id, r.enterprise_id, "
    "COALESCE(ra.name, re.name) AS recipient_name, "
    "COALESCE(ra.region_code, re.region_code) AS recipient_region_code, r.read_at, "
    "r.acknowledged_at, r.feedback_at, r.feedback_text, r.reminded_count, r.last_reminded_at";
inline constexpr const char* kRecipientJoins =
    " LEFT JOIN agencies ra ON ra.id = r.agency_id "
    "LEFT JOIN enterprises re ON re.id = r.enterprise_id";

}  // namespace anjian::notices
