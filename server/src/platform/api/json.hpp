// JSON input checking and output helpers over Boost.JSON. JsonInput accumulates every
// field error (wrong type, too long, missing, unknown field) so a client learns all of its
// mistakes from one response; Finish() throws them as one 422.
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/api/request.hpp"
#include "core/error.hpp"

namespace anjian::api {

namespace json = boost::json;

struct JsonType;  // api_errors.hpp

// Every JSON text from a request goes through here. Throws ApiException 400 for malformed JSON
// (syntax, invalid UTF-8, nesting deeper than 32); appends to `errors` a duplicate_key error for
// a key given twice in one object (Boost.JSON would keep the last silently) and a
// control_character error for a string holding a control character other than TAB, LF, CR
// (core/text.hpp), each naming the innermost key.
json::value ParseRequestJson(std::string_view text, std::vector<FieldError>& errors);
// A request body as an object ("" counts as {}): 400 as above or for a non-object, 422 for the
// errors above. JsonInput(body) uses it; handlers that need the raw object call it directly.
json::object ParseJsonBody(std::string_view body);

class JsonInput {
 public:
  // Throws like ParseJsonBody. Strings read with Str/OptStr/StrList are checked again for
  // control characters in the field's shape: fields of at most 200 characters (and list
  // items) are single-line and refuse TAB, LF and CR as well.
  explicit JsonInput(const std::string& body);
  explicit JsonInput(const json::object& obj);

  bool Has(const char* key) const;
  // Strings are trimmed. `max_chars` counts UTF-8 code points.
  std::string Str(const char* key, bool required = false, size_t max_chars = 200);
  std::optional<std::string> OptStr(const char* key, size_t max_chars = 200);
  std::optional<int64_t> Int(const char* key, bool required = false);
  std::optional<double> Num(const char* key);
  bool Bool(const char* key, bool fallback = false);
  std::vector<int64_t> IdList(const char* key, size_t max_items = 10000);
  std::vector<std::string> StrList(const char* key, size_t max_items = 1000);
  json::object Obj(const char* key);  // empty object when absent
  // Array of any values (checked by the caller); empty when absent or too long.
  json::array Arr(const char* key, size_t max_items = 10000);

  // Adds an error unless the same field already has the same rule with the same message (two
  // layers — this input and a domain validator — may find the same fault; one rule may name
  // several faults of one field, e.g. each permission a role may not hold).
  void AddError(FieldError e);
  std::vector<FieldError>& errors() { return errors_; }
  // Marks unknown keys as errors and throws all collected errors, if any.
  void Finish();
  // Marks unknown keys as errors and hands every collected error over (nested objects: the
  // caller prefixes the fields and adds them to the outer input).
  std::vector<FieldError> TakeErrors();

 private:
  const json::value* Get(const char* key);
  void TypeError(const char* key, const JsonType& want);

  json::object obj_;
  std::set<std::string> seen_;
  std::vector<FieldError> errors_;
};

size_t Utf8Length(std::string_view s);
std::string Trim(std::string_view s);

Response JsonResponse(const json::value& v, int status = 200);
Response ErrorResponse(const Error& e);
json::value ErrorJson(const Error& e);

// {"items": [...], "total": n, "page": p, "page_size": s}
json::object PageJson(json::array items, int64_t total, int64_t page, int64_t page_size);

// The string at `key`, or "" when absent or not a string.
std::string StringAt(const json::object& o, const char* key);

// Optional text column value → JSON string or null.
json::value NullableStr(const std::optional<std::string>& s);

}  // namespace anjian::api
