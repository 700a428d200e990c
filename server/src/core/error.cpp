#include "core/error.hpp"

#include "core/error_catalogue.hpp"

namespace anjian {

Error Error::Validation(std::vector<FieldError> errs) {
  Error e;
  e.code = ErrorCode::kValidationFailed;
  if (!errs.empty()) {
    e.message = errs.front().field.empty() ? errs.front().message
                                           : errs.front().field + ": " + errs.front().message;
    e.message_zh = errs.front().field.empty() ? errs.front().message_zh
                                              : errs.front().field + "：" + errs.front().message_zh;
  } else {
    e.message = "validation failed";
    e.message_zh = "数据校验失败";
  }
  e.errors = std::move(errs);
  return e;
}

Error Error::NotFound(std::string what) {
  Error e;
  e.code = ErrorCode::kNotFound;
  e.message = what + " not found";
  e.message_zh = "未找到记录";
  return e;
}

Error Error::Forbidden(std::string message, std::string message_zh) {
  return Error{ErrorCode::kForbidden, std::move(message), std::move(message_zh), {}};
}

Error Error::Conflict(std::string message, std::string message_zh) {
  return Error{ErrorCode::kConflict, std::move(message), std::move(message_zh), {}};
}

Error Error::BadRequest(std::string message, std::string message_zh) {
  return Error{ErrorCode::kBadRequest, std::move(message), std::move(message_zh), {}};
}

Error Error::Unauthenticated(std::string message, std::string message_zh) {
  return Error{ErrorCode::kUnauthenticated, std::move(message), std::move(message_zh), {}};
}

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadRequest: return "bad_request";
    case ErrorCode::kUnauthenticated: return "unauthenticated";
    case ErrorCode::kForbidden: return "forbidden";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kMethodNotAllowed: return "method_not_allowed";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kPayloadTooLarge: return "payload_too_large";
    case ErrorCode::kValidationFailed: return "validation_failed";
    case ErrorCode::kLocked: return "locked";
    case ErrorCode::kRateLimited: return "rate_limited";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

int HttpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadRequest: return 400;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kMethodNotAllowed: return 405;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kPayloadTooLarge: return 413;
    case ErrorCode::kValidationFailed: return 422;
    case ErrorCode::kLocked: return 423;
    case ErrorCode::kRateLimited: return 429;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

namespace core {

void Invalid(FieldError error) {
  throw ApiException{Error::Validation({std::move(error)})};
}

void Invalid(std::vector<FieldError> errors) {
  throw ApiException{Error::Validation(std::move(errors))};
}

}  // namespace core

}  // namespace anjian
