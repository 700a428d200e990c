// The SQL of Art.24 filings (tables sale_filings, purchase_filings; V003/V011): which vouchers
// each kind files, each office's latest filing joined in (one query, not one per row), and the
// filings recorded. Reads take the caller's Scope and apply it in SQL.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "explosives/filing/filing_kind.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::filing {

struct OfficeFiling {
  std::string filed_at, reference, recorded_at;
};

// A voucher the kind files, with the latest filing per office (FilingKind::offices order).
struct FilingRow {
  int64_t voucher_id = 0;
  std::string number;
  int64_t enterprise_id = 0, store_id = 0;
  std::string posted_at, enterprise_name, store_name;
  std::vector<std::optional<OfficeFiling>> filings;
  // The voucher's counterparty (voucher_counterparties): the buyer of a sale, the seller of a
  // purchase; absent for vouchers posted before it was recorded.
  struct Party {
    std::string name, uscc, licence_no, transport_licence_no;
  };
  std::optional<Party> counterparty;
  std::string products_zh;  // 品种、数量: "工业炸药 2 千克；…" (filled by the service)
};

// The list's filter: status "" (all) | pending | late | filed; `cutoff` (ISO): vouchers posted
// before it are past their deadline; `enterprise_id`: one enterprise within the scope (the
// enterprise file's ledger tab).
struct FilingFilter {
  std::string status;
  std::string cutoff;
  std::optional<int64_t> enterprise_id;
};

int64_t CountFilings(storage::Connection& conn, const api::Scope& scope, const FilingKind& kind,
                     const FilingFilter& f);
// Newest first.
std::vector<FilingRow> ListFilingRows(storage::Connection& conn, const api::Scope& scope,
                                      const FilingKind& kind, const FilingFilter& f,
                                      int64_t limit, int64_t offset);
// One voucher with its filings, unscoped (reading back what was just recorded).
std::optional<FilingRow> FindFilingRow(storage::Connection& conn, const FilingKind& kind,
                                       int64_t voucher_id);

// The voucher in the scope: its enterprise and posting time.
struct VoucherOfFiling {
  int64_t enterprise_id = 0;
  std::string posted_at;
};
std::optional<VoucherOfFiling> FindVoucher(storage::Connection& conn, const api::Scope& scope,
                                           int64_t voucher_id);
// Whether the kind files this voucher.
bool IsFiledKind(storage::Connection& conn, const FilingKind& kind, int64_t voucher_id);

void InsertFiling(storage::Connection& conn, const FilingKind& kind, int64_t voucher_id,
                  const std::string& office, const std::string& filed_at,
                  const std::string& reference, const std::string& note, int64_t by_user_id,
                  const std::string& recorded_at);

// Vouchers posted before `cutoff` not filed with every office, per store in the scope.
std::map<int64_t, int64_t> LateByStore(storage::Connection& conn, const api::Scope& scope,
                                       const FilingKind& kind, const std::string& cutoff);

}  // namespace anjian::filing
