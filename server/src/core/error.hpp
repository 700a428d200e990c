// Error values shared by every module. Expected failures (bad input, not found, refused by a
// rule) travel as values; exceptions are reserved for broken invariants and I/O faults.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace anjian {

// One violated rule on one input field, in both UI languages.
struct FieldError {
  std::string field;       // JSON field name, e.g. "uscc"; "" for the whole request
  std::string rule;        // stable machine name, e.g. "uscc_check_char"
  std::string message;     // English
  std::string message_zh;  // 简体中文
};

enum class ErrorCode {
  kBadRequest,        // 400
  kUnauthenticated,   // 401
  kForbidden,         // 403
  kNotFound,          // 404
  kMethodNotAllowed,  // 405
  kConflict,          // 409
  kPayloadTooLarge,   // 413
  kValidationFailed,  // 422
  kLocked,            // 423
  kRateLimited,       // 429
  kInternal,          // 500
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string message_zh;
  std::vector<FieldError> errors;

  static Error Validation(std::vector<FieldError> errs);
  static Error NotFound(std::string what = "resource");
  static Error Forbidden(std::string message = "forbidden", std::string message_zh = "无权执行此操作");
  static Error Conflict(std::string message, std::string message_zh);
  static Error BadRequest(std::string message, std::string message_zh);
  static Error Unauthenticated(std::string message = "authentication required",
                               std::string message_zh = "请先登录");
};

// Thrown by service code to abort the current request (and roll back its transaction).
struct ApiException {
  Error error;
};

const char* ErrorCodeName(ErrorCode code);
int HttpStatusFor(ErrorCode code);

}  // namespace anjian
