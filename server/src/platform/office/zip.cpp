#include "platform/office/zip.hpp"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <utility>

namespace anjian::office {
namespace {

constexpr std::uint32_t kLocalHeaderSig = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSig = 0x02014b50;
constexpr std::uint32_t kEndOfCentralDirSig = 0x06054b50;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kEndOfCentralDirSize = 22;
constexpr std::uint16_t kMethodStored = 0;
constexpr std::uint16_t kMethodDeflate = 8;
constexpr std::uint16_t kFlagEncrypted = 0x0001;
constexpr std::uint16_t kFlagUtf8Names = 0x0800;
constexpr std::uint16_t kVersion20 = 20;
// A fixed timestamp (1980-01-01 00:00) keeps output byte-identical for identical input;
// spreadsheet applications ignore entry times.
constexpr std::uint16_t kDosTime = 0;
constexpr std::uint16_t kDosDate = (1 << 5) | 1;
// zlib counts in uInt; feed it in slices that fit on every platform.
constexpr std::size_t kZlibSlice = 1u << 30;

void Put16(std::string& out, std::uint16_t v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>(v >> 8));
}

void Put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void Patch32(std::string& out, std::size_t pos, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out[pos + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

std::uint16_t Get16(std::string_view b, std::size_t pos) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[pos]) |
                                    (static_cast<unsigned char>(b[pos + 1]) << 8));
}

std::uint32_t Get32(std::string_view b, std::size_t pos) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[pos + i]);
  return v;
}

std::uint32_t Crc32Update(std::uint32_t crc, std::string_view data) {
  uLong c = crc;
  while (!data.empty()) {
    const std::size_t n = std::min(data.size(), kZlibSlice);
    c = crc32(c, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(n));
    data.remove_prefix(n);
  }
  return static_cast<std::uint32_t>(c);
}

std::uint32_t CheckedU32(std::uint64_t v, const char* what) {
  if (v > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error(std::string("zip: ") + what + " exceeds 4 GiB (ZIP64 unsupported)");
  }
  return static_cast<std::uint32_t>(v);
}

// Raw deflate appended straight into out, so the compressed copy is the only one held.
class Deflater {
 public:
  explicit Deflater(int level = Z_DEFAULT_COMPRESSION) {
    if (deflateInit2(&zs_, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
      throw std::runtime_error("zip: deflateInit2 failed");
    }
  }
  ~Deflater() { deflateEnd(&zs_); }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  void Feed(std::string& out, std::string_view data, bool last) {
    do {
      const std::size_t n = std::min(data.size(), kZlibSlice);
      zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
      zs_.avail_in = static_cast<uInt>(n);
      data.remove_prefix(n);
      const int flush = (last && data.empty()) ? Z_FINISH : Z_NO_FLUSH;
      int ret;
      do {
        constexpr std::size_t kChunk = 64 * 1024;
        const std::size_t old = out.size();
        out.resize(old + kChunk);
        zs_.next_out = reinterpret_cast<Bytef*>(out.data() + old);
        zs_.avail_out = kChunk;
        ret = deflate(&zs_, flush);
        out.resize(old + kChunk - zs_.avail_out);
        if (ret == Z_STREAM_ERROR) throw std::runtime_error("zip: deflate failed");
      } while (zs_.avail_out == 0 || (flush == Z_FINISH && ret != Z_STREAM_END));
    } while (!data.empty());
  }

 private:
  z_stream zs_{};
};

}  // namespace

void ZipWriter::Add(std::string name, std::string_view data, bool use_deflate) {
  const std::string_view parts[] = {data};
  AddParts(std::move(name), parts, use_deflate);
}

void ZipWriter::AddParts(std::string name, std::span<const std::string_view> parts,
                         bool use_deflate) {
  if (name.empty() || name.size() > 0xFFFF) throw std::invalid_argument("zip: bad entry name");
  for (const Entry& e : entries_) {
    if (e.name == name) throw std::invalid_argument("zip: duplicate entry " + name);
  }
  if (entries_.size() >= 0xFFFF) throw std::length_error("zip: too many entries for ZIP32");

  Entry entry;
  entry.name = std::move(name);
  entry.local_header_offset = CheckedU32(out_.size(), "archive");

  std::uint64_t size = 0;
  std::uint32_t crc = Crc32Update(0, {});
  for (std::string_view p : parts) {
    size += p.size();
    crc = Crc32Update(crc, p);
  }
  entry.uncompressed_size = CheckedU32(size, "entry");
  entry.crc = crc;

  // Sizes are patched in afterwards instead of using a data descriptor, which some readers
  // handle poorly; we have the whole output in memory anyway.
  const std::size_t header = out_.size();
  Put32(out_, kLocalHeaderSig);
  Put16(out_, kVersion20);
  Put16(out_, kFlagUtf8Names);
  Put16(out_, kMethodStored);
  Put16(out_, kDosTime);
  Put16(out_, kDosDate);
  Put32(out_, entry.crc);
  Put32(out_, 0);
  Put32(out_, entry.uncompressed_size);
  Put16(out_, static_cast<std::uint16_t>(entry.name.size()));
  Put16(out_, 0);
  out_ += entry.name;
  const std::size_t data_start = out_.size();

  bool stored = true;
  if (use_deflate && size > 0) {
    Deflater d;
    for (std::size_t i = 0; i < parts.size(); ++i) d.Feed(out_, parts[i], i + 1 == parts.size());
    if (out_.size() - data_start < size) {
      stored = false;
    } else {
      out_.resize(data_start);  // incompressible: storing is smaller and cheaper to read
    }
  }
  if (stored) {
    for (std::string_view p : parts) out_.append(p);
  }
  entry.method = stored ? kMethodStored : kMethodDeflate;
  entry.compressed_size = CheckedU32(out_.size() - data_start, "entry");
  CheckedU32(out_.size(), "archive");
  out_[header + 8] = static_cast<char>(entry.method);
  Patch32(out_, header + 18, entry.compressed_size);
  entries_.push_back(std::move(entry));
}

std::string ZipWriter::Finish() {
  const std::uint32_t cd_offset = CheckedU32(out_.size(), "archive");
  for (const Entry& e : entries_) {
    Put32(out_, kCentralHeaderSig);
    Put16(out_, kVersion20);  // made by: MS-DOS host, spec 2.0
    Put16(out_, kVersion20);
    Put16(out_, kFlagUtf8Names);
    Put16(out_, e.method);
    Put16(out_, kDosTime);
    Put16(out_, kDosDate);
    Put32(out_, e.crc);
    Put32(out_, e.compressed_size);
    Put32(out_, e.uncompressed_size);
    Put16(out_, static_cast<std::uint16_t>(e.name.size()));
    Put16(out_, 0);  // extra
    Put16(out_, 0);  // comment
    Put16(out_, 0);  // disk
    Put16(out_, 0);  // internal attributes
    Put32(out_, 0);  // external attributes
    Put32(out_, e.local_header_offset);
    out_ += e.name;
  }
  const std::uint32_t cd_size = CheckedU32(out_.size() - cd_offset, "central directory");
  Put32(out_, kEndOfCentralDirSig);
  Put16(out_, 0);
  Put16(out_, 0);
  Put16(out_, static_cast<std::uint16_t>(entries_.size()));
  Put16(out_, static_cast<std::uint16_t>(entries_.size()));
  Put32(out_, cd_size);
  Put32(out_, cd_offset);
  Put16(out_, 0);
  entries_.clear();
  return std::exchange(out_, {});
}

ZipReader::ZipReader(std::string_view bytes, ZipLimits limits) : bytes_(bytes), limits_(limits) {
  if (bytes.size() < kEndOfCentralDirSize) {
    throw FormatError("not a zip file (too short)", "不是有效的 xlsx/zip 文件");
  }
  // The end record sits before an optional comment of at most 64 KiB; scan back for it.
  std::size_t eocd = std::string_view::npos;
  const std::size_t last = bytes.size() - kEndOfCentralDirSize;
  const std::size_t first = last > 0xFFFF ? last - 0xFFFF : 0;
  for (std::size_t p = last + 1; p-- > first;) {
    if (Get32(bytes, p) == kEndOfCentralDirSig) {
      eocd = p;
      break;
    }
  }
  if (eocd == std::string_view::npos) {
    throw FormatError("not a zip file (no end of central directory record)",
                      "不是有效的 xlsx/zip 文件");
  }
  const std::uint16_t disk = Get16(bytes, eocd + 4);
  const std::uint16_t cd_disk = Get16(bytes, eocd + 6);
  const std::uint16_t count_here = Get16(bytes, eocd + 8);
  const std::uint16_t count = Get16(bytes, eocd + 10);
  const std::uint32_t cd_size = Get32(bytes, eocd + 12);
  const std::uint32_t cd_offset = Get32(bytes, eocd + 16);
  if (count == 0xFFFF || cd_offset == 0xFFFFFFFF || cd_size == 0xFFFFFFFF) {
    throw FormatError("ZIP64 archives are not supported");
  }
  if (disk != 0 || cd_disk != 0 || count_here != count) {
    throw FormatError("multi-part zip archives are not supported");
  }
  if (count > limits_.max_entries) {
    throw FormatError("zip has " + std::to_string(count) + " entries, limit is " +
                          std::to_string(limits_.max_entries),
                      "压缩包内文件数量超出限制");
  }
  if (std::uint64_t{cd_offset} + cd_size > eocd) {
    throw FormatError("zip central directory lies outside the file (truncated?)");
  }
  central_directory_offset_ = cd_offset;

  std::size_t p = cd_offset;
  const std::size_t cd_end = std::size_t{cd_offset} + cd_size;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (p + kCentralHeaderSize > cd_end || Get32(bytes, p) != kCentralHeaderSig) {
      throw FormatError("zip central directory entry " + std::to_string(i) + " is malformed");
    }
    const std::uint16_t flags = Get16(bytes, p + 8);
    Entry e;
    e.method = Get16(bytes, p + 10);
    e.crc = Get32(bytes, p + 16);
    e.compressed_size = Get32(bytes, p + 20);
    e.uncompressed_size = Get32(bytes, p + 24);
    const std::uint16_t name_len = Get16(bytes, p + 28);
    const std::uint16_t extra_len = Get16(bytes, p + 30);
    const std::uint16_t comment_len = Get16(bytes, p + 32);
    e.local_header_offset = Get32(bytes, p + 42);
    const std::size_t next = p + kCentralHeaderSize + name_len + extra_len + comment_len;
    if (next > cd_end) throw FormatError("zip central directory entry overruns the directory");
    std::string name(bytes.substr(p + kCentralHeaderSize, name_len));
    p = next;

    if (flags & kFlagEncrypted) {
      throw FormatError("zip entry " + name + " is encrypted", "文件已加密，请先取消密码保护");
    }
    if (e.compressed_size == 0xFFFFFFFF || e.uncompressed_size == 0xFFFFFFFF ||
        e.local_header_offset == 0xFFFFFFFF) {
      throw FormatError("ZIP64 archives are not supported");
    }
    if (!name.empty() && name.back() == '/') continue;  // directory entry
    if (e.method != kMethodStored && e.method != kMethodDeflate) {
      throw FormatError("zip entry " + name + " uses unsupported compression method " +
                        std::to_string(e.method));
    }
    if (name.empty()) throw FormatError("zip entry with empty name");
    if (!entries_.emplace(std::move(name), e).second) {
      throw FormatError("zip contains duplicate entries");
    }
  }
}

std::vector<std::string> ZipReader::Names() const {
  std::vector<std::string> names;
  names.reserve(entries_.size());
  for (const auto& [name, e] : entries_) names.push_back(name);
  return names;
}

const ZipReader::Entry* ZipReader::Find(std::string_view name, std::string* canonical) const {
  if (auto it = entries_.find(name); it != entries_.end()) {
    if (canonical) *canonical = it->first;
    return &it->second;
  }
  const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  for (const auto& [n, e] : entries_) {
    if (n.size() == name.size() &&
        std::equal(n.begin(), n.end(), name.begin(),
                   [&](char a, char b) { return lower(a) == lower(b); })) {
      if (canonical) *canonical = n;
      return &e;
    }
  }
  return nullptr;
}

bool ZipReader::Contains(std::string_view name) const { return Find(name, nullptr) != nullptr; }

std::string_view ZipReader::Packed(const Entry& e, const std::string& canonical) {
  const std::size_t h = e.local_header_offset;
  if (std::uint64_t{h} + kLocalHeaderSize > central_directory_offset_ ||
      Get32(bytes_, h) != kLocalHeaderSig) {
    throw FormatError("zip local header of " + canonical + " is malformed");
  }
  // The local extra field may differ from the central one, so its length is read here.
  const std::uint64_t data_start =
      std::uint64_t{h} + kLocalHeaderSize + Get16(bytes_, h + 26) + Get16(bytes_, h + 28);
  if (data_start + e.compressed_size > central_directory_offset_) {
    throw FormatError("zip entry " + canonical + " overruns the archive (truncated?)");
  }
  if (e.uncompressed_size > limits_.max_total_uncompressed - extracted_total_) {
    throw FormatError("zip content expands beyond the limit of " +
                          std::to_string(limits_.max_total_uncompressed >> 20) + " MiB",
                      "文件解压后过大");
  }
  if (e.method == kMethodStored && e.compressed_size != e.uncompressed_size) {
    throw FormatError("zip stored entry " + canonical + " has inconsistent sizes");
  }
  return bytes_.substr(data_start, e.compressed_size);
}

std::string ZipReader::Extract(std::string_view name) {
  std::string canonical;
  const Entry* found = Find(name, &canonical);
  if (!found) throw FormatError("zip entry " + std::string(name) + " not found");
  const Entry& e = *found;
  const std::string_view packed = Packed(e, canonical);

  std::string out;
  if (e.method == kMethodStored) {
    out.assign(packed);
  } else {
    // One spare byte tells "exactly the declared size" apart from "more than declared"; the
    // declared size was checked against the budget, so a lying header cannot make us grow.
    out.resize(std::size_t{e.uncompressed_size} + 1);
    z_stream zs{};
    if (inflateInit2(&zs, -15) != Z_OK) throw std::runtime_error("zip: inflateInit2 failed");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    zs.avail_in = static_cast<uInt>(packed.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int ret = inflate(&zs, Z_FINISH);
    const uLong produced = zs.total_out;
    inflateEnd(&zs);
    if (ret == Z_DATA_ERROR || ret == Z_NEED_DICT || ret == Z_MEM_ERROR) {
      throw FormatError("zip entry " + canonical + " has corrupt deflate data");
    }
    if (produced > e.uncompressed_size) {
      throw FormatError("zip entry " + canonical + " is larger than its declared size");
    }
    if (ret != Z_STREAM_END || produced != e.uncompressed_size) {
      throw FormatError("zip entry " + canonical + " has truncated deflate data");
    }
    out.resize(produced);
  }
  if (Crc32Update(0, out) != e.crc) {
    throw FormatError("zip entry " + canonical + " fails its CRC-32 check");
  }
  extracted_total_ += out.size();
  return out;
}

void ZipReader::ExtractTo(std::string_view name,
                          const std::function<void(std::string_view)>& sink) {
  std::string canonical;
  const Entry* found = Find(name, &canonical);
  if (!found) throw FormatError("zip entry " + std::string(name) + " not found");
  const Entry& e = *found;
  const std::string_view packed = Packed(e, canonical);
  constexpr std::size_t kPiece = 64 * 1024;

  std::uint32_t crc = Crc32Update(0, {});
  std::uint64_t produced = 0;
  if (e.method == kMethodStored) {
    for (std::size_t at = 0; at < packed.size(); at += kPiece) {
      const std::string_view piece = packed.substr(at, kPiece);
      crc = Crc32Update(crc, piece);
      sink(piece);
    }
    produced = packed.size();
  } else {
    z_stream zs{};
    if (inflateInit2(&zs, -15) != Z_OK) throw std::runtime_error("zip: inflateInit2 failed");
    struct End {
      z_stream* zs;
      ~End() { inflateEnd(zs); }
    } end{&zs};
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    zs.avail_in = static_cast<uInt>(packed.size());
    std::string buf(kPiece, '\0');
    while (true) {
      zs.next_out = reinterpret_cast<Bytef*>(buf.data());
      zs.avail_out = static_cast<uInt>(buf.size());
      const int ret = inflate(&zs, Z_NO_FLUSH);
      if (ret == Z_DATA_ERROR || ret == Z_NEED_DICT || ret == Z_MEM_ERROR) {
        throw FormatError("zip entry " + canonical + " has corrupt deflate data");
      }
      const std::size_t got = buf.size() - zs.avail_out;
      // Checked before the sink sees the bytes: a lying header cannot make anyone process more
      // than the budget allowed for.
      if (produced + got > e.uncompressed_size) {
        throw FormatError("zip entry " + canonical + " is larger than its declared size");
      }
      produced += got;
      if (got > 0) {
        const std::string_view piece(buf.data(), got);
        crc = Crc32Update(crc, piece);
        sink(piece);
      }
      if (ret == Z_STREAM_END) break;
      if (got == 0 && (ret == Z_BUF_ERROR || zs.avail_in == 0)) {
        throw FormatError("zip entry " + canonical + " has truncated deflate data");
      }
    }
    if (produced != e.uncompressed_size) {
      throw FormatError("zip entry " + canonical + " has truncated deflate data");
    }
  }
  if (crc != e.crc) throw FormatError("zip entry " + canonical + " fails its CRC-32 check");
  extracted_total_ += produced;
}

// One entry being written: deflates into a small buffer that is flushed to the file.
class ZipFileWriter::Stream {
 public:
  Stream(Entry entry, int level) : entry(std::move(entry)), deflater(level) {}
  Entry entry;
  Deflater deflater;
  std::uint64_t size = 0;
  std::uint64_t compressed = 0;
  std::uint32_t crc = Crc32Update(0, {});
  std::string out;
};

ZipFileWriter::ZipFileWriter(const std::string& path, int level) : level_(level) {
  file_ = std::fopen(path.c_str(), "wb");
  if (!file_) {
    throw std::runtime_error("zip: cannot create " + path + ": " + std::strerror(errno));
  }
}

ZipFileWriter::~ZipFileWriter() {
  if (file_) std::fclose(file_);
}

void ZipFileWriter::Emit(std::string_view bytes) {
  if (!file_) throw std::logic_error("zip: writer already finished");
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    throw std::runtime_error(std::string("zip: write failed: ") + std::strerror(errno));
  }
  offset_ += bytes.size();
}

void ZipFileWriter::Add(std::string name, std::string_view data) {
  BeginEntry(std::move(name));
  Write(data);
  EndEntry();
}

void ZipFileWriter::BeginEntry(std::string name) {
  if (open_) throw std::logic_error("zip: previous entry not ended");
  if (name.empty() || name.size() > 0xFFFF) throw std::invalid_argument("zip: bad entry name");
  for (const Entry& e : entries_) {
    if (e.name == name) throw std::invalid_argument("zip: duplicate entry " + name);
  }
  if (entries_.size() >= 0xFFFF) throw std::length_error("zip: too many entries for ZIP32");
  Entry entry;
  entry.name = std::move(name);
  entry.local_header_offset = CheckedU32(offset_, "archive");
  std::string header;
  Put32(header, kLocalHeaderSig);
  Put16(header, kVersion20);
  Put16(header, kFlagUtf8Names);
  Put16(header, kMethodDeflate);
  Put16(header, kDosTime);
  Put16(header, kDosDate);
  Put32(header, 0);  // crc, sizes: patched by EndEntry
  Put32(header, 0);
  Put32(header, 0);
  Put16(header, static_cast<std::uint16_t>(entry.name.size()));
  Put16(header, 0);
  header += entry.name;
  Emit(header);
  open_ = std::make_unique<Stream>(std::move(entry), level_);
}

void ZipFileWriter::Write(std::string_view data) {
  if (!open_) throw std::logic_error("zip: no entry open");
  if (data.empty()) return;
  Stream& s = *open_;
  s.size += data.size();
  s.crc = Crc32Update(s.crc, data);
  s.deflater.Feed(s.out, data, false);
  if (s.out.size() >= 256 * 1024) {
    s.compressed += s.out.size();
    Emit(s.out);
    s.out.clear();
  }
}

void ZipFileWriter::EndEntry() {
  if (!open_) throw std::logic_error("zip: no entry open");
  Stream& s = *open_;
  s.deflater.Feed(s.out, {}, true);
  s.compressed += s.out.size();
  Emit(s.out);
  Entry entry = std::move(s.entry);
  entry.crc = s.crc;
  entry.uncompressed_size = CheckedU32(s.size, "entry");
  entry.compressed_size = CheckedU32(s.compressed, "entry");
  CheckedU32(offset_, "archive");
  open_.reset();
  std::string sizes;
  Put32(sizes, entry.crc);
  Put32(sizes, entry.compressed_size);
  Put32(sizes, entry.uncompressed_size);
  if (std::fseek(file_, static_cast<long>(entry.local_header_offset + 14), SEEK_SET) != 0 ||
      std::fwrite(sizes.data(), 1, sizes.size(), file_) != sizes.size() ||
      std::fseek(file_, 0, SEEK_END) != 0) {
    throw std::runtime_error(std::string("zip: patching a header failed: ") + std::strerror(errno));
  }
  entries_.push_back(std::move(entry));
}

void ZipFileWriter::Finish() {
  if (open_) throw std::logic_error("zip: entry not ended");
  std::string cd;
  const std::uint32_t cd_offset = CheckedU32(offset_, "archive");
  for (const Entry& e : entries_) {
    Put32(cd, kCentralHeaderSig);
    Put16(cd, kVersion20);
    Put16(cd, kVersion20);
    Put16(cd, kFlagUtf8Names);
    Put16(cd, kMethodDeflate);
    Put16(cd, kDosTime);
    Put16(cd, kDosDate);
    Put32(cd, e.crc);
    Put32(cd, e.compressed_size);
    Put32(cd, e.uncompressed_size);
    Put16(cd, static_cast<std::uint16_t>(e.name.size()));
    Put16(cd, 0);
    Put16(cd, 0);
    Put16(cd, 0);
    Put16(cd, 0);
    Put32(cd, 0);
    Put32(cd, e.local_header_offset);
    cd += e.name;
  }
  const std::uint32_t cd_size = CheckedU32(cd.size(), "central directory");
  Put32(cd, kEndOfCentralDirSig);
  Put16(cd, 0);
  Put16(cd, 0);
  Put16(cd, static_cast<std::uint16_t>(entries_.size()));
  Put16(cd, static_cast<std::uint16_t>(entries_.size()));
  Put32(cd, cd_size);
  Put32(cd, cd_offset);
  Put16(cd, 0);
  Emit(cd);
  const bool flushed = std::fflush(file_) == 0;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!flushed || !closed) {
    throw std::runtime_error(std::string("zip: closing the file failed: ") + std::strerror(errno));
  }
}

std::map<std::string, std::string> ReadZip(std::string_view bytes, ZipLimits limits) {
  ZipReader reader(bytes, limits);
  std::map<std::string, std::string> files;
  for (std::string& name : reader.Names()) {
    std::string data = reader.Extract(name);
    files.emplace(std::move(name), std::move(data));
  }
  return files;
}

}  // namespace anjian::office
