#include "registry/query_filter.hpp"

#include <stdexcept>

#include "core/core_errors.hpp"
#include "platform/api/json.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::registry {

std::string QueryFilter::Text(const char* key, size_t max_chars) {
  auto it = query_.find(key);
  if (it == query_.end()) return "";
  std::string v = api::Trim(it->second);
  if (api::Utf8Length(v) > max_chars) {
    errors_.push_back(core::CoreErr("max_length").At(key, max_chars));
    return "";
  }
  return v;
}

std::string QueryFilter::OneOf(const char* key, const std::vector<std::string>& allowed) {
  std::string v = Text(key, 60);
  if (v.empty()) return v;
  for (const auto& a : allowed)
    if (a == v) return v;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  // One rule per parameter (status_invalid, kind_invalid: core's; owner_kind_invalid: the
  // registry's), each "must be one of: {0}" / "取值无效，可选：{1}": the values serve both.
  const std::string id = std::string(key) + "_invalid";
  const core::Rule* rule = FindRegistryRule(id);
  if (!rule) rule = core::FindCoreRule(id);
  if (!rule) throw std::logic_error("no catalogue rule " + id);
  errors_.push_back(rule->At(key, list, list));
  return "";
}

std::optional<int64_t> QueryFilter::Id(const char* key) {
  std::string v = Text(key, 30);
  if (v.empty()) return std::nullopt;
  if (v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos || v == "0" ||
      v[0] == '0') {
    errors_.push_back(Err("id_format").At(key));
    return std::nullopt;
  }
  return std::stoll(v);
}

std::string QueryFilter::Date(const char* key) {
  std::string v = Text(key, 30);
  if (v.empty()) return v;
  if (!IsIsoDate(v)) {
    errors_.push_back(Err("date_format").At(key));
    return "";
  }
  return v;
}

void QueryFilter::Finish() {
  if (!errors_.empty()) throw ApiException{Error::Validation(std::move(errors_))};
}

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  if (y < 1970 || m < 1 || m > 12 || d < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= max;
}

}  // namespace anjian::registry
