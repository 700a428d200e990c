// argon2id password hashing (libsodium) and random tokens.
#pragma once

#include <string>
#include <string_view>

namespace anjian::identity {

std::string HashPassword(std::string_view password);
bool VerifyPassword(std::string_view hash, std::string_view password);
std::string RandomToken(size_t bytes = 32);  // hex

}  // namespace anjian::identity
