#include "explosives/voucher/ledger_chain_rules.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "core/hash_chain.hpp"

namespace anjian::voucher {

std::string CanonicalVoucherText(const PostedVoucher& p) {
  namespace json = boost::json;
  const Voucher& v = p.voucher;
  json::array lines;
  for (const auto& line : v.lines) {
    std::vector<std::string_view> codes(line.codes.begin(), line.codes.end());
    std::sort(codes.begin(), codes.end());
    json::array code_array;
    code_array.reserve(codes.size());
    for (auto c : codes) code_array.emplace_back(json::string(c));
    // json::object keeps insertion order, which makes this order canonical.
    lines.push_back(json::object{{"product", line.product},
                                 {"quantity_milli", line.quantity_milli},
                                 {"condition", ConditionValue(line.condition)},
                                 {"batch", line.batch},
                                 {"codes", std::move(code_array)}});
  }
  json::object root{{"v", 1},
                    {"id", p.id},
                    {"enterprise_id", p.enterprise_id},
                    {"number", p.number},
                    {"posted_at", p.posted_at},
                    {"storekeeper_id", p.storekeeper_id},
                    {"second_person_id", p.second_person_id},
                    {"reverses", p.reverses ? json::value(*p.reverses) : json::value(nullptr)},
                    {"direction", DirectionValue(v.direction)},
                    {"reason", ReasonValue(v.reason)},
                    {"reversal", v.reversal},
                    {"store_id", v.magazine_id},
                    {"target_store_id",
                     v.target_magazine_id ? json::value(*v.target_magazine_id) : json::value(nullptr)},
                    {"lines", std::move(lines)}};
  return json::serialize(root);
}

std::string VoucherChainHash(std::string_view prev_hash, const PostedVoucher& posted) {
  return core::ChainHash(prev_hash, CanonicalVoucherText(posted));
}

std::optional<std::int64_t> FirstBrokenVoucher(const std::vector<ChainedVoucher>& chain,
                                               std::string_view expected_first_prev) {
  // Same rule as the audit log's chain; one entry at a time so a long ledger is never copied
  // into canonical text all at once.
  std::string prev(expected_first_prev);
  for (const auto& entry : chain) {
    if (entry.prev_hash != prev || VoucherChainHash(entry.prev_hash, entry.posted) != entry.hash) {
      return entry.posted.id;
    }
    prev = entry.hash;
  }
  return std::nullopt;
}

}  // namespace anjian::voucher
