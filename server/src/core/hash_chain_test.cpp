#include "core/hash_chain.hpp"

#include <gtest/gtest.h>

namespace anjian::core {
namespace {

std::vector<ChainEntry> BuildChain(int n, const std::string& first_prev) {
  std::vector<ChainEntry> chain;
  std::string prev = first_prev;
  for (int i = 0; i < n; ++i) {
    ChainEntry e{100 + i, "{\"action\":\"update\",\"n\":" + std::to_string(i) + "}", prev, ""};
    e.hash = ChainHash(e.prev_hash, e.payload);
    prev = e.hash;
    chain.push_back(e);
  }
  return chain;
}

TEST(HashChainTest, Sha256KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(HashChainTest, ChainHashUsesNewlineSeparator) {
  EXPECT_EQ(ChainHash("ab", "c"), Sha256Hex("ab\nc"));
  EXPECT_NE(ChainHash("ab", "c"), ChainHash("a", "bc"));
  EXPECT_EQ(GenesisHash(), std::string(64, '0'));
}

TEST(HashChainTest, IntactChainVerifies) {
  EXPECT_EQ(FirstBrokenEntry({}, GenesisHash()), std::nullopt);
  const auto chain = BuildChain(5, GenesisHash());
  EXPECT_EQ(FirstBrokenEntry(chain, GenesisHash()), std::nullopt);
  // A continuation page verifies against the last hash of the previous page.
  const std::vector<ChainEntry> tail(chain.begin() + 2, chain.end());
  EXPECT_EQ(FirstBrokenEntry(tail, chain[1].hash), std::nullopt);
  EXPECT_EQ(FirstBrokenEntry(tail, GenesisHash()), 102);
}

TEST(HashChainTest, DetectsBreaks) {
  struct Case {
    const char* name;
    void (*tamper)(std::vector<ChainEntry>&);
    std::optional<std::int64_t> expected;
  };
  const Case cases[] = {
      {"first payload edited", [](auto& c) { c[0].payload += " "; }, 100},
      {"middle payload edited", [](auto& c) { c[2].payload = "{}"; }, 102},
      {"last payload edited", [](auto& c) { c[4].payload = "{}"; }, 104},
      {"first prev wrong", [](auto& c) { c[0].prev_hash = std::string(64, '1'); }, 100},
      {"middle hash rewritten consistently",  // recomputed hash, but the next link breaks
       [](auto& c) {
         c[2].payload = "{}";
         c[2].hash = ChainHash(c[2].prev_hash, c[2].payload);
       },
       103},
      {"last hash rewritten consistently",  // undetectable without an external anchor
       [](auto& c) {
         c[4].payload = "{}";
         c[4].hash = ChainHash(c[4].prev_hash, c[4].payload);
       },
       std::nullopt},
      {"middle entry deleted", [](auto& c) { c.erase(c.begin() + 2); }, 103},
      {"last hash garbage", [](auto& c) { c[4].hash = "x"; }, 104},
      {"entries swapped", [](auto& c) { std::swap(c[1], c[3]); }, 103},
  };
  for (const auto& c : cases) {
    auto chain = BuildChain(5, GenesisHash());
    c.tamper(chain);
    EXPECT_EQ(FirstBrokenEntry(chain, GenesisHash()), c.expected) << c.name;
  }
}

}  // namespace
}  // namespace anjian::core
