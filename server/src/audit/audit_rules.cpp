#include "audit/audit_rules.hpp"

namespace anjian::audit {

std::string CanonicalPayload(int64_t id, const std::string& at, std::optional<int64_t> actor_id,
                             const std::string& actor_name, const std::string& ip,
                             const std::string& action, const std::string& entity,
                             const std::string& entity_id, const std::string& before_json,
                             const std::string& after_json) {
  // Unit separators keep field boundaries unambiguous whatever the field contents are.
  std::string p;
  auto add = [&](const std::string& s) {
    p += s;
    p += '\x1f';
  };
  add(std::to_string(id));
  add(at);
  add(actor_id ? std::to_string(*actor_id) : "");
  add(actor_name);
  add(ip);
  add(action);
  add(entity);
  add(entity_id);
  add(before_json);
  add(after_json);
  return p;
}

}  // namespace anjian::audit
