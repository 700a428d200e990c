// /api/v1/files: any signed-in user may upload (the file stays the uploader's alone until an
// area attaches it to an object); a download answers with the permission and scope of the
// object the file belongs to, checked in the SQL (file_repository.cpp): anything else is 404,
// which route_matrix_test checks for every role and for the administrators.
#include "files/file_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::files {

void RegisterFileRoutes(api::Router& r) {
  r.Add("POST", "/api/v1/files", api::kAuthenticated, PostFile);
  r.Add("GET", "/api/v1/files/{id}", api::kAuthenticated, GetFile);
}

}  // namespace anjian::files
