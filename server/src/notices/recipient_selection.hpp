// Who receives a notice: explicit agencies and enterprises, plus active enterprises of chosen
// regions (subtree) and industries, plus (include_agencies) the agencies of those regions.
// Everything must lie strictly inside the sender agency's region subtree; the sender's own
// agency is never a recipient.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "notices/notice_repository.hpp"
#include "platform/storage/db.hpp"

namespace anjian::notices {

struct Selection {
  std::vector<int64_t> agency_ids;
  std::vector<int64_t> enterprise_ids;
  std::vector<std::string> region_codes;
  std::vector<std::string> industries;
  bool include_agencies = false;
  bool empty() const {
    return agency_ids.empty() && enterprise_ids.empty() && region_codes.empty();
  }
};

// Reads the "recipients" object; errors name "recipients.<key>". Ids are de-duplicated.
Selection ParseSelection(const boost::json::object& obj, std::vector<FieldError>& errors);
// The normalised form stored in notices.recipients_json.
boost::json::object SelectionJson(const Selection& s);
Selection SelectionFromStored(const std::string& recipients_json);

struct Sender {
  int64_t agency_id = 0;
  std::string region_path;  // the sender agency's
};

// Checks the selection against the sender's subtree (422 on field "recipients", rule
// recipient_out_of_scope for unknown or outside ids and regions) and returns the
// de-duplicated recipients: agencies first, then enterprises, each by region path and id.
std::vector<Target> ResolveSelection(storage::Connection& conn, const Selection& s,
                                     const Sender& sender);

}  // namespace anjian::notices
