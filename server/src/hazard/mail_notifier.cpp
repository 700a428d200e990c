#include "hazard/mail_notifier.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio.hpp>
#include <ctime>
#include <stdexcept>

namespace anjian::hazard {

namespace asio = boost::asio;
using asio::ip::tcp;

void LogSender::Send(const OutgoingMessage& m) {
  spdlog::info("message to {} <{}>: {} — {}", m.to_name, m.to, m.subject, m.body);
}

std::string Base64(const std::string& in) {
  static const char* kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(in[i]) << 16) |
                 (static_cast<unsigned char>(in[i + 1]) << 8) | static_cast<unsigned char>(in[i + 2]);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < in.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string DotStuff(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 8);
  bool line_start = true;
  for (char c : text) {
    if (line_start && c == '.') out += '.';
    out += c;
    line_start = c == '\n';
  }
  return out;
}

namespace {

// Header values are UTF-8 encoded words (RFC 2047) so Chinese subjects survive any relay.
std::string EncodedWord(const std::string& text) { return "=?UTF-8?B?" + Base64(text) + "?="; }

bool Clean(const std::string& s) { return s.find_first_of("\r\n<>") == std::string::npos; }

}  // namespace

std::string FormatMessage(const std::string& from, const OutgoingMessage& m,
                          const std::string& date) {
  std::string body64 = Base64(m.body);
  std::string wrapped;
  for (size_t i = 0; i < body64.size(); i += 76) wrapped += body64.substr(i, 76) + "\r\n";
  return "From: " + EncodedWord("安监平台") + " <" + from + ">\r\n" +
         "To: " + (m.to_name.empty() ? "" : EncodedWord(m.to_name) + " ") + "<" + m.to + ">\r\n" +
         "Subject: " + EncodedWord(m.subject) + "\r\n" + "Date: " + date + "\r\n" +
         "MIME-Version: 1.0\r\n" + "Content-Type: text/plain; charset=UTF-8\r\n" +
         "Content-Transfer-Encoding: base64\r\n\r\n" + wrapped;
}

namespace {

class Session {
 public:
  Session(asio::io_context& io, const SmtpConfig& c) : socket_(io) {
    tcp::resolver resolver(io);
    asio::connect(socket_, resolver.resolve(c.host, std::to_string(c.port)));
  }

  // Reads one (possibly multi-line) reply and checks its first digit.
  std::string Expect(char klass) {
    std::string reply;
    for (;;) {
      size_t n = asio::read_until(socket_, buffer_, "\r\n");
      std::string line(asio::buffers_begin(buffer_.data()),
                       asio::buffers_begin(buffer_.data()) + static_cast<std::ptrdiff_t>(n));
      buffer_.consume(n);
      reply += line;
      if (line.size() < 4 || line[3] != '-') break;  // "250-" continues, "250 " ends
    }
    if (reply.empty() || reply[0] != klass)
      throw std::runtime_error("SMTP: unexpected reply: " + reply.substr(0, reply.find('\r')));
    return reply;
  }

  void Send(const std::string& line) { asio::write(socket_, asio::buffer(line)); }

  void Command(const std::string& line, char klass) {
    Send(line + "\r\n");
    Expect(klass);
  }

 private:
  tcp::socket socket_;
  asio::streambuf buffer_;
};

std::string Rfc2822Now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

}  // namespace

void SmtpSender::Send(const OutgoingMessage& m) {
  if (!Clean(m.to) || !Clean(config_.from) || m.to.empty())
    throw std::runtime_error("SMTP: bad address");
  asio::io_context io;
  Session s(io, config_);
  s.Expect('2');  // 220 greeting
  s.Send("EHLO " + config_.helo + "\r\n");
  try {
    s.Expect('2');
  } catch (const std::runtime_error&) {
    s.Command("HELO " + config_.helo, '2');
  }
  s.Command("MAIL FROM:<" + config_.from + ">", '2');
  s.Command("RCPT TO:<" + m.to + ">", '2');
  s.Command("DATA", '3');
  s.Send(DotStuff(FormatMessage(config_.from, m, Rfc2822Now())) + ".\r\n");
  s.Expect('2');
  s.Command("QUIT", '2');
}

std::unique_ptr<MessageSender> MakeSender(const SmtpConfig& config) {
  if (config.host.empty()) return std::make_unique<LogSender>();
  return std::make_unique<SmtpSender>(config);
}

}  // namespace anjian::hazard
