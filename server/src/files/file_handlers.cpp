// /api/v1/files handlers: upload an attachment (raw body, judged by content) and download one
// the caller may see (the permission and scope of the object it is attached to).
#include "files/file_handlers.hpp"

#include "core/text.hpp"
#include "files/file_repository.hpp"
#include "files/file_service.hpp"
#include "files/file_type_rules.hpp"
#include "files/files_errors.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/json.hpp"

namespace anjian::files {

using api::Context;
using api::Response;

namespace {

constexpr size_t kNameMaxChars = 200;

std::string BaseName(const std::string& name) {
  size_t cut = name.find_last_of("/\\");
  return cut == std::string::npos ? name : name.substr(cut + 1);
}

}  // namespace

Response PostFile(Context& ctx) {
  std::vector<FieldError> errs;
  std::string raw(ctx.req.Header("x-filename"));
  std::string name = core::Trim(BaseName(api::PercentDecode(raw, false)));
  auto chars = core::Utf8Length(name);
  if (name.empty() || name == "." || name == "..")
    errs.push_back(Err("filename_missing").At("filename"));
  else if (!chars)
    errs.push_back(Err("utf8_invalid").At("filename"));
  else if (*chars > kNameMaxChars)
    errs.push_back(Err("filename_too_long").At("filename", kNameMaxChars));
  else
    core::CheckControlChars(name, core::TextShape::kSingleLine, "filename", errs);
  std::string mime = core::AsciiLower(core::Trim(
      std::string(ctx.req.Header("content-type")).substr(0, ctx.req.Header("content-type").find(';'))));
  // Judged by content: an accepted type, and bytes that carry its signature (file_type_rules.hpp).
  for (auto& e : CheckUploadContent(mime, ctx.req.body)) errs.push_back(std::move(e));
  if (!errs.empty()) core::Invalid(std::move(errs));
  if (ctx.req.body.size() > ctx.svc.config.body_limit)
    throw ApiException{Err("file_too_large").WithCode(ErrorCode::kPayloadTooLarge)};
  auto conn = ctx.svc.db->Acquire();
  auto file = files::UploadFile(*conn, api::ActorOf(ctx), name, mime, ctx.req.body);
  return api::JsonResponse(FileJson(file), 201);
}

Response GetFile(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FileVisible(*conn, ctx.who(), id)) throw ApiException{Error::NotFound("file")};
  auto f = LoadFile(*conn, id);
  if (!f) throw ApiException{Error::NotFound("file")};
  // Always an attachment (never rendered inline); the server adds nosniff to every response.
  return Response::Download(std::move(f->bytes), f->mime, f->name);
}

}  // namespace anjian::files
