// The external channel for hidden-danger reminders and escalations, beside the in-app
// notifications: an interface with a log-only default and an SMTP sender (RFC 5321) with
// optional STARTTLS (RFC 3207, OpenSSL, certificate and host name verified) and AUTH PLAIN /
// LOGIN (RFC 4954).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace anjian::hidden_danger {

struct OutgoingMessage {
  std::string to;  // e-mail address
  std::string to_name;
  std::string subject;  // UTF-8
  std::string body;     // UTF-8 plain text
};

class MessageSender {
 public:
  virtual ~MessageSender() = default;
  // Throws std::runtime_error when the message could not be handed over.
  virtual void Send(const OutgoingMessage& message) = 0;
};

// Writes each message to the server log and keeps nothing.
class LogSender : public MessageSender {
 public:
  void Send(const OutgoingMessage& message) override;
};

struct SmtpConfig {
  std::string host;  // "" = no SMTP (log only)
  int port = 25;
  std::string from;  // envelope and header sender
  std::string helo = "anjian";
  int timeout_seconds = 10;
  // AUTH with these when username is set; credentials go only over TLS unless
  // allow_auth_without_tls (a relay inside the government network).
  std::string username;
  std::string password;
  bool starttls = false;        // required when set: no STARTTLS offered → no message
  std::string ca_file;          // PEM file of trusted CAs; "" = the system's trust store
  bool allow_auth_without_tls = false;
};

// One connection per message: connect, EHLO (HELO if refused), [STARTTLS, EHLO], [AUTH],
// MAIL FROM, RCPT TO, DATA with dot-stuffing, QUIT. Any reply outside the expected class throws
// with the server's text. The message's Date header is the clock's time.
class SmtpSender : public MessageSender {
 public:
  SmtpSender(SmtpConfig config, const core::Clock& clock)
      : config_(std::move(config)), clock_(clock) {}
  void Send(const OutgoingMessage& message) override;

 private:
  SmtpConfig config_;
  const core::Clock& clock_;
};

// The RFC 5322 message text (headers, base64 UTF-8 body), without the final "\r\n.\r\n".
std::string FormatMessage(const std::string& from, const OutgoingMessage& message,
                          const std::string& date_rfc2822);
// Lines starting with "." get another "." (RFC 5321 §4.5.2).
std::string DotStuff(const std::string& text);
std::string Base64(const std::string& bytes);
// "Sun, 22 Nov 2026 05:56:25 +0000" (RFC 5322 §3.3, UTC).
std::string Rfc2822Date(int64_t unix_seconds);

std::unique_ptr<MessageSender> MakeSender(const SmtpConfig& config, const core::Clock& clock);

}  // namespace anjian::hidden_danger
