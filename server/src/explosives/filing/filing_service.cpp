#include "explosives/filing/filing_service.hpp"

#include <boost/json.hpp>

#include "calendar/calendar_service.hpp"
#include "core/clock.hpp"
#include "explosives/voucher/product_tally_repository.hpp"

namespace anjian::filing {

namespace json = boost::json;

namespace {

FilingItem ItemOf(const FilingKind& kind, FilingRow row, int64_t now,
                  const calendar::WorkingCalendar& cal) {
  FiledTimes filed;
  for (const auto& f : row.filings)
    filed.push_back(f ? std::optional<int64_t>(core::UnixFromIso(f->filed_at)) : std::nullopt);
  const int64_t made = core::UnixFromIso(row.posted_at);
  FilingItem item;
  item.status = kind.evaluate(made, filed, now, cal);
  const FilingPeriod period = FilingPeriodOf(made, cal);
  item.deadline = core::IsoFromUnix(period.deadline);
  item.last_day = period.last_day;
  item.nominal_last_day = period.nominal_last_day;
  item.deadline_moved = period.moved;
  item.late = item.status == FilingStatus::kLate || item.status == FilingStatus::kFiledLate;
  item.row = std::move(row);
  return item;
}

std::string Cutoff(int64_t now, const calendar::WorkingCalendar& cal) {
  return core::IsoFromUnix(FilingCutoff(now, cal));
}

}  // namespace

std::pair<std::vector<FilingItem>, int64_t> ListFilings(
    storage::Connection& conn, const api::Scope& scope, const FilingKind& kind,
    const std::string& status, std::optional<int64_t> enterprise_id, int64_t limit,
    int64_t offset, int64_t now) {
  const auto cal = calendar::LoadWorkingCalendar(conn);
  const FilingFilter f{status, Cutoff(now, cal), enterprise_id};
  const int64_t total = CountFilings(conn, scope, kind, f);
  auto rows = ListFilingRows(conn, scope, kind, f, limit, offset);
  std::vector<int64_t> ids;
  ids.reserve(rows.size());
  for (const auto& r : rows) ids.push_back(r.voucher_id);
  auto products = voucher::VoucherProductsZh(voucher::LoadVoucherProductTallies(conn, ids));
  std::vector<FilingItem> items;
  for (auto& row : rows) {
    row.products_zh = products[row.voucher_id];
    items.push_back(ItemOf(kind, std::move(row), now, cal));
  }
  return {std::move(items), total};
}

std::vector<FieldError> CheckFiling(storage::Connection& conn, const api::Scope& scope,
                                    const FilingKind& kind, int64_t voucher_id,
                                    int64_t enterprise_id, int64_t filed) {
  auto v = FindVoucher(conn, scope, voucher_id);
  if (!v || v->enterprise_id != enterprise_id) throw ApiException{Error::NotFound("voucher")};
  std::vector<FieldError> errors;
  if (!IsFiledKind(conn, kind, voucher_id)) errors.push_back(kind.not_filed_kind->At());
  if (filed && filed < core::UnixFromIso(v->posted_at))
    errors.push_back(kind.filed_before->At("filed_at"));
  return errors;
}

FilingItem RecordFiling(storage::Connection& conn, const FilingKind& kind, const FilingInput& in,
                        const audit::Actor& actor, int64_t now) {
  storage::Transaction tx(conn);
  const std::string at = core::IsoFromUnix(in.filed);
  InsertFiling(conn, kind, in.voucher_id, in.office, at, in.reference, in.note, in.user_id,
               core::IsoFromUnix(now));
  audit::Append(conn, actor, kind.audit_action, "voucher", std::to_string(in.voucher_id), nullptr,
                json::object{{"office", in.office}, {"filed_at", at}, {"reference", in.reference}});
  tx.Commit();
  FilingRow row = *FindFilingRow(conn, kind, in.voucher_id);
  row.products_zh =
      voucher::VoucherProductsZh(voucher::LoadVoucherProductTallies(conn, {in.voucher_id}))
          [in.voucher_id];
  return ItemOf(kind, std::move(row), now, calendar::LoadWorkingCalendar(conn));
}

std::map<int64_t, int64_t> LateFilingsByStore(storage::Connection& conn, const api::Scope& scope,
                                              const FilingKind& kind, int64_t now) {
  return LateByStore(conn, scope, kind, Cutoff(now, calendar::LoadWorkingCalendar(conn)));
}

}  // namespace anjian::filing
