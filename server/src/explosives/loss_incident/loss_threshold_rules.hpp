// When a stocktake's shortfall is a loss (丢失被盗, 条例 art. 41(四), seed 000 §3(2): report at
// once), pure. Missing codes always are: every coded piece is traceable and each one missing is
// reported. An uncoded shortfall (kg of explosive, metres of cord) is one when its product carries
// explosive mass — or any product, if the deployment says so — and the shortfalls' net explosive
// mass reaches the threshold. Read from the settings key `loss_reporting` as JSON
// {"min_net_mass_grams": 0, "massless_products": 0}; a missing key keeps its default.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"

namespace anjian::loss_incident {

struct LossReportingConfig {
  // [U] The uncoded shortfalls of one count open an incident when their net explosive mass (in
  // grams, rounded) is at least this; 0 = any shortfall (the default).
  std::int64_t min_net_mass_grams = 0;
  // 1: a shortfall of a product without explosive mass (shock tube) opens one too; 0: it does not.
  std::int64_t massless_products = 0;
};

// min_net_mass_grams 0–1000000 (a tonne), massless_products 0 or 1 (core rule range).
std::vector<FieldError> ValidateLossReportingConfig(const LossReportingConfig& config);
std::string LossReportingConfigToJson(const LossReportingConfig& config);
// Every problem at once (core/flat_config_json.hpp rules), then ValidateLossReportingConfig.
std::variant<LossReportingConfig, std::vector<FieldError>> ParseLossReportingConfig(
    std::string_view text);
// nullopt when ParseLossReportingConfig finds any problem; the caller keeps the defaults.
std::optional<LossReportingConfig> LossReportingConfigFromJson(std::string_view text);

// `book` and `counted`: uncoded quantities per product (thousandths of the unit). The
// shortfalls (book − counted, positive) that open a loss incident under `config`: empty when
// none does. A product missing from the catalogue counts as having mass (the safe side).
std::map<std::string, std::int64_t> ReportableShortfalls(
    const catalogue::Catalogue& catalogue, const std::map<std::string, std::int64_t, std::less<>>& book,
    const std::map<std::string, std::int64_t, std::less<>>& counted,
    const LossReportingConfig& config);

}  // namespace anjian::loss_incident
