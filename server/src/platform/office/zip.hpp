// Minimal ZIP container support, enough for .xlsx packages: a writer that deflates entries with
// zlib, and a reader with hard size and entry-count limits because uploads are untrusted.
// No ZIP64, no encryption, no multi-disk archives.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/office/format_error.hpp"

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

// Writes an archive straight to a file, entry by entry, so an entry of any size (a large report
// sheet) needs only a small buffer. Local headers are patched with the sizes once an entry is
// complete (the file is seekable), as ZipWriter does in memory. Throws std::runtime_error on I/O
// failure and std::length_error beyond ZIP32 sizes. The file is left incomplete unless Finish()
// ran; the caller deletes it then.
class ZipFileWriter {
 public:
  // level: zlib compression level (1 = fastest .. 9 = smallest).
  explicit ZipFileWriter(const std::string& path, int level = 6);
  ~ZipFileWriter();
  ZipFileWriter(const ZipFileWriter&) = delete;
  ZipFileWriter& operator=(const ZipFileWriter&) = delete;

  // A whole entry at once (deflated).
  void Add(std::string name, std::string_view data);
  // An entry written in pieces: BeginEntry, any number of Write, EndEntry.
  void BeginEntry(std::string name);
  void Write(std::string_view data);
  void EndEntry();
  // Appends the central directory and closes the file.
  void Finish();

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc = 0;
    std::uint32_t compressed_size = 0;
    std::uint32_t uncompressed_size = 0;
    std::uint32_t local_header_offset = 0;
  };
  class Stream;

  void Emit(std::string_view bytes);

  std::FILE* file_ = nullptr;
  int level_;
  std::uint64_t offset_ = 0;
  std::vector<Entry> entries_;
  std::unique_ptr<Stream> open_;  // the entry being written, if any
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
  // The same checks, but the content is handed to `sink` in pieces of at most 64 KiB as it is
  // inflated, so a large part is never held whole. The CRC-32 is verified after the last piece:
  // a corrupt entry throws only once the sink has seen (part of) its content.
  void ExtractTo(std::string_view name, const std::function<void(std::string_view)>& sink);

 private:
  struct Entry {
    std::uint16_t method = 0;
    std::uint32_t crc = 0;
    std::uint32_t compressed_size = 0;
    std::uint32_t uncompressed_size = 0;
    std::uint32_t local_header_offset = 0;
  };

  const Entry* Find(std::string_view name, std::string* canonical) const;
  // Locates the compressed bytes of an entry and charges its size to the budget.
  std::string_view Packed(const Entry& e, const std::string& canonical);

  std::string_view bytes_;
  ZipLimits limits_;
  std::uint64_t central_directory_offset_ = 0;
  std::map<std::string, Entry, std::less<>> entries_;
  std::uint64_t extracted_total_ = 0;
};

// Extracts every file entry (directories are skipped). Throws FormatError like ZipReader.
std::map<std::string, std::string> ReadZip(std::string_view bytes, ZipLimits limits = {});

}  // namespace anjian::office
