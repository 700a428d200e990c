// What bounds an enterprise import besides its own loop: the full error list of an import kept
// as an .xlsx file for its author to download, and the number of imports running at once.
//
// Reports live in <data folder>/import-reports as <id>.xlsx plus <id>.json (owner, scope,
// time). The id is 128 random bits in hex; only the account that ran the import, still in
// the same jurisdiction scope, can fetch it, and only until it expires. Files are swept when
// an import starts: older than the time to live, or the oldest beyond the total size budget.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/office/table_limits.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace anjian::registry {

// Who may fetch a report: the user id and the canonical text of the scope at import time.
struct ImportReportOwner {
  int64_t user_id = 0;
  std::string scope;

  static ImportReportOwner Of(const api::Principal& who);
};

// Streams rows into a new report file; nothing touches the disk before the first row. Rows
// beyond max_rows are counted, not written. An I/O failure is logged and turns the writer off
// (the import itself goes on; the answer then carries no report id).
class ImportReportWriter {
 public:
  ImportReportWriter(std::string dir, std::string sheet_name, std::vector<std::string> headers,
                     std::vector<double> widths, std::size_t max_rows);
  ~ImportReportWriter();  // removes a file that was not committed
  ImportReportWriter(const ImportReportWriter&) = delete;
  ImportReportWriter& operator=(const ImportReportWriter&) = delete;

  void AddRow(const std::vector<office::Cell>& row);
  std::size_t written() const { return written_; }
  bool truncated() const { return offered_ > written_; }

  // Completes the file and records its owner; returns the id, or "" when there was no row or
  // the file could not be written.
  std::string Commit(const ImportReportOwner& owner, int64_t now_unix);

 private:
  void Fail(const std::exception& e);

  std::string dir_, sheet_name_;
  std::vector<std::string> headers_;
  std::vector<double> widths_;
  std::size_t max_rows_;
  std::string id_;
  std::unique_ptr<office::XlsxWriter> xlsx_;
  std::size_t written_ = 0;
  std::size_t offered_ = 0;
  bool failed_ = false;
  bool committed_ = false;
};

// Deletes reports recorded before now - ttl_seconds, leftovers of interrupted imports older
// than that, and then the oldest reports until all together take at most max_bytes.
void SweepImportReports(const std::string& dir, int64_t now_unix, int64_t ttl_seconds,
                        std::uint64_t max_bytes);

// The bytes of report `id` when it exists, has not expired and belongs to `owner`; nullopt
// otherwise (a malformed id included), so a caller cannot tell "not yours" from "not there".
std::optional<std::string> LoadImportReport(const std::string& dir, std::string_view id,
                                            const ImportReportOwner& owner, int64_t now_unix,
                                            int64_t ttl_seconds);

// Imports running in this process. TryTake gives a slot while fewer than `limit` run; the
// slot frees itself when destroyed.
class ImportSlots {
 public:
  class Slot {
   public:
    explicit Slot(ImportSlots* owner) : owner_(owner) {}
    Slot(Slot&& o) noexcept : owner_(std::exchange(o.owner_, nullptr)) {}
    Slot& operator=(Slot&&) = delete;
    ~Slot() {
      if (owner_) owner_->running_.fetch_sub(1);
    }

   private:
    ImportSlots* owner_;
  };

  static ImportSlots& Global();
  std::optional<Slot> TryTake(int limit);
  int running() const { return running_.load(); }

 private:
  std::atomic<int> running_{0};
};

}  // namespace anjian::registry
