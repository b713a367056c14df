// Running the stories of a batch command on several threads while writing
// their results in input order, so that the output bytes do not depend on
// the thread count.
//
// Usage (in a subcommand's Run):
//   const size_t failed = RunOrdered(
//       clusters.size(), threads, [&](size_t c) {
//         ItemOutput item;
//         item.out = ...;             // what story c prints on stdout
//         return item;                // or item.err = "...", item.failed = true
//       },
//       "summarized");
//
// Thread safety: `produce` runs on up to `threads` threads of a TBB arena of
// its own (process-wide thread settings are never changed); the results are
// written to std::cout and std::cerr from one thread at a time, in order.
#ifndef CONCORD_CLI_BATCH_H_
#define CONCORD_CLI_BATCH_H_

#include <cstddef>
#include <functional>
#include <string>

namespace concord::cli {

// What one item of a batch prints.
struct ItemOutput {
  std::string out;      // written to standard output
  std::string err;      // written to standard error (a whole line or nothing)
  bool failed = false;  // counted as a failed item
};

// The number of threads `--threads` means when not given: every core.
int DefaultThreads();

// Runs `run` inside a TBB arena of `threads` threads (at least 1) and
// returns its exit code: every parallel loop under it that does not make an
// arena of its own (reading JSON Lines, the analysis of a story's
// articles) then uses at most that many threads.
int RunWithThreads(int threads, const std::function<int()>& run);

// Runs produce(0) .. produce(count - 1) on `threads` threads (at least 1)
// and writes each result, in index order, as soon as it and all before it
// are done; at most a few results per thread wait in memory. When standard
// error is a terminal and `progress_verb` is not empty, shows
// "<verb> done/count" there while it runs. Returns the number of failed
// items.
size_t RunOrdered(size_t count, int threads, const std::function<ItemOutput(size_t)>& produce,
                  const std::string& progress_verb);

}  // namespace concord::cli

#endif  // CONCORD_CLI_BATCH_H_
