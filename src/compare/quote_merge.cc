// Merging one quote across outlets.
//
// Outlets trim, split and re-punctuate the same quote: one prints "we're
// thinking ... mistakes" as one sentence, another splits it in two and
// writes "we are"; one quotes a single word ("head-scratcher") from a longer
// sentence another quotes whole. Two quotes are taken as one when
//   - the shorter has at most five words and appears in the longer as a
//     phrase (same words in order), or
//   - at least 60% of the shorter's words (as a multiset) are in the longer,
//     with at least three words shared, two of them content words.
// Words are lower case with contractions expanded (we're -> we are,
// n't -> not), so spelling-out does not count as a difference. They are
// read from the story analysis (each Document's word scan inside the
// quote's parts), not scanned again from the quote text. The
// groups are the connected components (union-find) of that relation over
// all quotes of the story, except that two quotes with different named
// speakers are never joined, not even through a chain: a candidate's
// endorsement and the candidate's own words may share "secure the border",
// yet they are two quotes by two people.
//
// Cost. Only pairs that can pass are compared: a short quote is looked up
// in the quotes holding its rarest word; a longer one in the quotes holding
// one of its rarest (word, n-th occurrence) tokens, as many as it takes for
// every quote that shares enough with it to hold one (a prefix filter, as
// in set-similarity joins: a quote sharing k of its n tokens holds one of
// any n - k + 1 of them). A quote found that way is dropped as soon as the
// tokens it can still share, by where the token is in both quotes' orders
// (rarest first, one order for all), fall short (PPJoin's positional
// filter), and the next postings past the prefix are read, while they are
// short next to the quotes left, to count what those share; postings are by
// quote size, so a lookup starts at the quotes as long as its own, and in
// one size by the tokens left after the posting's, most first, so that the
// quotes with too few left (a common word comes late in a quote's order)
// are not read. A quote newly found is dropped unread when the bits of its
// tokens (one bit of 256 per token, hashed) leave too few of the shorter's
// tokens in it: a bit of the shorter's that the other lacks is a token it
// lacks (a bitmap filter; it is what keeps a story of stopword-heavy
// quotes from reading most postings past the prefix). A quote
// of a short sentence has few words rarer than the story's common ones
// ("border" in a story about the border), so its prefix reaches postings
// that hold most quotes; with the prefix alone, 4.5 million candidate pairs
// of 16,000 quotes (21,000 of them one quote) went to `SameQuote` and were
// sorted, most of the run (docs/benchmarks.md, "Quotes and sentences that
// share words"). Each pair is found once, by its shorter quote, and
// deduplicated by a stamp per lookup; the pairs are then joined in the same
// order as the all-pairs loop, so the groups are the same (a test checks
// it); the work is the candidate pairs, not all pairs.
//
// One bound, deliberate: a word held by more than kMaxPostings (256) quotes
// of the story is not looked up by (a token of a longer quote's prefix is
// left unread; a phrase whose rarest word is that common meets no quote), as
// the alignment leaves features of more than 50 sentences. Without it the
// cost is not linear in a story whose quotes share words: with 64,000 quotes
// that each end "on the border wall", a quote of a short sentence is mostly
// stopwords and those four words, so it passes SameQuote with thousands of
// longer ones, and the pairs that pass grew four to five times per doubling
// (stop 23); any method that lists them grows as fast. With the bound a
// lookup reads at most 256 postings a prefix token; on that story the
// postings read and the pairs found grew 2.6 then 2.0 times per doubling
// from 16,000 quotes (docs/benchmarks.md, "Quotes that share words, third
// round"). It never binds on the real stories we have: their most common
// word is held by at most 56 quotes (a validation-full250 story of 104
// quotes; BASIL 30, the seeds 13, train-trunc10000 10). Up to the bound the
// groups are those of the all-pairs loop, and past it a pair sharing a rarer
// word is still found through it (tests). An exact copy of a quote always
// joins its last copy before it (one pair a copy, a chain), so that outlets
// printing the same statement, or the same "It is what it is", in a big
// story stay one group whatever its words.
#include "compare/quote_merge.h"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>
#include <utility>

#include "compare/words.h"
#include "concord/compare.h"
#include "concord/text.h"
#include "util/union_find.h"

namespace concord::compare {
namespace {

// The lower-case words of a quote: read from its article's analysis (the
// Document's word scan inside each part) when `story` has it, else scanned
// from Quote::text (quotes built by hand).
std::vector<std::string> LowerWords(const Quote& q, const internal::Story* story) {
  std::vector<std::string> out;
  if (story != nullptr && q.article < story->articles.size() &&
      q.article < story->documents.size()) {
    const internal::TextWords words(story->articles[q.article].text,
                                    story->documents[q.article].scan);
    for (const text::ByteSpan& part : q.parts) {
      for (const internal::Word& w : words.In(part.start, part.end)) out.push_back(words.Lower(w));
    }
    return out;
  }
  const text::WordScan scan = text::ScanWords(q.text);
  for (const internal::Word& w : scan.words) out.emplace_back(scan.Lower(w));
  return out;
}

// The words of a quote as the merge compares them: contractions expanded.
std::vector<std::string> QuoteWords(const Quote& q, const internal::Story* story) {
  std::vector<std::string> out;
  for (std::string& lower : LowerWords(q, story)) {
    auto expand = [&](std::string_view suffix, std::string_view full) {
      if (lower.size() > suffix.size() && lower.ends_with(suffix)) {
        std::string stem = lower.substr(0, lower.size() - suffix.size());
        if (suffix == "n't") {
          if (stem == "ca") stem = "can";
          if (stem == "wo") stem = "will";
        }
        out.push_back(stem);
        out.emplace_back(full);
        return true;
      }
      return false;
    };
    if (expand("n't", "not") || expand("'re", "are") || expand("'ve", "have") ||
        expand("'ll", "will") || expand("'m", "am") || expand("'d", "would")) {
      continue;
    }
    if (lower == "that's" || lower == "it's" || lower == "there's" || lower == "what's" ||
        lower == "let's" || lower == "he's" || lower == "she's") {
      out.push_back(lower.substr(0, lower.size() - 2));
      out.emplace_back(lower == "let's" ? "us" : "is");
      continue;
    }
    out.push_back(std::move(lower));
  }
  return out;
}

}  // namespace

namespace internal {
namespace {

// The fewest words a quote of `size` words (six or more) shares with a
// longer one it is the same quote as: three, and 60% of its words.
size_t LeastShared(size_t size) {
  size_t least = 3;
  while (static_cast<double>(least) < 0.6 * static_cast<double>(size)) ++least;
  return least;
}

}  // namespace

bool SameQuote(const QuoteKey& a, const QuoteKey& b) {
  const QuoteKey& shorter = a.sequence.size() <= b.sequence.size() ? a : b;
  const QuoteKey& longer = a.sequence.size() <= b.sequence.size() ? b : a;
  if (shorter.sequence.empty()) return false;
  if (shorter.sequence.size() <= 5) {
    return std::search(longer.sequence.begin(), longer.sequence.end(), shorter.sequence.begin(),
                       shorter.sequence.end()) != longer.sequence.end();
  }
  // At least `least` shared is the 60% and the three: stop when the words
  // left cannot reach it.
  const size_t least = LeastShared(shorter.sequence.size());
  size_t shared = 0;
  size_t content = 0;
  size_t x = 0;
  size_t y = 0;
  while (x < shorter.sorted.size() && y < longer.sorted.size()) {
    if (shared + std::min(shorter.sorted.size() - x, longer.sorted.size() - y) < least)
      return false;
    if (shorter.sorted[x] < longer.sorted[y]) {
      ++x;
    } else if (shorter.sorted[x] > longer.sorted[y]) {
      ++y;
    } else {
      ++shared;
      if (shorter.content[x]) ++content;
      ++x;
      ++y;
    }
  }
  return shared >= 3 && content >= 2 &&
         static_cast<double>(shared) >= 0.6 * static_cast<double>(shorter.sequence.size());
}

std::vector<QuoteKey> QuoteKeys(const std::vector<Quote>& quotes, const Story* story) {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<bool> is_content;
  std::vector<QuoteKey> keys;
  keys.reserve(quotes.size());
  for (const Quote& q : quotes) {
    QuoteKey key;
    for (const std::string& w : QuoteWords(q, story)) {
      auto [it, inserted] = ids.try_emplace(w, static_cast<uint32_t>(ids.size()));
      if (inserted) is_content.push_back(!text::IsStopword(w));
      key.sequence.push_back(it->second);
    }
    key.sorted = key.sequence;
    std::sort(key.sorted.begin(), key.sorted.end());
    for (uint32_t id : key.sorted) key.content.push_back(is_content[id]);
    keys.push_back(std::move(key));
  }
  return keys;
}

namespace {

// Every quote's words as tokens, (word id, n-th occurrence), so that two
// quotes share as many tokens as they share words as a multiset; each
// quote's tokens in one order for all quotes, rarest first (by how many
// quotes hold the token), with the postings of each token: the quotes that
// hold it and where it is in their order.
struct TokenIndex {
  struct Posting {
    uint32_t quote;
    uint32_t position;
    uint32_t size;           // the quote's words
    uint32_t after;          // the quote's tokens after this one in its order
    uint32_t content_after;  // of them, content tokens
  };
  std::vector<std::vector<uint32_t>> order;       // token ids, rarest first
  std::vector<std::vector<bool>> content;         // by position in `order`
  std::vector<std::vector<uint32_t>> content_at;  // content tokens at or after a position
  std::vector<std::vector<Posting>> postings;     // by token id
  std::vector<std::array<uint64_t, 4>> bits;      // per quote: a bit per token, hashed
};

// The bit of a token in a quote's `bits`.
size_t TokenBit(uint32_t token) { return (token * 2654435761u) >> 24; }

// At least how many tokens of quote i quote j lacks: the bits of i's
// tokens that none of j's tokens has (two tokens of i on one bit count
// once, so it is never more than the tokens j lacks).
size_t Lacking(const TokenIndex& index, size_t i, size_t j) {
  size_t lacking = 0;
  for (size_t w = 0; w < 4; ++w) lacking += std::popcount(index.bits[i][w] & ~index.bits[j][w]);
  return lacking;
}

TokenIndex IndexTokens(const std::vector<QuoteKey>& keys) {
  TokenIndex index;
  std::unordered_map<uint64_t, uint32_t> ids;
  std::vector<size_t> count;
  std::vector<bool> is_content;
  for (const QuoteKey& key : keys) {
    std::vector<uint32_t> order;
    size_t nth = 0;
    for (size_t x = 0; x < key.sorted.size(); ++x) {
      nth = x > 0 && key.sorted[x] == key.sorted[x - 1] ? nth + 1 : 0;
      const uint64_t token = (static_cast<uint64_t>(key.sorted[x]) << 32) | nth;
      auto [it, inserted] = ids.emplace(token, static_cast<uint32_t>(ids.size()));
      if (inserted) {
        count.push_back(0);
        is_content.push_back(key.content[x]);
      }
      ++count[it->second];
      order.push_back(it->second);
    }
    std::array<uint64_t, 4> bits{};
    for (uint32_t token : order)
      bits[TokenBit(token) / 64] |= uint64_t{1} << (TokenBit(token) % 64);
    index.bits.push_back(bits);
    index.order.push_back(std::move(order));
  }
  index.postings.resize(ids.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    std::vector<uint32_t>& order = index.order[i];
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      return count[a] != count[b] ? count[a] < count[b] : a < b;
    });
    std::vector<bool> content(order.size());
    std::vector<uint32_t> content_at(order.size() + 1, 0);
    for (size_t x = order.size(); x-- > 0;) {
      content[x] = is_content[order[x]];
      content_at[x] = content_at[x + 1] + (content[x] ? 1 : 0);
      index.postings[order[x]].push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(x),
                                          static_cast<uint32_t>(keys[i].sequence.size()),
                                          static_cast<uint32_t>(order.size() - x - 1),
                                          content_at[x + 1]});
    }
    index.content.push_back(std::move(content));
    index.content_at.push_back(std::move(content_at));
  }
  // By size, so that a lookup skips the shorter quotes at once; of one
  // size, by the tokens after, most first, so that it leaves the rest of a
  // size unread once they are too few (LookUp).
  for (std::vector<TokenIndex::Posting>& list : index.postings) {
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
      if (a.size != b.size) return a.size < b.size;
      return a.after != b.after ? a.after > b.after : a.quote < b.quote;
    });
  }
  return index;
}

// The positions of quote `i`'s order (six or more tokens, `least` to share)
// to look it up by: every quote that shares `least` tokens holds one of
// its first `size - least + 1`, and every quote that shares two content
// words one of its first `content - 1` content tokens (a prefix filter, as
// in set-similarity joins); of the two, the cheaper to read. Empty when
// fewer than two content words.
std::vector<uint32_t> PrefixPositions(const TokenIndex& index, size_t i, size_t least) {
  const std::vector<uint32_t>& order = index.order[i];
  const size_t content = index.content_at[i][0];
  if (content < 2) return {};
  std::vector<uint32_t> any;
  std::vector<uint32_t> of_content;
  size_t any_cost = 0;
  size_t content_cost = 0;
  for (size_t x = 0; x < order.size(); ++x) {
    const size_t length = index.postings[order[x]].size();
    if (any.size() < order.size() - least + 1) {
      any.push_back(static_cast<uint32_t>(x));
      any_cost += length;
    }
    if (index.content[i][x] && of_content.size() + 1 < content) {
      of_content.push_back(static_cast<uint32_t>(x));
      content_cost += length;
    }
  }
  return content_cost < any_cost ? of_content : any;
}

// Per-quote counts of one lookup, reset by stamp rather than cleared.
// One quote's counts side by side, so that a visit reads one cache line.
struct Seen {
  struct Counts {
    size_t stamp = 0;
    uint32_t shared = 0;   // prefix tokens found in the other quote
    uint32_t content = 0;  // of them, content tokens
    bool dropped = false;
  };
  std::vector<Counts> of;     // by quote
  std::vector<size_t> found;  // the quotes of this lookup
};

// How many postings a lookup reads on past its prefix per quote it can
// still drop: a `SameQuote` merge costs about as much as that many visits.
constexpr size_t kVisitsPerCandidate = 4;

// The quotes that can be the same quote as `i` (six or more tokens) and
// that it is the shorter of, found through its prefix. A quote found at
// position x of i's order and p of its own shares at most what it shared
// before x, the tokens before x left unread, one, and the fewer of the
// tokens after x and after p (the order is the same for both: a
// positional filter, as in PPJoin); it is dropped as soon as that is less
// than `least`, or its content tokens' bound less than two. Past the
// prefix, the next postings are read while they are short next to the
// quotes left, to count what those share (no new quote is found there:
// every one that can pass holds a prefix token); then a quote is dropped
// when what it shared and all i's tokens left unread are less than
// `least`, or the same for content tokens less than two.
void LookUp(const std::vector<QuoteKey>& keys, const TokenIndex& index, size_t i,
            size_t max_postings, Seen& seen) {
  const size_t size = keys[i].sequence.size();
  const size_t least = LeastShared(size);
  const std::vector<uint32_t> prefix = PrefixPositions(index, i, least);
  if (prefix.empty()) return;
  const size_t n = index.order[i].size();
  size_t alive = 0;
  size_t scanned = 0;
  size_t scanned_content = 0;
  size_t most = 0;  // the most any quote found has shared so far
  for (size_t x = prefix[0], k = 0; x < n; ++x) {
    const bool in_prefix = k < prefix.size();
    if (in_prefix && x != prefix[k]) continue;  // not a content token
    const std::vector<TokenIndex::Posting>& list = index.postings[index.order[i][x]];
    if (!in_prefix && list.size() > kVisitsPerCandidate * alive) break;
    if (in_prefix && list.size() > max_postings) {  // too common to look up by: left unread
      ++k;
      continue;
    }
    const bool content = index.content[i][x];
    const auto longer = std::partition_point(
        list.begin(), list.end(), [&](const TokenIndex::Posting& p) { return p.size < size; });
    // A quote with fewer tokens after this one than `floor` cannot pass
    // (it shares at most `most` before it): the rest of its size is left.
    const ptrdiff_t floor =
        static_cast<ptrdiff_t>(least + scanned) - 1 - static_cast<ptrdiff_t>(x + most);
    for (auto post = longer; post != list.end(); ++post) {
      if (static_cast<ptrdiff_t>(post->after) < floor) {
        const uint32_t at = post->size;
        post = std::partition_point(post, list.end(),
                                    [&](const TokenIndex::Posting& p) { return p.size <= at; });
        if (post == list.end()) break;
        --post;
        continue;
      }
      const size_t j = post->quote;
      if (j == i || (post->size == size && j < i)) continue;
      Seen::Counts& c = seen.of[j];
      if (c.stamp != i + 1) {
        if (!in_prefix) continue;
        c.stamp = i + 1;
        c.shared = 0;
        c.content = 0;
        c.dropped = false;
        seen.found.push_back(j);
        // What j lacks of i's tokens leaves too few to share: dropped unread.
        if (n - Lacking(index, i, j) < least) {
          c.dropped = true;
          continue;
        }
        ++alive;
      }
      if (c.dropped) continue;
      const size_t after = std::min<size_t>(n - x - 1, post->after);
      const size_t content_after = std::min(index.content_at[i][x + 1], post->content_after);
      if (c.shared + (x - scanned) + 1 + after < least ||
          c.content + (content ? 1 : 0) + content_after < 2) {
        c.dropped = true;
        --alive;
        continue;
      }
      most = std::max<size_t>(most, ++c.shared);
      if (content) ++c.content;
    }
    if (in_prefix) ++k;
    ++scanned;
    if (content) ++scanned_content;
  }
  const size_t content_left = index.content_at[i][0] - scanned_content;
  for (size_t j : seen.found) {
    if (seen.of[j].shared + (n - scanned) < least || seen.of[j].content + content_left < 2) {
      seen.of[j].dropped = true;
    }
  }
}

}  // namespace

std::vector<std::pair<size_t, size_t>> CandidatePairs(const std::vector<QuoteKey>& keys,
                                                      size_t max_postings) {
  const TokenIndex index = IndexTokens(keys);
  // Quotes by word, for phrases.
  std::unordered_map<uint32_t, std::vector<size_t>> by_word;
  for (size_t i = 0; i < keys.size(); ++i) {
    for (size_t x = 0; x < keys[i].sorted.size(); ++x) {
      if (x == 0 || keys[i].sorted[x] != keys[i].sorted[x - 1])
        by_word[keys[i].sorted[x]].push_back(i);
    }
  }
  Seen seen{std::vector<Seen::Counts>(keys.size()), {}};
  std::vector<std::pair<size_t, size_t>> pairs;
  // The last quote seen with each word sequence: an exact copy always joins
  // the copy before it (a chain, one pair a copy), so copies stay one group
  // when their words are too common to look up by (a statement that 300
  // outlets of a big story print); below the bound the lookup finds the
  // pair too, and the duplicate is dropped below.
  // (By a hash of the words, checked against the quote it names: no copy of
  // any sequence is kept; a collision only loses that one link.)
  std::unordered_map<uint64_t, size_t> last_copy;
  for (size_t i = 0; i < keys.size(); ++i) {
    const size_t size = keys[i].sequence.size();
    if (size == 0) continue;
    seen.found.clear();
    uint64_t hash = 14695981039346656037ull;
    for (uint32_t id : keys[i].sequence) hash = (hash ^ id) * 1099511628211ull;
    auto [copy, first] = last_copy.try_emplace(hash, i);
    if (!first) {
      if (keys[copy->second].sequence == keys[i].sequence) pairs.emplace_back(copy->second, i);
      copy->second = i;
    }
    if (size <= 5) {  // a phrase: every word is in the longer, the rarest too
      const std::vector<size_t>* rarest = nullptr;
      for (uint32_t id : keys[i].sequence) {
        const std::vector<size_t>& list = by_word[id];
        if (rarest == nullptr || list.size() < rarest->size()) rarest = &list;
      }
      if (rarest->size() > max_postings) continue;  // too common to look up by
      for (size_t j : *rarest) {
        const size_t other = keys[j].sequence.size();
        if (j != i && (other > size || (other == size && j > i))) seen.found.push_back(j);
      }
    } else {
      LookUp(keys, index, i, max_postings, seen);
    }
    for (size_t j : seen.found) {
      if (size <= 5 || !seen.of[j].dropped) pairs.emplace_back(std::min(i, j), std::max(i, j));
    }
  }
  // Each pair is found once by its shorter quote (or the first of two as
  // long), a copy's also by the chain: sorted and unique, it is the
  // all-pairs loop's order.
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

std::vector<size_t> QuoteComponents(const std::vector<Quote>& quotes, bool all_pairs,
                                    const Story* story) {
  const std::vector<QuoteKey> keys = QuoteKeys(quotes, story);
  std::vector<std::pair<size_t, size_t>> pairs;
  if (all_pairs) {
    for (size_t i = 0; i < quotes.size(); ++i) {
      for (size_t j = i + 1; j < quotes.size(); ++j) pairs.emplace_back(i, j);
    }
  } else {
    pairs = CandidatePairs(keys);
  }
  // The named speaker of each set (by root, its longest spelling); sets
  // whose names are not one person ("Kerry" / "John Kerry" are) are not
  // joined.
  std::vector<std::string> name(quotes.size());
  for (size_t i = 0; i < quotes.size(); ++i) name[i] = quotes[i].speaker_name;
  // (Nor a quote reported as not said and one that was: Quote::negated.)
  util::UnionFind sets(quotes.size());
  for (const auto& [i, j] : pairs) {
    const size_t a = sets.Find(i);
    const size_t b = sets.Find(j);
    // SameQuote first: it is the cheaper test, and most candidates fail it.
    if (a == b || quotes[i].negated != quotes[j].negated || !SameQuote(keys[i], keys[j])) continue;
    if (!name[a].empty() && !name[b].empty() && name[a] != name[b] && !SameName(name[a], name[b])) {
      continue;
    }
    std::string joined = name[a].size() >= name[b].size() ? name[a] : name[b];
    sets.Union(a, b);
    name[sets.Find(a)] = std::move(joined);
  }
  std::vector<size_t> roots(quotes.size());
  for (size_t i = 0; i < quotes.size(); ++i) roots[i] = sets.Find(i);
  return roots;
}

}  // namespace internal

namespace {

std::vector<QuoteGroup> Merge(std::vector<Quote>& quotes, const std::vector<Article>& articles,
                              const internal::Story* story) {
  const std::vector<size_t> roots = internal::QuoteComponents(quotes, false, story);
  std::map<size_t, size_t> group_of_root;
  std::vector<QuoteGroup> groups;
  for (size_t i = 0; i < quotes.size(); ++i) {
    auto [it, inserted] = group_of_root.emplace(roots[i], groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].quotes.push_back(i);
    quotes[i].group = it->second;
  }
  for (QuoteGroup& g : groups) {
    std::map<std::string, size_t> named;
    std::map<std::string, size_t> written;
    for (size_t i : g.quotes) {
      const Quote& q = quotes[i];
      if (q.text.size() > g.text.size()) g.text = q.text;
      if (!q.speaker_name.empty()) ++named[q.speaker_name];
      // A pronoun left unresolved names nobody, nor does a relative one
      // ("which" said it was wrong).
      if (!internal::NamesNobody(q.speaker)) ++written[q.speaker];
      g.articles.push_back(q.article);
      g.negated = q.negated;
    }
    std::sort(g.articles.begin(), g.articles.end());
    g.articles.erase(std::unique(g.articles.begin(), g.articles.end()), g.articles.end());
    for (size_t a : g.articles) {
      const std::string outlet =
          a < articles.size() ? OutletName(articles[a], a) : "article " + std::to_string(a + 1);
      if (std::find(g.outlets.begin(), g.outlets.end(), outlet) == g.outlets.end()) {
        g.outlets.push_back(outlet);
      }
    }
    const auto& pool = named.empty() ? written : named;
    size_t best = 0;
    for (const auto& [name, count] : pool) {
      if (count > best) {
        best = count;
        g.speaker = name;
      }
    }
  }
  return groups;
}

}  // namespace

std::vector<QuoteGroup> MergeQuotes(std::vector<Quote>& quotes,
                                    const std::vector<Article>& articles) {
  return Merge(quotes, articles, nullptr);
}

std::vector<QuoteGroup> MergeQuotes(std::vector<Quote>& quotes,
                                    const std::vector<Article>& articles,
                                    const std::vector<Document>& documents) {
  const internal::Story story{articles, documents};
  return Merge(quotes, articles, &story);
}

}  // namespace concord::compare
