// The hash chain of the audit log, as pure functions: the canonical text an entry's hash
// covers. (The chain hash itself is core/hash_chain.hpp.)
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace anjian::audit {

// The canonical text that an entry's hash covers: every field, each followed by a unit
// separator (0x1F), so field boundaries stay unambiguous whatever the fields contain.
std::string CanonicalPayload(int64_t id, const std::string& at, std::optional<int64_t> actor_id,
                             const std::string& actor_name, const std::string& ip,
                             const std::string& action, const std::string& entity,
                             const std::string& entity_id, const std::string& before_json,
                             const std::string& after_json);

}  // namespace anjian::audit
