// The SMTP sender against a tiny fake SMTP server on a loopback socket: the conversation, the
// message (UTF-8 subject as an encoded word, base64 body, dot-stuffing) and refusals.
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <thread>

#include "hazard/mail_notifier.hpp"

namespace anjian::test {
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

// Accepts one connection and answers like a relay; `rcpt_reply` lets a test refuse recipients.
class FakeSmtpServer {
 public:
  explicit FakeSmtpServer(std::string rcpt_reply = "250 OK")
      : acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)),
        rcpt_reply_(std::move(rcpt_reply)) {
    thread_ = std::thread([this] {
      try {
        Serve();
      } catch (const std::exception&) {
        // the client hung up (after a refusal): nothing more to record
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

 private:
  void Serve() {
    tcp::socket s(io_);
    acceptor_.accept(s);
    asio::streambuf buf;
    auto line = [&] {
      asio::read_until(s, buf, "\r\n");
      std::istream is(&buf);
      std::string l;
      std::getline(is, l);
      if (!l.empty() && l.back() == '\r') l.pop_back();
      return l;
    };
    auto say = [&](const std::string& t) { asio::write(s, asio::buffer(t + "\r\n")); };
    say("220 fake.smtp ESMTP");
    for (;;) {
      std::string cmd = line();
      commands.push_back(cmd);
      if (cmd.rfind("EHLO", 0) == 0) {
        say("250-fake.smtp");
        say("250 8BITMIME");
      } else if (cmd.rfind("MAIL FROM", 0) == 0) {
        say("250 OK");
      } else if (cmd.rfind("RCPT TO", 0) == 0) {
        say(rcpt_reply_);
        if (rcpt_reply_[0] != '2') return;
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
  std::string rcpt_reply_;
  std::thread thread_;
};

TEST(SmtpTest, SendsOneMessageThroughTheConversation) {
  FakeSmtpServer server;
  hazard::SmtpSender sender({"127.0.0.1", server.port(), "anjian@example.gov", "anjian", 5});
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
                             hazard::Base64("隐患整改已逾期 1 天：安全阀未按期校验") + "?="),
            std::string::npos)
      << server.data;
  EXPECT_NE(server.data.find("To: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(server.data.find("Content-Transfer-Encoding: base64"), std::string::npos);
  EXPECT_NE(server.data.find(hazard::Base64("第一行\n.以点开头的一行\n链接 /hidden-dangers/1").substr(0, 40)),
            std::string::npos);
}

TEST(SmtpTest, RefusedRecipientThrowsWithTheServersReply) {
  FakeSmtpServer server("550 no such user");
  hazard::SmtpSender sender({"127.0.0.1", server.port(), "anjian@example.gov", "anjian", 5});
  try {
    sender.Send({"nobody@example.com", "", "s", "b"});
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("550 no such user"), std::string::npos) << e.what();
  }
}

TEST(SmtpTest, HeaderInjectionIsRefusedBeforeConnecting) {
  hazard::SmtpSender sender({"127.0.0.1", 1, "anjian@example.gov", "anjian", 5});
  EXPECT_THROW(sender.Send({"a@b.c>\r\nRCPT TO:<x@y.z", "", "s", "b"}), std::runtime_error);
}

TEST(SmtpTest, Base64AndDotStuffing) {
  EXPECT_EQ(hazard::Base64(""), "");
  EXPECT_EQ(hazard::Base64("f"), "Zg==");
  EXPECT_EQ(hazard::Base64("fo"), "Zm8=");
  EXPECT_EQ(hazard::Base64("foo"), "Zm9v");
  EXPECT_EQ(hazard::Base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(hazard::DotStuff(".a\r\nb\r\n.\r\n"), "..a\r\nb\r\n..\r\n");
  EXPECT_EQ(hazard::DotStuff("a.b"), "a.b");
}

TEST(SmtpTest, LogSenderIsTheDefaultWithoutAHost) {
  auto s = hazard::MakeSender({});
  EXPECT_NE(dynamic_cast<hazard::LogSender*>(s.get()), nullptr);
  EXPECT_NO_THROW(s->Send({"a@b.c", "n", "s", "b"}));
}

}  // namespace
}  // namespace anjian::test
