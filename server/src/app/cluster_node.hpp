// Issue 16: this process as one stateless node of a cluster on one PostgreSQL database.
//
// Design (docs/architecture.md, "Cluster"): nothing is agreed between nodes except through the
// database. Node-local caches carry a revision per family (V053 cache_revisions) that writers
// bump inside their transaction; this node's listener — a dedicated connection LISTENing on
// anjian_cache and anjian_push in its own thread — wakes on the notification, and also re-reads
// all revisions every 250 ms and right after any reconnect, so a missed notification costs at
// most 250 ms. For each family whose revision moved it runs the invalidations registered for it.
// WebSocket pushes go out as NOTIFY anjian_push (ClusterNotifier) and every node, the writer's
// own included, delivers them to its own clients: exactly once per client. On SQLite (one
// process) none of this runs: pushes go straight to the hub and the bump is a plain UPDATE.
#pragma once

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "platform/api/context.hpp"

namespace anjian::app {

class ClusterNode {
 public:
  explicit ClusterNode(api::Services& svc);
  ~ClusterNode();
  ClusterNode(const ClusterNode&) = delete;
  ClusterNode& operator=(const ClusterNode&) = delete;

  // Registered before Start.
  void OnRevision(std::string family, std::function<void()> invalidate);
  void OnPush(std::function<void(std::int64_t user_id, std::string text)> deliver);
  void Start();

 private:
  void Loop();
  void Refresh(storage::Connection& conn, bool first);
  void Deliver(storage::Connection& conn, const std::string& payload);

  api::Services& svc_;
  std::multimap<std::string, std::function<void()>> invalidations_;
  std::function<void(std::int64_t, std::string)> deliver_;
  std::map<std::string, std::int64_t> known_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

// The Notifier services use (PendingPushes::Flush, after commit). On PostgreSQL it publishes
// the push with NOTIFY anjian_push (a payload of more than storage::kMaxNotifyPayload bytes is
// stored in push_outbox and travels as its id); every node's ClusterNode delivers it to its own
// hub. On SQLite it hands the push to the local hub directly. It publishes on a connection of
// its own (not the pool's: a request that holds a pooled connection pushes after its commit, and
// many such requests at once must not wait for one another's second connection).
class ClusterNotifier final : public api::Notifier {
 public:
  ClusterNotifier(api::Services& svc, api::Notifier& local) : svc_(svc), local_(local) {}
  ~ClusterNotifier() override;
  void Push(std::int64_t user_id, std::string json_text) override;

 private:
  api::Services& svc_;
  api::Notifier& local_;
  std::mutex mu_;
  std::unique_ptr<storage::Connection> conn_;
};

}  // namespace anjian::app
