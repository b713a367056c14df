// Internal: use include/concord/summarize.h instead.
//
// Attribution and ordering of the picked sentences.
#ifndef CONCORD_SUMMARIZE_ATTRIBUTE_H_
#define CONCORD_SUMMARIZE_ATTRIBUTE_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "concord/article.h"
#include "summarize/corpus.h"

namespace concord::summarize::internal {

// Share of a sentence's idf mass that another article must cover for it to
// count as carrying the sentence.
inline constexpr double kSupportCoverage = 0.5;

// The tf-idf cosine at which a sentence that negates a summary sentence
// counts as saying otherwise (Attributor::Disputing). Read on BASIL's 100
// events at 100 words (stop 30): of the 14 negating pairs sharing three
// terms, the 4 at 0.27 or more were one statement and its negation, or
// nearly; the 10 below 0.18 were other statements that share a few words.
inline constexpr double kDisputeSimilarity = 0.25;

// True when the candidates `others` (one article's) carry the content of
// candidate `target`: one of them has tf-idf cosine at least
// `duplicate_threshold` with it, or the two that share the most with it
// (each at least three content terms) together cover kSupportCoverage of its
// idf mass (the same statement reworded, split or embedded). A target whose
// every content term is in every sentence (idf mass 0) is carried by any
// non-empty `others`.
bool Supports(const Corpus& corpus, uint32_t target, const std::vector<uint32_t>& others,
              double duplicate_threshold);

// The articles that carry candidate i: its own first, then every other
// article with a supporting sentence, in cluster order.
std::vector<size_t> Attribute(const Corpus& corpus, uint32_t i, double duplicate_threshold);

// Attribute for many candidates of one corpus: the article sentences
// indexed by content term, once, so that a candidate is compared only with
// the sentences that share a term with it (one that shares none can reach
// neither the duplicate threshold nor three shared terms, and cannot have
// the same text). The same answers as Attribute, with the same sums;
// Sources may be called from several threads at once.
class Attributor {
 public:
  struct Shared {  // what a sentence shares with the candidate
    uint32_t sentence = 0;
    double dot = 0;
    size_t count = 0;
    double mass = 0;
  };
  // Working memory of Sources, reused across calls of one thread.
  struct Scratch {
    std::vector<uint32_t> slot;  // per article sentence: its place in `shared` + 1, or 0
    std::vector<Shared> shared;
    std::vector<Shared> of_article;
    std::vector<bool> common;  // per term of the candidate: is it common
    std::vector<uint32_t> found;  // Disputing: the sentences to compare
  };

  // A candidate's terms in more than `common` article sentences, the most
  // frequent first, are its common terms while their idf mass stays under
  // kCommonShare of its own: it is compared only with the sentences that
  // share one of its other terms, when those that share only common terms
  // provably cannot change the answer (attribute.cc, "Common terms"); else
  // as above.
  static constexpr size_t kCommon = 64;
  static constexpr double kCommonShare = 0.25;
  // The common terms are left unread only when their postings are at
  // least this many times the others' (the sentences read are merged).
  static constexpr size_t kMergeCost = 8;

  Attributor(const Corpus& corpus, double duplicate_threshold, size_t common = kCommon,
             size_t merge_cost = kMergeCost);
  std::vector<size_t> Sources(uint32_t i, Scratch& scratch) const;
  std::vector<size_t> Sources(uint32_t i) const {
    Scratch scratch;
    return Sources(i, scratch);
  }
  // The articles, not among `sources`, with a sentence that negates what
  // candidate i's article sentence states (text::NegateEachOther) and
  // shares at least three content terms with it, at a cosine of at least
  // kDisputeSimilarity: "The pier did not reopen on Friday" against "The
  // pier reopened on Friday". In cluster order.
  // Reads the postings of the sentence's terms, and of those only the
  // sentences on the other side of a negation cue (one of the two must
  // have one, the other none).
  std::vector<size_t> Disputing(uint32_t i, const std::vector<size_t>& sources,
                                Scratch& scratch) const;

 private:
  const Corpus& corpus_;
  double duplicate_threshold_;
  // The postings of term t, (article sentence, weight) in corpus order, are
  // postings_[offset_[t]] to postings_[offset_[t + 1]]: two arrays, not
  // a vector per term (a story's vocabulary is thousands of terms).
  std::vector<uint32_t> offset_;
  std::vector<std::pair<uint32_t, float>> postings_;
  std::vector<float> max_weight_;  // by term: its largest weight in a sentence
  size_t common_;
  size_t merge_cost_;
  std::vector<char> cue_;  // by article sentence: text::HasNegationCue
  // The postings of the sentences with a cue only (cue_offset_ as
  // offset_): what a sentence without one is compared with.
  std::vector<uint32_t> cue_offset_;
  std::vector<uint32_t> cue_postings_;

  size_t Length(uint32_t term) const { return offset_[term + 1] - offset_[term]; }
  // `positions` (into `a`) sorted by their terms' postings, longest first,
  // ties by position.
  void LongestPostingsFirst(const SparseVector& a, std::vector<uint32_t>& positions) const;

  // Sources read from the postings of every term of candidate i.
  std::vector<size_t> AllTerms(uint32_t i, double total, Scratch& scratch) const;
  // Sources read from the postings of its rare terms only; false (and
  // nothing in `sources`) when its common terms could change the answer.
  bool RareTerms(uint32_t i, double total, Scratch& scratch, std::vector<size_t>& sources) const;
  // The articles of scratch.shared that back candidate i, appended to
  // `sources`. With `common_mass` (the idf mass of the candidate's common
  // terms, scratch.common) an article whose answer the sentences sharing
  // only those terms could change is compared sentence by sentence.
  void BackingArticles(uint32_t i, double total, Scratch& scratch, const double* common_mass,
                       std::vector<size_t>& sources) const;
};

// Reading order of articles: by `published` when every article has one
// (ISO 8601 strings compare in time order), else input order.
std::vector<size_t> ArticleOrder(const Cluster& cluster);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_ATTRIBUTE_H_
