// Tamper-evident audit log: each entry's hash covers the previous entry's hash, so deleting or
// editing any row breaks every later link (等保: audit records must not be silently altered).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anjian::core {

// Lower-case hex SHA-256 (libsodium crypto_hash_sha256).
std::string Sha256Hex(std::string_view data);

// Sha256Hex(prev_hash_hex + "\n" + payload). The separator keeps (prev, payload) pairs from
// colliding by shifting characters between them.
std::string ChainHash(std::string_view prev_hash_hex, std::string_view payload);

// prev_hash of the very first entry: 64 zeros.
const std::string& GenesisHash();

struct ChainEntry {
  std::int64_t id;
  std::string payload, prev_hash, hash;
};

// Id of the first entry whose prev_hash differs from the preceding entry's hash (or from
// expected_first_prev for the first entry) or whose hash does not recompute; nullopt when the
// whole chain verifies. expected_first_prev lets a verifier check a page that continues an
// already verified prefix.
std::optional<std::int64_t> FirstBrokenEntry(const std::vector<ChainEntry>& entries,
                                             std::string_view expected_first_prev);

}  // namespace anjian::core
