#include "ledger/stock_code_index.hpp"

#include <map>
#include <mutex>

#include "common/error.hpp"

namespace anjian::ledger {

namespace ex = domain::explosives;

namespace {

std::string HashOf(storage::Connection& conn, int64_t voucher_id) {
  if (voucher_id == 0) return "";
  auto rs = conn.Query("SELECT hash FROM vouchers WHERE id = ?", {voucher_id});
  return rs.empty() ? "" : rs.Text(0, "hash");
}

struct Entry {
  std::mutex refresh;  // one refresh per store at a time; readers of a snapshot never wait
  std::shared_ptr<const StoreCodes> snapshot;
};

std::mutex g_entries_mutex;
std::map<std::pair<const void*, int64_t>, std::shared_ptr<Entry>> g_entries;

std::shared_ptr<Entry> EntryFor(const void* database, int64_t store_id) {
  std::lock_guard lock(g_entries_mutex);
  auto& e = g_entries[{database, store_id}];
  if (!e) e = std::make_shared<Entry>();
  return e;
}

// Every code of the store as of its head: the head is read before and after the codes, and the
// read is repeated until no voucher of the store committed in between.
std::shared_ptr<const StoreCodes> Load(storage::Connection& conn, int64_t store_id) {
  for (int attempt = 0;; ++attempt) {
    const int64_t before = StoreHead(conn, store_id);
    auto rs = conn.Query("SELECT code FROM detonator_codes WHERE store_id = ?", {store_id});
    if (StoreHead(conn, store_id) != before && attempt < 20) continue;
    auto out = std::make_shared<StoreCodes>();
    out->store_id = store_id;
    out->book_voucher_id = before;
    out->book_hash = HashOf(conn, before);
    out->codes.packed.reserve(rs.size());
    for (auto& row : rs.rows) ex::AddCode(out->codes, std::get<std::string>(row[0]));
    ex::Normalise(out->codes);
    return out;
  }
}

// The snapshot brought forward to `head` by the code movements of the store's vouchers after it.
std::shared_ptr<const StoreCodes> Forward(storage::Connection& conn, const StoreCodes& from,
                                          int64_t head) {
  auto rs = conn.Query(
      "SELECT m.code, m.from_store_id, m.to_store_id FROM code_movements m WHERE m.voucher_id IN "
      "(SELECT id FROM vouchers WHERE store_id = ? AND id > ? AND id <= ? "
      " UNION SELECT id FROM vouchers WHERE target_store_id = ? AND id > ? AND id <= ?) "
      "ORDER BY m.voucher_id",
      {from.store_id, from.book_voucher_id, head, from.store_id, from.book_voucher_id, head});
  // The last movement of each code decides whether the store holds it now.
  std::map<std::string, bool> present;
  for (size_t i = 0; i < rs.size(); ++i) {
    const auto to = rs.OptInt(i, "to_store_id");
    const auto fr = rs.OptInt(i, "from_store_id");
    if (to && *to == from.store_id) present[rs.Text(i, "code")] = true;
    else if (fr && *fr == from.store_id) present[rs.Text(i, "code")] = false;
  }
  ex::CodeSet added, removed;
  for (const auto& [code, in] : present) ex::AddCode(in ? added : removed, code);
  ex::Normalise(added);
  ex::Normalise(removed);
  auto out = std::make_shared<StoreCodes>();
  out->store_id = from.store_id;
  out->book_voucher_id = head;
  out->book_hash = HashOf(conn, head);
  out->codes = ex::Apply(from.codes, removed, added);
  return out;
}

}  // namespace

int64_t StoreHead(storage::Connection& conn, int64_t store_id) {
  auto a = conn.Query("SELECT MAX(id) AS h FROM vouchers WHERE store_id = ?", {store_id});
  auto b = conn.Query("SELECT MAX(id) AS h FROM vouchers WHERE target_store_id = ?", {store_id});
  return std::max(a.OptInt(0, "h").value_or(0), b.OptInt(0, "h").value_or(0));
}

std::shared_ptr<const StoreCodes> StoreCodesNow(const void* database, storage::Connection& conn,
                                                int64_t store_id) {
  auto entry = EntryFor(database, store_id);
  std::lock_guard lock(entry->refresh);
  const int64_t head = StoreHead(conn, store_id);
  const auto& snap = entry->snapshot;
  if (!snap || snap->book_voucher_id > head ||
      snap->book_hash != HashOf(conn, snap->book_voucher_id)) {
    entry->snapshot = Load(conn, store_id);  // first use, or the database was replaced
  } else if (entry->snapshot->book_voucher_id < head) {
    entry->snapshot = Forward(conn, *entry->snapshot, head);
  }
  return entry->snapshot;
}

void ForgetStoreCodes() {
  std::lock_guard lock(g_entries_mutex);
  g_entries.clear();
}

}  // namespace anjian::ledger
