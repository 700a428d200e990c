// The one exception type of the office module: an uploaded file could not be decoded. It carries
// a Chinese message next to what() so the API layer can answer in both UI languages.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace anjian::office {

class FormatError : public std::runtime_error {
 public:
  explicit FormatError(const std::string& message, std::string message_zh = {})
      : std::runtime_error(message), message_zh_(std::move(message_zh)) {}

  // Structural faults (bad offsets, broken XML) need no specific advice for the user, so they
  // share one generic sentence instead of each inventing a translation.
  std::string MessageZh() const {
    return message_zh_.empty() ? std::string("文件已损坏或格式不正确") : message_zh_;
  }

 private:
  std::string message_zh_;
};

}  // namespace anjian::office
