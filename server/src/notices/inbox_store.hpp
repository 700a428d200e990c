// The receiving side (收文): notice_recipients rows that belong to the caller's agency or
// enterprise. Someone else's row answers 404 exactly like a missing one.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::notices {

struct InboxFilter {
  std::string status;  // a recipient status value or ""
  std::string q;       // title fragment
};
InboxFilter ParseInboxFilter(const std::unordered_map<std::string, std::string>& query);

struct InboxPage {
  std::vector<boost::json::object> items;  // Recipient + "notice" summary
  int64_t total = 0;
};
InboxPage ListInbox(storage::Connection& conn, const api::Principal& p, const InboxFilter& f,
                    int64_t limit, int64_t offset, const std::string& today);

struct OwnRecipient {
  boost::json::object json;  // Recipient with feedback_attachments
  int64_t notice_id = 0;
  std::string kind;
  std::string notice_status;
  bool read = false, acknowledged = false, feedback = false;
};
std::optional<OwnRecipient> GetOwnRecipient(storage::Connection& conn, const api::Principal& p,
                                            int64_t recipient_id, const std::string& today);

}  // namespace anjian::notices
