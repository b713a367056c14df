// Full names before surnames in the reading order (name_order.h).
#include "summarize/name_order.h"

#include <set>
#include <string_view>
#include <utility>

#include "compare/person_refs.h"

namespace concord::summarize::internal {
namespace {

using People = std::vector<std::pair<size_t, bool>>;  // (person, full) in text order

constexpr size_t kMaxPicks = 256;
constexpr size_t kMaxBlocks = 32;

// The blocks' sentences in the order `order` gives.
size_t CountInOrder(const std::vector<std::vector<People>>& blocks,
                    const std::vector<size_t>& order) {
  std::vector<People> sentences;
  for (size_t b : order) sentences.insert(sentences.end(), blocks[b].begin(), blocks[b].end());
  return SurnamesBeforeFullName(sentences);
}

// `order` with the block at position `from` moved to position `to`.
std::vector<size_t> Moved(std::vector<size_t> order, size_t from, size_t to) {
  const size_t block = order[from];
  order.erase(order.begin() + static_cast<std::ptrdiff_t>(from));
  order.insert(order.begin() + static_cast<std::ptrdiff_t>(to), block);
  return order;
}

}  // namespace

size_t SurnamesBeforeFullName(const std::vector<People>& people) {
  std::set<size_t> introduced;
  size_t count = 0;
  for (const People& sentence : people) {
    std::set<size_t> counted;  // a person counts once a sentence
    for (const auto& [person, full] : sentence) {
      if (full) {
        introduced.insert(person);
      } else if (introduced.count(person) == 0 && counted.insert(person).second) {
        ++count;
      }
    }
  }
  return count;
}

void FullNamesFirst(const Corpus& corpus, const std::vector<bool>& opens,
                    std::vector<Pick>& picks) {
  // A summary of hundreds of sentences (a huge budget) keeps its order: a
  // move is tried at every place, so the cost grows with the square of the
  // blocks times the sentences.
  if (picks.size() < 3 || picks.size() > kMaxPicks) return;
  std::vector<std::string_view> texts;
  for (const Pick& p : picks) texts.push_back(corpus.sentence[p.candidate]->text);
  std::vector<People> people(picks.size());
  for (const compare::internal::PersonRef& ref : compare::internal::FindPersonRefs(texts)) {
    people[ref.text].emplace_back(ref.person, ref.full);
  }
  // Blocks: runs of one article's picks.
  std::vector<std::vector<Pick>> block_picks;
  std::vector<std::vector<People>> blocks;
  std::vector<bool> block_opens;
  for (size_t i = 0; i < picks.size(); ++i) {
    if (i == 0 || corpus.article[picks[i].candidate] != corpus.article[picks[i - 1].candidate]) {
      block_picks.emplace_back();
      blocks.emplace_back();
      block_opens.push_back(opens[corpus.article[picks[i].candidate]]);
    }
    block_picks.back().push_back(picks[i]);
    blocks.back().push_back(std::move(people[i]));
  }
  if (blocks.size() > kMaxBlocks) return;
  std::vector<size_t> order(blocks.size());
  for (size_t b = 0; b < order.size(); ++b) order[b] = b;
  size_t count = CountInOrder(blocks, order);
  // Each accepted move lowers the count, so this ends.
  while (count > 0) {
    size_t best = count;
    std::vector<size_t> best_order;
    size_t best_distance = 0;
    for (size_t from = 2; from < order.size(); ++from) {
      for (size_t to = 1; to < from; ++to) {
        if (block_opens[order[to]] != block_opens[order[from]]) continue;
        std::vector<size_t> moved = Moved(order, from, to);
        const size_t c = CountInOrder(blocks, moved);
        const size_t distance = from - to;
        if (c < best || (c == best && c < count && distance < best_distance)) {
          best = c;
          best_order = std::move(moved);
          best_distance = distance;
        }
      }
    }
    if (best >= count) break;
    order = std::move(best_order);
    count = best;
  }
  picks.clear();
  for (size_t b : order) picks.insert(picks.end(), block_picks[b].begin(), block_picks[b].end());
}

}  // namespace concord::summarize::internal
