// /api/v1/files: upload an attachment (raw body) and download one the caller may see.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "files/file_type_rules.hpp"
#include "core/text.hpp"
#include "files/file_store.hpp"

namespace anjian::notices {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::string BaseName(const std::string& name) {
  size_t cut = name.find_last_of("/\\");
  return cut == std::string::npos ? name : name.substr(cut + 1);
}

Response Upload(Context& ctx) {
  std::vector<FieldError> errs;
  std::string raw(ctx.req.Header("x-filename"));
  std::string name = domain::Trim(BaseName(api::PercentDecode(raw, false)));
  auto chars = domain::Utf8Length(name);
  if (name.empty() || name == "." || name == "..")
    errs.push_back({"filename", "required", "header X-Filename is required",
                    "缺少 X-Filename 请求头（文件名）"});
  else if (!chars)
    errs.push_back({"filename", "utf8_invalid", "file name is not valid UTF-8",
                    "文件名不是有效的 UTF-8 编码"});
  else if (*chars > 200)
    errs.push_back({"filename", "max_length", "file name must be at most 200 characters",
                    "文件名不能超过 200 个字符"});
  else
    domain::CheckControlChars(name, domain::TextShape::kSingleLine, "filename", errs);
  std::string mime = domain::AsciiLower(domain::Trim(
      std::string(ctx.req.Header("content-type")).substr(0, ctx.req.Header("content-type").find(';'))));
  // Judged by content: an accepted type, and bytes that carry its signature (file_type.hpp).
  for (auto& e : domain::CheckUploadContent(mime, ctx.req.body)) errs.push_back(std::move(e));
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  if (ctx.req.body.size() > ctx.svc.config.body_limit)
    throw ApiException{Error{ErrorCode::kPayloadTooLarge, "file too large", "文件过大", {}}};
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto file = InsertFile(*conn, ctx.who().user_id, name, mime, ctx.req.body);
  audit::Append(*conn, api::ActorOf(ctx.who()), "upload", "file",
                std::to_string(file.at("id").as_int64()), nullptr, file);
  tx.Commit();
  return api::JsonResponse(file, 201);
}

Response Download(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FileVisible(*conn, ctx.who(), id)) throw ApiException{Error::NotFound("file")};
  auto f = LoadFile(*conn, id);
  if (!f) throw ApiException{Error::NotFound("file")};
  // Always an attachment (never rendered inline); the server adds nosniff to every response.
  return Response::Download(std::move(f->bytes), f->mime, f->name);
}

}  // namespace

void RegisterFileRoutes(api::Router& r) {
  r.Add("POST", "/api/v1/files", api::kAuthenticated, Upload);
  r.Add("GET", "/api/v1/files/{id}", api::kAuthenticated, Download);
}

}  // namespace anjian::notices
