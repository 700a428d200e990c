// Art.24 filings (销售备案, 购买备案): the scoped lists of the vouchers each kind files with their
// status (pending, late, filed, filed late), and recording a filing with its audit entry.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/audit_service.hpp"
#include "core/civil_date.hpp"
#include "core/error.hpp"
#include "explosives/filing/filing_repository.hpp"

namespace anjian::filing {

struct FilingItem {
  FilingRow row;
  FilingStatus status = FilingStatus::kPending;
  std::string deadline;  // ISO instant: 24:00 China time of the last day (民法典 art. 201, 203)
  core::Date last_day;   // the period's last day, China calendar
  core::Date nominal_last_day;  // art. 201's last day, before a move off rest days (art. 203)
  bool deadline_moved = false;  // last_day != nominal_last_day
  bool late = false;     // late or filed late
};

// status: "" | pending | late | filed (checked by the caller); `enterprise_id`: one enterprise
// within the scope, or all.
std::pair<std::vector<FilingItem>, int64_t> ListFilings(
    storage::Connection& conn, const api::Scope& scope, const FilingKind& kind,
    const std::string& status, std::optional<int64_t> enterprise_id, int64_t limit,
    int64_t offset, int64_t now);

// The refusals a filing of the voucher gets beyond its own fields: 404 voucher unless it is in
// the scope and the enterprise's own; the voucher is not one the kind files; filed (Unix
// seconds, 0 = not given) earlier than the voucher's posting.
std::vector<FieldError> CheckFiling(storage::Connection& conn, const api::Scope& scope,
                                    const FilingKind& kind, int64_t voucher_id,
                                    int64_t enterprise_id, int64_t filed);

struct FilingInput {
  int64_t voucher_id = 0;
  std::string office;  // one of the kind's offices
  int64_t filed = 0;   // Unix seconds
  std::string reference, note;
  int64_t user_id = 0;
};
// Appends the filing with its audit entry in one transaction (after CheckFiling); returns the
// voucher's item as the list shows it.
FilingItem RecordFiling(storage::Connection& conn, const FilingKind& kind, const FilingInput& in,
                        const audit::Actor& actor, int64_t now);

// Late filings (deadline passed, not filed with every office) per store in the scope.
std::map<int64_t, int64_t> LateFilingsByStore(storage::Connection& conn, const api::Scope& scope,
                                              const FilingKind& kind, int64_t now);

}  // namespace anjian::filing
