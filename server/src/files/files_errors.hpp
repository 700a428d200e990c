// Error catalogue of files/: uploads (judged by content, file_type_rules.cpp) and attachments.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::files {

inline constexpr core::Rule kFilesErrors[] = {
    // The upload's name travels in the X-Filename header.
    {"filename_missing", "header X-Filename is required", "缺少 X-Filename 请求头（文件名）"},
    {"utf8_invalid", "file name is not valid UTF-8", "文件名不是有效的 UTF-8 编码"},
    {"filename_too_long", "file name must be at most {} characters", "文件名不能超过 {} 个字符"},
    {"file_too_large", "file too large", "文件过大"},
    // Content (file_type_rules.cpp).
    {"file_type", "only PDF, Word, Excel, PNG, JPEG, plain text and ZIP files are accepted",
     "仅支持 PDF、Word、Excel、PNG、JPEG、纯文本和 ZIP 文件"},
    {"file_empty", "the file is empty", "文件内容为空"},
    // {0}: the declared type in English, {1} in Chinese.
    {"file_content",
     "the file's content is not a {0} as declared; choose the file again or save it in that format",
     "文件内容与声明的类型不符：不是 {1}，请重新选择文件或另存为该格式"},
    // Attachments of other areas' objects (file_service.cpp).
    {"file_unknown", "file {} does not exist", "附件 {} 不存在"},
    {"image_required", "must be a PNG or JPEG image", "须为 PNG 或 JPEG 图片"},
};
static_assert(core::UniqueIds(kFilesErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kFilesErrors, id); }

}  // namespace anjian::files
