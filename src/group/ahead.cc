// Grouper::AddAll and GroupStream (group.h): the features of the next
// articles are computed ahead of the grouper, in parallel.
//
// Grouper::Add is two parts. Prepare (features.h: cleaning the lead,
// tokens, the terms of title and lead, names, dates, numbers, shingles and
// their MinHash band keys) reads the article and the options alone; the
// rest (idf from the document frequencies of the stream so far, the
// candidate stories, the join, the merge, the near-duplicate index) reads
// the state the earlier articles left. A TBB pipeline runs the first part
// on any thread and the second in stream order, one article at a time, on
// the Grouper: the same calls in the same order as Add one at a time, so
// the same stories.
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <vector>

#include "concord/group.h"
#include "concord/text.h"
#include "group/features.h"

namespace concord::group {
namespace {

// Articles in flight a thread: enough that the thread preparing articles
// is not held back by one slow decision of the grouper, few enough that
// memory stays a few articles a thread.
constexpr size_t kAheadPerThread = 8;

// One article in flight.
struct Ahead {
  StreamArticle slot;                      // for `next` to move an article into
  const StreamArticle* article = nullptr;  // the article: `slot` or the caller's
  PreparedArticle prepared;
};

}  // namespace

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
  // The last stage takes the articles in order, so when article k comes in
  // (at most `tokens` in flight) article k - tokens has left: its place in
  // the ring is free.
  const size_t tokens = kAheadPerThread * static_cast<size_t>(threads);
  std::vector<Ahead> ring(tokens);
  size_t read = 0;
  tbb::enumerable_thread_specific<text::Tokenizer> tokenizers;
  const GroupOptions& group_options = options();
  tbb::parallel_pipeline(
      tokens,
      tbb::make_filter<void, Ahead*>(tbb::filter_mode::serial_in_order,
                                     [&](tbb::flow_control& control) -> Ahead* {
                                       Ahead& ahead = ring[read++ % tokens];
                                       ahead.article = next(ahead.slot);
                                       if (ahead.article == nullptr) control.stop();
                                       return &ahead;
                                     }) &
          tbb::make_filter<Ahead*, Ahead*>(tbb::filter_mode::parallel,
                                           [&](Ahead* ahead) {
                                             ahead->prepared =
                                                 Prepare(ahead->article->article, group_options,
                                                         tokenizers.local());
                                             return ahead;
                                           }) &
          tbb::make_filter<Ahead*, void>(tbb::filter_mode::serial_in_order, [&](Ahead* ahead) {
            const size_t story = AddPrepared(*ahead->article, ahead->prepared, &copy_of);
            added(*ahead->article, story, copy_of);
          }));
}

Grouping GroupStream(const std::vector<StreamArticle>& stream, const GroupOptions& options) {
  Grouper grouper(options);
  size_t next = 0;
  grouper.AddAll([&](StreamArticle&) { return next < stream.size() ? &stream[next++] : nullptr; },
                 [](const StreamArticle&, size_t, const std::optional<size_t>&) {});
  return grouper.Finish();
}

}  // namespace concord::group
