// Uploaded files are judged by their content, not by what the client says they are: the
// declared Content-Type must be one of the accepted types AND the bytes must carry that type's
// signature (magic bytes). An HTML page declared as image/png is refused, so it can never become
// a hidden-danger photo, a site plan or a notice attachment.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::files {

struct UploadType {
  const char* mime;      // as declared (Content-Type without parameters, lower case)
  const char* label_en;  // "PNG image"
  const char* label_zh;  // "PNG 图片"
  bool image;            // usable as a photo or a site plan
};

// Every type the file upload accepts (PDF, Word, Excel, PNG, JPEG, plain text, ZIP).
const std::vector<UploadType>& AcceptedUploadTypes();
const UploadType* FindUploadType(std::string_view mime);

// Whether `bytes` are what `mime` says:
//   image/png    89 50 4E 47 0D 0A 1A 0A
//   image/jpeg   FF D8 FF
//   application/pdf   "%PDF-"
//   application/msword, application/vnd.ms-excel   OLE2 compound file D0 CF 11 E0 A1 B1 1A E1
//   …wordprocessingml.document (.docx)   ZIP "PK\3\4" holding [Content_Types].xml and word/
//   …spreadsheetml.sheet (.xlsx)         ZIP "PK\3\4" holding [Content_Types].xml and xl/
//   application/zip, application/x-zip-compressed   "PK\3\4" or the empty archive "PK\5\6"
//   text/plain   no NUL and no control byte other than TAB, LF, CR, FF and SUB (0x1A),
//                and none of the binary signatures above
// Errors: content_type/file_type when `mime` is not accepted, body/file_empty, and
// body/file_content when the bytes do not match (both languages name the declared type).
std::vector<FieldError> CheckUploadContent(std::string_view mime, std::string_view bytes);

// The same signature test alone (false for a type that is not accepted).
bool ContentMatches(std::string_view mime, std::string_view bytes);

}  // namespace anjian::files
