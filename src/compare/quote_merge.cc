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
// any n - k + 1 of them). The words most quotes share ("border" in a story
// about the border) are then read only for a quote made mostly of them:
// looking quotes up by every pair of shared content words, as before,
// paired nearly all 16,000 quotes of a story that all say "border wall"
// (docs/benchmarks.md, "Quotes and sentences that share words"). Pairs
// are then joined in the same order as the all-pairs loop, so the groups
// are the same (a test checks it); the work is the candidate pairs, not
// all pairs.
#include "compare/quote_merge.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>

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

bool SameQuote(const QuoteKey& a, const QuoteKey& b) {
  const QuoteKey& shorter = a.sequence.size() <= b.sequence.size() ? a : b;
  const QuoteKey& longer = a.sequence.size() <= b.sequence.size() ? b : a;
  if (shorter.sequence.empty()) return false;
  if (shorter.sequence.size() <= 5) {
    return std::search(longer.sequence.begin(), longer.sequence.end(), shorter.sequence.begin(),
                       shorter.sequence.end()) != longer.sequence.end();
  }
  size_t shared = 0;
  size_t content = 0;
  size_t x = 0;
  size_t y = 0;
  while (x < shorter.sorted.size() && y < longer.sorted.size()) {
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
      auto [it, inserted] = ids.emplace(w, static_cast<uint32_t>(ids.size()));
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

// A quote's words as tokens, (word id, n-th occurrence): two quotes share
// as many tokens as they share words as a multiset. `content` says which
// tokens are of content words.
struct Tokens {
  std::vector<uint64_t> token;
  std::vector<bool> content;
};

Tokens TokensOf(const QuoteKey& key) {
  Tokens out;
  size_t nth = 0;
  for (size_t x = 0; x < key.sorted.size(); ++x) {
    nth = x > 0 && key.sorted[x] == key.sorted[x - 1] ? nth + 1 : 0;
    out.token.push_back((static_cast<uint64_t>(key.sorted[x]) << 32) | nth);
    out.content.push_back(key.content[x]);
  }
  return out;
}

// The fewest words a quote of `size` words (six or more) shares with a
// longer one it is the same quote as: three, and 60% of its words.
size_t LeastShared(size_t size) {
  size_t least = 3;
  while (static_cast<double>(least) < 0.6 * static_cast<double>(size)) ++least;
  return least;
}

// The postings to look a quote of `tokens` (six or more) up in: every
// longer quote it can be the same quote as is in one of them. Any
// `size - least + 1` of its tokens hold one that a quote sharing `least`
// holds, and any `content - 1` of its content tokens one that a quote
// sharing two content words holds; of the two, the rarest tokens of the
// cheaper set to read, so that the words most quotes hold are read only
// when the quote has few others. Empty when fewer than two content words.
std::vector<const std::vector<size_t>*> Prefix(
    const Tokens& tokens, size_t least,
    std::unordered_map<uint64_t, std::vector<size_t>>& by_token) {
  struct Entry {
    size_t length;
    uint64_t token;
    bool content;
    const std::vector<size_t>* list;
  };
  std::vector<Entry> order;
  size_t content = 0;
  for (size_t x = 0; x < tokens.token.size(); ++x) {
    const std::vector<size_t>& list = by_token[tokens.token[x]];
    order.push_back({list.size(), tokens.token[x], tokens.content[x], &list});
    if (tokens.content[x]) ++content;
  }
  if (content < 2) return {};
  std::sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) {
    return a.length != b.length ? a.length < b.length : a.token < b.token;
  });
  std::vector<const std::vector<size_t>*> any;
  std::vector<const std::vector<size_t>*> of_content;
  size_t any_cost = 0;
  size_t content_cost = 0;
  for (const Entry& entry : order) {
    if (any.size() < order.size() - least + 1) {
      any.push_back(entry.list);
      any_cost += entry.length;
    }
    if (entry.content && of_content.size() + 1 < content) {
      of_content.push_back(entry.list);
      content_cost += entry.length;
    }
  }
  return content_cost < any_cost ? of_content : any;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> CandidatePairs(const std::vector<QuoteKey>& keys) {
  // Postings: quotes by word (for phrases) and by token (for the rest).
  std::vector<Tokens> tokens;
  tokens.reserve(keys.size());
  std::unordered_map<uint32_t, std::vector<size_t>> by_word;
  std::unordered_map<uint64_t, std::vector<size_t>> by_token;
  for (size_t i = 0; i < keys.size(); ++i) {
    tokens.push_back(TokensOf(keys[i]));
    for (size_t x = 0; x < keys[i].sorted.size(); ++x) {
      if (x == 0 || keys[i].sorted[x] != keys[i].sorted[x - 1])
        by_word[keys[i].sorted[x]].push_back(i);
      by_token[tokens[i].token[x]].push_back(i);
    }
  }
  std::vector<std::pair<size_t, size_t>> pairs;
  const auto pair_with = [&](size_t i, const std::vector<size_t>& list) {
    const size_t size = keys[i].sequence.size();
    for (size_t j : list) {
      // The other is the longer (or as long): the shorter's rule applies.
      if (j != i && keys[j].sequence.size() >= size)
        pairs.emplace_back(std::min(i, j), std::max(i, j));
    }
  };
  for (size_t i = 0; i < keys.size(); ++i) {
    const size_t size = keys[i].sequence.size();
    if (size == 0) continue;
    if (size <= 5) {  // a phrase: every word is in the longer, the rarest too
      const std::vector<size_t>* rarest = nullptr;
      for (uint32_t id : keys[i].sequence) {
        const std::vector<size_t>& list = by_word[id];
        if (rarest == nullptr || list.size() < rarest->size()) rarest = &list;
      }
      pair_with(i, *rarest);
      continue;
    }
    for (const std::vector<size_t>* list : Prefix(tokens[i], LeastShared(size), by_token)) {
      pair_with(i, *list);
    }
  }
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
  util::UnionFind sets(quotes.size());
  for (const auto& [i, j] : pairs) {
    const size_t a = sets.Find(i);
    const size_t b = sets.Find(j);
    // SameQuote first: it is the cheaper test, and most candidates fail it.
    if (a == b || !SameQuote(keys[i], keys[j])) continue;
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
      // A pronoun left unresolved names nobody.
      if (!q.speaker.empty() && !internal::IsPronoun(text::LowerWord(q.speaker))) {
        ++written[q.speaker];
      }
      g.articles.push_back(q.article);
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
