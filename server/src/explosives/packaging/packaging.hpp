// Packaging (包装): a case (箱) holds boxes (盒), a box holds detonator codes. Registered once;
// afterwards scanning a case or box code in voucher entry or a stocktake stands for every code
// inside it. Expansion looks packages up across enterprises (a seller scans the producer's case).
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "audit/audit_service.hpp"
#include "explosives/voucher/code_set_rules.hpp"
#include "explosives/voucher/voucher_kind_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::ledger {

struct BoxInput {
  std::string box_code;
  std::vector<std::string> codes;
};
struct PackagingInput {
  std::string case_code;  // empty: loose boxes
  std::string product_id;
  std::vector<BoxInput> boxes;
};

// Validates (422 with every violation: package_code_invalid, package_exists, code_invalid,
// code_packaged, code_duplicate, product_unknown) and registers inside the caller's transaction
// with its audit entry. Returns the case (or the first box) as GetPackage shows it.
std::string RegisterPackaging(storage::Connection& conn, int64_t enterprise_id,
                              const PackagingInput& in, int64_t user_id,
                              const audit::Actor& actor);

// {"code","kind","case_code","product_id","code_count","enterprise_id","enterprise_name",
//  "boxes":[{"code","code_count"}] (a case), "codes":[...] (every code inside)}.
std::optional<boost::json::object> GetPackage(storage::Connection& conn, const api::Scope& scope,
                                              const std::string& code);

// The codes inside each of `tokens` that is a package code (case → all its boxes' codes).
std::map<std::string, std::vector<std::string>> PackageContents(
    storage::Connection& conn, const std::vector<std::string>& tokens);

// Replaces package codes on the voucher's lines by the codes inside them; a line whose
// quantity was the number of tokens scanned gets the number of codes instead.
void ExpandVoucherPackages(storage::Connection& conn, domain::explosives::Voucher& v);
// Replaces package codes among the counted codes (only non-GA 441 codes can be packages).
void ExpandCountedPackages(storage::Connection& conn, domain::explosives::CodeSet& counted,
                           std::size_t& scans);

}  // namespace anjian::ledger
