#include "explosives/voucher/voucher_rules.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::domain::explosives {
namespace {

constexpr std::size_t kFreeCodeMax = 64;

std::string LineField(std::size_t i, const char* name) {
  return "lines[" + std::to_string(i) + "]." + name;
}

std::string CodeField(std::size_t i, std::size_t j) {
  return "lines[" + std::to_string(i) + "].codes[" + std::to_string(j) + "]";
}

std::string StoreName(std::int64_t id) { return "store " + std::to_string(id); }
std::string StoreNameZh(std::int64_t id) { return "库房 " + std::to_string(id); }

std::string Amount(std::int64_t milli, Unit unit) {
  return FormatMilli(milli) + " " + std::string(UnitLabelEn(unit));
}
std::string AmountZh(std::int64_t milli, Unit unit) {
  return FormatMilli(milli) + std::string(UnitLabelZh(unit));
}

std::string ProductLabelZh(const Product* p, std::string_view id) {
  return p ? p->label_zh : std::string(id);
}

std::string ClassOf(const Product* product, std::string_view product_id) {
  return product ? product->storage_class : "product:" + std::string(product_id);
}

std::string ClassLabel(const StorageRulesConfig& rules, const std::string& id, bool zh) {
  const StorageClass* c = FindStorageClass(rules, id);
  if (!c) return id;
  return zh ? c->label_zh : c->id;
}

bool IsFreeCode(std::string_view code) {
  return !code.empty() && code.size() <= kFreeCodeMax &&
         std::all_of(code.begin(), code.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

bool HasStock(const StoreState& store) {
  return std::any_of(store.quantities.begin(), store.quantities.end(),
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

  void Summarise(std::vector<FieldError>& errors) const {
    for (const auto& [rule, n] : counts_) {
      if (n <= cap_) continue;
      const std::string more = std::to_string(n - cap_);
      errors.push_back({"lines", rule,
                        "and " + more + " more codes break rule " + rule + " (" +
                            std::to_string(n) + " in all; only the first " +
                            std::to_string(cap_) + " are listed)",
                        "另有 " + more + " 个编码违反规则 " + rule + "（共 " +
                            std::to_string(n) + " 个，仅列出前 " + std::to_string(cap_) +
                            " 个）"});
    }
  }

 private:
  std::size_t cap_;
  std::map<std::string, std::size_t> counts_;
};

struct CodePosition {
  std::size_t line, index;
};

void CheckHeader(const Voucher& v, const StoreState& store, const StoreState* target,
                 std::vector<FieldError>& errors) {
  const Direction reason_side = v.reversal ? Opposite(v.direction) : v.direction;
  const auto& allowed = ReasonsFor(reason_side);
  if (std::find(allowed.begin(), allowed.end(), v.reason) == allowed.end()) {
    std::string list;
    for (Reason r : allowed) list += (list.empty() ? "" : ", ") + std::string(ReasonValue(r));
    const std::string what = v.reversal ? "a reversal of direction '" : "direction '";
    errors.push_back({"reason", "reason_direction_mismatch",
                      "reason '" + std::string(ReasonValue(v.reason)) + "' does not fit " + what +
                          std::string(DirectionValue(v.direction)) + "' (allowed: " + list + ")",
                      "事由“" + std::string(ReasonLabelZh(v.reason)) + "”与" +
                          (v.reversal ? "冲销单方向" : "单据方向") + "“" +
                          std::string(DirectionValue(v.direction)) + "”不符（可选：" + list +
                          "）"});
  }
  if (v.direction == Direction::kTransfer) {
    if (!v.target_store_id || target == nullptr) {
      errors.push_back({"target_store_id", "target_store_required",
                        "a transfer needs the receiving store", "移库单须指定接收库房"});
    } else if (*v.target_store_id == store.id || target->id == store.id) {
      errors.push_back({"target_store_id", "target_store_same",
                        "a transfer cannot go from " + StoreName(store.id) + " to itself",
                        "移库的接收库房不能与发出库房（" + StoreNameZh(store.id) + "）相同"});
    }
  } else if (v.target_store_id) {
    errors.push_back({"target_store_id", "target_store_unexpected",
                      "only a transfer has a receiving store", "只有移库单才有接收库房"});
  }
  if (v.lines.empty()) {
    errors.push_back({"lines", "lines_required", "a voucher needs at least one line",
                      "单据至少应有一行明细"});
  }
}

}  // namespace

std::vector<std::string> ClassesPresent(const StoreState& store, const Catalogue& catalogue) {
  std::vector<std::string> classes;
  for (const auto& [product_id, quantity] : store.quantities) {
    if (quantity <= 0) continue;
    std::string c = ClassOf(catalogue.Find(product_id), product_id);
    if (std::find(classes.begin(), classes.end(), c) == classes.end()) {
      classes.push_back(std::move(c));
    }
  }
  std::sort(classes.begin(), classes.end());
  return classes;
}

std::vector<FieldError> CheckVoucher(const Voucher& v, const StoreState& store,
                                     const StoreState* target, const Catalogue& catalogue,
                                     const StorageRulesConfig& rules, const CodeLookup& lookup,
                                     const CheckOptions& options) {
  std::vector<FieldError> errors;
  CodeErrorCap cap(options.max_code_errors_per_rule);
  CheckHeader(v, store, target, errors);

  const StoreState* receiving = v.direction == Direction::kIn         ? &store
                                : v.direction == Direction::kTransfer ? target
                                                                      : nullptr;
  if (receiving && v.direction == Direction::kTransfer && receiving->id == store.id) {
    receiving = nullptr;  // already refused as target_store_same
  }
  const StoreState* sending = v.direction == Direction::kIn ? nullptr : &store;

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
      errors.push_back({LineField(i, "product"), "product_unknown",
                        "product '" + line.product + "' is not in the catalogue",
                        "产品“" + line.product + "”不在产品目录中"});
      continue;
    }
    const bool whole = !CountsAsPieces(*product) || line.quantity_milli % kMilliPerUnit == 0;
    if (line.quantity_milli <= 0 || !whole) {
      errors.push_back(
          {LineField(i, "quantity"), "quantity_invalid",
           "quantity of " + product->id + " must be more than 0" +
               (CountsAsPieces(*product) ? " whole pieces" : "") + " (got " +
               FormatMilli(line.quantity_milli) + ")",
           product->label_zh + "的数量应大于0" + (CountsAsPieces(*product) ? "且为整数发" : "") +
               "（当前 " + FormatMilli(line.quantity_milli) + "）"});
    } else {
      quantity_ok[i] = true;
    }
    if (!product->coded) {
      if (!line.codes.empty()) {
        errors.push_back({LineField(i, "codes"), "codes_unexpected",
                          product->id + " is not coded, but the line lists " +
                              std::to_string(line.codes.size()) + " codes",
                          product->label_zh + "不逐个编码，但本行列出了 " +
                              std::to_string(line.codes.size()) + " 个编码"});
      }
      continue;
    }
    if (quantity_ok[i] &&
        line.quantity_milli / kMilliPerUnit != static_cast<std::int64_t>(line.codes.size())) {
      errors.push_back({LineField(i, "quantity"), "quantity_code_mismatch",
                        "quantity " + Amount(line.quantity_milli, product->unit) + " of " +
                            product->id + " does not match the " +
                            std::to_string(line.codes.size()) + " codes listed",
                        product->label_zh + "数量 " + AmountZh(line.quantity_milli, product->unit) +
                            " 与所列编码数 " + std::to_string(line.codes.size()) + " 不符"});
    }
    for (std::size_t j = 0; j < line.codes.size(); ++j) {
      const std::string& code = line.codes[j];
      const bool valid = product->ga441_codes ? IsValidDetonatorCode(code) : IsFreeCode(code);
      if (!valid) {
        if (cap.Take("code_invalid")) {
          std::string en, zh;
          if (product->ga441_codes) {
            for (const auto& e : ValidateDetonatorCode(code, CodeField(i, j))) {
              en += (en.empty() ? "" : "; ") + e.message;
              zh += (zh.empty() ? "" : "；") + e.message_zh;
            }
          } else {
            en = "code '" + code + "' must be 1-64 printable ASCII characters";
            zh = "编码“" + code + "”应为1至64个可打印ASCII字符";
          }
          errors.push_back({CodeField(i, j), "code_invalid", en, zh});
        }
        continue;
      }
      const auto [it, inserted] = first_seen.try_emplace(code, CodePosition{i, j});
      if (!inserted) {
        if (cap.Take("code_duplicate_in_voucher")) {
          const std::string first = CodeField(it->second.line, it->second.index);
          errors.push_back({CodeField(i, j), "code_duplicate_in_voucher",
                            "code " + code + " appears twice in the voucher (first at " + first +
                                ")",
                            "编码 " + code + " 在本单中重复出现（首次出现于 " + first + "）"});
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
      if (in ? !where[k] : where[k] == store.id) continue;
      const std::string code(distinct[k]);
      const std::string field = CodeField(distinct_at[k].line, distinct_at[k].index);
      if (in) {
        if (cap.Take("code_in_stock")) {
          errors.push_back({field, "code_in_stock",
                            "code " + code + " is already in stock in " + StoreName(*where[k]),
                            "编码 " + code + " 已在" + StoreNameZh(*where[k]) + "库存中"});
        }
      } else if (where[k] != store.id && cap.Take("code_not_in_store")) {
        const std::string now = where[k] ? "it is in " + StoreName(*where[k]) : "it is in no store";
        const std::string now_zh = where[k] ? "该编码在" + StoreNameZh(*where[k]) : "该编码不在任何库房";
        errors.push_back({field, "code_not_in_store",
                          "code " + code + " is not in " + StoreName(store.id) + " (" + now + ")",
                          "编码 " + code + " 不在" + StoreNameZh(store.id) + "（" + now_zh + "）"});
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
      errors.push_back({LineField(last, "quantity"), "quantity_negative",
                        StoreName(sending->id) + " holds " + Amount(now, p.unit) + " of " + p.id +
                            "; taking out " + Amount(sum, p.unit) + " would leave " +
                            Amount(now - sum, p.unit),
                        StoreNameZh(sending->id) + "现存" + p.label_zh + " " +
                            AmountZh(now, p.unit) + "，本单出库 " + AmountZh(sum, p.unit) +
                            "，库存将为负（" + AmountZh(now - sum, p.unit) + "）"});
    }
  }

  if (receiving) {
    // Condition of the goods: non-normal goods only in quarantine, never with normal goods.
    const bool quarantine = receiving->kind == StoreKind::kQuarantineStore;
    const bool contaminated = receiving->holds_non_normal_goods || any_non_normal;
    const bool holds_normal = HasStock(*receiving) && !receiving->holds_non_normal_goods;
    for (std::size_t i = 0; i < v.lines.size(); ++i) {
      const Condition c = v.lines[i].condition;
      const std::string cond(ConditionValue(c));
      const std::string cond_zh(ConditionLabelZh(c));
      const std::string field = LineField(i, "condition");
      if (c != Condition::kNormal && !quarantine) {
        errors.push_back({field, "non_normal_goods_outside_quarantine",
                          cond + " goods may enter only a quarantine store; " +
                              StoreName(receiving->id) + " is a " +
                              std::string(StoreKindValue(receiving->kind)),
                          cond_zh + "物品只能存入隔离库，" + StoreNameZh(receiving->id) + "是" +
                              std::string(StoreKindLabelZh(receiving->kind))});
      } else if (quarantine && c == Condition::kNormal && contaminated) {
        errors.push_back({field, "normal_goods_into_contaminated_quarantine",
                          "normal goods may not enter quarantine " + StoreName(receiving->id) +
                              ", which holds or receives waste, seized or unidentified goods",
                          "正常物品不得存入存有或同时存入废旧、缴获或来路不明物品的隔离库（" +
                              StoreNameZh(receiving->id) + "）"});
      } else if (quarantine && c != Condition::kNormal && holds_normal) {
        errors.push_back({field, "non_normal_goods_with_normal_goods",
                          cond + " goods may not enter quarantine " + StoreName(receiving->id) +
                              ", which holds normal goods",
                          cond_zh + "物品不得存入存有正常物品的隔离库（" +
                              StoreNameZh(receiving->id) + "）"});
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
        if (MayShareStore(rules, c, other)) continue;
        errors.push_back(
            {LineField(i, "product"), "incompatible_storage",
             "storage classes " + c + " and " + other + " may not share " +
                 StoreName(receiving->id) + " (mixing rules)",
             "储存类别“" + ClassLabel(rules, c, true) + "”与“" + ClassLabel(rules, other, true) +
                 "”不得同库存放（" + StoreNameZh(receiving->id) + "）"});
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
    const StoreLimits& limits = receiving->limits;
    if (limits.net_mass_g && mass_in > 0 && receiving->net_mass_g + mass_in > *limits.net_mass_g) {
      const std::int64_t after = receiving->net_mass_g + mass_in;
      errors.push_back(
          {"lines", "capacity_net_mass",
           StoreName(receiving->id) + " would hold " + FormatMilli(after) +
               " kg net explosive mass, above its rated " + FormatMilli(*limits.net_mass_g) +
               " kg (now " + FormatMilli(receiving->net_mass_g) + " kg + incoming " +
               FormatMilli(mass_in) + " kg)",
           StoreNameZh(receiving->id) + "入库后净药量将达 " + FormatMilli(after) +
               " 千克，超过核定储量 " + FormatMilli(*limits.net_mass_g) + " 千克（现存 " +
               FormatMilli(receiving->net_mass_g) + " 千克 + 本单 " + FormatMilli(mass_in) +
               " 千克）"});
    }
    if (limits.pieces && pieces_in > 0 && receiving->pieces + pieces_in > *limits.pieces) {
      const std::string after = std::to_string(receiving->pieces + pieces_in);
      const std::string now = std::to_string(receiving->pieces);
      const std::string in = std::to_string(pieces_in);
      const std::string limit = std::to_string(*limits.pieces);
      errors.push_back({"lines", "capacity_pieces",
                        StoreName(receiving->id) + " would hold " + after +
                            " pieces, above its rated " + limit + " (now " + now +
                            " + incoming " + in + ")",
                        StoreNameZh(receiving->id) + "入库后将达 " + after + " 发，超过核定 " +
                            limit + " 发（现存 " + now + " 发 + 本单 " + in + " 发）"});
    }
    for (const auto& [product_id, entry] : product_in) {
      const auto limit = limits.product_quantity_milli.find(product_id);
      if (limit == limits.product_quantity_milli.end()) continue;
      const auto found = receiving->quantities.find(product_id);
      const std::int64_t now = found == receiving->quantities.end() ? 0 : found->second;
      const auto& [in, first] = entry;
      if (now + in <= limit->second) continue;
      const Product& p = *products[first];
      errors.push_back(
          {LineField(first, "quantity"), "capacity_product_quantity",
           StoreName(receiving->id) + " would hold " + Amount(now + in, p.unit) + " of " + p.id +
               ", above its limit of " + Amount(limit->second, p.unit) + " (now " +
               Amount(now, p.unit) + " + incoming " + Amount(in, p.unit) + ")",
           StoreNameZh(receiving->id) + "入库后" + ProductLabelZh(&p, p.id) + "将达 " +
               AmountZh(now + in, p.unit) + "，超过限量 " + AmountZh(limit->second, p.unit) +
               "（现存 " + AmountZh(now, p.unit) + " + 本单 " + AmountZh(in, p.unit) + "）"});
    }
  }

  cap.Summarise(errors);
  return errors;
}

void ApplyVoucher(const Voucher& v, StoreState& store, StoreState* target,
                  const Catalogue& catalogue) {
  StoreState* receiving = v.direction == Direction::kIn ? &store
                          : v.direction == Direction::kTransfer ? target
                                                                : nullptr;
  StoreState* sending = v.direction == Direction::kIn ? nullptr : &store;
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
  for (StoreState* s : {sending, receiving}) {
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

}  // namespace anjian::domain::explosives
