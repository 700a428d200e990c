#include "platform/http/server.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <set>
#include <thread>
#include <unordered_map>

#include "identity/session_service.hpp"
#include "platform/storage/cluster.hpp"
#include "platform/http/static_files.hpp"
#include "explosives/voucher/stock_code_index.hpp"

namespace anjian::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;

namespace {

constexpr auto kBodyTimeout = std::chrono::seconds(120);
constexpr auto kIdleKeepAlive = std::chrono::seconds(60);
constexpr size_t kHeaderLimit = 16 * 1024;  // request line + header fields
constexpr size_t kTargetLimit = 8 * 1024;   // request target (URI)

// Requests refused before dispatch: answered, then the connection is closed.
enum class Refusal { kBadRequest, kUriTooLong, kHeaderTooLarge, kBodyTooLarge };

bhttp::response<bhttp::string_body> RefusalResponse(Refusal r) {
  bhttp::status status = bhttp::status::bad_request;
  const char* body = R"j({"code":"bad_request","message":"malformed HTTP request","message_zh":"请求格式错误","errors":[]})j";
  switch (r) {
    case Refusal::kBadRequest:
      break;
    case Refusal::kUriTooLong:
      status = bhttp::status::uri_too_long;
      body = R"j({"code":"uri_too_long","message":"request URI too long (at most 8192 bytes)","message_zh":"请求地址过长（最多 8192 字节）","errors":[]})j";
      break;
    case Refusal::kHeaderTooLarge:
      status = bhttp::status::request_header_fields_too_large;
      body = R"j({"code":"header_too_large","message":"request header fields too large (at most 16 KiB)","message_zh":"请求头过大（最多 16 KiB）","errors":[]})j";
      break;
    case Refusal::kBodyTooLarge:
      status = bhttp::status::payload_too_large;
      body = R"j({"code":"payload_too_large","message":"request body too large","message_zh":"请求体过大","errors":[]})j";
      break;
  }
  bhttp::response<bhttp::string_body> res{status, 11};
  res.set(bhttp::field::content_type, "application/json");
  res.body() = body;
  res.keep_alive(false);
  res.prepare_payload();
  return res;
}

// After an answer to a request that was not read to its end: stop sending, then read and drop
// what the client still sends (briefly, boundedly), so closing with unread data does not reset
// the connection before the client has read the answer.
awaitable<void> LingeringClose(beast::tcp_stream& stream) {
  beast::error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  stream.expires_after(std::chrono::seconds(2));
  char scratch[16384];
  size_t drained = 0;
  while (drained < (1u << 20)) {
    size_t n = co_await stream.async_read_some(asio::buffer(scratch),
                                               asio::redirect_error(use_awaitable, ec));
    if (ec) break;
    drained += n;
  }
}

// "127.0.0.1:9100", "[::1]:9100" or "0.0.0.0:9100".
tcp::endpoint ParseListenAddress(const std::string& text) {
  const size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
    throw std::runtime_error("--metrics-listen: expected ADDRESS:PORT, got \"" + text + "\"");
  std::string host = text.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string port_text = text.substr(colon + 1);
  if (port_text.find_first_not_of("0123456789") != std::string::npos || port_text.size() > 5 ||
      std::stoi(port_text) < 1 || std::stoi(port_text) > 65535)
    throw std::runtime_error("--metrics-listen: bad port in \"" + text + "\"");
  beast::error_code ec;
  auto addr = asio::ip::make_address(host, ec);
  if (ec) throw std::runtime_error("--metrics-listen: bad address in \"" + text + "\"");
  return {addr, static_cast<unsigned short>(std::stoi(port_text))};
}

// Sends a complete response as bhttp::async_write does — status line, header fields, blank
// line, body; byte for byte the same — but as one gather write of two buffers (the header text
// and the body, which is not copied) instead of through the serializer's buffer-sequence
// iteration, which the profile showed on every request.
awaitable<void> WriteResponse(beast::tcp_stream& stream,
                              bhttp::response<bhttp::string_body>& res) {
  if (res.chunked()) {  // never set by Dispatch; kept correct all the same
    co_await bhttp::async_write(stream, res, use_awaitable);
    co_return;
  }
  const unsigned version = res.version();
  const unsigned code = res.result_int();
  std::string_view reason = res.reason();
  if (reason.empty()) reason = bhttp::obsolete_reason(res.result());
  std::string head;
  head.reserve(640);
  const char status_line[13] = {'H', 'T', 'T', 'P', '/',
                                static_cast<char>('0' + version / 10), '.',
                                static_cast<char>('0' + version % 10), ' ',
                                static_cast<char>('0' + code / 100),
                                static_cast<char>('0' + (code / 10) % 10),
                                static_cast<char>('0' + code % 10), ' '};
  head.append(status_line, sizeof status_line);
  head += reason;
  head += "\r\n";
  for (const auto& f : res) {
    head += f.name_string();
    head += ": ";
    head += f.value();
    head += "\r\n";
  }
  head += "\r\n";
  const std::array<asio::const_buffer, 2> buffers{asio::buffer(head), asio::buffer(res.body())};
  co_await asio::async_write(stream, buffers, use_awaitable);
}

void AddSecurityHeaders(bhttp::fields& f, bool api) {
  f.set("X-Content-Type-Options", "nosniff");
  f.set("X-Frame-Options", "DENY");
  f.set("Referrer-Policy", "no-referrer");
  f.set("Content-Security-Policy",
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
        "script-src 'self'; connect-src 'self' ws: wss:; font-src 'self' data:; "
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
  if (api) f.set(bhttp::field::cache_control, "no-store");
}

// One user's open sockets receive pushes through their own write queues.
class WsSession;

class Hub : public api::Notifier {
 public:
  void Add(int64_t user, std::shared_ptr<WsSession> s) {
    std::lock_guard lock(mu_);
    by_user_[user].insert(s);
  }
  void Remove(int64_t user, const std::shared_ptr<WsSession>& s) {
    std::lock_guard lock(mu_);
    auto it = by_user_.find(user);
    if (it == by_user_.end()) return;
    it->second.erase(s);
    if (it->second.empty()) by_user_.erase(it);
  }
  void Push(int64_t user_id, std::string text) override;

 private:
  std::mutex mu_;
  std::unordered_map<int64_t, std::set<std::shared_ptr<WsSession>>> by_user_;
};

class WsSession : public std::enable_shared_from_this<WsSession> {
 public:
  WsSession(websocket::stream<beast::tcp_stream> ws) : ws_(std::move(ws)) {}

  void Send(std::string text) {
    asio::post(ws_.get_executor(), [self = shared_from_this(), t = std::move(text)]() mutable {
      self->queue_.push_back(std::move(t));
      if (self->queue_.size() == 1) self->WriteNext();
    });
  }

  awaitable<void> ReadLoop() {
    beast::flat_buffer buf;
    for (;;) {
      buf.clear();
      co_await ws_.async_read(buf, use_awaitable);  // clients only send keep-alives
    }
  }

  websocket::stream<beast::tcp_stream>& ws() { return ws_; }

 private:
  void WriteNext() {
    if (queue_.size() > 256) {  // a client that does not read loses old messages, not memory
      queue_.erase(queue_.begin(), queue_.begin() + static_cast<long>(queue_.size() - 256));
    }
    ws_.text(true);
    ws_.async_write(asio::buffer(queue_.front()),
                    [self = shared_from_this()](beast::error_code ec, size_t) {
                      if (ec) return;
                      self->queue_.pop_front();
                      if (!self->queue_.empty()) self->WriteNext();
                    });
  }

  websocket::stream<beast::tcp_stream> ws_;
  std::deque<std::string> queue_;
};

void Hub::Push(int64_t user_id, std::string text) {
  std::vector<std::shared_ptr<WsSession>> targets;
  {
    std::lock_guard lock(mu_);
    auto it = by_user_.find(user_id);
    if (it == by_user_.end()) return;
    targets.assign(it->second.begin(), it->second.end());
  }
  for (auto& s : targets) s->Send(text);
}

}  // namespace

struct Server::Impl {
  api::Services& svc;
  api::Router& router;
  asio::io_context ioc;
  Hub hub;
  std::atomic<int> in_flight{0};
  std::atomic<bool> draining{false};
  std::unique_ptr<tcp::acceptor> acceptor;
  std::unique_ptr<tcp::acceptor> metrics_acceptor;  // --metrics-listen: /metrics and /healthz only
  asio::thread_pool blocking_pool;
  const StaticRoot static_root;  // canonicalised once, at start-up

  Impl(api::Services& s, api::Router& r)
      : svc(s),
        router(r),
        blocking_pool(static_cast<size_t>(std::max(2, s.config.blocking_threads))),
        static_root(s.config.web_root) {}

  static bool MayBlock(const bhttp::request<bhttp::string_body>& req) {
    if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) return true;
    std::string_view t = req.target();
    t = t.substr(0, t.find('?'));
    return t.ends_with("/export") || t.ends_with("/import-template") ||
           t.rfind("/api/v1/files/", 0) == 0 || t.ends_with("/verify") ||
           t.rfind("/api/v1/enterprises/import-reports/", 0) == 0;
  }

  // Takes the body over rather than copying it: an upload is held once, not twice.
  api::Request ToRequest(bhttp::request<bhttp::string_body>& req, const std::string& ip) {
    api::Request r;
    r.method = std::string(req.method_string());
    std::string_view target = req.target();
    size_t q = target.find('?');
    r.path = api::PercentDecode(target.substr(0, q), false);
    if (q != std::string_view::npos) r.query = api::ParseQuery(target.substr(q + 1));
    for (const auto& f : req) {
      std::string name(f.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      r.headers[name] = std::string(f.value());
    }
    r.body = std::move(req.body());
    r.remote_ip = ip;
    return r;
  }

  // The web UI's files; which file a path may read is decided in static_files.cpp.
  bhttp::response<bhttp::string_body> ServeStatic(std::string_view path, unsigned version) {
    StaticResult r = static_root.Serve(path);
    bhttp::response<bhttp::string_body> res{static_cast<bhttp::status>(r.status), version};
    res.set(bhttp::field::content_type, r.content_type);
    if (!r.cache_control.empty()) res.set(bhttp::field::cache_control, r.cache_control);
    res.body() = std::move(r.body);
    AddSecurityHeaders(res, false);
    res.prepare_payload();
    return res;
  }

  // /metrics: always on the metrics listener; on the public one only with the bearer token.
  bool MetricsAllowed(const bhttp::request<bhttp::string_body>& req, bool metrics_listener) const {
    if (metrics_listener) return true;
    const std::string& token = svc.config.metrics_token;
    if (token.empty()) return false;
    auto it = req.find(bhttp::field::authorization);
    if (it == req.end()) return false;
    std::string_view v = it->value();
    constexpr std::string_view kBearer = "Bearer ";
    if (v.size() != kBearer.size() + token.size() || v.substr(0, kBearer.size()) != kBearer)
      return false;
    unsigned char diff = 0;  // constant time in the token's content
    for (size_t i = 0; i < token.size(); ++i)
      diff |= static_cast<unsigned char>(v[kBearer.size() + i] ^ token[i]);
    return diff == 0;
  }

  bhttp::response<bhttp::string_body> Dispatch(bhttp::request<bhttp::string_body>& req,
                                               const std::string& ip, bool metrics_listener) {
    std::string_view target = req.target();
    std::string path(target.substr(0, target.find('?')));
    bhttp::response<bhttp::string_body> res{bhttp::status::ok, req.version()};
    if (path == "/healthz") {
      res.set(bhttp::field::content_type, "text/plain");
      res.body() = draining ? "draining" : "ok";
      if (draining) res.result(bhttp::status::service_unavailable);
    } else if (path == "/healthz/node") {
      // Issue 16: which node answered, whether it runs the periodic jobs and reaches the
      // database. No authentication and nothing secret (a load balancer's and an operator's view).
      boost::json::object o{
          {"node", svc.config.node_name},
          {"jobs", svc.node->jobs_leader.load() ? "leader" : "standby"},
          {"db", svc.node->db_up.load() ? "ok" : "down"},
          {"dialect", svc.db ? std::string(storage::DialectKey(svc.db->dialect())) : ""}};
      res.set(bhttp::field::content_type, "application/json");
      res.set(bhttp::field::cache_control, "no-store");
      res.body() = boost::json::serialize(o);
    } else if (path == "/metrics" && MetricsAllowed(req, metrics_listener)) {
      res.set(bhttp::field::content_type, "text/plain; version=0.0.4");
      res.body() = router.MetricsText() + voucher::StockCodesMetricsText();
    } else if (path == "/metrics" && !svc.config.metrics_token.empty()) {
      res.result(bhttp::status::unauthorized);
      res.set(bhttp::field::www_authenticate, "Bearer");
      res.set(bhttp::field::content_type, "text/plain; charset=utf-8");
      res.body() = "metrics token required";
    } else if (metrics_listener || path == "/metrics") {
      // The metrics listener answers nothing else; without a token or a metrics listener the
      // public listener does not serve /metrics at all.
      res.result(bhttp::status::not_found);
      res.set(bhttp::field::content_type, "text/plain; charset=utf-8");
      res.body() = "not found";
    } else if (path.rfind("/api/", 0) == 0) {
      api::Request areq = ToRequest(req, ip);
      api::Response ar = router.Handle(areq, svc);
      res.result(static_cast<bhttp::status>(ar.status));
      if (!ar.content_type.empty()) res.set(bhttp::field::content_type, ar.content_type);
      for (auto& [k, v] : ar.headers) res.insert(k, v);
      res.body() = std::move(ar.body);
      AddSecurityHeaders(res, true);
    } else if (req.method() == bhttp::verb::get || req.method() == bhttp::verb::head) {
      return ServeStatic(path, req.version());
    } else {
      res.result(bhttp::status::not_found);
    }
    if (res.result() != bhttp::status::ok || path.rfind("/api/", 0) != 0)
      AddSecurityHeaders(res, path.rfind("/api/", 0) == 0);
    res.prepare_payload();
    return res;
  }

  awaitable<void> RunWebSocket(beast::tcp_stream stream, bhttp::request<bhttp::string_body> req,
                               std::string ip) {
    api::Request areq = ToRequest(req, ip);
    auto principal = svc.sessions->Authenticate(areq);
    if (!principal) {
      bhttp::response<bhttp::string_body> res{bhttp::status::unauthorized, req.version()};
      res.set(bhttp::field::content_type, "application/json");
      res.body() = R"({"code":"unauthenticated","message":"authentication required","message_zh":"请先登录","errors":[]})";
      res.prepare_payload();
      co_await bhttp::async_write(stream, res, use_awaitable);
      co_return;
    }
    if (principal->must_change_password) {  // as the router: only the password page answers
      bhttp::response<bhttp::string_body> res{bhttp::status::forbidden, req.version()};
      res.set(bhttp::field::content_type, "application/json");
      res.body() = R"({"code":"forbidden","message":"change your password first","message_zh":"请先修改密码","errors":[{"field":"","rule":"password_change_required","message":"change your password first","message_zh":"请先修改密码"}]})";
      res.prepare_payload();
      co_await bhttp::async_write(stream, res, use_awaitable);
      co_return;
    }
    stream.expires_never();
    auto session = std::make_shared<WsSession>(websocket::stream<beast::tcp_stream>(std::move(stream)));
    session->ws().set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
    session->ws().read_message_max(64 * 1024);
    co_await session->ws().async_accept(req, use_awaitable);
    hub.Add(principal->user_id, session);
    try {
      co_await session->ReadLoop();
    } catch (const std::exception&) {
    }
    hub.Remove(principal->user_id, session);
  }

  awaitable<void> RunSession(tcp::socket socket, bool metrics_listener) {
    beast::tcp_stream stream(std::move(socket));
    std::string ip;
    {
      beast::error_code ec;
      auto ep = stream.socket().remote_endpoint(ec);
      if (!ec) ip = ep.address().to_string();
    }
    beast::flat_buffer buffer;
    bool first_request = true;
    try {
      for (;;) {
        bhttp::request_parser<bhttp::string_body> parser;
        parser.header_limit(kHeaderLimit);
        parser.body_limit(svc.config.body_limit);
        // Slow clients (slow-loris) lose the connection once the header deadline passes;
        // an idle keep-alive connection gets longer to send its next request.
        stream.expires_after(first_request ? std::chrono::seconds(svc.config.header_timeout_seconds)
                                           : kIdleKeepAlive);
        first_request = false;
        beast::error_code ec;
        // A declared Content-Length over the limit fails already while reading the header.
        co_await bhttp::async_read_header(stream, buffer, parser,
                                          asio::redirect_error(use_awaitable, ec));
        // The target is set once the request line is complete: a header over the limit without
        // it is an overlong URI.
        const size_t target_size = parser.get().target().size();
        if (!ec && target_size <= kTargetLimit) {
          stream.expires_after(kBodyTimeout);
          co_await bhttp::async_read(stream, buffer, parser,
                                     asio::redirect_error(use_awaitable, ec));
        }
        std::optional<Refusal> refusal;
        if (ec == bhttp::error::header_limit) {
          refusal = target_size == 0 || target_size > kTargetLimit ? Refusal::kUriTooLong
                                                                   : Refusal::kHeaderTooLarge;
        } else if (!ec && target_size > kTargetLimit) {
          refusal = Refusal::kUriTooLong;
        } else if (ec == bhttp::error::body_limit) {
          refusal = Refusal::kBodyTooLarge;
        } else if (ec && ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category() &&
                   ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
          refusal = Refusal::kBadRequest;  // a malformed request line or header field
        }
        if (refusal) {
          auto res = RefusalResponse(*refusal);
          co_await bhttp::async_write(stream, res, use_awaitable);
          co_await LingeringClose(stream);
          break;
        }
        if (ec) throw beast::system_error(ec);
        auto req = parser.release();
        if (websocket::is_upgrade(req)) {
          std::string_view t = req.target();
          if (!metrics_listener && t.substr(0, t.find('?')) == "/api/v1/ws") {
            co_await RunWebSocket(std::move(stream), std::move(req), ip);
          }
          co_return;
        }
        in_flight.fetch_add(1);
        // Requests that may block (writes wait for fsync, sign-in hashes with argon2id,
        // imports and exports are long) run on the blocking pool, so the I/O threads keep
        // serving the many short reads.
        bool offload = MayBlock(req);
        if (offload) co_await asio::post(blocking_pool, use_awaitable);
        bhttp::response<bhttp::string_body> res;
        try {
          res = Dispatch(req, ip, metrics_listener);
        } catch (const std::exception& e) {
          spdlog::error("dispatch failed: {}", e.what());
          res = bhttp::response<bhttp::string_body>{bhttp::status::internal_server_error,
                                                    req.version()};
          res.prepare_payload();
        }
        if (offload) co_await asio::post(stream.get_executor(), use_awaitable);
        in_flight.fetch_sub(1);
        res.set("X-Anjian-Node", svc.config.node_name);  // issue 16: which cluster node answered
        res.keep_alive(req.keep_alive() && !draining);
        if (req.method() == bhttp::verb::head) res.body().clear();
        bool close = !res.keep_alive();
        stream.expires_after(kBodyTimeout);
        co_await WriteResponse(stream, res);
        if (close) break;
      }
    } catch (const std::exception&) {
      // Closed, timed out or malformed: drop the connection. Nothing was half-applied because
      // handlers run only on complete requests.
    }
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  awaitable<void> Accept(tcp::acceptor& from, bool metrics_listener) {
    for (;;) {
      beast::error_code ec;
      // Each connection gets its own strand so a WebSocket's reads, writes and pushes from
      // other threads never run concurrently.
      tcp::socket socket(asio::make_strand(ioc));
      co_await from.async_accept(socket, asio::redirect_error(use_awaitable, ec));
      if (ec) {
        if (!from.is_open()) co_return;
        continue;
      }
      socket.set_option(tcp::no_delay(true), ec);
      auto ex = socket.get_executor();
      asio::co_spawn(ex, RunSession(std::move(socket), metrics_listener), asio::detached);
    }
  }
};

void CheckListenAddress(const std::string& text) { ParseListenAddress(text); }

Server::Server(api::Services& svc, api::Router& router)
    : impl_(std::make_unique<Impl>(svc, router)) {}
Server::~Server() = default;

api::Notifier& Server::notifier() { return impl_->hub; }

void Server::Run() {
  auto& im = *impl_;
  auto addr = asio::ip::make_address(im.svc.config.bind);
  im.acceptor = std::make_unique<tcp::acceptor>(im.ioc);
  tcp::endpoint ep(addr, static_cast<unsigned short>(im.svc.config.port));
  im.acceptor->open(ep.protocol());
  im.acceptor->set_option(asio::socket_base::reuse_address(true));
  im.acceptor->bind(ep);
  im.acceptor->listen(1024);
  asio::co_spawn(im.ioc, im.Accept(*im.acceptor, false), asio::detached);
  if (!im.svc.config.metrics_listen.empty()) {
    tcp::endpoint mep = ParseListenAddress(im.svc.config.metrics_listen);
    im.metrics_acceptor = std::make_unique<tcp::acceptor>(im.ioc);
    im.metrics_acceptor->open(mep.protocol());
    im.metrics_acceptor->set_option(asio::socket_base::reuse_address(true));
    im.metrics_acceptor->bind(mep);
    im.metrics_acceptor->listen(64);
    asio::co_spawn(im.ioc, im.Accept(*im.metrics_acceptor, true), asio::detached);
    spdlog::info("metrics on http://{}/metrics", im.svc.config.metrics_listen);
  }
  if (!im.svc.config.web_root.empty() && !im.static_root.enabled())
    spdlog::warn("web root {} is not a folder: serving the API only", im.svc.config.web_root);

  asio::signal_set signals(im.ioc, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int sig) {
    spdlog::info("signal {}: draining in-flight requests", sig);
    im.draining = true;
    beast::error_code ec;
    im.acceptor->close(ec);
    if (im.metrics_acceptor) im.metrics_acceptor->close(ec);
    // Poll until in-flight requests finish (at most 15 s), then stop the loop.
    auto timer = std::make_shared<asio::steady_timer>(im.ioc);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [&im, timer, deadline, poll]() {
      if (im.in_flight.load() == 0 || std::chrono::steady_clock::now() > deadline) {
        im.ioc.stop();
        return;
      }
      timer->expires_after(std::chrono::milliseconds(20));
      timer->async_wait([poll](beast::error_code) { (*poll)(); });
    };
    (*poll)();
  });

  // Reads are short and non-blocking (cached lists, indexed queries), so one I/O thread per
  // core is enough; blocking work has its own pool.
  int n = im.svc.config.threads > 0 ? im.svc.config.threads
                                    : static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
  spdlog::info("anjian listening on http://{}:{} ({} I/O threads, {} blocking-work threads)",
               im.svc.config.bind, im.svc.config.port, n, std::max(2, im.svc.config.blocking_threads));
  std::vector<std::thread> threads;
  for (int i = 1; i < n; ++i) threads.emplace_back([&] { im.ioc.run(); });
  im.ioc.run();
  for (auto& t : threads) t.join();
  im.blocking_pool.join();
  spdlog::info("anjian stopped");
}

}  // namespace anjian::http
