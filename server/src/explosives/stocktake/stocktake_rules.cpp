#include "explosives/stocktake/stocktake_rules.hpp"

#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/stocktake/stocktake_errors.hpp"

namespace anjian::stocktake {


std::string StocktakeNumber(std::string_view counted_at, std::int64_t id) {
  std::string date;
  for (char c : counted_at.substr(0, 10))
    if (c != '-') date += c;
  std::string n = std::to_string(id);
  if (n.size() < 6) n.insert(0, 6 - n.size(), '0');
  return "PD" + date + "-" + n;
}

bool IsStocktakeStatus(std::string_view status) {
  return status == "counted" || status == "approved" || status == "rejected";
}

std::vector<FieldError> CheckCountedProducts(const catalogue::Catalogue& catalogue,
                                             const Quantities& counted) {
  std::vector<FieldError> errors;
  for (const auto& [pid, q] : counted) {
    const catalogue::Product* p = catalogue.Find(pid);
    if (!p)
      errors.push_back(catalogue::Err("product_unknown").At("quantities." + pid, pid));
    else if (p->coded)
      errors.push_back(Err("product_counted_by_code").At("quantities." + pid));
  }
  return errors;
}

Quantities UncodedQuantities(const catalogue::Catalogue& catalogue, const Quantities& balances) {
  Quantities out;
  for (const auto& [pid, milli] : balances) {
    const catalogue::Product* p = catalogue.Find(pid);
    if (p && !p->coded) out[pid] = milli;
  }
  return out;
}

std::vector<FieldError> CheckBookProductsCounted(const catalogue::Catalogue& catalogue,
                                                 const Quantities& book,
                                                 const Quantities& counted) {
  std::vector<FieldError> errors;
  for (const auto& [pid, q] : book)
    if (!counted.count(pid)) {
      const catalogue::Product* p = catalogue.Find(pid);
      errors.push_back(Err("quantity_required")
                           .At("quantities." + pid, catalogue::FormatMilli(q), pid,
                               p ? p->label_zh : pid));
    }
  return errors;
}

std::variant<Adjustments, std::vector<FieldError>> PlanAdjustments(
    const catalogue::Catalogue& catalogue, const std::vector<StocktakeCode>& codes,
    const std::vector<StocktakeQuantity>& differences, const std::string& extra_product_id) {
  Adjustments a;
  std::vector<FieldError> errors;
  for (const auto& c : codes) {
    if (c.kind == "missing") {
      a.missing[c.product_id].push_back(c.code);
      a.lost.emplace_back(c.code, c.product_id);
      continue;
    }
    const std::string& product = c.product_id.empty() ? extra_product_id : c.product_id;
    if (product.empty()) {
      if (errors.empty()) errors.push_back(Err("extra_product_required").At("extra_product_id", c.code));
      continue;
    }
    a.extra[product].push_back(c.code);
  }
  if (!extra_product_id.empty()) {
    const catalogue::Product* p = catalogue.Find(extra_product_id);
    if (!p || !p->coded)
      errors.push_back(catalogue::Err("product_not_coded").At("extra_product_id", extra_product_id));
  }
  if (!errors.empty()) return errors;
  for (const auto& q : differences) {
    const std::int64_t d = q.counted_milli - q.book_milli;
    if (d < 0) a.loss_quantities[q.product_id] = -d;
    if (d > 0) a.gain_quantities[q.product_id] = d;
  }
  return a;
}

}  // namespace anjian::stocktake
