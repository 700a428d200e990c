// An optional value as an SQL parameter: absent binds NULL.
#pragma once

#include <optional>

#include "platform/storage/db.hpp"

namespace anjian::storage {

template <typename T>
Value Nullable(const std::optional<T>& v) {
  return v ? Value(*v) : Value(nullptr);
}

}  // namespace anjian::storage
