// Internal: use include/concord/summarize.h instead.
//
// Corpus: the candidate sentences of one cluster with the numeric views every
// method shares — content-term ids, tf-idf vectors, word and byte counts —
// built once from the analysed documents.
#ifndef CONCORD_SUMMARIZE_CORPUS_H_
#define CONCORD_SUMMARIZE_CORPUS_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "concord/document.h"

namespace concord::summarize::internal {

// A sparse vector: (term id, weight) sorted by term id.
using SparseVector = std::vector<std::pair<uint32_t, float>>;

// What two sparse vectors share, read in one merge: their dot product
// (summed in term order) and how many terms both hold.
struct Overlap {
  double dot = 0;
  size_t shared = 0;
};
Overlap OverlapOf(const SparseVector& a, const SparseVector& b);

// Dot product of two sparse vectors (OverlapOf's dot).
inline double Dot(const SparseVector& a, const SparseVector& b) { return OverlapOf(a, b).dot; }

// Scales `v` to unit length (no-op for the zero vector).
void Normalize(SparseVector& v);

struct Corpus {
  // Candidate i < originals is documents[article[i]].sentences[index[i]];
  // candidates from `originals` on are shorter forms of them
  // (compress.h), each with the article and index of the sentence it
  // shortens (origin[i]). The cluster's statistics (idf, article
  // frequency, by_article, the centroid) are those of the article
  // sentences alone.
  std::vector<uint32_t> article;
  std::vector<uint32_t> index;
  std::vector<const Sentence*> sentence;
  std::vector<uint32_t> words;  // whitespace-separated words of the text
  std::vector<uint32_t> bytes;  // bytes of the text
  // Content terms (stems of non-stopword tokens) in order, as ids.
  std::vector<std::vector<uint32_t>> terms;
  // Unit-length tf-idf vectors over content terms.
  std::vector<SparseVector> vectors;
  // Inverse sentence frequency of each term id: text::InverseFrequency,
  // log((N + 1) / sf).
  std::vector<float> idf;
  // Number of articles containing each term id.
  std::vector<uint32_t> article_frequency;
  std::vector<std::string> vocabulary;  // term id -> stem
  size_t num_articles = 0;
  // Corpus indices of each article's sentences, in order (no shorter forms).
  std::vector<std::vector<uint32_t>> by_article;
  size_t originals = 0;           // the article sentences: candidates [0, originals)
  std::vector<uint32_t> origin;   // the article sentence of each candidate (i itself below originals)
  // Of each shorter form (candidate originals + k): the byte spans of its
  // sentence's text it keeps, and its own Sentence (text and tokens).
  std::vector<std::vector<text::ByteSpan>> pieces;
  std::deque<Sentence> shortened;
  // The forms and stems the shortened sentences' tokens view: the corpus's
  // own, freed with it (its bytes never move, also when the corpus does).
  text::Vocabulary shortened_vocabulary;

  size_t size() const { return sentence.size(); }
};

// Builds the corpus of every sentence of every document.
Corpus BuildCorpus(const std::vector<Document>& documents);

// The unit-length tf-idf vector of content term ids `terms` under `idf`.
SparseVector TfIdfVector(const std::vector<uint32_t>& terms, const std::vector<float>& idf);

// Number of whitespace-separated words in `text`.
size_t CountWords(std::string_view text);

// The cluster's centroid: the sum of every candidate's vector, normalised
// to unit length, as a dense array indexed by term id (so that a dot
// product with one sentence costs that sentence's length, not the
// vocabulary's).
std::vector<float> Centroid(const Corpus& corpus);

// Each article's closeness to the rest of its cluster: the cosine of the
// sum of its candidates' vectors with the sum of all other candidates'
// vectors (0 for an article alone or without content terms). O(terms).
std::vector<double> ArticleCentrality(const Corpus& corpus);

// Dot product of a sparse vector with a dense one.
double Dot(const SparseVector& sparse, const std::vector<float>& dense);

// The sentences of an article that open it (the readability check's
// "opens the story"): its first three.
constexpr uint32_t kOpeningSentences = 3;

// True when candidate `i` can open a summary: one of its article's opening
// sentences that neither opens with a quotation mark (text::OpensWithMark,
// or a single mark or another language's: ' ‘ « » „) nor
// leans on a sentence before it (OpensLeaning: "And on the second day
// ...", "He said ..."). A summary that opens with a quotation has a reader
// hear someone react before being told what happened (a lead may open with
// one: it is followed by the sentences that say what it is about, which a
// summary may not carry).
bool OpensStory(const Corpus& corpus, uint32_t i);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_CORPUS_H_
