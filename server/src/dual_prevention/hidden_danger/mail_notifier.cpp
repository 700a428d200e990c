#include "dual_prevention/hidden_danger/mail_notifier.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <cctype>
#include <ctime>
#include <stdexcept>

namespace anjian::hidden_danger {

namespace asio = boost::asio;
using asio::ip::tcp;
namespace ssl = asio::ssl;

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

// One SMTP conversation over a plain socket that STARTTLS may upgrade in place.
class Session {
 public:
  Session(asio::io_context& io, const SmtpConfig& c)
      : tls_context_(ssl::context::tls_client), stream_(io, tls_context_) {
    tcp::resolver resolver(io);
    asio::connect(stream_.next_layer(), resolver.resolve(c.host, std::to_string(c.port)));
  }

  // Reads one (possibly multi-line) reply and checks its first digit.
  std::string Expect(char klass) {
    std::string reply;
    for (;;) {
      size_t n = Io([&](auto& s) { return asio::read_until(s, buffer_, "\r\n"); });
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

  void Send(const std::string& line) {
    Io([&](auto& s) { return asio::write(s, asio::buffer(line)); });
  }

  std::string Command(const std::string& line, char klass) {
    Send(line + "\r\n");
    return Expect(klass);
  }

  // The server's certificate must chain to the configured CA file (or the system's trust
  // store) and name the host we connected to.
  void StartTls(const SmtpConfig& c) {
    // Bytes the server sent before the handshake would be trusted as if encrypted (the
    // STARTTLS command injection of CVE-2011-0411): refuse them.
    if (buffer_.size() != 0) throw std::runtime_error("SMTP: data before the TLS handshake");
    if (c.ca_file.empty())
      tls_context_.set_default_verify_paths();
    else
      tls_context_.load_verify_file(c.ca_file);
    stream_.set_verify_mode(ssl::verify_peer);
    stream_.set_verify_callback(ssl::host_name_verification(c.host));
    // SNI, for relays serving several names.
    if (!SSL_set_tlsext_host_name(stream_.native_handle(), c.host.c_str()))
      throw std::runtime_error("SMTP: cannot set the TLS server name");
    stream_.handshake(ssl::stream_base::client);
    tls_ = true;
  }

  bool tls() const { return tls_; }

 private:
  template <class F>
  std::size_t Io(F&& f) {
    return tls_ ? f(stream_) : f(stream_.next_layer());
  }

  ssl::context tls_context_;
  ssl::stream<tcp::socket> stream_;
  bool tls_ = false;
  asio::streambuf buffer_;
};

// The EHLO reply's extension keywords and parameters, upper-cased: "250-AUTH PLAIN LOGIN" →
// {"AUTH", "PLAIN", "LOGIN"}; "250-AUTH=LOGIN" (an old spelling) reads the same.
std::vector<std::vector<std::string>> Extensions(const std::string& reply) {
  std::vector<std::vector<std::string>> out;
  size_t pos = 0;
  while (pos < reply.size()) {
    size_t end = reply.find("\r\n", pos);
    if (end == std::string::npos) end = reply.size();
    std::string line = reply.size() > pos + 4 ? reply.substr(pos + 4, end - pos - 4) : "";
    std::vector<std::string> words;
    std::string w;
    for (char ch : line + " ") {
      if (ch == ' ' || ch == '=') {
        if (!w.empty()) words.push_back(std::move(w));
        w.clear();
      } else {
        w += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      }
    }
    out.push_back(std::move(words));
    pos = end + 2;
  }
  return out;
}

bool Offers(const std::vector<std::vector<std::string>>& ext, const std::string& keyword,
            const std::string& parameter = "") {
  for (const auto& words : ext) {
    if (words.empty() || words[0] != keyword) continue;
    if (parameter.empty()) return true;
    for (size_t i = 1; i < words.size(); ++i)
      if (words[i] == parameter) return true;
  }
  return false;
}

// EHLO, falling back to HELO for an old relay (which then offers no extensions).
std::vector<std::vector<std::string>> Greet(Session& s, const SmtpConfig& c) {
  s.Send("EHLO " + c.helo + "\r\n");
  try {
    return Extensions(s.Expect('2'));
  } catch (const std::runtime_error&) {
    s.Command("HELO " + c.helo, '2');
    return {};
  }
}

void Authenticate(Session& s, const SmtpConfig& c,
                  const std::vector<std::vector<std::string>>& ext) {
  if (!s.tls() && !c.allow_auth_without_tls)
    throw std::runtime_error("SMTP: refusing to send credentials without TLS (enable STARTTLS)");
  if (Offers(ext, "AUTH", "PLAIN")) {
    s.Command("AUTH PLAIN " + Base64(std::string(1, '\0') + c.username + '\0' + c.password), '2');
  } else if (Offers(ext, "AUTH", "LOGIN")) {
    s.Command("AUTH LOGIN", '3');
    s.Command(Base64(c.username), '3');
    s.Command(Base64(c.password), '2');
  } else {
    throw std::runtime_error("SMTP: the server offers neither AUTH PLAIN nor AUTH LOGIN");
  }
}

}  // namespace

std::string Rfc2822Date(int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

void SmtpSender::Send(const OutgoingMessage& m) {
  if (!Clean(m.to) || !Clean(config_.from) || m.to.empty())
    throw std::runtime_error("SMTP: bad address");
  if (!Clean(config_.username) || config_.password.find_first_of("\r\n") != std::string::npos)
    throw std::runtime_error("SMTP: bad credentials");
  asio::io_context io;
  Session s(io, config_);
  s.Expect('2');  // 220 greeting
  auto ext = Greet(s, config_);
  if (config_.starttls) {
    // Required when configured: a relay that does not offer it (or a man in the middle who
    // strips it) gets no message rather than a clear-text one.
    if (!Offers(ext, "STARTTLS")) throw std::runtime_error("SMTP: the server does not offer STARTTLS");
    s.Command("STARTTLS", '2');
    s.StartTls(config_);
    ext = Greet(s, config_);  // RFC 3207: forget what was learnt before TLS
  }
  if (!config_.username.empty()) Authenticate(s, config_, ext);
  s.Command("MAIL FROM:<" + config_.from + ">", '2');
  s.Command("RCPT TO:<" + m.to + ">", '2');
  s.Command("DATA", '3');
  s.Send(DotStuff(FormatMessage(config_.from, m, Rfc2822Date(clock_.Now()))) + ".\r\n");
  s.Expect('2');
  s.Command("QUIT", '2');
}

std::unique_ptr<MessageSender> MakeSender(const SmtpConfig& config, const core::Clock& clock) {
  if (config.host.empty()) return std::make_unique<LogSender>();
  return std::make_unique<SmtpSender>(config, clock);
}

}  // namespace anjian::hidden_danger
