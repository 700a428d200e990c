// The route table. Every route declares what it needs — "public", any signed-in user
// ("auth"), one permission, or any one of several (AnyOf) — and Router::Handle enforces it in
// this one place, along with session lookup, CSRF for cookie sessions, error mapping and
// per-route metrics.
#pragma once

#include <array>
#include <atomic>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "platform/api/context.hpp"

namespace anjian::api {

inline constexpr const char* kPublic = "public";
inline constexpr const char* kAuthenticated = "auth";

// A declaration open to holders of any one of `permissions`: "user:manage|role:manage".
std::string AnyOf(std::initializer_list<std::string_view> permissions);
// The permissions a declaration names: one, or the alternatives of AnyOf; none for kPublic
// and kAuthenticated.
std::vector<std::string> PermissionsOf(const std::string& declared);
// True when `held` satisfies the declaration (kPublic and kAuthenticated: always). The router
// and route_matrix_test decide with this one function.
bool Permits(const std::string& declared, const std::set<std::string>& held);

struct RouteMetrics {
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1,    2.5};
  std::atomic<uint64_t> count{0};
  std::atomic<uint64_t> errors{0};  // 5xx
  std::atomic<uint64_t> client_errors{0};
  std::atomic<uint64_t> sum_us{0};
  std::array<std::atomic<uint64_t>, kBuckets.size()> buckets{};
};

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/enterprises/{id}"
  std::string permission;  // kPublic, kAuthenticated, a permission or AnyOf(...)
  Handler handler;
  std::vector<std::string> segments;
  std::unique_ptr<RouteMetrics> metrics = std::make_unique<RouteMetrics>();
};

class Router {
 public:
  void Add(std::string method, std::string pattern, std::string permission, Handler handler);
  // Never throws: every failure becomes an error response.
  Response Handle(Request& req, Services& svc);
  const std::vector<std::unique_ptr<Route>>& routes() const { return routes_; }
  std::string MetricsText() const;

 private:
  Route* Match(Request& req, bool* method_mismatch);

  std::vector<std::unique_ptr<Route>> routes_;
  // Match's index, so a request is compared with the few routes that can match it rather than
  // with all of them: per segment count, the positions in routes_ of the routes whose segment
  // kKeySegment ("/api/v1/<resource>/…") is that literal, and of the others (placeholder
  // there, or fewer segments). Both lists ascend, so Match visits candidates in table order.
  static constexpr size_t kKeySegment = 2;
  struct Bucket {
    std::map<std::string, std::vector<size_t>, std::less<>> by_key;
    std::vector<size_t> others;
  };
  std::vector<Bucket> index_;
  RouteMetrics unmatched_;
};

// Registers every route of the application (defined in routes.cpp).
void RegisterAllRoutes(Router& router);

}  // namespace anjian::api
