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
// n't -> not), so spelling-out does not count as a difference. The
// groups are the connected components (union-find) of that relation over
// all quotes of the story; a story has tens of quotes, so all pairs are
// compared (with a quick rejection on length).
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

std::vector<std::string> QuoteWords(std::string_view text) {
  std::vector<std::string> out;
  for (const internal::Word& w : internal::ScanWords(text)) {
    std::string lower = internal::Lower(text.substr(w.start, w.end - w.start));
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
    if (lower == "that's" || lower == "it's" || lower == "there's" ||
        lower == "what's" || lower == "let's" || lower == "he's" ||
        lower == "she's") {
      out.push_back(lower.substr(0, lower.size() - 2));
      out.emplace_back(lower == "let's" ? "us" : "is");
      continue;
    }
    out.push_back(std::move(lower));
  }
  return out;
}

// A quote's words as ids (for phrases, in order) and as a sorted multiset
// (for the shared-word count), with a flag per sorted id for content words.
struct QuoteKey {
  std::vector<uint32_t> sequence;
  std::vector<uint32_t> sorted;
  std::vector<bool> content;  // by sorted position
};

bool SameQuote(const QuoteKey& a, const QuoteKey& b) {
  const QuoteKey& shorter = a.sequence.size() <= b.sequence.size() ? a : b;
  const QuoteKey& longer = a.sequence.size() <= b.sequence.size() ? b : a;
  if (shorter.sequence.empty()) return false;
  if (shorter.sequence.size() <= 5) {
    return std::search(longer.sequence.begin(), longer.sequence.end(),
                       shorter.sequence.begin(), shorter.sequence.end()) !=
           longer.sequence.end();
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

}  // namespace

std::vector<QuoteGroup> MergeQuotes(std::vector<Quote>& quotes,
                                    const std::vector<Article>& articles) {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<bool> is_content;
  std::vector<QuoteKey> words;
  words.reserve(quotes.size());
  for (const Quote& q : quotes) {
    QuoteKey key;
    for (const std::string& w : QuoteWords(q.text)) {
      auto [it, inserted] = ids.emplace(w, static_cast<uint32_t>(ids.size()));
      if (inserted) is_content.push_back(!text::IsStopword(w));
      key.sequence.push_back(it->second);
    }
    key.sorted = key.sequence;
    std::sort(key.sorted.begin(), key.sorted.end());
    for (uint32_t id : key.sorted) key.content.push_back(is_content[id]);
    words.push_back(std::move(key));
  }
  util::UnionFind sets(quotes.size());
  for (size_t i = 0; i < quotes.size(); ++i) {
    for (size_t j = i + 1; j < quotes.size(); ++j) {
      if (sets.Find(i) == sets.Find(j)) continue;
      if (SameQuote(words[i], words[j])) sets.Union(i, j);
    }
  }
  std::map<size_t, size_t> group_of_root;
  std::vector<QuoteGroup> groups;
  for (size_t i = 0; i < quotes.size(); ++i) {
    auto [it, inserted] = group_of_root.emplace(sets.Find(i), groups.size());
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
      if (!q.speaker.empty()) ++written[q.speaker];
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

}  // namespace concord::compare
