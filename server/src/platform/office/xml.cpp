#include "platform/office/xml.hpp"

#include <charconv>
#include <cstdint>

#include "platform/office/utf8.hpp"

namespace anjian::office {
namespace {

constexpr std::size_t kMaxDepth = 256;

std::string_view LocalName(std::string_view qname) {
  const std::size_t colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

void AppendXmlEscaped(std::string& out, std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      ++pos;
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        // A literal CR would be normalised to LF by every conforming parser.
        case '\r':
          out += "&#13;";
          break;
        case '\t':
        case '\n':
          out.push_back(static_cast<char>(c));
          break;
        default:
          if (c >= 0x20) out.push_back(static_cast<char>(c));  // other C0 controls: not XML
      }
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = DecodeUtf8(text, pos);
    if (cp == kInvalidCodePoint) {
      out += "\xEF\xBF\xBD";
    } else if (cp != 0xFFFE && cp != 0xFFFF) {
      out.append(text.substr(start, pos - start));
    }
  }
}

XmlReader::XmlReader(std::string_view doc) : doc_(doc) {
  if (doc_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
  if (doc_.starts_with("\xFF\xFE") || doc_.starts_with("\xFE\xFF")) {
    Fail("UTF-16 encoded XML is not supported");
  }
}

void XmlReader::Fail(const std::string& what) const {
  throw FormatError("XML error at byte " + std::to_string(pos_) + ": " + what);
}

const std::string* XmlReader::Attr(std::string_view local_name) const {
  for (const auto& [name, value] : attrs_) {
    if (name.starts_with("xmlns")) continue;
    if (LocalName(name) == local_name) return &value;
  }
  return nullptr;
}

XmlReader::Event XmlReader::Next() {
  if (pending_end_) {
    pending_end_ = false;
    name_ = LocalName(open_.back());
    open_.pop_back();
    if (open_.empty()) root_closed_ = true;
    return Event::kEnd;
  }
  while (true) {
    if (pos_ >= doc_.size()) {
      if (!open_.empty()) Fail("document ends inside <" + std::string(open_.back()) + ">");
      if (!root_closed_) Fail("document has no root element");
      return Event::kEof;
    }
    if (doc_[pos_] != '<') {
      std::size_t lt = doc_.find('<', pos_);
      if (lt == std::string_view::npos) lt = doc_.size();
      const std::string_view raw = doc_.substr(pos_, lt - pos_);
      if (open_.empty()) {
        for (char c : raw) {
          if (!IsSpace(c)) Fail("text outside the root element");
        }
        pos_ = lt;
        continue;
      }
      text_.clear();
      DecodeInto(text_, raw);
      pos_ = lt;
      return Event::kText;
    }
    const std::string_view rest = doc_.substr(pos_);
    if (rest.starts_with("<?")) {
      const std::size_t end = doc_.find("?>", pos_ + 2);
      if (end == std::string_view::npos) Fail("unterminated processing instruction");
      pos_ = end + 2;
      continue;
    }
    if (rest.starts_with("<!--")) {
      const std::size_t end = doc_.find("-->", pos_ + 4);
      if (end == std::string_view::npos) Fail("unterminated comment");
      pos_ = end + 3;
      continue;
    }
    if (rest.starts_with("<![CDATA[")) {
      if (open_.empty()) Fail("CDATA outside the root element");
      const std::size_t begin = pos_ + 9;
      const std::size_t end = doc_.find("]]>", begin);
      if (end == std::string_view::npos) Fail("unterminated CDATA section");
      text_.assign(doc_.substr(begin, end - begin));
      pos_ = end + 3;
      return Event::kText;
    }
    if (rest.starts_with("<!")) Fail("DTDs and markup declarations are not supported");
    if (rest.starts_with("</")) {
      ParseEndTag();
      return Event::kEnd;
    }
    ParseStartTag();
    return Event::kStart;
  }
}

void XmlReader::ParseStartTag() {
  if (root_closed_) Fail("element after the root element");
  if (open_.size() >= kMaxDepth) Fail("elements nested too deeply");
  ++pos_;
  const std::string_view qname = ParseName();
  attrs_.clear();
  while (true) {
    SkipSpace();
    if (pos_ >= doc_.size()) Fail("unterminated start tag <" + std::string(qname) + ">");
    const char c = doc_[pos_];
    if (c == '>') {
      ++pos_;
      break;
    }
    if (c == '/') {
      if (pos_ + 1 >= doc_.size() || doc_[pos_ + 1] != '>') Fail("expected '/>'");
      pos_ += 2;
      pending_end_ = true;
      break;
    }
    const std::string_view attr = ParseName();
    SkipSpace();
    if (pos_ >= doc_.size() || doc_[pos_] != '=') Fail("expected '=' after attribute name");
    ++pos_;
    SkipSpace();
    if (pos_ >= doc_.size() || (doc_[pos_] != '"' && doc_[pos_] != '\'')) {
      Fail("expected quoted attribute value");
    }
    const char quote = doc_[pos_];
    const std::size_t end = doc_.find(quote, pos_ + 1);
    if (end == std::string_view::npos) Fail("unterminated attribute value");
    const std::string_view raw = doc_.substr(pos_ + 1, end - pos_ - 1);
    if (raw.find('<') != std::string_view::npos) Fail("'<' in attribute value");
    std::string value;
    DecodeInto(value, raw);
    attrs_.emplace_back(attr, std::move(value));
    pos_ = end + 1;
  }
  open_.push_back(qname);
  name_ = LocalName(qname);
}

void XmlReader::ParseEndTag() {
  pos_ += 2;
  const std::string_view qname = ParseName();
  SkipSpace();
  if (pos_ >= doc_.size() || doc_[pos_] != '>') Fail("expected '>' in end tag");
  ++pos_;
  if (open_.empty() || open_.back() != qname) {
    Fail("mismatched end tag </" + std::string(qname) + ">");
  }
  open_.pop_back();
  if (open_.empty()) root_closed_ = true;
  name_ = LocalName(qname);
}

std::string_view XmlReader::ParseName() {
  const std::size_t start = pos_;
  while (pos_ < doc_.size()) {
    const char c = doc_[pos_];
    if (IsSpace(c) || c == '/' || c == '>' || c == '=' || c == '<' || c == '"' || c == '\'') break;
    ++pos_;
  }
  if (pos_ == start) Fail("expected a name");
  return doc_.substr(start, pos_ - start);
}

void XmlReader::SkipSpace() {
  while (pos_ < doc_.size() && IsSpace(doc_[pos_])) ++pos_;
}

void XmlReader::DecodeInto(std::string& out, std::string_view raw) const {
  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t special = raw.find_first_of("&\r", i);
    if (special == std::string_view::npos) {
      out.append(raw.substr(i));
      return;
    }
    out.append(raw.substr(i, special - i));
    if (raw[special] == '\r') {
      // XML end-of-line handling: CRLF and lone CR both become LF.
      out.push_back('\n');
      i = special + 1;
      if (i < raw.size() && raw[i] == '\n') ++i;
      continue;
    }
    const std::size_t semi = raw.find(';', special);
    if (semi == std::string_view::npos || semi - special > 12) Fail("unterminated entity");
    const std::string_view entity = raw.substr(special + 1, semi - special - 1);
    if (entity == "lt") {
      out.push_back('<');
    } else if (entity == "gt") {
      out.push_back('>');
    } else if (entity == "amp") {
      out.push_back('&');
    } else if (entity == "quot") {
      out.push_back('"');
    } else if (entity == "apos") {
      out.push_back('\'');
    } else if (entity.starts_with('#')) {
      const bool hex = entity.size() > 1 && (entity[1] == 'x' || entity[1] == 'X');
      const std::string_view digits = entity.substr(hex ? 2 : 1);
      std::uint32_t cp = 0;
      const auto [ptr, ec] =
          std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
      if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size() || cp == 0 ||
          cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        Fail("bad character reference &" + std::string(entity) + ";");
      }
      AppendUtf8(out, cp);
    } else {
      Fail("unknown entity &" + std::string(entity) + ";");
    }
    i = semi + 1;
  }
}

}  // namespace anjian::office
