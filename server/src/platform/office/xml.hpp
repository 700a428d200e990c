// Just enough XML for the parts of an .xlsx package: an escaper for the writer and a pull parser
// for the reader. Not a general XML library: DTDs are refused (no entity expansion attacks), only
// the five predefined entities exist, and namespaces are matched by local name only.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/office/format_error.hpp"

namespace anjian::office {

// Appends text escaped for element content or a double-quoted attribute value. Invalid UTF-8
// becomes U+FFFD and characters XML 1.0 forbids are dropped, so output is always well-formed.
void AppendXmlEscaped(std::string& out, std::string_view text);

// Pull parser over a complete document held by the caller (it must outlive the reader).
// Self-closing elements produce a start event followed by an end event.
class XmlReader {
 public:
  enum class Event { kStart, kEnd, kText, kEof };

  explicit XmlReader(std::string_view doc);

  // Throws FormatError on malformed markup, mismatched tags or unknown entities.
  Event Next();

  // Element name without namespace prefix, for kStart and kEnd.
  std::string_view Name() const { return name_; }
  // Decoded attribute value by local name (prefix ignored), or nullptr; valid until Next().
  const std::string* Attr(std::string_view local_name) const;
  // Decoded character data for kText (CDATA included); valid until Next().
  const std::string& Text() const { return text_; }
  // Number of open elements; after kStart it includes the element just opened.
  std::size_t Depth() const { return open_.size(); }

 private:
  [[noreturn]] void Fail(const std::string& what) const;
  void ParseStartTag();
  void ParseEndTag();
  std::string_view ParseName();
  void SkipSpace();
  void DecodeInto(std::string& out, std::string_view raw) const;

  std::string_view doc_;
  std::size_t pos_ = 0;
  std::vector<std::string_view> open_;  // qualified names of open elements
  std::vector<std::pair<std::string_view, std::string>> attrs_;
  std::string_view name_;
  std::string text_;
  bool pending_end_ = false;
  bool root_closed_ = false;
};

}  // namespace anjian::office
