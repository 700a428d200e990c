// The per-enterprise hash chain over posted vouchers: each voucher's hash covers the previous
// one's, so editing, deleting or reordering a posted voucher (the books are append-only) breaks
// every later link, and `anjian ledger verify` names the first bad voucher.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "explosives/voucher/voucher_kind_rules.hpp"

namespace anjian::voucher {

// A voucher as posted: what the chain protects.
struct PostedVoucher {
  std::int64_t id = 0;
  std::int64_t enterprise_id = 0;
  std::string number;     // the voucher number shown to users
  std::string posted_at;  // UTC, ISO 8601 as stored (e.g. 2025-03-01T08:15:30.123Z)
  std::int64_t storekeeper_id = 0;      // two-person custody: both people are recorded
  std::int64_t second_person_id = 0;
  std::optional<std::int64_t> reverses;  // id of the voucher this one reverses
  Voucher voucher;
};

// Canonical text: compact JSON with a fixed key order, quantities as integer thousandths (no
// floating point), codes sorted within each line (so the order the database returns them in
// does not matter), lines in their voucher order. Starts with {"v":1 so the format can evolve.
std::string CanonicalVoucherText(const PostedVoucher& posted);

// ChainHash(prev_hash, CanonicalVoucherText(posted)).
std::string VoucherChainHash(std::string_view prev_hash, const PostedVoucher& posted);

struct ChainedVoucher {
  PostedVoucher posted;
  std::string prev_hash, hash;
};

// Id of the first voucher whose link or hash does not verify (see FirstBrokenEntry), nullopt
// when the chain is intact. Pass GenesisHash() to verify from the start of the ledger.
std::optional<std::int64_t> FirstBrokenVoucher(const std::vector<ChainedVoucher>& chain,
                                               std::string_view expected_first_prev);

}  // namespace anjian::voucher
