#include "http/server.hpp"

#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <chrono>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

#include "accounts/session_store.hpp"
#include "ledger/stock_code_index.hpp"

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

std::string MimeFor(const std::filesystem::path& p) {
  static const std::unordered_map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
      {".woff", "font/woff"},                {".ttf", "font/ttf"},
      {".jpg", "image/jpeg"},                {".txt", "text/plain; charset=utf-8"}};
  auto it = kTypes.find(p.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
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
  asio::thread_pool blocking_pool;

  Impl(api::Services& s, api::Router& r)
      : svc(s), router(r), blocking_pool(static_cast<size_t>(std::max(2, s.config.blocking_threads))) {}

  static bool MayBlock(const bhttp::request<bhttp::string_body>& req) {
    if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) return true;
    std::string_view t = req.target();
    t = t.substr(0, t.find('?'));
    return t.ends_with("/export") || t.ends_with("/import-template") ||
           t.rfind("/api/v1/files/", 0) == 0 || t.ends_with("/verify");
  }

  api::Request ToRequest(const bhttp::request<bhttp::string_body>& req, const std::string& ip) {
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
    r.body = req.body();
    r.remote_ip = ip;
    return r;
  }

  bhttp::response<bhttp::string_body> ServeStatic(const std::string& path, unsigned version) {
    namespace fs = std::filesystem;
    bhttp::response<bhttp::string_body> res{bhttp::status::ok, version};
    fs::path root = svc.config.web_root;
    fs::path file;
    bool spa_fallback = false;
    if (!root.empty() && path.find("..") == std::string::npos) {
      file = root / path.substr(1);
      std::error_code ec;
      if (path == "/" || !fs::is_regular_file(file, ec)) {
        file = root / "index.html";
        spa_fallback = path.rfind("/assets/", 0) != 0;
      }
    }
    std::ifstream in(file, std::ios::binary);
    if (file.empty() || !in || (!spa_fallback && file.filename() == "index.html" && path != "/" &&
                                path != "/index.html")) {
      res.result(bhttp::status::not_found);
      res.set(bhttp::field::content_type, "text/plain; charset=utf-8");
      res.body() = root.empty() ? "web UI not built (run make run)" : "not found";
    } else {
      res.body().assign(std::istreambuf_iterator<char>(in), {});
      res.set(bhttp::field::content_type, MimeFor(file));
      // Hashed asset names never change content, so they may be cached for long.
      res.set(bhttp::field::cache_control, path.rfind("/assets/", 0) == 0
                                               ? "public, max-age=31536000, immutable"
                                               : "no-cache");
    }
    AddSecurityHeaders(res, false);
    res.prepare_payload();
    return res;
  }

  bhttp::response<bhttp::string_body> Dispatch(bhttp::request<bhttp::string_body>& req,
                                               const std::string& ip) {
    std::string_view target = req.target();
    std::string path(target.substr(0, target.find('?')));
    bhttp::response<bhttp::string_body> res{bhttp::status::ok, req.version()};
    if (path == "/healthz") {
      res.set(bhttp::field::content_type, "text/plain");
      res.body() = draining ? "draining" : "ok";
      if (draining) res.result(bhttp::status::service_unavailable);
    } else if (path == "/metrics") {
      res.set(bhttp::field::content_type, "text/plain; version=0.0.4");
      res.body() = router.MetricsText() + ledger::StoreCodesMetricsText();
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

  awaitable<void> RunSession(tcp::socket socket) {
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
        parser.header_limit(16 * 1024);
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
        if (!ec) {
          stream.expires_after(kBodyTimeout);
          co_await bhttp::async_read(stream, buffer, parser,
                                     asio::redirect_error(use_awaitable, ec));
        }
        if (ec == bhttp::error::body_limit) {
          bhttp::response<bhttp::string_body> res{bhttp::status::payload_too_large, 11};
          res.set(bhttp::field::content_type, "application/json");
          res.body() = R"({"code":"payload_too_large","message":"request body too large","message_zh":"请求体过大","errors":[]})";
          res.keep_alive(false);
          res.prepare_payload();
          co_await bhttp::async_write(stream, res, use_awaitable);
          break;
        }
        if (ec) throw beast::system_error(ec);
        auto req = parser.release();
        if (websocket::is_upgrade(req)) {
          std::string_view t = req.target();
          if (t.substr(0, t.find('?')) == "/api/v1/ws") {
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
          res = Dispatch(req, ip);
        } catch (const std::exception& e) {
          spdlog::error("dispatch failed: {}", e.what());
          res = bhttp::response<bhttp::string_body>{bhttp::status::internal_server_error,
                                                    req.version()};
          res.prepare_payload();
        }
        if (offload) co_await asio::post(stream.get_executor(), use_awaitable);
        in_flight.fetch_sub(1);
        res.keep_alive(req.keep_alive() && !draining);
        if (req.method() == bhttp::verb::head) res.body().clear();
        bool close = !res.keep_alive();
        stream.expires_after(kBodyTimeout);
        co_await bhttp::async_write(stream, res, use_awaitable);
        if (close) break;
      }
    } catch (const std::exception&) {
      // Closed, timed out or malformed: drop the connection. Nothing was half-applied because
      // handlers run only on complete requests.
    }
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  awaitable<void> Accept() {
    for (;;) {
      beast::error_code ec;
      // Each connection gets its own strand so a WebSocket's reads, writes and pushes from
      // other threads never run concurrently.
      tcp::socket socket(asio::make_strand(ioc));
      co_await acceptor->async_accept(socket, asio::redirect_error(use_awaitable, ec));
      if (ec) {
        if (!acceptor->is_open()) co_return;
        continue;
      }
      socket.set_option(tcp::no_delay(true), ec);
      auto ex = socket.get_executor();
      asio::co_spawn(ex, RunSession(std::move(socket)), asio::detached);
    }
  }
};

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
  asio::co_spawn(im.ioc, im.Accept(), asio::detached);

  asio::signal_set signals(im.ioc, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int sig) {
    spdlog::info("signal {}: draining in-flight requests", sig);
    im.draining = true;
    beast::error_code ec;
    im.acceptor->close(ec);
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
