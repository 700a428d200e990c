#include "platform/office/zip.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace anjian::office {
namespace {

std::uint32_t Get32(const std::string& b, std::size_t pos) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[pos + i]);
  return v;
}

std::uint16_t Get16(const std::string& b, std::size_t pos) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[pos]) |
                                    (static_cast<unsigned char>(b[pos + 1]) << 8));
}

void Set32(std::string& b, std::size_t pos, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) b[pos + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

std::string RandomBytes(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng() & 0xFF);
  return s;
}

std::size_t FindEndOfCentralDir(const std::string& zip) {
  for (std::size_t p = zip.size() - 22 + 1; p-- > 0;) {
    if (Get32(zip, p) == 0x06054b50) return p;
  }
  return std::string::npos;
}

struct ZipCase {
  std::string name;
  std::string data;
  bool deflate;
};

std::vector<ZipCase> Cases() {
  return {
      {"empty.txt", "", true},
      {"stored.txt", "hello, stored world", false},
      {"deflated.xml", std::string(100000, 'a') + "<row/>", true},
      {"random.bin", RandomBytes(5000, 1), true},  // incompressible: falls back to stored
      {"中文/企业名录.xml", "统一社会信用代码 913101150000000001", true},
      {"dir/nested/part.rels", "<Relationships/>", true},
  };
}

std::string BuildArchive(const std::vector<ZipCase>& cases) {
  ZipWriter w;
  for (const auto& c : cases) w.Add(c.name, c.data, c.deflate);
  return w.Finish();
}

TEST(ZipTest, RoundTripsStoredAndDeflatedEntries) {
  const auto cases = Cases();
  const std::string zip = BuildArchive(cases);
  const auto files = ReadZip(zip);
  ASSERT_EQ(files.size(), cases.size());
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    ASSERT_TRUE(files.contains(c.name));
    EXPECT_EQ(files.at(c.name), c.data);
  }
}

TEST(ZipTest, CompressesCompressibleDataAndStoresIncompressible) {
  const std::string zip = BuildArchive(Cases());
  // Walk the central directory and check method and sizes per entry.
  const std::size_t eocd = FindEndOfCentralDir(zip);
  ASSERT_NE(eocd, std::string::npos);
  std::size_t p = Get32(zip, eocd + 16);
  const std::uint16_t count = Get16(zip, eocd + 10);
  ASSERT_EQ(count, Cases().size());
  for (std::uint16_t i = 0; i < count; ++i) {
    ASSERT_EQ(Get32(zip, p), 0x02014b50u);
    const std::uint16_t method = Get16(zip, p + 10);
    const std::uint32_t csize = Get32(zip, p + 20);
    const std::uint32_t usize = Get32(zip, p + 24);
    const std::uint16_t name_len = Get16(zip, p + 28);
    const std::string name = zip.substr(p + 46, name_len);
    if (name == "deflated.xml") {
      EXPECT_EQ(method, 8);
      EXPECT_LT(csize, usize / 50);
    }
    if (name == "random.bin" || name == "stored.txt") {
      EXPECT_EQ(method, 0);
      EXPECT_EQ(csize, usize);
    }
    p += 46 + name_len + Get16(zip, p + 30) + Get16(zip, p + 32);
  }
}

TEST(ZipTest, CrcFieldsMatchZlibCrc32) {
  const auto cases = Cases();
  const std::string zip = BuildArchive(cases);
  const std::size_t eocd = FindEndOfCentralDir(zip);
  std::size_t p = Get32(zip, eocd + 16);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const std::uint16_t name_len = Get16(zip, p + 28);
    const std::string name = zip.substr(p + 46, name_len);
    const ZipCase* c = nullptr;
    for (const auto& k : cases) {
      if (k.name == name) c = &k;
    }
    ASSERT_NE(c, nullptr) << name;
    const auto expected = static_cast<std::uint32_t>(crc32(
        0, reinterpret_cast<const Bytef*>(c->data.data()), static_cast<uInt>(c->data.size())));
    EXPECT_EQ(Get32(zip, p + 16), expected) << name << " (central directory)";
    const std::uint32_t local = Get32(zip, p + 42);
    EXPECT_EQ(Get32(zip, local), 0x04034b50u);
    EXPECT_EQ(Get32(zip, local + 14), expected) << name << " (local header)";
    p += 46 + name_len + Get16(zip, p + 30) + Get16(zip, p + 32);
  }
}

TEST(ZipTest, AddPartsEqualsAddOfConcatenation) {
  ZipWriter a;
  const std::string_view parts[] = {"<sheet>", std::string_view(), "<row/><row/>", "</sheet>"};
  a.AddParts("s.xml", parts);
  const auto files = ReadZip(a.Finish());
  EXPECT_EQ(files.at("s.xml"), "<sheet><row/><row/></sheet>");
}

TEST(ZipTest, OutputIsDeterministic) { EXPECT_EQ(BuildArchive(Cases()), BuildArchive(Cases())); }

TEST(ZipTest, WriterRejectsDuplicateAndEmptyNames) {
  ZipWriter w;
  w.Add("a.xml", "1");
  EXPECT_THROW(w.Add("a.xml", "2"), std::invalid_argument);
  EXPECT_THROW(w.Add("", "2"), std::invalid_argument);
}

TEST(ZipTest, EmptyArchiveReadsAsNoEntries) {
  ZipWriter w;
  const std::string zip = w.Finish();
  EXPECT_EQ(zip.size(), 22u);
  EXPECT_TRUE(ReadZip(zip).empty());
}

TEST(ZipTest, ReaderLooksUpNamesCaseInsensitively) {
  ZipWriter w;
  w.Add("xl/Workbook.xml", "<workbook/>");
  const std::string zip = w.Finish();
  ZipReader r(zip);
  EXPECT_TRUE(r.Contains("xl/workbook.xml"));
  EXPECT_EQ(r.Extract("XL/WORKBOOK.XML"), "<workbook/>");
  EXPECT_FALSE(r.Contains("xl/workbook.xm"));
  EXPECT_THROW(r.Extract("missing.xml"), FormatError);
}

TEST(ZipTest, RejectsGarbage) {
  const std::vector<std::string> inputs = {
      "",
      "PK",
      "PK\x03\x04",
      std::string(100, '\0'),
      RandomBytes(1000, 7),
      "name,uscc\n企业,913101150000000001\n",
  };
  for (const auto& input : inputs) {
    EXPECT_THROW(ReadZip(input), FormatError) << "input size " << input.size();
  }
}

TEST(ZipTest, EveryTruncationThrowsFormatError) {
  const std::string zip = BuildArchive(
      {{"a.xml", std::string(2000, 'x') + "end", true}, {"b.txt", "stored bytes", false}});
  for (std::size_t len = 0; len < zip.size(); ++len) {
    EXPECT_THROW(ReadZip(std::string_view(zip).substr(0, len)), FormatError) << "length " << len;
  }
}

TEST(ZipTest, CorruptedBytesNeverEscapeAsOtherErrors) {
  const std::string zip = BuildArchive(Cases());
  std::mt19937 rng(42);
  int rejected = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string bad = zip;
    const int flips = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < flips; ++i) bad[rng() % bad.size()] = static_cast<char>(rng() & 0xFF);
    try {
      ReadZip(bad);
    } catch (const FormatError&) {
      ++rejected;
    }
  }
  EXPECT_GT(rejected, 0);
}

TEST(ZipTest, DetectsCrcMismatchInStoredEntry) {
  std::string zip = BuildArchive({{"a.txt", "abcdef", false}});
  const std::size_t data = 30 + 5;  // local header + name
  zip[data] = 'X';
  try {
    ReadZip(zip);
    FAIL() << "expected FormatError";
  } catch (const FormatError& e) {
    EXPECT_NE(std::string(e.what()).find("CRC"), std::string::npos) << e.what();
  }
}

TEST(ZipTest, DetectsCorruptDeflateStream) {
  std::string zip = BuildArchive({{"a.xml", std::string(10000, 'z') + "tail", true}});
  for (std::size_t i = 35; i < 45; ++i) zip[i] = static_cast<char>(0xFF);
  EXPECT_THROW(ReadZip(zip), FormatError);
}

TEST(ZipTest, EnforcesTotalUncompressedLimit) {
  // 64 MiB of zeros deflates to about 64 KiB: the classic bomb shape.
  const std::string big(64u << 20, '\0');
  const std::string zip = BuildArchive({{"bomb.xml", big, true}});
  EXPECT_LT(zip.size(), 1u << 20);
  EXPECT_THROW(ReadZip(zip, ZipLimits{.max_total_uncompressed = 16u << 20}), FormatError);
  EXPECT_EQ(ReadZip(zip, ZipLimits{.max_total_uncompressed = 64u << 20}).at("bomb.xml").size(),
            big.size());
}

TEST(ZipTest, LimitCountsAllExtractedEntries) {
  // Each entry is under the cap but together they exceed it.
  std::vector<ZipCase> cases;
  for (int i = 0; i < 5; ++i)
    cases.push_back({"p" + std::to_string(i), std::string(1u << 20, 'a'), true});
  const std::string zip = BuildArchive(cases);
  EXPECT_THROW(ReadZip(zip, ZipLimits{.max_total_uncompressed = 4u << 20}), FormatError);
  EXPECT_NO_THROW(ReadZip(zip, ZipLimits{.max_total_uncompressed = 5u << 20}));
}

TEST(ZipTest, EnforcesEntryCountLimit) {
  std::vector<ZipCase> cases;
  for (int i = 0; i < 20; ++i) cases.push_back({"f" + std::to_string(i), "x", false});
  const std::string zip = BuildArchive(cases);
  EXPECT_THROW(ReadZip(zip, ZipLimits{.max_entries = 19}), FormatError);
  EXPECT_EQ(ReadZip(zip, ZipLimits{.max_entries = 20}).size(), 20u);
}

TEST(ZipTest, RejectsEntryLargerThanDeclared) {
  // A header that understates the size must not let inflate write past the declared size.
  std::string zip = BuildArchive({{"a.xml", std::string(100000, 'q'), true}});
  const std::size_t eocd = FindEndOfCentralDir(zip);
  const std::size_t cd = Get32(zip, eocd + 16);
  Set32(zip, cd + 24, 1000);
  EXPECT_THROW(ReadZip(zip), FormatError);
}

TEST(ZipTest, RejectsEncryptedAndUnknownMethods) {
  const std::string good = BuildArchive({{"a.txt", "abc", false}});
  const std::size_t cd = Get32(good, FindEndOfCentralDir(good) + 16);
  std::string encrypted = good;
  encrypted[cd + 8] = static_cast<char>(encrypted[cd + 8] | 1);
  EXPECT_THROW(ReadZip(encrypted), FormatError);
  std::string bzip2 = good;
  bzip2[cd + 10] = 12;
  EXPECT_THROW(ReadZip(bzip2), FormatError);
}

// ExtractTo must agree with Extract on every case, hand out bounded pieces, and fail like it.
std::string ExtractPieces(ZipReader& r, std::string_view name, std::size_t* largest = nullptr) {
  std::string out;
  r.ExtractTo(name, [&](std::string_view piece) {
    if (largest) *largest = std::max(*largest, piece.size());
    out.append(piece);
  });
  return out;
}

TEST(ZipTest, ExtractToStreamsTheSameBytesInBoundedPieces) {
  std::vector<ZipCase> cases = Cases();
  cases.push_back({"big.xml", std::string(3u << 20, 'r') + RandomBytes(200000, 3), true});
  const std::string zip = BuildArchive(cases);
  ZipReader r(zip);
  for (const auto& c : cases) {
    std::size_t largest = 0;
    EXPECT_EQ(ExtractPieces(r, c.name, &largest), c.data) << c.name;
    EXPECT_LE(largest, 64u * 1024) << c.name;
  }
}

TEST(ZipTest, ExtractToEnforcesTheSameLimitsAndChecks) {
  const std::string big(64u << 20, '\0');
  const std::string bomb = BuildArchive({{"bomb.xml", big, true}});
  ZipReader limited(bomb, ZipLimits{.max_total_uncompressed = 16u << 20});
  std::size_t seen = 0;
  EXPECT_THROW(limited.ExtractTo("bomb.xml", [&](std::string_view p) { seen += p.size(); }),
               FormatError);
  EXPECT_EQ(seen, 0u);  // refused from the declared size, before inflating anything

  std::string understated = BuildArchive({{"a.xml", std::string(100000, 'q'), true}});
  const std::size_t cd = Get32(understated, FindEndOfCentralDir(understated) + 16);
  Set32(understated, cd + 24, 1000);
  ZipReader lying(understated);
  seen = 0;
  EXPECT_THROW(lying.ExtractTo("a.xml", [&](std::string_view p) { seen += p.size(); }),
               FormatError);
  EXPECT_LE(seen, 1000u);

  std::string crc = BuildArchive({{"a.txt", "abcdef", false}});
  crc[35] = 'X';
  ZipReader bad_crc(crc);
  EXPECT_THROW(ExtractPieces(bad_crc, "a.txt"), FormatError);

  const std::string zip = BuildArchive(
      {{"a.xml", std::string(2000, 'x') + "end", true}, {"b.txt", "stored bytes", false}});
  for (std::size_t len = 0; len < zip.size(); ++len) {
    try {
      ZipReader r(std::string_view(zip).substr(0, len));
      ExtractPieces(r, "a.xml");
      ExtractPieces(r, "b.txt");
      ADD_FAILURE() << "length " << len << " read without error";
    } catch (const FormatError&) {
    }
  }
}

TEST(ZipTest, FileWriterWritesAnArchiveTheReaderAccepts) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("anjian_zip_test_" + std::to_string(getpid()) + ".zip"))
          .string();
  const std::string part(5u << 20, 'p');
  {
    ZipFileWriter w(path, 1);
    w.Add("small.txt", "hello");
    w.BeginEntry("中文/large.xml");
    for (std::size_t at = 0; at < part.size(); at += 100000) w.Write(std::string_view(part).substr(at, 100000));
    w.EndEntry();
    w.Add("empty", "");
    EXPECT_THROW(w.Add("small.txt", "again"), std::invalid_argument);
    w.Finish();
  }
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), {});
  std::filesystem::remove(path);
  EXPECT_LT(bytes.size(), 1u << 20);
  const auto files = ReadZip(bytes);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files.at("small.txt"), "hello");
  EXPECT_EQ(files.at("中文/large.xml"), part);
  EXPECT_EQ(files.at("empty"), "");
}

}  // namespace
}  // namespace anjian::office
