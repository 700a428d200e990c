// A minimal blocking HTTP/1.1 client for process-level tests (one request per connection).
#pragma once

#include <string>

namespace anjian::test {

struct HttpResult {
  int status = 0;  // 0 when the connection failed or closed without a response
  std::string headers;
  std::string body;
};

HttpResult HttpRequest(int port, const std::string& method, const std::string& target,
                       const std::string& body = "", const std::string& token = "",
                       int timeout_ms = 10000);
// Sends raw bytes and returns whatever comes back before the server closes (or timeout).
std::string RawExchange(int port, const std::string& bytes, int timeout_ms);
int FreePort();

}  // namespace anjian::test
