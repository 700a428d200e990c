// The SMTP sender against a tiny fake SMTP server on a loopback socket: the conversation, the
// message (UTF-8 subject as an encoded word, base64 body, dot-stuffing), refusals, AUTH PLAIN and
// LOGIN, and STARTTLS with a self-signed certificate made at test time by the openssl tool.
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <unistd.h>

#include "dual_prevention/hidden_danger/mail_notifier.hpp"

namespace anjian::test {
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;
namespace ssl = asio::ssl;

// The messages' Date header comes from the application's clock: 2026-11-22T05:56:25Z.
const core::ManualClock kClock(1795326985);

struct FakeOptions {
  std::string rcpt_reply = "250 OK";
  std::string auth_line;  // e.g. "AUTH PLAIN LOGIN"; "" = no AUTH offered
  std::string cert_file, key_file;  // set = STARTTLS offered
};

FakeOptions Rcpt(std::string reply) {
  FakeOptions o;
  o.rcpt_reply = std::move(reply);
  return o;
}

// Accepts one connection and answers like a relay; options let a test refuse recipients, offer
// AUTH and STARTTLS. AUTH accepts user "mailer" with password "s3cret".
class FakeSmtpServer {
 public:
  explicit FakeSmtpServer(std::string rcpt_reply = "250 OK")
      : FakeSmtpServer(Rcpt(std::move(rcpt_reply))) {}
  explicit FakeSmtpServer(FakeOptions options)
      : acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)),
        options_(std::move(options)),
        tls_context_(ServerContext(options_)),
        stream_(io_, tls_context_) {
    thread_ = std::thread([this] {
      try {
        Serve();
      } catch (const std::exception&) {
        // the client hung up (after a refusal or a failed handshake): nothing more to record
      }
    });
  }
  ~FakeSmtpServer() {
    if (thread_.joinable()) thread_.join();
  }
  int port() const { return acceptor_.local_endpoint().port(); }
  void Join() { thread_.join(); }

  std::vector<std::string> commands;
  std::string data;
  bool authenticated = false;
  bool tls = false;

 private:
  // The certificate must be in the context before the stream is made from it (OpenSSL copies
  // it into each connection at creation).
  static ssl::context ServerContext(const FakeOptions& o) {
    ssl::context c(ssl::context::tls_server);
    if (!o.cert_file.empty()) {
      c.use_certificate_chain_file(o.cert_file);
      c.use_private_key_file(o.key_file, ssl::context::pem);
    }
    return c;
  }

  template <class F>
  std::size_t Io(F&& f) {
    return tls ? f(stream_) : f(stream_.next_layer());
  }

  void Serve() {
    acceptor_.accept(stream_.next_layer());
    asio::streambuf buf;
    auto line = [&] {
      Io([&](auto& s) { return asio::read_until(s, buf, "\r\n"); });
      std::istream is(&buf);
      std::string l;
      std::getline(is, l);
      if (!l.empty() && l.back() == '\r') l.pop_back();
      return l;
    };
    auto say = [&](const std::string& t) {
      Io([&](auto& s) { return asio::write(s, asio::buffer(t + "\r\n")); });
    };
    const std::string plain = hidden_danger::Base64(std::string(1, '\0') + "mailer" + '\0' + "s3cret");
    say("220 fake.smtp ESMTP");
    for (;;) {
      std::string cmd = line();
      commands.push_back(cmd);
      if (cmd.rfind("EHLO", 0) == 0) {
        say("250-fake.smtp");
        if (!options_.cert_file.empty() && !tls) say("250-STARTTLS");
        if (!options_.auth_line.empty()) say("250-" + options_.auth_line);
        say("250 8BITMIME");
      } else if (cmd == "STARTTLS") {
        say("220 ready");
        stream_.handshake(ssl::stream_base::server);
        tls = true;
      } else if (cmd.rfind("AUTH PLAIN ", 0) == 0) {
        authenticated = cmd.substr(11) == plain;
        say(authenticated ? "235 ok" : "535 bad credentials");
      } else if (cmd == "AUTH LOGIN") {
        say("334 VXNlcm5hbWU6");
        std::string u = line();
        commands.push_back(u);
        say("334 UGFzc3dvcmQ6");
        std::string pw = line();
        commands.push_back(pw);
        authenticated = u == hidden_danger::Base64("mailer") && pw == hidden_danger::Base64("s3cret");
        say(authenticated ? "235 ok" : "535 bad credentials");
      } else if (cmd.rfind("MAIL FROM", 0) == 0) {
        say(!options_.auth_line.empty() && !authenticated ? "530 authentication required"
                                                          : "250 OK");
      } else if (cmd.rfind("RCPT TO", 0) == 0) {
        say(options_.rcpt_reply);
        if (options_.rcpt_reply[0] != '2') return;
      } else if (cmd == "DATA") {
        say("354 go ahead");
        for (;;) {
          std::string l = line();
          if (l == ".") break;
          data += l + "\n";
        }
        say("250 queued");
      } else if (cmd == "QUIT") {
        say("221 bye");
        return;
      } else {
        say("500 what");
      }
    }
  }

  asio::io_context io_;
  tcp::acceptor acceptor_;
  FakeOptions options_;
  ssl::context tls_context_;
  ssl::stream<tcp::socket> stream_;
  std::thread thread_;
};

FakeOptions Offering(std::string auth_line, std::string cert_file = "", std::string key_file = "") {
  FakeOptions o;
  o.auth_line = std::move(auth_line);
  o.cert_file = std::move(cert_file);
  o.key_file = std::move(key_file);
  return o;
}

hidden_danger::SmtpConfig Config(int port) {
  hidden_danger::SmtpConfig c;
  c.host = "127.0.0.1";
  c.port = port;
  c.from = "anjian@example.gov";
  c.helo = "anjian";
  c.timeout_seconds = 5;
  return c;
}

TEST(SmtpTest, SendsOneMessageThroughTheConversation) {
  FakeSmtpServer server;
  hidden_danger::SmtpSender sender(Config(server.port()), kClock);
  sender.Send({"owner@example.com", "润泽化工 主要负责人", "隐患整改已逾期 1 天：安全阀未按期校验",
               "第一行\n.以点开头的一行\n链接 /hidden-dangers/1"});
  server.Join();
  ASSERT_GE(server.commands.size(), 5u);
  EXPECT_EQ(server.commands[0], "EHLO anjian");
  EXPECT_EQ(server.commands[1], "MAIL FROM:<anjian@example.gov>");
  EXPECT_EQ(server.commands[2], "RCPT TO:<owner@example.com>");
  EXPECT_EQ(server.commands[3], "DATA");
  EXPECT_EQ(server.commands.back(), "QUIT");
  EXPECT_NE(server.data.find("Subject: =?UTF-8?B?" +
                             hidden_danger::Base64("隐患整改已逾期 1 天：安全阀未按期校验") + "?="),
            std::string::npos)
      << server.data;
  EXPECT_NE(server.data.find("To: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(server.data.find("Content-Transfer-Encoding: base64"), std::string::npos);
  EXPECT_NE(server.data.find("Date: Sun, 22 Nov 2026 05:56:25 +0000\n"), std::string::npos)
      << server.data;
  EXPECT_NE(server.data.find(hidden_danger::Base64("第一行\n.以点开头的一行\n链接 /hidden-dangers/1").substr(0, 40)),
            std::string::npos);
}

TEST(SmtpTest, RefusedRecipientThrowsWithTheServersReply) {
  FakeSmtpServer server("550 no such user");
  hidden_danger::SmtpSender sender(Config(server.port()), kClock);
  try {
    sender.Send({"nobody@example.com", "", "s", "b"});
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("550 no such user"), std::string::npos) << e.what();
  }
}

TEST(SmtpTest, HeaderInjectionIsRefusedBeforeConnecting) {
  hidden_danger::SmtpSender sender(Config(1), kClock);
  EXPECT_THROW(sender.Send({"a@b.c>\r\nRCPT TO:<x@y.z", "", "s", "b"}), std::runtime_error);
}

TEST(SmtpTest, Base64AndDotStuffing) {
  EXPECT_EQ(hidden_danger::Base64(""), "");
  EXPECT_EQ(hidden_danger::Base64("f"), "Zg==");
  EXPECT_EQ(hidden_danger::Base64("fo"), "Zm8=");
  EXPECT_EQ(hidden_danger::Base64("foo"), "Zm9v");
  EXPECT_EQ(hidden_danger::Base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(hidden_danger::DotStuff(".a\r\nb\r\n.\r\n"), "..a\r\nb\r\n..\r\n");
  EXPECT_EQ(hidden_danger::DotStuff("a.b"), "a.b");
}

TEST(SmtpTest, LogSenderIsTheDefaultWithoutAHost) {
  auto s = hidden_danger::MakeSender({}, kClock);
  EXPECT_NE(dynamic_cast<hidden_danger::LogSender*>(s.get()), nullptr);
  EXPECT_NO_THROW(s->Send({"a@b.c", "n", "s", "b"}));
}

TEST(SmtpTest, AuthPlainWhenOffered) {
  FakeSmtpServer server(Offering("AUTH PLAIN LOGIN"));
  auto c = Config(server.port());
  c.username = "mailer";
  c.password = "s3cret";
  c.allow_auth_without_tls = true;
  hidden_danger::SmtpSender(c, kClock).Send({"owner@example.com", "", "s", "b"});
  server.Join();
  EXPECT_TRUE(server.authenticated);
  ASSERT_GE(server.commands.size(), 2u);
  EXPECT_EQ(server.commands[1].rfind("AUTH PLAIN ", 0), 0u);
  EXPECT_NE(server.data.find("Subject:"), std::string::npos);
}

TEST(SmtpTest, AuthLoginWhenPlainIsNotOffered) {
  FakeSmtpServer server(Offering("AUTH=LOGIN"));
  auto c = Config(server.port());
  c.username = "mailer";
  c.password = "s3cret";
  c.allow_auth_without_tls = true;
  hidden_danger::SmtpSender(c, kClock).Send({"owner@example.com", "", "s", "b"});
  server.Join();
  EXPECT_TRUE(server.authenticated);
  EXPECT_EQ(server.commands[1], "AUTH LOGIN");
}

TEST(SmtpTest, WrongPasswordThrowsWithTheServersReply) {
  FakeSmtpServer server(Offering("AUTH PLAIN"));
  auto c = Config(server.port());
  c.username = "mailer";
  c.password = "wrong";
  c.allow_auth_without_tls = true;
  try {
    hidden_danger::SmtpSender(c, kClock).Send({"owner@example.com", "", "s", "b"});
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("535"), std::string::npos) << e.what();
  }
}

TEST(SmtpTest, CredentialsAreNotSentInTheClear) {
  FakeSmtpServer server(Offering("AUTH PLAIN"));
  auto c = Config(server.port());
  c.username = "mailer";
  c.password = "s3cret";
  EXPECT_THROW(hidden_danger::SmtpSender(c, kClock).Send({"owner@example.com", "", "s", "b"}),
               std::runtime_error);
  server.Join();
  for (const auto& cmd : server.commands) EXPECT_EQ(cmd.find("AUTH"), std::string::npos) << cmd;
}

TEST(SmtpTest, RequiredStartTlsThatIsNotOfferedSendsNothing) {
  FakeSmtpServer server;
  auto c = Config(server.port());
  c.starttls = true;
  EXPECT_THROW(hidden_danger::SmtpSender(c, kClock).Send({"owner@example.com", "", "s", "b"}),
               std::runtime_error);
  server.Join();
  EXPECT_TRUE(server.data.empty());
}

// A throwaway CA-less self-signed certificate for "localhost" (the sender verifies the name).
struct SelfSigned {
  std::filesystem::path dir;
  SelfSigned() {
    dir = std::filesystem::temp_directory_path() /
          ("anjian-smtp-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    std::filesystem::create_directories(dir);
    std::string cmd = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost "
                      "-addext subjectAltName=DNS:localhost -keyout '" + (dir / "key.pem").string() +
                      "' -out '" + (dir / "cert.pem").string() + "' >/dev/null 2>&1";
    ok = std::system(cmd.c_str()) == 0;
  }
  ~SelfSigned() { std::filesystem::remove_all(dir); }
  std::string cert() const { return (dir / "cert.pem").string(); }
  std::string key() const { return (dir / "key.pem").string(); }
  bool ok = false;
};

TEST(SmtpTest, StartTlsThenAuthOverTheEncryptedChannel) {
  SelfSigned pki;
  if (!pki.ok) GTEST_SKIP() << "openssl tool not available";
  FakeSmtpServer server(Offering("AUTH PLAIN", pki.cert(), pki.key()));
  auto c = Config(server.port());
  c.host = "localhost";
  c.starttls = true;
  c.ca_file = pki.cert();
  c.username = "mailer";
  c.password = "s3cret";
  hidden_danger::SmtpSender(c, kClock).Send({"owner@example.com", "", "加密", "正文"});
  server.Join();
  EXPECT_TRUE(server.tls);
  EXPECT_TRUE(server.authenticated);
  ASSERT_GE(server.commands.size(), 4u);
  EXPECT_EQ(server.commands[1], "STARTTLS");
  EXPECT_EQ(server.commands[2], "EHLO anjian");  // greeted again after the handshake
  EXPECT_EQ(server.commands[3].rfind("AUTH PLAIN ", 0), 0u);
  EXPECT_NE(server.data.find(hidden_danger::Base64("正文")), std::string::npos);
}

TEST(SmtpTest, StartTlsRefusesAnUntrustedCertificate) {
  SelfSigned pki;
  if (!pki.ok) GTEST_SKIP() << "openssl tool not available";
  FakeSmtpServer server(Offering("AUTH PLAIN", pki.cert(), pki.key()));
  auto c = Config(server.port());
  c.host = "localhost";
  c.starttls = true;  // system trust store: the self-signed certificate is not in it
  c.username = "mailer";
  c.password = "s3cret";
  EXPECT_ANY_THROW(hidden_danger::SmtpSender(c, kClock).Send({"owner@example.com", "", "s", "b"}));
  server.Join();
  EXPECT_FALSE(server.authenticated);
  EXPECT_TRUE(server.data.empty());
}

}  // namespace
}  // namespace anjian::test
