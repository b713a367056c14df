// A bounded reorder buffer for a stream of articles (group_stream.h):
// a binary min-heap on (time key, input rank), so that ties and articles
// without a time keep their input order, as SortByTime's stable sort does.
#include <algorithm>

#include "concord/group_stream.h"

namespace concord::group {
namespace {

// The heap's comparison: std::push_heap keeps the largest on top, so the
// earliest (key, rank) is the "largest".
template <typename Held>
bool Later(const Held& a, const Held& b) {
  return a.key != b.key ? a.key > b.key : a.rank > b.rank;
}

}  // namespace

void TimeOrder::Push(StreamItem item) {
  if (item.article.time) last_time_ = *item.article.time;
  heap_.push_back({last_time_, pushed_++, std::move(item)});
  std::push_heap(heap_.begin(), heap_.end(), Later<Held>);
}

StreamItem TimeOrder::Pop() {
  std::pop_heap(heap_.begin(), heap_.end(), Later<Held>);
  Held held = std::move(heap_.back());
  heap_.pop_back();
  moved_ += held.rank != popped_++;
  return std::move(held.item);
}

}  // namespace concord::group
