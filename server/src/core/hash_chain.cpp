#include "core/hash_chain.hpp"

#include <sodium.h>

#include <stdexcept>

namespace anjian::core {
namespace {

void EnsureSodium() {
  // Function-local static: initialised once, thread-safe (C++11 magic statics).
  static const bool kReady = sodium_init() >= 0;
  if (!kReady) throw std::runtime_error("libsodium initialisation failed");
}

}  // namespace

std::string Sha256Hex(std::string_view data) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()),
                     static_cast<unsigned long long>(data.size()));
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex, crypto_hash_sha256_BYTES * 2);
}

std::string ChainHash(std::string_view prev_hash_hex, std::string_view payload) {
  std::string buffer;
  buffer.reserve(prev_hash_hex.size() + 1 + payload.size());
  buffer.append(prev_hash_hex);
  buffer.push_back('\n');
  buffer.append(payload);
  return Sha256Hex(buffer);
}

const std::string& GenesisHash() {
  static const std::string kGenesis(64, '0');
  return kGenesis;
}

std::optional<std::int64_t> FirstBrokenEntry(const std::vector<ChainEntry>& entries,
                                             std::string_view expected_first_prev) {
  std::string_view prev = expected_first_prev;
  for (const auto& entry : entries) {
    if (entry.prev_hash != prev || ChainHash(entry.prev_hash, entry.payload) != entry.hash) {
      return entry.id;
    }
    prev = entry.hash;
  }
  return std::nullopt;
}

}  // namespace anjian::core
