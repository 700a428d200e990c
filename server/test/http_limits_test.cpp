// Request limits and the /metrics exposure against the real binary (issue 10 I): an oversized
// header answers 431, an oversized URI 414, a malformed request 400 — each with a short body
// before the connection closes — and /metrics is served only on its own listener or with the
// metrics bearer token, never openly on the public listener.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "anjian_process.hpp"
#include "http_client.hpp"

namespace anjian::test {
namespace {

namespace fs = std::filesystem;

class HttpLimitsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("anjian_limits_" + std::to_string(getpid()) + "_" + std::to_string(counter_++));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::vector<std::string> Data() const { return {"--data", (dir_ / "data").string()}; }
  std::string Log() const { return (dir_ / "server.log").string(); }

  fs::path dir_;
  static inline int counter_ = 0;
};

int StatusOf(const std::string& raw) {
  if (raw.rfind("HTTP/1.1 ", 0) != 0) return 0;
  return std::atoi(raw.c_str() + 9);
}

std::string BodyOf(const std::string& raw) {
  size_t end = raw.find("\r\n\r\n");
  return end == std::string::npos ? "" : raw.substr(end + 4);
}

TEST_F(HttpLimitsTest, OversizedHeadersAndUrisAreAnsweredBeforeTheConnectionCloses) {
  AnjianProcess s(Data(), {}, {}, Log());
  ASSERT_TRUE(s.ready());

  // A 17 KB header field.
  std::string raw = RawExchange(
      s.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(17 * 1024, 'a') + "\r\n\r\n",
      5000);
  EXPECT_EQ(StatusOf(raw), 431) << raw.substr(0, 200);
  EXPECT_NE(BodyOf(raw).find("header_too_large"), std::string::npos) << raw;
  EXPECT_NE(raw.find("Connection: close"), std::string::npos) << raw;

  // Many fields that together pass the limit.
  std::string many = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 200; ++i) many += "X-F" + std::to_string(i) + ": " + std::string(100, 'b') + "\r\n";
  raw = RawExchange(s.port(), many + "\r\n", 5000);
  EXPECT_EQ(StatusOf(raw), 431) << raw.substr(0, 200);

  // A 20 KB URL: the request line alone passes the header limit.
  raw = RawExchange(s.port(), "GET /" + std::string(20 * 1024, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n", 5000);
  EXPECT_EQ(StatusOf(raw), 414) << raw.substr(0, 200);
  EXPECT_NE(BodyOf(raw).find("uri_too_long"), std::string::npos) << raw;

  // A 9 KB URL fits the header limit but not the URI limit; so does a 9 KB API query.
  raw = RawExchange(s.port(), "GET /" + std::string(9 * 1024, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n", 5000);
  EXPECT_EQ(StatusOf(raw), 414) << raw.substr(0, 200);
  raw = RawExchange(s.port(),
                    "GET /api/v1/enterprises?q=" + std::string(9 * 1024, 'a') +
                        " HTTP/1.1\r\nHost: x\r\n\r\n",
                    5000);
  EXPECT_EQ(StatusOf(raw), 414) << raw.substr(0, 200);

  // Just under the URI limit is an ordinary request (here: a missing page of the API).
  raw = RawExchange(s.port(), "GET /api/" + std::string(8000, 'a') + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 5000);
  EXPECT_NE(StatusOf(raw), 414) << raw.substr(0, 200);
  EXPECT_NE(StatusOf(raw), 0) << raw.substr(0, 200);

  // Malformed request lines and fields get 400, not a silent close.
  for (const std::string& bad :
       {std::string("GET /a\tb HTTP/1.1\r\nHost: x\r\n\r\n"),
        std::string("GET /a\0b HTTP/1.1\r\nHost: x\r\n\r\n", 30), std::string("GARBAGE\r\n\r\n"),
        std::string("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n")}) {
    raw = RawExchange(s.port(), bad, 5000);
    EXPECT_EQ(StatusOf(raw), 400) << bad << " -> " << raw.substr(0, 200);
  }

  EXPECT_EQ(HttpRequest(s.port(), "GET", "/healthz").status, 200);  // still serving
}

TEST_F(HttpLimitsTest, MetricsAreNotServedOnThePublicListenerByDefault) {
  AnjianProcess s(Data(), {}, {}, Log());
  ASSERT_TRUE(s.ready());
  HttpRequest(s.port(), "GET", "/api/v1/enterprises");  // something to count
  for (const char* target : {"/metrics", "/metrics?x=1"}) {
    HttpResult m = HttpRequest(s.port(), "GET", target);
    EXPECT_EQ(m.status, 404) << target;
    EXPECT_EQ(m.body.find("anjian_http"), std::string::npos) << target;
  }
  HttpResult m = HttpRequest(s.port(), "GET", "/metrics", "", "anything-at-all-1234");
  EXPECT_EQ(m.status, 404);
  EXPECT_EQ(m.body.find("anjian_http"), std::string::npos);
}

TEST_F(HttpLimitsTest, MetricsTokenFromTheEnvironmentOrAFile) {
  const std::string token = "metrics-" + std::to_string(getpid()) + "-0123456789abcdef";
  {
    AnjianProcess s(Data(), {}, {{"ANJIAN_METRICS_TOKEN", token}}, Log());
    ASSERT_TRUE(s.ready());
    HttpRequest(s.port(), "GET", "/api/v1/enterprises");
    HttpResult m = HttpRequest(s.port(), "GET", "/metrics");
    EXPECT_EQ(m.status, 401);
    EXPECT_NE(m.headers.find("WWW-Authenticate: Bearer"), std::string::npos) << m.headers;
    EXPECT_EQ(m.body.find("anjian_http"), std::string::npos);
    for (const std::string& wrong : {token + "x", token.substr(1), std::string(token.size(), 'x')}) {
      m = HttpRequest(s.port(), "GET", "/metrics", "", wrong);
      EXPECT_EQ(m.status, 401) << wrong;
      EXPECT_EQ(m.body.find("anjian_http"), std::string::npos);
    }
    m = HttpRequest(s.port(), "GET", "/metrics", "", token);
    EXPECT_EQ(m.status, 200);
    EXPECT_NE(m.body.find("anjian_http_request_duration_seconds_bucket"), std::string::npos);
    EXPECT_NE(m.body.find("route=\"/api/v1/enterprises\""), std::string::npos);
  }
  {
    const fs::path file = dir_ / "metrics.token";
    std::ofstream(file) << token << "\n";
    AnjianProcess s(Data(), {"--metrics-token-file", file.string()}, {}, Log());
    ASSERT_TRUE(s.ready());
    EXPECT_EQ(HttpRequest(s.port(), "GET", "/metrics", "", token).status, 200);
    EXPECT_EQ(HttpRequest(s.port(), "GET", "/metrics").status, 401);
  }
  {  // a short token is a start-up error, not a weak lock
    AnjianProcess s(Data(), {}, {{"ANJIAN_METRICS_TOKEN", "short"}}, Log());
    EXPECT_FALSE(s.ready());
    EXPECT_EQ(s.exit_status(), 2);
  }
}

TEST_F(HttpLimitsTest, MetricsListenerServesOnlyMetrics) {
  const int metrics_port = FreePort();
  AnjianProcess s(Data(), {"--metrics-listen", "127.0.0.1:" + std::to_string(metrics_port)}, {},
                  Log());
  ASSERT_TRUE(s.ready());
  HttpRequest(s.port(), "GET", "/api/v1/enterprises");
  HttpResult m = HttpRequest(metrics_port, "GET", "/metrics");
  EXPECT_EQ(m.status, 200);
  EXPECT_NE(m.body.find("anjian_http_requests_total"), std::string::npos);
  EXPECT_NE(m.body.find("route=\"/api/v1/enterprises\""), std::string::npos);
  EXPECT_EQ(HttpRequest(metrics_port, "GET", "/healthz").status, 200);
  for (const char* other : {"/api/v1/enterprises", "/", "/index.html", "//etc/passwd", "/api/v1/auth/me"})
    EXPECT_EQ(HttpRequest(metrics_port, "GET", other).status, 404) << other;
  EXPECT_EQ(HttpRequest(metrics_port, "POST", "/api/v1/auth/login",
                        R"({"username":"sysadmin","password":"x"})")
                .status,
            404);
  EXPECT_EQ(HttpRequest(s.port(), "GET", "/metrics").status, 404);  // not on the public listener
  // No WebSocket either.
  const std::string upgrade =
      "GET /api/v1/ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
  EXPECT_EQ(RawExchange(metrics_port, upgrade, 3000).find(" 101 "), std::string::npos);
  EXPECT_EQ(StatusOf(RawExchange(s.port(), upgrade, 3000)), 401);  // the public one asks for a login

  for (const char* bad : {"nonsense", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:99999", "999.1.1.1:9100"}) {
    AnjianProcess b(Data(), {"--metrics-listen", bad}, {}, Log());
    EXPECT_FALSE(b.ready()) << bad;
    EXPECT_EQ(b.exit_status(), 2) << bad;
  }
}

}  // namespace
}  // namespace anjian::test
