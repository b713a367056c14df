// What the grouper reads of one article: weighted terms of its title and
// lead (Snowball stems, names, dates, numbers) and the shingle hashes of its
// lead for near-duplicates. Computed from text::Analyze of the lead and the
// Tokenizer's tokens of the title: no tokenizer of its own.
#ifndef CONCORD_GROUP_FEATURES_H_
#define CONCORD_GROUP_FEATURES_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/article.h"
#include "concord/group.h"
#include "concord/text.h"
#include "group/duplicates.h"
#include "group/place_facts.h"
#include "util/fnv1a.h"

namespace concord::group {

struct ArticleFeatures {
  // (term, weighted count) with distinct terms, sorted by term. Terms are
  // stems ("obama"), names ("n:barack obama"), dates ("d:march 5") and
  // numbers ("#1,700").
  std::vector<std::pair<std::string, double>> terms;
  // Distinct hashes of the word 3-shingles of the lead, sorted.
  std::vector<uint64_t> shingles;
  // The lead's names and numbers, that tell a template from a copy.
  CopyFacts copy_facts;
  // The places it states and the words they are looked for in (the place
  // rule; empty when GroupOptions::place_rule is off).
  PlaceFacts places;
  // The first sentence of the lead (for a story without titles).
  std::string lead_sentence;
  bool empty = true;  // neither title nor text gave a word
};

// The first `words` whitespace-separated words of `text` (a prefix of it).
std::string_view LeadPrefix(std::string_view text, size_t words);

// The distinct hashes of the word 3-shingles of the first `shingle_words`
// tokens of `sentences`, sorted; one hash of `text` when there are only one
// or two words; none when there is no word.
std::vector<uint64_t> LeadShingles(const std::vector<Sentence>& sentences, size_t shingle_words,
                                   std::string_view text);

ArticleFeatures ExtractFeatures(const Article& article, const GroupOptions& options,
                                text::Tokenizer& tokenizer);

// What Grouper::Add computes of an article before it looks at the stories:
// it depends on the article and the options alone (not on the articles
// before it), so it can be computed ahead, on another thread (ahead.cc).
struct PreparedArticle {
  ArticleFeatures features;
  // The MinHash band keys of the shingles (DuplicateIndex::Bands), with
  // find_duplicates and shingles.
  std::optional<std::array<uint64_t, DuplicateIndex::kBands>> bands;
};

PreparedArticle Prepare(const Article& article, const GroupOptions& options,
                        text::Tokenizer& tokenizer);

// 64-bit FNV-1a: stable across platforms and runs (determinism).
using util::Fnv1a;

}  // namespace concord::group

#endif  // CONCORD_GROUP_FEATURES_H_
