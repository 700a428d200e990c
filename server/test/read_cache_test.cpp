// The read cache's single flight (dual_prevention/hidden_danger/read_cache.hpp): concurrent misses of one key and
// revision compute once, a newer revision never takes an older computation's answer, and a
// failure reaches every waiter without staying in the cache.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "dual_prevention/hidden_danger/read_cache.hpp"

namespace anjian::test {
namespace {

using hidden_danger::ReadCache;

// Holds computations until released, so that the test controls how they overlap.
class Gate {
 public:
  void Wait() {
    std::unique_lock lock(mu_);
    ++waiting_;
    cv_.notify_all();
    cv_.wait(lock, [&] { return open_; });
  }
  void Open() {
    std::lock_guard lock(mu_);
    open_ = true;
    cv_.notify_all();
  }
  void AwaitWaiting(int n) {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return waiting_ >= n; });
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool open_ = false;
  int waiting_ = 0;
};

constexpr int kReaders = 16;

// Starts kReaders threads calling GetOrCompute(key, revision, compute) and returns after every
// one of them is either computing or waiting: by then the computing one is held by `gate`.
std::vector<std::thread> StartReaders(ReadCache& cache, int64_t revision,
                                      const std::function<std::string()>& compute,
                                      std::vector<std::string>& answers,
                                      std::vector<std::string>& errors) {
  answers.assign(kReaders, "");
  errors.assign(kReaders, "");
  std::vector<std::thread> threads;
  for (int i = 0; i < kReaders; ++i)
    // revision and compute by value: the threads outlive this call.
    threads.emplace_back([&cache, &answers, &errors, revision, compute, i] {
      try {
        answers[i] = cache.GetOrCompute("k", revision, compute);
      } catch (const std::exception& e) {
        errors[i] = e.what();
      }
    });
  return threads;
}

TEST(ReadCacheTest, ConcurrentMissesComputeOnce) {
  ReadCache cache;
  Gate gate;
  std::atomic<int> computations{0};
  auto compute = [&] {
    ++computations;
    gate.Wait();
    return std::string("answer");
  };
  std::vector<std::string> answers, errors;
  auto threads = StartReaders(cache, 7, compute, answers, errors);
  gate.AwaitWaiting(1);
  // Give the other readers time to reach the cache; they must wait, not compute.
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  gate.Open();
  for (auto& t : threads) t.join();
  EXPECT_EQ(computations.load(), 1);
  for (int i = 0; i < kReaders; ++i) {
    EXPECT_EQ(answers[i], "answer") << i;
    EXPECT_EQ(errors[i], "") << i;
  }
  // Cached now: no further computation at this revision or an older one.
  EXPECT_EQ(cache.GetOrCompute("k", 7, [] { return std::string("again"); }), "answer");
  EXPECT_EQ(cache.GetOrCompute("k", 6, [] { return std::string("again"); }), "answer");
  // A newer revision computes again.
  EXPECT_EQ(cache.GetOrCompute("k", 8, [] { return std::string("newer"); }), "newer");
  EXPECT_EQ(computations.load(), 1);
}

TEST(ReadCacheTest, AFailureReachesEveryWaiterAndIsNotKept) {
  ReadCache cache;
  Gate gate;
  std::atomic<int> computations{0};
  auto failing = [&]() -> std::string {
    ++computations;
    gate.Wait();
    throw std::runtime_error("database gone");
  };
  std::vector<std::string> answers, errors;
  auto threads = StartReaders(cache, 3, failing, answers, errors);
  gate.AwaitWaiting(1);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  gate.Open();
  for (auto& t : threads) t.join();
  EXPECT_EQ(computations.load(), 1);
  for (int i = 0; i < kReaders; ++i) EXPECT_EQ(errors[i], "database gone") << i;
  // The key is not poisoned: the next read computes.
  EXPECT_EQ(cache.GetOrCompute("k", 3, [&] { ++computations; return std::string("ok"); }), "ok");
  EXPECT_EQ(computations.load(), 2);
  EXPECT_EQ(cache.GetOrCompute("k", 3, [] { return std::string("again"); }), "ok");
}

TEST(ReadCacheTest, ANewerRevisionDoesNotTakeAnOlderComputation) {
  ReadCache cache;
  Gate old_gate;
  std::string old_answer;
  // A reader of revision 1 computes slowly...
  std::thread old_reader([&] {
    old_answer = cache.GetOrCompute("k", 1, [&] {
      old_gate.Wait();
      return std::string("before the write");
    });
  });
  old_gate.AwaitWaiting(1);
  // ...a write commits; a reader that saw revision 2 must not get revision 1's answer.
  EXPECT_EQ(cache.GetOrCompute("k", 2, [] { return std::string("after the write"); }),
            "after the write");
  // A reader of revision 1 arriving now may get the newer answer (it is fresh enough).
  EXPECT_EQ(cache.GetOrCompute("k", 1, [] { return std::string("recomputed"); }),
            "after the write");
  old_gate.Open();
  old_reader.join();
  EXPECT_EQ(old_answer, "before the write");
  // The older answer finishing last does not replace the newer entry.
  EXPECT_EQ(cache.GetOrCompute("k", 2, [] { return std::string("recomputed"); }),
            "after the write");
}

TEST(ReadCacheTest, ReadersOfANewerRevisionWaitForTheNewerComputation) {
  ReadCache cache;
  Gate old_gate, new_gate;
  std::atomic<int> newer{0};
  std::thread old_reader([&] {
    cache.GetOrCompute("k", 1, [&] {
      old_gate.Wait();
      return std::string("r1");
    });
  });
  old_gate.AwaitWaiting(1);
  auto compute_newer = [&] {
    ++newer;
    new_gate.Wait();
    return std::string("r2");
  };
  std::vector<std::string> answers, errors;
  auto threads = StartReaders(cache, 2, compute_newer, answers, errors);
  new_gate.AwaitWaiting(1);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  // The older computation finishing first changes nothing for the revision-2 readers.
  old_gate.Open();
  old_reader.join();
  new_gate.Open();
  for (auto& t : threads) t.join();
  EXPECT_EQ(newer.load(), 1);
  for (int i = 0; i < kReaders; ++i) EXPECT_EQ(answers[i], "r2") << i;
}

}  // namespace
}  // namespace anjian::test
