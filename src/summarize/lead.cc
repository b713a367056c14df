// lead: the round-robin lead baseline.
//
// News puts the most important facts first, so the classic baseline takes
// the first sentence of every article, then the second of every article, and
// so on until the budget is full (the "lead, round-robin" peer of
// ../shared/data/peers). Ours skips fragments (BasicEligibility) and
// near-duplicates of what it already took, which a reader would otherwise
// see twice. Cost: O(n).
#include <algorithm>

#include "summarize/method.h"

namespace concord::summarize::internal {
namespace {

class LeadMethod : public Method {
 public:
  Selection Select(const Corpus& corpus, const Budget& budget) const override {
    const std::vector<bool> eligible = BasicEligibility(corpus);
    Selection selection;
    BudgetTracker tracker(corpus, budget);
    size_t longest = 0;
    for (const auto& list : corpus.by_article) longest = std::max(longest, list.size());
    for (size_t round = 0; round < longest && !tracker.Full(); ++round) {
      for (const auto& list : corpus.by_article) {
        if (round >= list.size() || tracker.Full()) continue;
        const uint32_t i = list[round];
        if (!eligible[i]) continue;
        if (IsRedundant(corpus, i, selection, budget.duplicate_threshold)) continue;
        tracker.TryAdd(i, 1.0 / static_cast<double>(round + 1), selection);
      }
    }
    return selection;
  }
};

}  // namespace

std::unique_ptr<Method> NewLeadMethod(const SummarizeOptions&) {
  return std::make_unique<LeadMethod>();
}

}  // namespace concord::summarize::internal
