#include "explosives/destruction/destruction_plan_rules.hpp"

#include <map>

#include "core/core_errors.hpp"
#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/destruction/destruction_errors.hpp"

namespace anjian::destruction {

std::string PlanNumber(std::string_view china_date, std::int64_t id) {
  std::string digits;
  for (char ch : china_date)
    if (ch >= '0' && ch <= '9') digits += ch;
  std::string n = std::to_string(id);
  if (n.size() < 6) n.insert(0, 6 - n.size(), '0');
  return "XH" + digits + "-" + n;
}

bool IsPlanReason(std::string_view reason) {
  return reason == "expired" || reason == "deteriorated" || reason == "waste" ||
         reason == "seized" || reason == "other";
}

std::optional<std::string> ReportKindOf(std::string_view office) {
  if (office == "province") return "reported_province";
  if (office == "police") return "reported_police";
  return std::nullopt;
}

std::string PlanStatus(const std::set<std::string>& kinds) {
  if (kinds.count("closed")) return "closed";
  const int reports = static_cast<int>(kinds.count("reported_province")) +
                      static_cast<int>(kinds.count("reported_police"));
  if (reports == 2) return "reported";
  return reports == 1 ? "reporting" : "draft";
}

std::vector<FieldError> CheckPlanItems(std::vector<PlanItem>& items,
                                       const catalogue::Catalogue& products) {
  std::vector<FieldError> errs;
  if (items.empty()) errs.push_back(Err("destruction_items_required").At("items"));
  std::set<std::string> seen_products, seen_codes;
  for (size_t i = 0; i < items.size(); ++i) {
    PlanItem& item = items[i];
    const std::string at = "items[" + std::to_string(i) + "]";
    const catalogue::Product* p = products.Find(item.product);
    if (!p) {
      errs.push_back(catalogue::Err("product_unknown").At(at + ".product_id", item.product));
      continue;
    }
    if (!seen_products.insert(item.product).second)
      errs.push_back(Err("destruction_item_duplicate").At(at + ".product_id", item.product));
    if (p->coded) {
      if (item.codes.empty())
        errs.push_back(Err("destruction_codes_required").At(at + ".codes"));
      for (size_t j = 0; j < item.codes.size(); ++j)
        if (!seen_codes.insert(item.codes[j]).second)
          errs.push_back(Err("destruction_code_duplicate")
                             .At(at + ".codes[" + std::to_string(j) + "]", item.codes[j]));
      item.quantity_milli = catalogue::Milli(static_cast<std::int64_t>(item.codes.size()));
    } else {
      if (!item.codes.empty())
        errs.push_back(catalogue::Err("product_not_coded").At(at + ".codes", item.product));
      if (item.quantity_milli <= 0)
        errs.push_back(Err("destruction_quantity_invalid").At(at + ".quantity"));
    }
  }
  return errs;
}

std::vector<FieldError> CheckExecution(const std::set<std::string>& kinds,
                                       const std::vector<PlanItem>& plan,
                                       const std::vector<voucher::VoucherLine>& lines,
                                       const std::string& plan_field) {
  std::vector<FieldError> errs;
  if (!kinds.count("reported_province"))
    errs.push_back(Err("destruction_province_report_missing").At(plan_field));
  if (!kinds.count("reported_police"))
    errs.push_back(Err("destruction_police_report_missing").At(plan_field));
  std::map<std::string, const PlanItem*> by_product;
  std::set<std::string> plan_codes;
  for (const auto& item : plan) {
    by_product[item.product] = &item;
    plan_codes.insert(item.codes.begin(), item.codes.end());
  }
  std::map<std::string, std::int64_t> taken;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto& line = lines[i];
    const std::string at = "lines[" + std::to_string(i) + "]";
    auto it = by_product.find(line.product);
    if (it == by_product.end()) {
      errs.push_back(Err("destruction_goods_outside_plan").At(at + ".product_id", line.product));
      continue;
    }
    std::int64_t& sum = taken[line.product];
    const bool was_within = sum <= it->second->quantity_milli;
    sum += line.quantity_milli;
    if (was_within && sum > it->second->quantity_milli)
      errs.push_back(Err("destruction_quantity_over_plan").At(at + ".quantity", line.product));
    for (size_t j = 0; j < line.codes.size(); ++j)
      if (!plan_codes.count(line.codes[j]))
        errs.push_back(Err("destruction_code_outside_plan")
                           .At(at + ".codes[" + std::to_string(j) + "]", line.codes[j]));
  }
  return errs;
}

}  // namespace anjian::destruction
