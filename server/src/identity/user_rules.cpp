#include "identity/user_rules.hpp"

namespace anjian::identity {

bool IsValidUsername(std::string_view username) {
  if (username.size() < 3 || username.size() > 32) return false;
  for (char c : username) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool IsValidEmail(std::string_view email) {
  const auto at = email.find('@');
  return at != std::string_view::npos && at > 0 && at + 1 < email.size() &&
         email.find('@', at + 1) == std::string_view::npos &&
         email.find_first_of(" \t\r\n<>,;\"") == std::string_view::npos;
}

}  // namespace anjian::identity
