// Minimal ZIP container support, enough for .xlsx packages: a writer that deflates entries with
// zlib, and a reader with hard size and entry-count limits because uploads are untrusted.
// No ZIP64, no encryption, no multi-disk archives.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "office/format_error.hpp"

namespace anjian::office {

struct ZipLimits {
  // Sum of the uncompressed sizes of everything extracted through one reader; this, not the
  // compression ratio, is what bounds memory when a small upload claims to expand hugely.
  std::uint64_t max_total_uncompressed = 200ull << 20;
  std::size_t max_entries = 10'000;
};

class ZipWriter {
 public:
  // Throws std::invalid_argument for an empty or duplicate name and std::length_error when the
  // archive would need ZIP64. Deflated entries fall back to stored when that is smaller.
  void Add(std::string name, std::string_view data, bool deflate = true);
  // Same as Add with the entry's bytes in pieces, so a large part need not be concatenated.
  void AddParts(std::string name, std::span<const std::string_view> parts, bool deflate = true);
  // Appends the central directory and returns the archive; the writer is empty afterwards.
  std::string Finish();

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc = 0;
    std::uint32_t compressed_size = 0;
    std::uint32_t uncompressed_size = 0;
    std::uint32_t local_header_offset = 0;
    std::uint16_t method = 0;
  };

  std::string out_;
  std::vector<Entry> entries_;
};

// Random access to the entries of an archive held in memory. Only the central directory is
// parsed up front; Extract inflates on demand so an .xlsx reader touches just the parts it needs.
class ZipReader {
 public:
  // bytes must outlive the reader. Throws FormatError on anything malformed or unsupported.
  explicit ZipReader(std::string_view bytes, ZipLimits limits = {});

  std::vector<std::string> Names() const;
  // Exact match first, then ASCII case-insensitive: OOXML part names are case-insensitive.
  bool Contains(std::string_view name) const;
  // Verifies size and CRC-32. Throws FormatError when missing, corrupt or over the limits.
  std::string Extract(std::string_view name);

 private:
  struct Entry {
    std::uint16_t method = 0;
    std::uint32_t crc = 0;
    std::uint32_t compressed_size = 0;
    std::uint32_t uncompressed_size = 0;
    std::uint32_t local_header_offset = 0;
  };

  const Entry* Find(std::string_view name, std::string* canonical) const;

  std::string_view bytes_;
  ZipLimits limits_;
  std::uint64_t central_directory_offset_ = 0;
  std::map<std::string, Entry, std::less<>> entries_;
  std::uint64_t extracted_total_ = 0;
};

// Extracts every file entry (directories are skipped). Throws FormatError like ZipReader.
std::map<std::string, std::string> ReadZip(std::string_view bytes, ZipLimits limits = {});

}  // namespace anjian::office
