#include "explosives/loss_incident/loss_threshold_rules.hpp"

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"

namespace anjian::loss_incident {

namespace {

const std::vector<core::FlatField<LossReportingConfig>>& Fields() {
  static const std::vector<core::FlatField<LossReportingConfig>> kFields = {
      {"min_net_mass_grams", &LossReportingConfig::min_net_mass_grams},
      {"massless_products", &LossReportingConfig::massless_products},
  };
  return kFields;
}

}  // namespace

std::vector<FieldError> ValidateLossReportingConfig(const LossReportingConfig& c) {
  std::vector<FieldError> errors;
  if (c.min_net_mass_grams < 0 || c.min_net_mass_grams > 1000000)
    errors.push_back(core::CoreErr("range").At("min_net_mass_grams", 0, 1000000));
  if (c.massless_products != 0 && c.massless_products != 1)
    errors.push_back(core::CoreErr("range").At("massless_products", 0, 1));
  return errors;
}

std::string LossReportingConfigToJson(const LossReportingConfig& config) {
  return core::FlatConfigToJson(config, Fields());
}

std::variant<LossReportingConfig, std::vector<FieldError>> ParseLossReportingConfig(
    std::string_view text) {
  LossReportingConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateLossReportingConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<LossReportingConfig> LossReportingConfigFromJson(std::string_view text) {
  auto parsed = ParseLossReportingConfig(text);
  if (auto* c = std::get_if<LossReportingConfig>(&parsed)) return *c;
  return std::nullopt;
}

std::map<std::string, std::int64_t> ReportableShortfalls(
    const catalogue::Catalogue& catalogue,
    const std::map<std::string, std::int64_t, std::less<>>& book,
    const std::map<std::string, std::int64_t, std::less<>>& counted,
    const LossReportingConfig& config) {
  std::map<std::string, std::int64_t> out;
  std::int64_t grams = 0;
  for (const auto& [product, book_milli] : book) {
    auto c = counted.find(product);
    const std::int64_t short_milli = book_milli - (c == counted.end() ? 0 : c->second);
    if (short_milli <= 0) continue;
    const catalogue::Product* p = catalogue.Find(product);
    const bool has_mass = !p || p->net_explosive_mass_per_unit_kg > 0;
    if (!has_mass && config.massless_products == 0) continue;
    out[product] = short_milli;
    if (p) grams += catalogue::NetMassGrams(*p, short_milli);
  }
  if (out.empty() || grams < config.min_net_mass_grams) return {};
  return out;
}

}  // namespace anjian::loss_incident
