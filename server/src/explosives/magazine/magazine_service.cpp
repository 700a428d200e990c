#include "explosives/magazine/magazine_service.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/capacity_request_rules.hpp"
#include "explosives/magazine/capacity_request_service.hpp"
#include "explosives/magazine/magazine_edit_rules.hpp"
#include "explosives/magazine/magazine_errors.hpp"
#include "explosives/magazine/magazine_json.hpp"

namespace anjian::magazine {

namespace json = boost::json;

namespace {

MagazineState EmptyState(const MagazineRow& row) {
  MagazineState st;
  st.id = row.id;
  st.kind = row.kind;
  st.limits = row.limits;
  st.holds_non_normal_goods = row.holds_non_normal;
  return st;
}

void AddBalance(MagazineState& st, const std::string& product, int64_t q) {
  if (q == 0) return;
  st.quantities[product] = q;
  if (const catalogue::Product* p = catalogue::InForce().Find(product)) {
    st.net_mass_g += catalogue::NetMassGrams(*p, q);
    if (catalogue::CountsAsPieces(*p)) st.pieces += q / catalogue::kMilliPerUnit;
  }
}

}  // namespace

MagazineState StateOf(const MagazineRow& row, const std::vector<Balance>& balances) {
  MagazineState st = EmptyState(row);
  for (const auto& b : balances)
    if (b.magazine_id == row.id) AddBalance(st, b.product_id, b.quantity_milli);
  return st;
}

MagazineState LoadMagazineState(storage::Connection& conn, const MagazineRow& row) {
  return StateOf(row, BalancesOf(conn, row.id));
}

MagazineView ViewOf(storage::Connection& conn, const MagazineRow& row) {
  return {row, LoadMagazineState(conn, row)};
}

std::vector<MagazineView> ListMagazineViews(storage::Connection& conn, const api::Scope& scope,
                                            std::optional<int64_t> enterprise_id) {
  auto rows = ListMagazines(conn, scope, enterprise_id);
  // Every balance of the listed magazines in one scoped query, not one query per magazine.
  std::map<int64_t, MagazineState> states;
  for (const auto& r : rows) states.emplace(r.id, EmptyState(r));
  for (const auto& b : ListBalances(conn, scope, enterprise_id)) {
    auto it = states.find(b.magazine_id);
    if (it != states.end()) AddBalance(it->second, b.product_id, b.quantity_milli);
  }
  std::vector<MagazineView> out;
  out.reserve(rows.size());
  for (auto& r : rows) {
    MagazineState st = std::move(states.at(r.id));
    out.push_back({std::move(r), std::move(st)});
  }
  return out;
}

StockView StockOf(storage::Connection& conn, const MagazineRow& row) {
  StockView stock{ViewOf(conn, row), {}};
  stock.code_counts = CodeCountsByProduct(conn, row.id);
  return stock;
}

MagazineRow RequireMagazine(storage::Connection& conn, const api::Scope& scope, int64_t id,
                            bool lock) {
  auto row = FindMagazine(conn, scope, id, lock);
  if (!row) throw ApiException{Error::NotFound("store")};
  return *row;
}

int64_t AddMagazine(storage::Connection& conn, int64_t enterprise_id, const MagazineInput& in,
                    int64_t now) {
  auto path = EnterpriseRegionPath(conn, enterprise_id);
  if (!path) throw ApiException{Error::NotFound("enterprise")};
  if (auto unrated = CheckRating(in.limits); !unrated.empty()) core::Invalid(std::move(unrated));
  if (NameTaken(conn, enterprise_id, in.name)) core::Invalid(Err("store_name_duplicate").At("name"));
  return InsertMagazine(conn, enterprise_id, *path, in, core::IsoFromUnix(now));
}

MagazineView CreateMagazine(storage::Connection& conn, const audit::Actor& actor,
                            int64_t enterprise_id, const MagazineInput& in,
                            std::optional<int64_t> design_file_id,
                            notifications::PendingPushes& pushes, int64_t now) {
  storage::Transaction tx(conn);
  const int64_t id = AddMagazine(conn, enterprise_id, in, now);
  FileInitialRating(conn, actor, id, design_file_id, pushes, now);
  auto after = ViewOf(conn, RequireMagazine(conn, AllScope(), id));
  audit::Append(conn, actor, "create", "store", std::to_string(id), nullptr, MagazineJson(after));
  tx.Commit();
  return after;
}

MagazineView EditMagazine(storage::Connection& conn, const audit::Actor& actor,
                          const api::Scope& scope, int64_t id, const MagazineInput& in,
                          const std::optional<MagazineLimits>& limits, int64_t now) {
  storage::Transaction tx(conn);
  const auto before = ViewOf(conn, RequireMagazine(conn, scope, id, /*lock=*/true));
  MagazineInput edit = in;
  edit.limits = before.row.limits;
  std::vector<FieldError> errors;
  if (NameTaken(conn, before.row.enterprise_id, in.name, id))
    errors.push_back(Err("store_name_duplicate").At("name"));
  auto refused = CheckMagazineEdit(before.state, edit.kind, edit.limits, catalogue::InForce());
  errors.insert(errors.end(), refused.begin(), refused.end());
  if (limits) {
    auto rating = CheckRatingUntouched(before.row.limits, *limits);
    errors.insert(errors.end(), rating.begin(), rating.end());
  }
  if (!errors.empty()) core::Invalid(std::move(errors));
  UpdateMagazine(conn, id, edit, core::IsoFromUnix(now));
  auto after = ViewOf(conn, RequireMagazine(conn, AllScope(), id));
  audit::Append(conn, actor, "update", "store", std::to_string(id), MagazineJson(before),
                MagazineJson(after));
  tx.Commit();
  return after;
}

std::vector<CapacityChange> CapacityHistoryOf(storage::Connection& conn, const api::Scope& scope,
                                              int64_t id) {
  RequireMagazine(conn, scope, id);
  return CapacityHistory(conn, scope, id);
}

StorekeepersView StorekeepersOf(storage::Connection& conn, const MagazineRow& row) {
  return {row.id, CurrentStorekeepers(conn, row.id), StorekeeperHistory(conn, row.id),
          StorekeeperCandidates(conn, row.enterprise_id)};
}

StorekeepersView AssignStorekeeper(storage::Connection& conn, const audit::Actor& actor,
                                   const api::Scope& scope, int64_t magazine_id,
                                   int64_t user_id, int64_t now) {
  storage::Transaction tx(conn);
  const auto row = RequireMagazine(conn, scope, magazine_id, /*lock=*/true);
  if (!IsActiveStorekeeper(conn, user_id, row.enterprise_id))
    core::Invalid(Err("storekeeper_invalid").At("user_id"));
  if (OpenAssignment(conn, row.id, user_id))
    core::Invalid(Err("storekeeper_already_assigned").At("user_id"));
  const int64_t id = InsertAssignment(conn, row.id, user_id, actor.id, core::IsoFromUnix(now));
  audit::Append(conn, actor, "assign_storekeeper", "store", std::to_string(row.id), nullptr,
                json::object{{"assignment_id", id}, {"user_id", user_id}});
  tx.Commit();
  return StorekeepersOf(conn, row);
}

StorekeepersView UnassignStorekeeper(storage::Connection& conn, const audit::Actor& actor,
                                     const api::Scope& scope, int64_t magazine_id,
                                     std::optional<int64_t> user_id, int64_t now) {
  storage::Transaction tx(conn);
  const auto row = RequireMagazine(conn, scope, magazine_id, /*lock=*/true);
  if (!user_id) throw ApiException{Error::NotFound()};
  auto open = OpenAssignment(conn, row.id, *user_id);
  if (!open) throw ApiException{Error::NotFound("storekeeper assignment")};
  EndAssignment(conn, *open, *actor.id, core::IsoFromUnix(now));
  audit::Append(conn, actor, "unassign_storekeeper", "store", std::to_string(row.id),
                json::object{{"user_id", *user_id}}, nullptr);
  tx.Commit();
  return StorekeepersOf(conn, row);
}

}  // namespace anjian::magazine
