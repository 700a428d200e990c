#include "explosives/packaging/packaging_service.hpp"

#include <boost/json.hpp>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/magazine_repository.hpp"
#include "explosives/packaging/packaging_errors.hpp"

namespace anjian::packaging {

namespace json = boost::json;

std::string RegisterPackaging(storage::Connection& conn, int64_t enterprise_id,
                              const PackagingInput& in, const audit::Actor& actor, int64_t now) {
  PackagingCodes codes;
  auto errors = CheckPackaging(in, catalogue::InForce(), codes);
  if (!errors.empty()) core::Invalid(std::move(errors));
  try {
    storage::Transaction tx(conn);
    for (const auto& code : RegisteredPackages(conn, codes.packages))
      if (errors.size() < kMaxPackagingErrors)
        errors.push_back(Err("package_exists").At("case_code", code));
    for (const auto& [code, box] : PackagedCodes(conn, codes.codes))
      if (errors.size() < kMaxPackagingErrors)
        errors.push_back(Err("code_packaged").At("boxes", code, box));
    if (!errors.empty()) core::Invalid(std::move(errors));

    PackageRow row;
    row.enterprise_id = enterprise_id;
    row.region_path = magazine::EnterpriseRegionPath(conn, enterprise_id).value_or("");
    row.product_id = in.product_id;
    row.registered_by = *actor.id;
    row.registered_at = core::IsoFromUnix(now);
    if (!in.case_code.empty()) {
      row.code = in.case_code;
      row.kind = "case";
      row.code_count = static_cast<int64_t>(codes.codes.size());
      InsertPackage(conn, row);
    }
    json::array boxes;
    for (const auto& box : in.boxes) {
      row.code = box.box_code;
      row.kind = "box";
      row.case_code = in.case_code.empty() ? std::nullopt : std::optional(in.case_code);
      row.code_count = static_cast<int64_t>(box.codes.size());
      InsertPackage(conn, row);
      InsertBoxCodes(conn, box.box_code, box.codes);
      boxes.push_back(json::object{{"code", box.box_code}, {"code_count", box.codes.size()}});
    }
    const std::string top = in.case_code.empty() ? in.boxes.front().box_code : in.case_code;
    audit::Append(conn, actor, "register", "package", top, nullptr,
                  json::object{{"case_code", in.case_code},
                               {"product_id", in.product_id},
                               {"boxes", std::move(boxes)},
                               {"code_count", codes.codes.size()}});
    tx.Commit();
    return top;
  } catch (const storage::ConstraintError&) {
    throw ApiException{Err("registered_meanwhile").Conflict()};
  }
}

std::optional<PackageView> FindPackageView(storage::Connection& conn, const api::Scope& scope,
                                           const std::string& code) {
  auto row = FindPackage(conn, scope, code);
  if (!row) return std::nullopt;
  PackageView view{std::move(*row), {}, {}};
  if (view.row.kind == "case") view.boxes = BoxesOf(conn, code);
  auto contents = PackageContents(conn, {code});
  view.codes = std::move(contents[code]);
  return view;
}

std::map<std::string, std::vector<std::string>> PackageContents(
    storage::Connection& conn, const std::vector<std::string>& tokens) {
  std::vector<std::string> candidates;
  for (const auto& t : tokens)
    if (IsPackageCode(t)) candidates.push_back(t);
  if (candidates.empty()) return {};
  return CodesInside(conn, candidates);
}

void ExpandVoucherPackages(storage::Connection& conn, voucher::Voucher& v) {
  for (auto& line : v.lines) {
    auto contents = PackageContents(conn, line.codes);
    if (contents.empty()) continue;
    const bool defaulted =
        line.quantity_milli == catalogue::Milli(static_cast<int64_t>(line.codes.size()));
    std::vector<std::string> codes;
    for (auto& c : line.codes) {
      auto it = contents.find(c);
      if (it == contents.end()) codes.push_back(std::move(c));
      else codes.insert(codes.end(), it->second.begin(), it->second.end());
    }
    line.codes = std::move(codes);
    if (defaulted) line.quantity_milli = catalogue::Milli(static_cast<int64_t>(line.codes.size()));
  }
}

void ExpandCountedPackages(storage::Connection& conn, voucher::CodeSet& counted,
                           std::size_t& scans) {
  auto contents = PackageContents(conn, counted.other);
  if (contents.empty()) return;
  std::vector<std::string> other = std::move(counted.other);
  counted.other.clear();
  for (auto& c : other) {
    auto it = contents.find(c);
    if (it == contents.end()) {
      counted.other.push_back(std::move(c));
      continue;
    }
    scans += it->second.size() - 1;  // one scan stood for every code inside
    for (const auto& code : it->second) voucher::AddCode(counted, code);
  }
}

}  // namespace anjian::packaging
