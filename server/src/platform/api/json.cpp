#include "platform/api/json.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include "core/text.hpp"
#include "platform/api/api_errors.hpp"

namespace anjian::api {

size_t Utf8Length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
    --e;
  return std::string(s.substr(b, e - b));
}

namespace {

// A second, event-level pass over JSON that Boost.JSON has already accepted: it finds what the
// DOM hides — a key repeated in one object (json::parse keeps the last one silently) — and
// applies the control-character rule (core/text.hpp) to every string and key, wherever in
// the document and whoever reads it later. Errors name the innermost key.
class RequestJsonCheck {
 public:
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);

  explicit RequestJsonCheck(std::vector<FieldError>* errors) : errors_(errors) {}

  bool on_document_begin(boost::system::error_code&) { return true; }
  bool on_document_end(boost::system::error_code&) { return true; }
  bool on_array_begin(boost::system::error_code&) {
    levels_.push_back({Field(), {}});
    return true;
  }
  bool on_array_end(std::size_t, boost::system::error_code&) {
    levels_.pop_back();
    return true;
  }
  bool on_object_begin(boost::system::error_code&) {
    levels_.push_back({"", {}});
    return true;
  }
  bool on_object_end(std::size_t, boost::system::error_code&) {
    levels_.pop_back();
    return true;
  }
  bool on_string_part(json::string_view s, std::size_t, boost::system::error_code&) {
    text_.append(s.data(), s.size());
    return true;
  }
  bool on_string(json::string_view s, std::size_t, boost::system::error_code&) {
    text_.append(s.data(), s.size());
    if (auto c = core::FindControlChar(text_, core::TextShape::kMultiLine))
      Add(core::ControlCharError(Field(), *c));
    text_.clear();
    return true;
  }
  bool on_key_part(json::string_view s, std::size_t, boost::system::error_code&) {
    text_.append(s.data(), s.size());
    return true;
  }
  bool on_key(json::string_view s, std::size_t, boost::system::error_code&) {
    text_.append(s.data(), s.size());
    Level& obj = levels_.back();
    if (core::FindControlChar(text_, core::TextShape::kSingleLine)) {
      Add(Err("field_name_control_character").At(""));
    } else if (!obj.keys.insert(text_).second) {
      Add(Err("duplicate_key").At(text_));
    }
    obj.key = std::move(text_);
    text_.clear();
    return true;
  }
  bool on_number_part(json::string_view, boost::system::error_code&) { return true; }
  bool on_int64(std::int64_t, json::string_view, boost::system::error_code&) { return true; }
  bool on_uint64(std::uint64_t, json::string_view, boost::system::error_code&) { return true; }
  bool on_double(double, json::string_view, boost::system::error_code&) { return true; }
  bool on_bool(bool, boost::system::error_code&) { return true; }
  bool on_null(boost::system::error_code&) { return true; }
  bool on_comment_part(json::string_view, boost::system::error_code&) { return true; }
  bool on_comment(json::string_view, boost::system::error_code&) { return true; }

 private:
  struct Level {
    std::string key;  // objects: the key being read; arrays: the key that holds the array
    std::set<std::string> keys;
  };
  std::string Field() const { return levels_.empty() ? "" : levels_.back().key; }
  void Add(FieldError e) {
    for (const auto& x : *errors_)
      if (x.field == e.field && x.rule == e.rule) return;
    errors_->push_back(std::move(e));
  }

  std::vector<FieldError>* errors_;
  std::vector<Level> levels_;
  std::string text_;
};

json::parse_options RequestParseOptions() {
  json::parse_options opt;
  opt.max_depth = 32;
  return opt;
}

}  // namespace

json::value ParseRequestJson(std::string_view text, std::vector<FieldError>& errors) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec, {}, RequestParseOptions());
  if (ec)
    throw ApiException{Err("json_malformed").BadRequest(ec.message())};
  json::basic_parser<RequestJsonCheck> check(RequestParseOptions(), &errors);
  check.write_some(false, text.data(), text.size(), ec);  // cannot fail: parse accepted it
  return v;
}

json::object ParseJsonBody(std::string_view body) {
  std::vector<FieldError> errors;
  json::value v = ParseRequestJson(body.empty() ? std::string_view("{}") : body, errors);
  if (!v.is_object())
    throw ApiException{Err("json_not_object").BadRequest()};
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};
  return std::move(v.as_object());
}

JsonInput::JsonInput(const std::string& body) : obj_(ParseJsonBody(body)) {}

JsonInput::JsonInput(const json::object& obj) : obj_(obj) {}

void JsonInput::AddError(FieldError e) {
  for (const auto& x : errors_)
    if (x.field == e.field && x.rule == e.rule && x.message == e.message) return;
  errors_.push_back(std::move(e));
}

bool JsonInput::Has(const char* key) const {
  auto it = obj_.find(key);
  return it != obj_.end() && !it->value().is_null();
}

const json::value* JsonInput::Get(const char* key) {
  seen_.insert(key);
  auto it = obj_.find(key);
  if (it == obj_.end() || it->value().is_null()) return nullptr;
  return &it->value();
}

void JsonInput::TypeError(const char* key, const JsonType& want) {
  errors_.push_back(Err("type").At(key, want.en, want.zh));
}

std::string JsonInput::Str(const char* key, bool required, size_t max_chars) {
  auto v = OptStr(key, max_chars);
  if (!v || v->empty()) {
    if (required && v.has_value() == Has(key))  // not already reported as a type error
      errors_.push_back(Err("required").At(key));
    return v.value_or("");
  }
  return *v;
}

std::optional<std::string> JsonInput::OptStr(const char* key, size_t max_chars) {
  const json::value* v = Get(key);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    TypeError(key, kString);
    return std::nullopt;
  }
  std::string s = Trim(std::string_view(v->as_string()));
  // Control characters: one rule for every field (core/text.hpp). Any other control
  // character was refused when the body was parsed; here single-line fields refuse TAB, LF, CR.
  if (auto c = core::FindControlChar(s, core::ShapeForLimit(max_chars)))
    AddError(core::ControlCharError(key, *c));
  if (Utf8Length(s) > max_chars) {
    errors_.push_back(Err("max_length").At(key, max_chars));
  }
  return s;
}

std::optional<int64_t> JsonInput::Int(const char* key, bool required) {
  const json::value* v = Get(key);
  if (!v) {
    if (required) errors_.push_back(Err("required").At(key));
    return std::nullopt;
  }
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64() && v->as_uint64() <= INT64_MAX) return static_cast<int64_t>(v->as_uint64());
  if (v->is_double() && v->as_double() == static_cast<double>(static_cast<int64_t>(v->as_double())))
    return static_cast<int64_t>(v->as_double());
  TypeError(key, kInteger);
  return std::nullopt;
}

std::optional<double> JsonInput::Num(const char* key) {
  const json::value* v = Get(key);
  if (!v) return std::nullopt;
  if (v->is_number()) return v->to_number<double>();
  TypeError(key, kNumber);
  return std::nullopt;
}

bool JsonInput::Bool(const char* key, bool fallback) {
  const json::value* v = Get(key);
  if (!v) return fallback;
  if (v->is_bool()) return v->as_bool();
  TypeError(key, kBoolean);
  return fallback;
}

std::vector<int64_t> JsonInput::IdList(const char* key, size_t max_items) {
  std::vector<int64_t> out;
  const json::value* v = Get(key);
  if (!v) return out;
  if (!v->is_array()) {
    TypeError(key, kIdArray);
    return out;
  }
  if (v->as_array().size() > max_items) {
    errors_.push_back(Err("max_items").At(key, max_items));
    return out;
  }
  for (const auto& e : v->as_array()) {
    if (e.is_int64() && e.as_int64() > 0) {
      out.push_back(e.as_int64());
    } else {
      TypeError(key, kPositiveIdArray);
      return {};
    }
  }
  return out;
}

std::vector<std::string> JsonInput::StrList(const char* key, size_t max_items) {
  std::vector<std::string> out;
  const json::value* v = Get(key);
  if (!v) return out;
  if (!v->is_array() || v->as_array().size() > max_items) {
    TypeError(key, kStringArray);
    return out;
  }
  for (const auto& e : v->as_array()) {
    if (!e.is_string()) {
      TypeError(key, kStringArray);
      return {};
    }
    out.emplace_back(e.as_string());
    if (auto c = core::FindControlChar(out.back(), core::TextShape::kSingleLine))
      AddError(core::ControlCharError(key, *c));
  }
  return out;
}

json::object JsonInput::Obj(const char* key) {
  const json::value* v = Get(key);
  if (!v) return {};
  if (!v->is_object()) {
    TypeError(key, kObject);
    return {};
  }
  return v->as_object();
}

json::array JsonInput::Arr(const char* key, size_t max_items) {
  const json::value* v = Get(key);
  if (!v) return {};
  if (!v->is_array()) {
    TypeError(key, kArray);
    return {};
  }
  if (v->as_array().size() > max_items) {
    errors_.push_back(Err("max_items").At(key, max_items));
    return {};
  }
  return v->as_array();
}

std::vector<FieldError> JsonInput::TakeErrors() {
  for (const auto& kv : obj_) {
    std::string k(kv.key());
    if (!seen_.count(k))
      errors_.push_back(Err("unknown_field").At(k));
  }
  return std::move(errors_);
}

void JsonInput::Finish() {
  for (const auto& kv : obj_) {
    std::string k(kv.key());
    if (!seen_.count(k))
      errors_.push_back(Err("unknown_field").At(k));
  }
  if (!errors_.empty()) throw ApiException{Error::Validation(std::move(errors_))};
}

json::value ErrorJson(const Error& e) {
  json::object o;
  o["code"] = ErrorCodeName(e.code);
  o["message"] = e.message;
  o["message_zh"] = e.message_zh;
  json::array errs;
  for (const auto& fe : e.errors) {
    errs.push_back(json::object{{"field", fe.field},
                                {"rule", fe.rule},
                                {"message", fe.message},
                                {"message_zh", fe.message_zh}});
  }
  o["errors"] = std::move(errs);
  return o;
}

Response JsonResponse(const json::value& v, int status) {
  Response r;
  r.status = status;
  r.body = json::serialize(v);
  return r;
}

Response ErrorResponse(const Error& e) { return JsonResponse(ErrorJson(e), HttpStatusFor(e.code)); }

json::object PageJson(json::array items, int64_t total, int64_t page, int64_t page_size) {
  return json::object{{"items", std::move(items)},
                      {"total", total},
                      {"page", page},
                      {"page_size", page_size}};
}

std::string StringAt(const json::object& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
}

json::value NullableStr(const std::optional<std::string>& s) {
  if (!s) return nullptr;
  return json::string(*s);
}

}  // namespace anjian::api
