#include "explosives/magazine/capacity_request_service.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/error_catalogue.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/magazine_edit_rules.hpp"
#include "explosives/magazine/magazine_json.hpp"
#include "explosives/magazine/magazine_service.hpp"

namespace anjian::magazine {

namespace json = boost::json;

namespace {

json::value Opt(const std::optional<std::string>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
json::value Opt(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

// "净药量 100 千克、雷管 5000 发、导爆管限量 …": the rating in words for notifications.
std::string RatingZh(const MagazineLimits& l) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : "、") + part; };
  if (l.net_mass_g) add("净药量 " + catalogue::FormatMilli(*l.net_mass_g) + " 千克");
  if (l.pieces) add(std::to_string(*l.pieces) + " 发");
  for (const auto& [product, q] : l.product_quantity_milli) {
    const catalogue::Product* p = catalogue::InForce().Find(product);
    add((p ? p->label_zh : product) + "限量 " + catalogue::FormatMilli(q) +
        (p ? std::string(catalogue::UnitLabelZh(p->unit)) : std::string()));
  }
  return out.empty() ? "未核定" : out;
}

void NotifyRegulators(storage::Connection& conn, notifications::PendingPushes& pushes,
                      const MagazineRow& store, const CapacityRequestRow& r) {
  const std::string title = "库房核定储量变更申请：" + store.enterprise_name + " " + store.name;
  const std::string body = RatingZh(r.old_limits) + " → " + RatingZh(r.new_limits) + "；理由：" +
                           r.reason;
  for (int64_t agency : SupervisingAgencies(conn, store.region_path))
    notifications::NotifyAgencyUsers(conn, pushes, agency, kStoreCapacityRequested, title, body,
                                     "/ledger/capacity-requests?status=pending&store_id=" + std::to_string(store.id));
}

}  // namespace

json::object CapacityRequestJson(const CapacityRequestRow& r) {
  return json::object{{"id", r.id},
                      {"store_id", r.store_id},
                      {"store_name", r.store_name},
                      {"enterprise_id", r.enterprise_id},
                      {"enterprise_name", r.enterprise_name},
                      {"kind", r.kind},
                      {"status", r.status},
                      {"status_label_zh", RequestStatusZh(r.status)},
                      {"old", RatingJson(r.old_limits)},
                      {"new", RatingJson(r.new_limits)},
                      {"design_file_id", Opt(r.design_file_id)},
                      {"reason", r.reason},
                      {"requested_by_name", r.requested_by_name},
                      {"requested_at", r.requested_at},
                      {"decided_by_name", Opt(r.decided_by_name)},
                      {"decided_at", Opt(r.decided_at)},
                      {"decision_agency_name", Opt(r.decision_agency_name)},
                      {"document_number", Opt(r.document_number)},
                      {"approved_on", Opt(r.approved_on)},
                      {"approval_file_id", Opt(r.approval_file_id)},
                      {"rejection_reason", Opt(r.rejection_reason)},
                      {"change_id", Opt(r.change_id)}};
}

CapacityRequestRow RequireCapacityRequest(storage::Connection& conn, const api::Scope& scope,
                                          int64_t id) {
  auto r = FindCapacityRequest(conn, scope, id);
  if (!r) throw ApiException{Error::NotFound("capacity request")};
  return *r;
}

CapacityRequestRow RequestCapacityChange(storage::Connection& conn, const audit::Actor& actor,
                                         const api::Scope& scope, int64_t store_id,
                                         const CapacityRequestInput& in,
                                         notifications::PendingPushes& pushes, int64_t now) {
  storage::Transaction tx(conn);
  const auto store = ViewOf(conn, RequireMagazine(conn, scope, store_id, /*lock=*/true));
  auto errors = CheckCapacityRequest(store.row.limits, in, HasPendingCapacityRequest(conn, store_id),
                                     store.row.rating_pending);
  // A proposal below what the store holds now could never be applied.
  auto below = CheckMagazineEdit(store.state, store.row.kind, in.limits, catalogue::InForce());
  errors.insert(errors.end(), below.begin(), below.end());
  if (!errors.empty()) core::Invalid(std::move(errors));
  CapacityRequestRow r;
  r.store_id = store_id;
  r.enterprise_id = store.row.enterprise_id;
  r.region_path = store.row.region_path;
  r.kind = "change";
  r.old_limits = store.row.limits;
  r.new_limits = in.limits;
  r.design_file_id = in.design_file_id;
  r.reason = in.reason;
  r.requested_by = actor.id.value_or(0);
  r.requested_at = core::IsoFromUnix(now);
  r.id = InsertCapacityRequest(conn, r);
  auto saved = *FindCapacityRequest(conn, magazine::AllScope(), r.id);
  audit::Append(conn, actor, "request_capacity_change", "store_capacity_request",
                std::to_string(r.id), nullptr, CapacityRequestJson(saved));
  NotifyRegulators(conn, pushes, store.row, saved);
  tx.Commit();
  return saved;
}

void FileInitialRating(storage::Connection& conn, const audit::Actor& actor, int64_t store_id,
                       std::optional<int64_t> design_file_id,
                       notifications::PendingPushes& pushes, int64_t now) {
  const auto store = RequireMagazine(conn, AllScope(), store_id);
  CapacityRequestRow r;
  r.store_id = store_id;
  r.enterprise_id = store.enterprise_id;
  r.region_path = store.region_path;
  r.kind = "initial";
  r.new_limits = store.limits;
  r.design_file_id = design_file_id;
  r.reason = "新建库房首次核定储量";
  r.requested_by = actor.id.value_or(0);
  r.requested_at = core::IsoFromUnix(now);
  r.id = InsertCapacityRequest(conn, r);
  auto saved = *FindCapacityRequest(conn, AllScope(), r.id);
  audit::Append(conn, actor, "request_capacity_change", "store_capacity_request",
                std::to_string(r.id), nullptr, CapacityRequestJson(saved));
  NotifyRegulators(conn, pushes, store, saved);
}

CapacityRequestRow DecideCapacityChange(storage::Connection& conn, const audit::Actor& actor,
                                        const api::Scope& scope, int64_t agency_id, int64_t id,
                                        const CapacityDecision& d,
                                        notifications::PendingPushes& pushes, int64_t now) {
  storage::Transaction tx(conn);
  auto found = FindCapacityRequest(conn, scope, id, /*lock=*/true);
  if (!found) throw ApiException{Error::NotFound("capacity request")};
  const CapacityRequestRow before = *found;
  const auto store = ViewOf(conn, RequireMagazine(conn, AllScope(), before.store_id, true));
  const core::Date requested_on = core::ChinaDate(core::UnixFromIso(before.requested_at));
  auto errors = CheckCapacityDecision(before.status, d, requested_on, core::ChinaDate(now));
  if (errors.empty() && d.approve) {
    // The stock may have grown since the request: the new rating may not fall below it.
    errors = CheckMagazineEdit(store.state, store.row.kind, before.new_limits, catalogue::InForce());
  }
  if (!errors.empty()) core::Invalid(std::move(errors));
  const std::string now_iso = core::IsoFromUnix(now);
  CapacityRequestRow after = before;
  after.decided_by = actor.id;
  after.decided_at = now_iso;
  after.decision_agency_id = agency_id;
  if (d.approve) {
    after.status = kRequestApproved;
    after.document_number = d.document_number;
    after.approved_on = core::FormatIsoDate(*d.approved_on);
    after.approval_file_id = d.file_id;
    ApplyApprovedRating(conn, before.store_id, before.new_limits, now_iso);
    CapacityChange change;
    change.store_id = before.store_id;
    // The first rating of a new store replaces none (the figures entered at creation were 待核定).
    change.old_limits = before.kind == "initial" ? before.old_limits : store.row.limits;
    change.new_limits = before.new_limits;
    change.document_number = d.document_number;
    change.issuer = AgencyName(conn, agency_id);
    change.approved_on = *after.approved_on;
    change.file_id = d.file_id;
    change.changed_by = actor.id.value_or(0);
    change.changed_at = now_iso;
    after.change_id = InsertCapacityChange(conn, change);
    json::object audit_change = CapacityChangeJson(change);
    audit_change["id"] = *after.change_id;
    audit_change["request_id"] = before.id;
    audit::Append(conn, actor, "change_capacity", "store", std::to_string(before.store_id),
                  RatingJson(change.old_limits), std::move(audit_change));
  } else {
    after.status = kRequestRejected;
    after.rejection_reason = d.reason;
  }
  DecideCapacityRequest(conn, after);
  auto saved = *FindCapacityRequest(conn, AllScope(), id);
  audit::Append(conn, actor, d.approve ? "approve" : "reject", "store_capacity_request",
                std::to_string(id), CapacityRequestJson(before), CapacityRequestJson(saved));
  const std::string title = std::string("库房核定储量变更申请") +
                            (d.approve ? "已批准：" : "已驳回：") + store.row.name;
  const std::string body =
      d.approve ? RatingZh(before.old_limits) + " → " + RatingZh(before.new_limits) + "（" +
                      d.document_number + "，" + *after.approved_on + "）"
                : "驳回理由：" + d.reason;
  notifications::NotifyEnterpriseUsers(conn, pushes, before.enterprise_id, kStoreCapacityDecided,
                                       title, body,
                                       "/ledger/stores/" + std::to_string(before.store_id));
  tx.Commit();
  return saved;
}

}  // namespace anjian::magazine
