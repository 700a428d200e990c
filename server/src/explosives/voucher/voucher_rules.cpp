#include "explosives/voucher/voucher_rules.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/voucher/voucher_errors.hpp"

namespace anjian::voucher {

using catalogue::Catalogue;
using catalogue::CountsAsPieces;
using catalogue::FormatMilli;
using catalogue::kMilliPerUnit;
using catalogue::NetMassGrams;
using catalogue::Product;
using catalogue::Unit;
using magazine::MagazineKind;
using magazine::MagazineLimits;
using magazine::MagazineState;
using magazine::StorageRulesConfig;

namespace {

constexpr std::size_t kFreeCodeMax = 64;

std::string LineField(std::size_t i, const char* name) {
  return "lines[" + std::to_string(i) + "]." + name;
}

std::string CodeField(std::size_t i, std::size_t j) {
  return "lines[" + std::to_string(i) + "].codes[" + std::to_string(j) + "]";
}

std::string_view UnitEn(Unit unit) { return catalogue::UnitLabelEn(unit); }
std::string_view UnitZh(Unit unit) { return catalogue::UnitLabelZh(unit); }

std::string ClassOf(const Product* product, std::string_view product_id) {
  return product ? product->storage_class : "product:" + std::string(product_id);
}

std::string ClassLabel(const StorageRulesConfig& rules, const std::string& id, bool zh) {
  const magazine::StorageClass* c = magazine::FindStorageClass(rules, id);
  if (!c) return id;
  return zh ? c->label_zh : c->id;
}

bool IsFreeCode(std::string_view code) {
  return !code.empty() && code.size() <= kFreeCodeMax &&
         std::all_of(code.begin(), code.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

bool HasStock(const MagazineState& state) {
  return std::any_of(state.quantities.begin(), state.quantities.end(),
                     [](const auto& kv) { return kv.second > 0; });
}

Direction Opposite(Direction d) {
  switch (d) {
    case Direction::kIn: return Direction::kOut;
    case Direction::kOut: return Direction::kIn;
    case Direction::kTransfer: return Direction::kTransfer;
  }
  return d;
}

// Caps code errors per rule; the remainder becomes one summary per rule at the end.
class CodeErrorCap {
 public:
  explicit CodeErrorCap(std::size_t cap) : cap_(cap) {}

  // True when the caller should build and report this error; counts it either way.
  bool Take(const char* rule) {
    auto& n = counts_[rule];
    return n++ < cap_;
  }

  // The summary keeps the capped rule's id, so a client counting rules sees it.
  void Summarise(std::vector<FieldError>& errors) const {
    for (const auto& [rule, n] : counts_) {
      if (n <= cap_) continue;
      FieldError summary = Err("code_errors_more").At("lines", n - cap_, rule, n, cap_);
      summary.rule = rule;
      errors.push_back(std::move(summary));
    }
  }

 private:
  std::size_t cap_;
  std::map<std::string, std::size_t> counts_;
};

struct CodePosition {
  std::size_t line, index;
};

void CheckHeader(const Voucher& v, const MagazineState& booked, const MagazineState* target,
                 std::vector<FieldError>& errors) {
  const Direction reason_side = v.reversal ? Opposite(v.direction) : v.direction;
  const auto& allowed = ReasonsFor(reason_side);
  if (std::find(allowed.begin(), allowed.end(), v.reason) == allowed.end()) {
    std::string list;
    for (Reason r : allowed) list += (list.empty() ? "" : ", ") + std::string(ReasonValue(r));
    errors.push_back(Err("reason_direction_mismatch")
                         .At("reason", ReasonValue(v.reason), v.reversal ? "a reversal of " : "",
                             DirectionValue(v.direction), list, ReasonLabelZh(v.reason),
                             v.reversal ? "冲销单" : "单据"));
  }
  if (v.direction == Direction::kTransfer) {
    if (!v.target_magazine_id || target == nullptr) {
      errors.push_back(Err("target_store_required").At("target_store_id"));
    } else if (*v.target_magazine_id == booked.id || target->id == booked.id) {
      errors.push_back(Err("target_store_same").At("target_store_id", booked.id));
    }
  } else if (v.target_magazine_id) {
    errors.push_back(Err("target_store_unexpected").At("target_store_id"));
  }
  if (v.lines.empty()) {
    errors.push_back(Err("lines_required").At("lines"));
  }
}

}  // namespace

std::vector<std::string> ClassesPresent(const MagazineState& state, const Catalogue& catalogue) {
  std::vector<std::string> classes;
  for (const auto& [product_id, quantity] : state.quantities) {
    if (quantity <= 0) continue;
    std::string c = ClassOf(catalogue.Find(product_id), product_id);
    if (std::find(classes.begin(), classes.end(), c) == classes.end()) {
      classes.push_back(std::move(c));
    }
  }
  std::sort(classes.begin(), classes.end());
  return classes;
}

std::vector<FieldError> CheckVoucher(const Voucher& v, const MagazineState& booked,
                                     const MagazineState* target, const Catalogue& catalogue,
                                     const StorageRulesConfig& rules, const CodeLookup& lookup,
                                     const CheckOptions& options) {
  std::vector<FieldError> errors;
  CodeErrorCap cap(options.max_code_errors_per_rule);
  CheckHeader(v, booked, target, errors);

  const MagazineState* receiving = v.direction == Direction::kIn         ? &booked
                                : v.direction == Direction::kTransfer ? target
                                                                      : nullptr;
  if (receiving && v.direction == Direction::kTransfer && receiving->id == booked.id) {
    receiving = nullptr;  // already refused as target_store_same
  }
  const MagazineState* sending = v.direction == Direction::kIn ? nullptr : &booked;

  std::size_t total_codes = 0;
  for (const auto& line : v.lines) total_codes += line.codes.size();
  std::unordered_map<std::string_view, CodePosition> first_seen;
  first_seen.reserve(total_codes);
  std::vector<std::string_view> distinct;
  std::vector<CodePosition> distinct_at;
  distinct.reserve(total_codes);
  distinct_at.reserve(total_codes);

  std::vector<const Product*> products(v.lines.size(), nullptr);
  std::vector<bool> quantity_ok(v.lines.size(), false);
  bool any_non_normal = false;

  for (std::size_t i = 0; i < v.lines.size(); ++i) {
    const VoucherLine& line = v.lines[i];
    if (line.condition != Condition::kNormal) any_non_normal = true;
    const Product* product = catalogue.Find(line.product);
    products[i] = product;
    if (!product) {
      errors.push_back(catalogue::Err("product_unknown").At(LineField(i, "product"), line.product));
      continue;
    }
    // Goods come into a store on an inbound voucher (a reversal only undoes a posted one).
    if (auto refused = catalogue::CheckUsable(*product, options.enterprise_id,
                                              v.direction == Direction::kIn && !v.reversal,
                                              LineField(i, "product"))) {
      errors.push_back(std::move(*refused));
      continue;
    }
    const bool whole = !CountsAsPieces(*product) || line.quantity_milli % kMilliPerUnit == 0;
    if (line.quantity_milli <= 0 || !whole) {
      const bool pieces = CountsAsPieces(*product);
      errors.push_back(Err("quantity_invalid")
                           .At(LineField(i, "quantity"), product->id, product->label_zh,
                               pieces ? " whole pieces" : "", pieces ? "且为整数发" : "",
                               FormatMilli(line.quantity_milli)));
    } else {
      quantity_ok[i] = true;
    }
    if (!product->coded) {
      if (!line.codes.empty()) {
        errors.push_back(Err("codes_unexpected")
                             .At(LineField(i, "codes"), product->id, product->label_zh,
                                 line.codes.size()));
      }
      continue;
    }
    if (quantity_ok[i] &&
        line.quantity_milli / kMilliPerUnit != static_cast<std::int64_t>(line.codes.size())) {
      errors.push_back(Err("quantity_code_mismatch")
                           .At(LineField(i, "quantity"), FormatMilli(line.quantity_milli),
                               UnitEn(product->unit), UnitZh(product->unit), product->id,
                               product->label_zh, line.codes.size()));
    }
    for (std::size_t j = 0; j < line.codes.size(); ++j) {
      const std::string& code = line.codes[j];
      const bool valid = product->ga441_codes ? IsValidDetonatorCode(code) : IsFreeCode(code);
      if (!valid) {
        if (cap.Take("code_invalid"))
          errors.push_back(InvalidCode(CodeField(i, j), code, product->ga441_codes));
        continue;
      }
      const auto [it, inserted] = first_seen.try_emplace(code, CodePosition{i, j});
      if (!inserted) {
        if (cap.Take("code_duplicate_in_voucher")) {
          const std::string first = CodeField(it->second.line, it->second.index);
          errors.push_back(Err("code_duplicate_in_voucher").At(CodeField(i, j), code, first));
        }
        continue;
      }
      distinct.push_back(code);
      distinct_at.push_back({i, j});
    }
  }

  // Codes against the stock, in one batch.
  if (!distinct.empty()) {
    if (!lookup) throw std::logic_error("CheckVoucher: coded lines need a code lookup");
    const CodeLocations where = lookup(distinct);
    if (where.size() != distinct.size()) {
      throw std::logic_error("CheckVoucher: code lookup answered the wrong number of codes");
    }
    // The strings are built only for an error: this loop runs once per code of every voucher.
    for (std::size_t k = 0; k < distinct.size(); ++k) {
      const bool in = v.direction == Direction::kIn;
      if (in ? !where[k] : where[k] == booked.id) continue;
      const std::string code(distinct[k]);
      const std::string field = CodeField(distinct_at[k].line, distinct_at[k].index);
      if (in) {
        if (cap.Take("code_in_stock")) {
          errors.push_back(Err("code_in_stock").At(field, code, *where[k]));
        }
      } else if (where[k] != booked.id && cap.Take("code_not_in_store")) {
        const std::string at = where[k] ? std::to_string(*where[k]) : std::string();
        errors.push_back(Err("code_not_in_store")
                             .At(field, code, booked.id,
                                 where[k] ? "it is in store " + at : "it is in no store",
                                 where[k] ? "该编码在库房 " + at : "该编码不在任何库房"));
      }
    }
  }

  // Stock going out of the sending store: never negative, per product over all lines.
  if (sending) {
    std::map<std::string, std::pair<std::int64_t, std::size_t>, std::less<>> outgoing;
    for (std::size_t i = 0; i < v.lines.size(); ++i) {
      if (!products[i] || !quantity_ok[i]) continue;
      auto& [sum, last] = outgoing[products[i]->id];
      sum += v.lines[i].quantity_milli;
      last = i;
    }
    for (const auto& [product_id, entry] : outgoing) {
      const auto& [sum, last] = entry;
      const auto found = sending->quantities.find(product_id);
      const std::int64_t now = found == sending->quantities.end() ? 0 : found->second;
      if (sum <= now) continue;
      const Product& p = *products[last];
      errors.push_back(Err("quantity_negative")
                           .At(LineField(last, "quantity"), sending->id, FormatMilli(now),
                               FormatMilli(sum), FormatMilli(now - sum), UnitEn(p.unit),
                               UnitZh(p.unit), p.id, p.label_zh));
    }
  }

  if (receiving) {
    // Condition of the goods: non-normal goods only in quarantine, never with normal goods.
    const bool quarantine = receiving->kind == MagazineKind::kQuarantineMagazine;
    const bool contaminated = receiving->holds_non_normal_goods || any_non_normal;
    const bool holds_normal = HasStock(*receiving) && !receiving->holds_non_normal_goods;
    for (std::size_t i = 0; i < v.lines.size(); ++i) {
      const Condition c = v.lines[i].condition;
      const std::string field = LineField(i, "condition");
      if (c != Condition::kNormal && !quarantine) {
        errors.push_back(Err("non_normal_goods_outside_quarantine")
                             .At(field, ConditionValue(c), ConditionLabelZh(c), receiving->id,
                                 magazine::MagazineKindValue(receiving->kind),
                                 magazine::MagazineKindLabelZh(receiving->kind)));
      } else if (quarantine && c == Condition::kNormal && contaminated) {
        errors.push_back(Err("normal_goods_into_contaminated_quarantine").At(field, receiving->id));
      } else if (quarantine && c != Condition::kNormal && holds_normal) {
        errors.push_back(Err("non_normal_goods_with_normal_goods")
                             .At(field, ConditionValue(c), ConditionLabelZh(c), receiving->id));
      }
    }

    // Co-storage: classes this voucher brings against those present and each other.
    const std::vector<std::string> existing = ClassesPresent(*receiving, catalogue);
    std::vector<std::string> seen = existing;
    for (std::size_t i = 0; i < v.lines.size(); ++i) {
      if (!products[i]) continue;
      const std::string& c = products[i]->storage_class;
      if (std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
      for (const auto& other : seen) {
        if (magazine::MayShareMagazine(rules, c, other)) continue;
        errors.push_back(Err("incompatible_storage")
                             .At(LineField(i, "product"), c, other, ClassLabel(rules, c, true),
                                 ClassLabel(rules, other, true), receiving->id));
      }
      seen.push_back(c);
    }

    // Capacity: rated net mass, rated pieces, per-product limits.
    std::int64_t mass_in = 0, pieces_in = 0;
    std::map<std::string, std::pair<std::int64_t, std::size_t>, std::less<>> product_in;
    for (std::size_t i = 0; i < v.lines.size(); ++i) {
      if (!products[i] || !quantity_ok[i]) continue;
      const std::int64_t q = v.lines[i].quantity_milli;
      mass_in += NetMassGrams(*products[i], q);
      if (CountsAsPieces(*products[i])) pieces_in += q / kMilliPerUnit;
      auto [it, inserted] = product_in.try_emplace(products[i]->id, 0, i);
      it->second.first += q;
    }
    const MagazineLimits& limits = receiving->limits;
    if (limits.net_mass_g && mass_in > 0 && receiving->net_mass_g + mass_in > *limits.net_mass_g) {
      errors.push_back(Err("capacity_net_mass")
                           .At("lines", receiving->id, FormatMilli(receiving->net_mass_g + mass_in),
                               FormatMilli(*limits.net_mass_g), FormatMilli(receiving->net_mass_g),
                               FormatMilli(mass_in)));
    }
    if (limits.pieces && pieces_in > 0 && receiving->pieces + pieces_in > *limits.pieces) {
      errors.push_back(Err("capacity_pieces")
                           .At("lines", receiving->id, receiving->pieces + pieces_in,
                               *limits.pieces, receiving->pieces, pieces_in));
    }
    for (const auto& [product_id, entry] : product_in) {
      const auto limit = limits.product_quantity_milli.find(product_id);
      if (limit == limits.product_quantity_milli.end()) continue;
      const auto found = receiving->quantities.find(product_id);
      const std::int64_t now = found == receiving->quantities.end() ? 0 : found->second;
      const auto& [in, first] = entry;
      if (now + in <= limit->second) continue;
      const Product& p = *products[first];
      errors.push_back(Err("capacity_product_quantity")
                           .At(LineField(first, "quantity"), receiving->id,
                               FormatMilli(now + in), FormatMilli(limit->second),
                               FormatMilli(now), FormatMilli(in), UnitEn(p.unit), UnitZh(p.unit),
                               p.id, p.label_zh));
    }
  }

  cap.Summarise(errors);
  return errors;
}

Voucher ReversalOf(const PostedVoucher& original) {
  Voucher v = original.voucher;
  v.reversal = true;
  v.counterparty.reset();  // the original keeps it
  switch (original.voucher.direction) {
    case Direction::kIn: v.direction = Direction::kOut; break;
    case Direction::kOut: v.direction = Direction::kIn; break;
    case Direction::kTransfer:
      v.direction = Direction::kTransfer;
      v.magazine_id = *original.voucher.target_magazine_id;
      v.target_magazine_id = original.voucher.magazine_id;
      break;
  }
  return v;
}

std::string VoucherNumber(const Voucher& v, const std::string& posted_at, std::int64_t id) {
  const char* prefix = "V";
  if (v.reversal) prefix = "CX";  // 冲销
  else if (v.direction == Direction::kIn) prefix = "RK";        // 入库
  else if (v.direction == Direction::kOut) prefix = "CK";       // 出库
  else if (v.direction == Direction::kTransfer) prefix = "YK";  // 移库
  std::string date;
  for (char c : posted_at.substr(0, 10))
    if (c != '-') date += c;
  std::string n = std::to_string(id);
  if (n.size() < 6) n.insert(0, 6 - n.size(), '0');
  return prefix + date + "-" + n;
}

FieldError InvalidCode(const std::string& field, const std::string& code, bool ga441) {
  // What is wrong with it: GA 441's rules broken, or the free format of other schemes.
  const std::vector<FieldError> why =
      ga441 ? ValidateDetonatorCode(code, field)
            : std::vector<FieldError>{Err("code_free_format").At(field)};
  std::string en, zh;
  for (const auto& e : why) {
    en += (en.empty() ? ": " : "; ") + e.message;
    zh += (zh.empty() ? "：" : "；") + e.message_zh;
  }
  return Err("code_invalid").At(field, code, en, zh);
}

void ApplyVoucher(const Voucher& v, MagazineState& booked, MagazineState* target,
                  const Catalogue& catalogue) {
  MagazineState* receiving = v.direction == Direction::kIn ? &booked
                          : v.direction == Direction::kTransfer ? target
                                                                : nullptr;
  MagazineState* sending = v.direction == Direction::kIn ? nullptr : &booked;
  for (const auto& line : v.lines) {
    const Product* p = catalogue.Find(line.product);
    if (!p) continue;
    const std::int64_t mass = NetMassGrams(*p, line.quantity_milli);
    const std::int64_t pieces = CountsAsPieces(*p) ? line.quantity_milli / kMilliPerUnit : 0;
    if (sending) {
      sending->quantities[p->id] -= line.quantity_milli;
      sending->net_mass_g -= mass;
      sending->pieces -= pieces;
    }
    if (receiving) {
      receiving->quantities[p->id] += line.quantity_milli;
      receiving->net_mass_g += mass;
      receiving->pieces += pieces;
      if (line.condition != Condition::kNormal) receiving->holds_non_normal_goods = true;
    }
  }
  for (MagazineState* s : {sending, receiving}) {
    if (!s) continue;
    std::erase_if(s->quantities, [](const auto& kv) { return kv.second == 0; });
    if (s->quantities.empty()) {
      // Rounding per line can leave a gram behind; an empty store holds nothing.
      s->net_mass_g = 0;
      s->pieces = 0;
      s->holds_non_normal_goods = false;
    }
  }
}

}  // namespace anjian::voucher
