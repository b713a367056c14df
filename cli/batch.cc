// The ordered parallel batch of the commands (see batch.h): a TBB pipeline
// of three stages, the item numbers in order, the items in parallel, and
// the writing in order.
#include "cli/batch.h"

#include <tbb/info.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <iostream>

namespace concord::cli {
namespace {

// "<verb> done/count" on a terminal's standard error, redrawn at most five
// times a second; any other line written to stderr first clears it.
class Progress {
 public:
  Progress(const std::string& verb, size_t count)
      : verb_(verb), count_(count), shown_(!verb.empty() && count > 1 && isatty(STDERR_FILENO)) {}

  void Clear() {
    if (drawn_) std::cerr << "\r\033[K";
    drawn_ = false;
  }

  void Update(size_t done) {
    if (!shown_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done < count_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    std::cerr << "\r" << verb_ << " " << done << "/" << count_ << std::flush;
    drawn_ = true;
    if (done == count_) {
      std::cerr << "\n";
      drawn_ = false;
    }
  }

 private:
  std::string verb_;
  size_t count_;
  bool shown_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace

int DefaultThreads() { return std::max(1, tbb::info::default_concurrency()); }

int RunWithThreads(int threads, const std::function<int()>& run) {
  tbb::task_arena arena(std::max(threads, 1));
  int code = 0;
  arena.execute([&] { code = run(); });
  return code;
}

size_t RunOrdered(size_t count, int threads, const std::function<ItemOutput(size_t)>& produce,
                  const std::string& progress_verb) {
  if (count == 0) return 0;
  threads = std::max(threads, 1);
  Progress progress(progress_verb, count);
  size_t next = 0;
  size_t done = 0;
  size_t failed = 0;
  // A few items a thread in flight keeps every thread busy while one slow
  // item holds back the writing of those after it.
  const size_t tokens = static_cast<size_t>(threads) * 4;
  tbb::task_arena arena(threads);
  arena.execute([&] {
    tbb::parallel_pipeline(
        tokens, tbb::make_filter<void, size_t>(tbb::filter_mode::serial_in_order,
                                               [&](tbb::flow_control& control) -> size_t {
                                                 if (next == count) {
                                                   control.stop();
                                                   return 0;
                                                 }
                                                 return next++;
                                               }) &
                    tbb::make_filter<size_t, ItemOutput>(tbb::filter_mode::parallel, produce) &
                    tbb::make_filter<ItemOutput, void>(tbb::filter_mode::serial_in_order,
                                                       [&](const ItemOutput& item) {
                                                         if (!item.err.empty()) {
                                                           progress.Clear();
                                                           std::cerr << item.err;
                                                         }
                                                         std::cout << item.out;
                                                         failed += item.failed;
                                                         progress.Update(++done);
                                                       }));
  });
  std::cout.flush();
  return failed;
}

}  // namespace concord::cli
