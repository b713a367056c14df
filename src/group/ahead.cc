// Grouper::AddAll and GroupStream (group.h): the features of the next
// articles are computed ahead of the grouper, in parallel.
//
// Grouper::Add is two parts. Prepare (features.h: cleaning the lead,
// tokens, the terms of title and lead, names, dates, numbers, shingles and
// their MinHash band keys) reads the article and the options alone; the
// rest (idf from the document frequencies of the stream so far, the
// candidate stories, the join, the merge, the near-duplicate index) reads
// the state the earlier articles left. The first part runs on any thread,
// ahead; the second in stream order, one article at a time, on the
// calling thread: the same calls in the same order as Add one at a time,
// so the same stories.
#include <tbb/enumerable_thread_specific.h>
#include <tbb/task_arena.h>
#include <tbb/task_group.h>

#include <atomic>
#include <thread>
#include <vector>

#include "concord/group.h"
#include "concord/text.h"
#include "group/features.h"

namespace concord::group {
namespace {

// Articles read ahead of the grouper, a thread: enough that the threads
// preparing articles are not held back by one slow decision of the
// grouper, few enough that memory stays a few articles a thread.
constexpr size_t kAheadPerThread = 8;

// One article in flight, in a ring of them.
struct Ahead {
  enum State { kFree, kRead, kPreparing, kReady };
  StreamArticle slot;                      // for `next` to move an article into
  const StreamArticle* article = nullptr;  // the article: `slot` or the caller's
  PreparedArticle prepared;
  std::atomic<int> state{kFree};
};

}  // namespace

// The calling thread reads and groups, in order; the other threads of the
// arena prepare the articles read ahead (a task each). The grouper always
// runs on the one thread, so its state stays in that core's caches; and an
// article no other thread has started on is prepared by the calling thread
// itself, so a busy machine that gives the other threads no core does not
// hold the grouper back.
void Grouper::AddAll(const NextArticle& next, const AddedArticle& added) {
  const int threads = tbb::this_task_arena::max_concurrency();
  std::optional<size_t> copy_of;
  if (threads <= 1) {
    StreamArticle slot;
    while (const StreamArticle* article = next(slot)) {
      const size_t story = Add(*article, &copy_of);
      added(*article, story, copy_of);
    }
    return;
  }
  const size_t tokens = kAheadPerThread * static_cast<size_t>(threads);
  std::vector<Ahead> ring(tokens);
  tbb::enumerable_thread_specific<text::Tokenizer> tokenizers;
  const GroupOptions& group_options = options();
  // Prepares the article in `ahead` unless another thread started on it;
  // false then.
  auto prepare = [&](Ahead& ahead) {
    int read = Ahead::kRead;
    if (!ahead.state.compare_exchange_strong(read, Ahead::kPreparing)) return false;
    ahead.prepared = Prepare(ahead.article->article, group_options, tokenizers.local());
    ahead.state.store(Ahead::kReady);
    return true;
  };
  tbb::task_group tasks;
  size_t read = 0;
  size_t grouped = 0;
  bool ended = false;
  auto read_ahead = [&] {
    while (!ended && read - grouped < tokens) {
      Ahead& ahead = ring[read % tokens];
      ahead.article = next(ahead.slot);
      if (ahead.article == nullptr) {
        ended = true;
        break;
      }
      ahead.state.store(Ahead::kRead);
      // A task may find its article taken by the calling thread, or (late)
      // a later article in its place: it prepares what it finds, if anyone.
      tasks.run([&prepare, &ahead] { prepare(ahead); });
      ++read;
    }
  };
  read_ahead();
  while (grouped < read) {
    Ahead& ahead = ring[grouped % tokens];
    if (!prepare(ahead)) {
      while (ahead.state.load() != Ahead::kReady) std::this_thread::yield();
    }
    const size_t story = AddPrepared(*ahead.article, ahead.prepared, &copy_of);
    added(*ahead.article, story, copy_of);
    ahead.state.store(Ahead::kFree);
    ++grouped;
    read_ahead();
  }
  tasks.wait();
}

Grouping GroupStream(const std::vector<StreamArticle>& stream, const GroupOptions& options) {
  Grouper grouper(options);
  size_t next = 0;
  grouper.AddAll([&](StreamArticle&) { return next < stream.size() ? &stream[next++] : nullptr; },
                 [](const StreamArticle&, size_t, const std::optional<size_t>&) {});
  return grouper.Finish();
}

}  // namespace concord::group
