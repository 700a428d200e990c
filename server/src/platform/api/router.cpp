#include "platform/api/router.hpp"

#include "platform/storage/cluster.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <chrono>
#include <stdexcept>
#include <sstream>

#include "identity/roles_rules.hpp"
#include "identity/session_service.hpp"
#include "platform/api/api_errors.hpp"

namespace anjian::api {
namespace {

std::vector<std::string> Split(std::string_view path) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < path.size()) {
    while (i < path.size() && path[i] == '/') ++i;
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) out.emplace_back(path.substr(i, j - i));
    i = j;
  }
  return out;
}

bool IsPlaceholder(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

void Observe(RouteMetrics& m, int status, double seconds) {
  m.count.fetch_add(1, std::memory_order_relaxed);
  if (status >= 500) m.errors.fetch_add(1, std::memory_order_relaxed);
  else if (status >= 400) m.client_errors.fetch_add(1, std::memory_order_relaxed);
  m.sum_us.fetch_add(static_cast<uint64_t>(seconds * 1e6), std::memory_order_relaxed);
  for (size_t i = 0; i < RouteMetrics::kBuckets.size(); ++i)
    if (seconds <= RouteMetrics::kBuckets[i]) {
      m.buckets[i].fetch_add(1, std::memory_order_relaxed);
      break;
    }
}

// What an account that must change its password may still call: the change-password page
// shows who is signed in, changes the password, or signs out. Everything else answers 403.
bool AllowedBeforePasswordChange(const Route& r) {
  return (r.method == "POST" && r.pattern == "/api/v1/auth/password") ||
         (r.method == "POST" && r.pattern == "/api/v1/auth/logout") ||
         (r.method == "GET" && r.pattern == "/api/v1/auth/me");
}

}  // namespace

std::string AnyOf(std::initializer_list<std::string_view> permissions) {
  std::string out;
  for (auto p : permissions) {
    if (!out.empty()) out += '|';
    out += p;
  }
  return out;
}

std::vector<std::string> PermissionsOf(const std::string& declared) {
  if (declared == kPublic || declared == kAuthenticated) return {};
  std::vector<std::string> out;
  for (size_t start = 0;;) {
    const size_t bar = declared.find('|', start);
    out.push_back(declared.substr(start, bar - start));
    if (bar == std::string::npos) return out;
    start = bar + 1;
  }
}

bool Permits(const std::string& declared, const std::set<std::string>& held) {
  if (declared == kPublic || declared == kAuthenticated) return true;
  if (declared.find('|') == std::string::npos) return held.count(declared) > 0;  // no copy
  for (const auto& p : PermissionsOf(declared))
    if (held.count(p)) return true;
  return false;
}

void Router::Add(std::string method, std::string pattern, std::string permission,
                 Handler handler) {
  auto r = std::make_unique<Route>();
  r->method = std::move(method);
  r->segments = Split(pattern);
  if (r->segments.size() > 32) throw std::logic_error("route with more than 32 segments: " + pattern);
  r->pattern = std::move(pattern);
  r->permission = std::move(permission);
  r->handler = std::move(handler);
  const size_t n = r->segments.size();
  if (index_.size() <= n) index_.resize(n + 1);
  const size_t position = routes_.size();
  if (n > kKeySegment && !IsPlaceholder(r->segments[kKeySegment]))
    index_[n].by_key[r->segments[kKeySegment]].push_back(position);
  else
    index_[n].others.push_back(position);
  routes_.push_back(std::move(r));
}

Route* Router::Match(Request& req, bool* method_mismatch) {
  // The path's segments as views into req.path: no copies while scanning the table; only the
  // chosen route's placeholders are copied into req.path_params.
  constexpr size_t kMaxSegments = 32;  // no route has more (Add checks); longer paths match none
  std::array<std::string_view, kMaxSegments> segs;
  size_t n = 0;
  {
    std::string_view path = req.path;
    size_t i = 0;
    while (i < path.size()) {
      while (i < path.size() && path[i] == '/') ++i;
      size_t j = path.find('/', i);
      if (j == std::string_view::npos) j = path.size();
      if (j > i) {
        if (n == kMaxSegments) return nullptr;
        segs[n++] = path.substr(i, j - i);
      }
      i = j;
    }
  }
  Route* best = nullptr;
  int best_literals = -1;
  auto consider = [&](Route& r) {
    int literals = 0;
    for (size_t i = 0; i < n; ++i) {
      const std::string& s = r.segments[i];
      if (IsPlaceholder(s)) continue;
      if (s != segs[i]) return;
      ++literals;
    }
    if (r.method != req.method) {
      *method_mismatch = true;
      return;
    }
    // Literal segments win over placeholders: /enterprises/export beats /enterprises/{id}.
    if (literals > best_literals) {
      best = &r;
      best_literals = literals;
    }
  };
  if (n < index_.size()) {
    // The routes that may match, in table order: those keyed by this path's segment
    // kKeySegment merged with the unkeyed ones (same outcome as scanning the whole table).
    static const std::vector<size_t> kNone;
    const Bucket& bucket = index_[n];
    const std::vector<size_t>* keyed = &kNone;
    if (n > kKeySegment) {
      auto it = bucket.by_key.find(segs[kKeySegment]);
      if (it != bucket.by_key.end()) keyed = &it->second;
    }
    size_t a = 0, b = 0;
    while (a < keyed->size() || b < bucket.others.size()) {
      size_t next;
      if (b == bucket.others.size() || (a < keyed->size() && (*keyed)[a] < bucket.others[b]))
        next = (*keyed)[a++];
      else
        next = bucket.others[b++];
      consider(*routes_[next]);
    }
  }
  if (best) {
    req.path_params.clear();
    for (size_t i = 0; i < n; ++i)
      if (IsPlaceholder(best->segments[i])) req.path_params.emplace_back(segs[i]);
  }
  return best;
}

Response Router::Handle(Request& req, Services& svc) {
  auto start = std::chrono::steady_clock::now();
  bool method_mismatch = false;
  Route* route = Match(req, &method_mismatch);
  Response resp;
  if (!route) {
    resp = method_mismatch
               ? ErrorResponse(Err("method_not_allowed").WithCode(ErrorCode::kMethodNotAllowed))
               : ErrorResponse(Error::NotFound("route"));
    Observe(unmatched_, resp.status,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    return resp;
  }
  try {
    Principal principal;
    Context ctx{req, svc, nullptr};
    if (route->permission != kPublic) {
      auto auth = svc.sessions->Authenticate(req);
      if (!auth)
        throw ApiException{Err("authentication_required").WithCode(ErrorCode::kUnauthenticated)};
      principal = std::move(*auth);
      ctx.principal = &principal;
      if (principal.via_cookie && req.method != "GET" && req.method != "HEAD" &&
          req.Header("x-csrf-token") != principal.csrf_token)
        throw ApiException{Err("csrf_token_invalid").Forbidden()};
      if (principal.must_change_password && !AllowedBeforePasswordChange(*route)) {
        Error e = Err("password_change_required").Forbidden();
        e.errors.push_back(Err("password_change_required").At(""));
        throw ApiException{std::move(e)};
      }
      if (!Permits(route->permission, principal.permissions)) {
        std::string en, zh;
        // The Chinese message names the permission as the role editor shows it (「查看事故和险情信息」),
        // the English one keeps the id a client can act on.
        for (const auto& p : PermissionsOf(route->permission)) {
          en += (en.empty() ? "" : " or ") + p;
          const auto* def = identity::FindPermission(p);
          zh += (zh.empty() ? "" : " 或 ") + (def ? "「" + std::string(def->label_zh) + "」" : p);
        }
        throw ApiException{Err("permission_required").Forbidden(en, zh)};
      }
    }
    resp = route->handler(ctx);
  } catch (const ApiException& e) {
    resp = ErrorResponse(e.error);
  } catch (const storage::ConnectionLost& e) {
    // Issue 16: a dead database (fail-over under way) is retryable: 503 + Retry-After, never 500.
    spdlog::warn("{} {}: {}", req.method, req.path, e.what());
    boost::json::value body = ErrorJson(Err("database_unavailable").WithCode(ErrorCode::kInternal));
    body.as_object()["code"] = "unavailable";
    resp = JsonResponse(body, 503);
    resp.headers.emplace_back("Retry-After", "1");
  } catch (const storage::ConstraintError& e) {
    Error conflict = Err("constraint_conflict").Conflict();
    conflict.message += ": " + std::string(e.what());  // the database's words, English only
    resp = ErrorResponse(conflict);
  } catch (const std::exception& e) {
    spdlog::error("{} {} failed: {}", req.method, req.path, e.what());
    resp = ErrorResponse(Err("internal_error").WithCode(ErrorCode::kInternal));
  }
  Observe(*route->metrics, resp.status,
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return resp;
}

std::string Router::MetricsText() const {
  std::ostringstream out;
  out << "# HELP anjian_http_requests_total HTTP requests by route and outcome.\n"
         "# TYPE anjian_http_requests_total counter\n";
  auto emit_counts = [&](const std::string& method, const std::string& route, const RouteMetrics& m) {
    uint64_t total = m.count.load(), e5 = m.errors.load(), e4 = m.client_errors.load();
    std::string labels = "method=\"" + method + "\",route=\"" + route + "\"";
    out << "anjian_http_requests_total{" << labels << ",class=\"2xx\"} " << (total - e5 - e4) << "\n";
    out << "anjian_http_requests_total{" << labels << ",class=\"4xx\"} " << e4 << "\n";
    out << "anjian_http_requests_total{" << labels << ",class=\"5xx\"} " << e5 << "\n";
  };
  for (auto& r : routes_) emit_counts(r->method, r->pattern, *r->metrics);
  emit_counts("ANY", "unmatched", unmatched_);
  out << "# HELP anjian_http_request_duration_seconds Request latency by route.\n"
         "# TYPE anjian_http_request_duration_seconds histogram\n";
  for (auto& r : routes_) {
    const RouteMetrics& m = *r->metrics;
    std::string labels = "method=\"" + r->method + "\",route=\"" + r->pattern + "\"";
    uint64_t cum = 0;
    for (size_t i = 0; i < RouteMetrics::kBuckets.size(); ++i) {
      cum += m.buckets[i].load();
      out << "anjian_http_request_duration_seconds_bucket{" << labels << ",le=\""
          << RouteMetrics::kBuckets[i] << "\"} " << cum << "\n";
    }
    out << "anjian_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} "
        << m.count.load() << "\n";
    out << "anjian_http_request_duration_seconds_sum{" << labels << "} "
        << static_cast<double>(m.sum_us.load()) / 1e6 << "\n";
    out << "anjian_http_request_duration_seconds_count{" << labels << "} " << m.count.load()
        << "\n";
  }
  return out.str();
}

int64_t Context::PathId(size_t i) const {
  if (i >= req.path_params.size()) throw ApiException{Error::NotFound()};
  const std::string& s = req.path_params[i];
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos)
    throw ApiException{Error::NotFound()};
  return std::stoll(s);
}

std::pair<int64_t, int64_t> Context::Paging(int64_t default_size) const {
  auto num = [&](const char* key, int64_t fallback, int64_t lo, int64_t hi) {
    auto v = req.Query(key);
    if (!v || v->empty()) return fallback;
    if (v->size() > 9 || v->find_first_not_of("0123456789") != std::string::npos)
      core::Invalid(Err("integer").At(key));
    int64_t n = std::stoll(*v);
    if (n < lo || n > hi)
      core::Invalid(Err("range").At(key, lo, hi));
    return n;
  };
  return {num("page", 1, 1, 1000000), num("page_size", default_size, 1, 500)};
}

}  // namespace anjian::api
