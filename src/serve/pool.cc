// The bounded worker pool of `concord serve` (see pool.h).
#include "serve/pool.h"

#include <algorithm>
#include <utility>

namespace concord::serve {
namespace {

thread_local bool overloaded = false;

}  // namespace

BoundedPool::BoundedPool(size_t threads, size_t capacity)
    : limit_(std::max<size_t>(threads, 1) + capacity) {
  for (size_t i = 0; i < std::max<size_t>(threads, 1); ++i) {
    threads_.emplace_back([this] { Work(); });
  }
}

BoundedPool::~BoundedPool() { shutdown(); }

void BoundedPool::enqueue(std::function<void()> fn) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!stopping_ && jobs_.size() + busy_ < limit_) {
      jobs_.push_back(std::move(fn));
      ready_.notify_one();
      return;
    }
  }
  // Full: serve the connection here, where the pre-routing handler turns
  // its request into a 503.
  overloaded = true;
  fn();
  overloaded = false;
}

void BoundedPool::shutdown() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_ && threads_.empty()) return;
    stopping_ = true;
  }
  ready_.notify_all();
  for (std::thread& t : threads_) t.join();
  threads_.clear();
}

void BoundedPool::Work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return;  // stopping, nothing left
      job = std::move(jobs_.front());
      jobs_.pop_front();
      ++busy_;
    }
    job();
    std::lock_guard<std::mutex> lock(mutex_);
    --busy_;
  }
}

bool BoundedPool::Overloaded() { return overloaded; }

}  // namespace concord::serve
