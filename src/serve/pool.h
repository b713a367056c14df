// The worker pool of `concord serve`: a fixed number of threads and a
// bounded queue of accepted connections waiting for one. cpp-httplib's own
// ThreadPool queues without bound; this one never holds more than
// `capacity` connections beyond those its threads are serving (a
// connection waits only while every thread is busy).
//
//   server.new_task_queue = [] { return new BoundedPool(8, 64); };
//   // in the pre-routing handler:
//   if (BoundedPool::Overloaded()) return Reply503(res);
//
// When the queue is full, Enqueue runs the connection's task at once on the
// calling thread (httplib's accept thread) with Overloaded() true for the
// task's duration, so that the request is answered quickly (503) instead of
// waiting; the connection is never dropped without an answer. Shutdown lets
// the running and queued tasks finish (httplib ends queued connections
// without serving them once the server is stopping).
//
// Thread safety: Enqueue and Shutdown are called by httplib's accept thread;
// Overloaded() reads a thread-local flag.
#ifndef CONCORD_SERVE_POOL_H_
#define CONCORD_SERVE_POOL_H_

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace concord::serve {

class BoundedPool : public httplib::TaskQueue {
 public:
  // REQUIRES: threads >= 1.
  BoundedPool(size_t threads, size_t capacity);
  ~BoundedPool() override;
  BoundedPool(const BoundedPool&) = delete;
  BoundedPool& operator=(const BoundedPool&) = delete;

  void enqueue(std::function<void()> fn) override;
  void shutdown() override;

  // True inside a task that Enqueue ran on its own thread because the
  // queue was full.
  static bool Overloaded();

 private:
  void Work();

  size_t limit_;  // threads + capacity: connections running or waiting
  size_t busy_ = 0;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace concord::serve

#endif  // CONCORD_SERVE_POOL_H_
