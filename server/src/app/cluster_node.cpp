#include "app/cluster_node.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

#include "platform/storage/cluster.hpp"

namespace anjian::app {

namespace {
constexpr auto kPollEvery = std::chrono::milliseconds(250);  // the bound on a missed NOTIFY
constexpr auto kRetryEvery = std::chrono::milliseconds(500);  // reconnecting
}  // namespace

ClusterNode::ClusterNode(api::Services& svc) : svc_(svc) {}

ClusterNode::~ClusterNode() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ClusterNode::OnRevision(std::string family, std::function<void()> invalidate) {
  invalidations_.emplace(std::move(family), std::move(invalidate));
}

void ClusterNode::OnPush(std::function<void(std::int64_t, std::string)> deliver) {
  deliver_ = std::move(deliver);
}

void ClusterNode::Start() {
  if (!storage::IsShared(svc_.db->dialect())) return;  // SQLite: one process, nothing to hear
  thread_ = std::thread([this] { Loop(); });
}

void ClusterNode::Refresh(storage::Connection& conn, bool first) {
  const auto now = storage::ReadRevisions(conn);
  for (const auto& [family, revision] : now) {
    auto it = known_.find(family);
    // After a (re)connect every family is invalidated whose revision moved while this node did
    // not listen; on the very first read, all of them (caches filled before the listener ran).
    if (!first && it != known_.end() && it->second == revision) continue;
    known_[family] = revision;
    auto [b, e] = invalidations_.equal_range(family);
    for (auto i = b; i != e; ++i) {
      try {
        i->second();
      } catch (const std::exception& ex) {
        spdlog::error("cache invalidation of {} failed: {}", family, ex.what());
        known_.erase(family);  // retried on the next poll
      }
    }
  }
}

void ClusterNode::Deliver(storage::Connection& conn, const std::string& payload) {
  if (!deliver_) return;
  const size_t sep = payload.find_first_of(":@");
  if (sep == std::string::npos) return;
  std::int64_t user_id = 0;
  try {
    user_id = std::stoll(payload.substr(0, sep));
  } catch (...) {
    return;
  }
  if (payload[sep] == ':') {
    deliver_(user_id, payload.substr(sep + 1));
    return;
  }
  std::int64_t id = 0;
  try {
    id = std::stoll(payload.substr(sep + 1));
  } catch (...) {
    return;
  }
  std::string text = storage::ReadPushOutbox(conn, id);
  if (!text.empty()) deliver_(user_id, std::move(text));
}

void ClusterNode::Loop() {
  std::unique_ptr<storage::Connection> conn;
  bool first = true;
  bool reported_down = false;
  auto last_poll = std::chrono::steady_clock::now();
  for (;;) {
    {
      std::lock_guard lock(mu_);
      if (stop_) return;
    }
    try {
      if (!conn) {
        conn = storage::OpenListener(svc_.db->url(), {std::string(storage::kCacheChannel),
                                                      std::string(storage::kPushChannel)});
        Refresh(*conn, first);  // right after any (re)connect
        first = false;
        last_poll = std::chrono::steady_clock::now();
        svc_.node->db_up = true;
        if (reported_down) spdlog::info("cluster listener: reconnected");
        reported_down = false;
      }
      const auto due = last_poll + kPollEvery;
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          due - std::chrono::steady_clock::now());
      const auto notes = conn->WaitNotifications(static_cast<int>(std::max<long>(0, left.count())));
      bool cache_moved = false;
      for (const auto& n : notes) {
        if (n.channel == storage::kPushChannel) Deliver(*conn, n.payload);
        else cache_moved = true;
      }
      if (cache_moved || std::chrono::steady_clock::now() >= due) {
        Refresh(*conn, false);
        last_poll = std::chrono::steady_clock::now();
      }
    } catch (const std::exception& e) {
      conn.reset();
      svc_.node->db_up = false;
      if (!reported_down) spdlog::warn("cluster listener: database unreachable: {}", e.what());
      reported_down = true;
      std::unique_lock lock(mu_);
      cv_.wait_for(lock, kRetryEvery, [this] { return stop_; });
    }
  }
}

ClusterNotifier::~ClusterNotifier() = default;

void ClusterNotifier::Push(std::int64_t user_id, std::string json_text) {
  if (!storage::IsShared(svc_.db->dialect())) {
    local_.Push(user_id, std::move(json_text));
    return;
  }
  try {
    std::lock_guard lock(mu_);
    for (int attempt = 0;; ++attempt) {
      try {
        if (!conn_) conn_ = storage::OpenPostgres(svc_.db->url());
        storage::PublishPush(*conn_, user_id, json_text);
        break;
      } catch (const std::exception&) {
        conn_.reset();  // a broken connection (fail-over): one retry on a fresh one
        if (attempt >= 1) throw;
      }
    }
  } catch (const std::exception& e) {
    // The notification row is committed already; only the live push is lost (the client sees
    // it on its next list). Better than not delivering to this node's own clients either.
    spdlog::warn("push via NOTIFY failed ({}); delivering to this node only", e.what());
    local_.Push(user_id, std::move(json_text));
  }
}

}  // namespace anjian::app
