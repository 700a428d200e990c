#include "explosives/stocktake/stocktake_service.hpp"

#include <boost/json.hpp>
#include <memory>
#include <set>

#include "core/clock.hpp"
#include "core/hash_chain.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/loss_incident/loss_incident_service.hpp"
#include "explosives/loss_incident/loss_threshold_rules.hpp"
#include "explosives/packaging/packaging_service.hpp"
#include "explosives/stocktake/stocktake_errors.hpp"
#include "explosives/voucher/custody_service.hpp"
#include "explosives/voucher/stock_code_index.hpp"

namespace anjian::stocktake {

namespace json = boost::json;

namespace {

struct OpenStocktake {
  int64_t store_id = 0, enterprise_id = 0, counted_by = 0, book_voucher_id = 0;
  std::string number;
};

// The stocktake of the approver's enterprise, still open, counted by someone else.
OpenStocktake LoadOpen(storage::Connection& conn, const ApprovalInput& in) {
  api::Scope own{api::Scope::Kind::kEnterprise, "", in.enterprise_id};
  auto t = FindStocktake(conn, own, in.stocktake_id);
  if (!t) throw ApiException{Error::NotFound("stocktake")};
  if (t->status != "counted")
    throw ApiException{
        Err("stocktake_closed").Conflict(t->status, t->status == "approved" ? "审批" : "驳回")};
  if (t->counted_by_user_id == in.approver_id) core::Invalid(Err("approver_same").At());
  return {t->store_id, t->enterprise_id, t->counted_by_user_id, t->book_voucher_id, t->number};
}

// "盘点 PD… 发现缺少 3 个编码；工业炸药 短少 0.5 千克".
std::string LossDescription(const catalogue::Catalogue& catalogue, const std::string& number,
                            std::size_t missing_codes,
                            const std::map<std::string, int64_t>& shortfalls) {
  std::string parts;
  if (missing_codes > 0) parts = "缺少 " + std::to_string(missing_codes) + " 个编码";
  for (const auto& [pid, milli] : shortfalls) {
    const catalogue::Product* p = catalogue.Find(pid);
    if (!parts.empty()) parts += "；";
    parts += (p ? p->label_zh : pid) + " 短少 " + catalogue::FormatMilli(milli) +
             std::string(p ? catalogue::UnitLabelZh(p->unit) : "");
  }
  return "盘点 " + number + " 发现" + parts;
}

}  // namespace

int64_t CountStore(const void* database, storage::Connection& conn, const api::Scope& scope,
                   int64_t enterprise_id, int64_t store_id, CountInput count, int64_t user_id,
                   const audit::Actor& actor, int64_t now, api::Notifier* notifier) {
  api::Scope own{api::Scope::Kind::kEnterprise, "", enterprise_id};
  auto store = magazine::FindMagazine(conn, own, store_id);
  if (!store || !magazine::FindMagazine(conn, scope, store_id))
    throw ApiException{Error::NotFound("store")};
  // Refused before the count is expanded and compared: only the store's custodian counts it.
  voucher::RequireCounter(conn, store->id, user_id);
  packaging::ExpandCountedPackages(conn, count.counted, count.scans);  // a case or box: its codes
  const core::ManualClock request_time(now);  // the notifications are dated as the count
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  const int64_t id = RecordStocktake(database, conn, *store, count, user_id, actor,
                                     core::IsoFromUnix(now), pushes);
  if (auto t = FindStocktake(conn, own, id)) {
    std::string body = "库房“" + t->store_name + "”盘点" +
                       (t->missing_count + t->extra_count + t->quantity_difference_count == 0
                            ? std::string("账实相符")
                            : "盘亏编码 " + std::to_string(t->missing_count) + " 个、盘盈编码 " +
                                  std::to_string(t->extra_count) + " 个、数量差异 " +
                                  std::to_string(t->quantity_difference_count) + " 项") +
                       "，请审批（通过将按差异调账）";
    notifications::NotifyEnterpriseApprovers(conn, pushes, enterprise_id, "ledger:manage", user_id,
                                             "盘点单 " + t->number + " 待审批", body,
                                             "/ledger/stocktakes/" + std::to_string(id));
  }
  tx.Commit();
  pushes.Flush(notifier, conn);
  return id;
}

int64_t RecordStocktake(const void* database, storage::Connection& conn,
                        const magazine::MagazineRow& store, const CountInput& in, int64_t user_id,
                        const audit::Actor& actor, const std::string& counted_at,
                        notifications::PendingPushes& pushes) {
  const catalogue::Catalogue& catalogue = catalogue::InForce();
  if (auto errors = CheckCountedProducts(catalogue, in.quantities); !errors.empty())
    core::Invalid(std::move(errors));

  // The books: codes and uncoded quantities as of one and the same last voucher of the store.
  std::shared_ptr<const voucher::StockCodes> book;
  Quantities book_quantities;
  for (int attempt = 0; attempt < 20; ++attempt) {
    book = voucher::StockCodesNow(database, conn, store.id);
    book_quantities = UncodedQuantities(catalogue, StockBalances(conn, store.id));
    if (voucher::MagazineHead(conn, store.id) == book->book_voucher_id) break;
  }
  if (auto errors = CheckBookProductsCounted(catalogue, book_quantities, in.quantities);
      !errors.empty())
    core::Invalid(std::move(errors));

  voucher::CodeSet counted = in.counted;
  const std::size_t duplicates = voucher::Normalise(counted);
  auto diff = voucher::Difference(book->codes, counted);
  std::vector<std::string> all_codes = diff.only_a;
  all_codes.insert(all_codes.end(), diff.only_b.begin(), diff.only_b.end());
  const auto products = CodeProducts(conn, all_codes);

  NewStocktake t;
  t.enterprise_id = store.enterprise_id;
  t.region_path = store.region_path;
  t.store_id = store.id;
  t.method = in.method;
  t.counted_by_user_id = user_id;
  t.counted_at = counted_at;
  t.book_voucher_id = book->book_voucher_id;
  t.book_code_count = static_cast<int64_t>(book->codes.size());
  t.counted_code_count = static_cast<int64_t>(counted.size());
  t.duplicate_scans = static_cast<int64_t>(duplicates);
  t.missing_count = static_cast<int64_t>(diff.only_a.size());
  t.extra_count = static_cast<int64_t>(diff.only_b.size());
  t.source_filename = in.filename;
  t.source_blake2b = in.digest;
  t.note = in.note;
  const int64_t id = InsertStocktake(conn, t);
  const std::string number = StocktakeNumber(counted_at, id);
  SetStocktakeNumber(conn, id, number);
  InsertStocktakeCodes(conn, id, diff.only_a, "missing", products);
  InsertStocktakeCodes(conn, id, diff.only_b, "extra", products);
  std::set<std::string> uncoded;
  for (const auto& [pid, _] : book_quantities) uncoded.insert(pid);
  for (const auto& [pid, _] : in.quantities) uncoded.insert(pid);
  for (const auto& pid : uncoded) {
    auto b = book_quantities.find(pid);
    auto c = in.quantities.find(pid);
    InsertStocktakeQuantity(conn, id, pid, b == book_quantities.end() ? int64_t{0} : b->second,
                            c == in.quantities.end() ? int64_t{0} : c->second);
  }
  InsertStocktakeEvent(conn, id, "counted", user_id, counted_at, "[]", "");
  // Reported at once (art. 41(四)): the loss incident opens with the count, discovered then.
  const auto shortfalls = loss_incident::ReportableShortfalls(
      catalogue, book_quantities, in.quantities, loss_incident::LoadLossReportingConfig(conn));
  std::optional<int64_t> incident;
  if (!diff.only_a.empty() || !shortfalls.empty()) {
    loss_incident::LossInput loss;
    loss.enterprise_id = store.enterprise_id;
    loss.store_id = store.id;
    loss.stocktake_id = id;
    loss.source = "stocktake";
    loss.description = LossDescription(catalogue, number, diff.only_a.size(), shortfalls);
    for (const auto& code : diff.only_a) {
      auto p = products.find(code);
      loss.codes.emplace_back(code, p == products.end() ? std::string() : p->second);
    }
    loss.quantities = shortfalls;
    loss.user_id = user_id;
    loss.discovered_at = counted_at;
    loss.opened_at = counted_at;
    incident = loss_incident::OpenLossIncident(conn, loss, actor, pushes);
  }
  audit::Append(conn, actor, "count", "stocktake", std::to_string(id), nullptr,
                json::object{{"number", number},
                             {"store_id", store.id},
                             {"method", in.method},
                             {"book_voucher_id", book->book_voucher_id},
                             {"book_code_count", book->codes.size()},
                             {"counted_code_count", counted.size()},
                             {"missing_count", diff.only_a.size()},
                             {"extra_count", diff.only_b.size()},
                             {"loss_incident_id",
                              incident ? json::value(*incident) : json::value(nullptr)},
                             {"source_blake2b", in.digest}});
  return id;
}

std::pair<std::vector<StocktakeRow>, int64_t> ListStocktakes(storage::Connection& conn,
                                                             const api::Scope& scope,
                                                             const StocktakeFilter& f,
                                                             int64_t limit, int64_t offset) {
  const int64_t total = CountStocktakes(conn, scope, f);
  return {ListStocktakeRows(conn, scope, f, limit, offset), total};
}

std::optional<StocktakeDetail> GetStocktake(storage::Connection& conn, const api::Scope& scope,
                                            int64_t id) {
  auto row = FindStocktake(conn, scope, id);
  if (!row) return std::nullopt;
  StocktakeDetail d;
  d.row = std::move(*row);
  d.codes = StocktakeCodes(conn, id);
  d.quantities = StocktakeQuantities(conn, id, false);
  d.events = StocktakeEvents(conn, id);
  d.loss_incident_id = loss_incident::IncidentOfStocktake(conn, id);
  return d;
}

bool StocktakeInScope(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  return FindStocktake(conn, scope, id).has_value();
}

void ApproveStocktake(storage::Connection& conn, const ApprovalInput& in,
                      const audit::Actor& actor) {
  try {
    storage::Transaction tx(conn);
    // The counter books the adjustments as storekeeper (approver_same is checked on approval).
    auto t = FindStocktake(conn, magazine::AllScope(), in.stocktake_id);
    if (!t) throw ApiException{Error::NotFound("stocktake")};
    voucher::RequireCustody(conn, t->store_id, t->counted_by_user_id, 0);
    RecordApproval(conn, in, actor);
    tx.Commit();
  } catch (const storage::ConstraintError&) {
    throw ApiException{Err("adjustment_codes_taken").Conflict()};
  }
}

void RecordApproval(storage::Connection& conn, const ApprovalInput& in, const audit::Actor& actor) {
  // The enterprise's chain head first (as PostVoucher takes it), so no voucher of the store can
  // slip in between the check below and the adjustments.
  LockLedgerHead(conn, in.enterprise_id, core::GenesisHash());
  OpenStocktake t = LoadOpen(conn, in);
  if (voucher::MagazineHead(conn, t.store_id) != t.book_voucher_id)
    throw ApiException{Err("books_moved").Conflict()};

  auto planned = PlanAdjustments(catalogue::InForce(), StocktakeCodes(conn, in.stocktake_id),
                                 StocktakeQuantities(conn, in.stocktake_id, true),
                                 in.extra_product_id);
  if (auto* errors = std::get_if<std::vector<FieldError>>(&planned))
    core::Invalid(std::move(*errors));
  const Adjustments& a = std::get<Adjustments>(planned);

  auto post = [&](voucher::Direction dir, voucher::Reason reason,
                  const std::map<std::string, std::vector<std::string>>& coded,
                  const std::map<std::string, int64_t>& uncoded) -> std::optional<int64_t> {
    voucher::PostInput p;
    p.voucher.direction = dir;
    p.voucher.reason = reason;
    p.voucher.magazine_id = t.store_id;
    for (const auto& [product, list] : coded) {
      voucher::VoucherLine l;
      l.product = product;
      l.codes = list;
      l.quantity_milli = catalogue::Milli(static_cast<int64_t>(list.size()));
      l.batch = t.number;
      p.voucher.lines.push_back(std::move(l));
    }
    for (const auto& [product, q] : uncoded) {
      voucher::VoucherLine l;
      l.product = product;
      l.quantity_milli = q;
      l.batch = t.number;
      p.voucher.lines.push_back(std::move(l));
    }
    if (p.voucher.lines.empty()) return std::nullopt;
    p.enterprise_id = t.enterprise_id;
    p.storekeeper_id = t.counted_by;
    p.second_person_id = in.approver_id;
    p.posted_at = in.at;
    return voucher::PostVoucher(conn, p, actor, core::UnixFromIso(in.at));
  };
  json::array voucher_ids;
  if (auto id = post(voucher::Direction::kOut, voucher::Reason::kStocktakeLoss, a.missing, a.loss_quantities))
    voucher_ids.push_back(*id);
  if (auto id = post(voucher::Direction::kIn, voucher::Reason::kStocktakeGain, a.extra, a.gain_quantities))
    voucher_ids.push_back(*id);

  InsertStocktakeEvent(conn, in.stocktake_id, "approved", in.approver_id, in.at,
                       json::serialize(voucher_ids), in.note);
  // The incident opened with the count; the write-off vouchers are linked to it.
  const std::optional<int64_t> incident = loss_incident::IncidentOfStocktake(conn, in.stocktake_id);
  if (incident && !voucher_ids.empty()) {
    std::string reference;
    for (const auto& v : voucher_ids)
      reference += (reference.empty() ? "" : ",") + std::to_string(v.as_int64());
    loss_incident::AppendWriteOff(conn, *incident, reference, "盘点 " + t.number + " 审批入账",
                                  in.approver_id, actor, in.at);
  }
  audit::Append(conn, actor, "approve", "stocktake", std::to_string(in.stocktake_id), nullptr,
                json::object{{"number", t.number},
                             {"voucher_ids", voucher_ids},
                             {"loss_incident_id",
                              incident ? json::value(*incident) : json::value(nullptr)},
                             {"note", in.note}});
}

void RejectStocktake(storage::Connection& conn, const ApprovalInput& in,
                     const audit::Actor& actor) {
  // A rejection says why (the counter has to act on it): a blank note is refused with 422.
  if (in.note.find_first_not_of(" \t\r\n") == std::string::npos)
    core::Invalid(Err("rejection_reason_required").At("note"));
  storage::Transaction tx(conn);
  OpenStocktake t = LoadOpen(conn, in);
  InsertStocktakeEvent(conn, in.stocktake_id, "rejected", in.approver_id, in.at, "[]", in.note);
  audit::Append(conn, actor, "reject", "stocktake", std::to_string(in.stocktake_id), nullptr,
                json::object{{"number", t.number}, {"note", in.note}});
  tx.Commit();
}

}  // namespace anjian::stocktake
