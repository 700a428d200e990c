// The use cases of packaging (包装): registering a case and its boxes (or loose boxes), showing a
// package, and expanding scanned case and box codes into the codes inside them for vouchers and
// stocktakes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "explosives/packaging/packaging_repository.hpp"
#include "explosives/packaging/packaging_rules.hpp"
#include "explosives/voucher/code_set_rules.hpp"
#include "explosives/voucher/voucher_kind_rules.hpp"

namespace anjian::packaging {

// Validates (422 with every violation: CheckPackaging's, then package_exists and code_packaged)
// and registers in one transaction with its audit entry (409 registered_meanwhile when a
// concurrent registration took a package or code first). Returns the case (or the first box).
std::string RegisterPackaging(storage::Connection& conn, int64_t enterprise_id,
                              const PackagingInput& in, const audit::Actor& actor, int64_t now);

struct PackageView {
  PackageRow row;
  std::vector<std::pair<std::string, int64_t>> boxes;  // a case's boxes and their code counts
  std::vector<std::string> codes;                      // every code inside
};
std::optional<PackageView> FindPackageView(storage::Connection& conn, const api::Scope& scope,
                                           const std::string& code);

// The codes inside each of `tokens` that is a package code (case → all its boxes' codes).
std::map<std::string, std::vector<std::string>> PackageContents(
    storage::Connection& conn, const std::vector<std::string>& tokens);

// Replaces package codes on the voucher's lines by the codes inside them; a line whose
// quantity was the number of tokens scanned gets the number of codes instead.
void ExpandVoucherPackages(storage::Connection& conn, voucher::Voucher& v);
// Replaces package codes among the counted codes (only non-GA 441 codes can be packages).
void ExpandCountedPackages(storage::Connection& conn, voucher::CodeSet& counted,
                           std::size_t& scans);

}  // namespace anjian::packaging
