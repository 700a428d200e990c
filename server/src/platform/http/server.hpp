// The HTTP/WebSocket front door (Boost.Beast, C++20 coroutines). This header is Beast-free
// so only server.cpp pays Beast's compile cost. Requests under /api go to the Router; other
// paths serve the built web UI with a single-page-app fallback.
#pragma once

#include <memory>
#include <string>

#include "platform/api/router.hpp"

namespace anjian::http {

// Throws std::runtime_error naming the option when `text` is not ADDRESS:PORT (e.g.
// 127.0.0.1:9100 or [::1]:9100) — checked at start-up, before anything is opened.
void CheckListenAddress(const std::string& text);

class Server {
 public:
  Server(api::Services& svc, api::Router& router);
  ~Server();
  // Serves until SIGTERM/SIGINT, then stops accepting, drains in-flight requests and returns.
  void Run();
  // The notifier that pushes to connected WebSocket clients.
  api::Notifier& notifier();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace anjian::http
