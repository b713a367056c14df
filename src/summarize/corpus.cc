// BuildCorpus: interns content stems and computes tf-idf vectors.
//
// The inverse frequency is computed over sentences of the cluster, not over
// a background collection: a cluster of a few articles is a small corpus,
// but sentence-level counts still tell the story's recurring words (high
// frequency, low idf) from the specific ones. A term in every sentence gets
// idf 0. Only content terms (non-stopword tokens with a letter or digit)
// enter the vectors.
#include "summarize/corpus.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "concord/text.h"
#include "summarize/coverage_params.h"
#include "util/id_map.h"

namespace concord::summarize::internal {

Overlap OverlapOf(const SparseVector& a, const SparseVector& b) {
  Overlap overlap;
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (a[i].first > b[j].first) {
      ++j;
    } else {
      overlap.dot += static_cast<double>(a[i].second) * b[j].second;
      ++overlap.shared;
      ++i;
      ++j;
    }
  }
  return overlap;
}

void Normalize(SparseVector& v) {
  double norm = 0;
  for (const auto& entry : v) norm += static_cast<double>(entry.second) * entry.second;
  if (norm <= 0) return;
  const double scale = 1.0 / std::sqrt(norm);
  for (auto& entry : v) entry.second = static_cast<float>(entry.second * scale);
}

namespace {

// True when `text` opens with a quotation mark: a double one
// (text::OpensWithMark), or one the quotation readers leave aside: a
// single mark ('We will ...', ‘...’ of British style) or another
// language's («...», „...“, »...«).
bool OpensWithQuotation(std::string_view text) {
  if (text::OpensWithMark(text)) return true;
  const size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  text.remove_prefix(first);
  for (std::string_view mark : {"'", "\u2018", "\u00AB", "\u00BB", "\u201E"}) {
    if (text.starts_with(mark)) return true;
  }
  return false;
}

}  // namespace

bool OpensStory(const Corpus& corpus, uint32_t i) {
  return corpus.index[i] < kOpeningSentences && !OpensWithQuotation(corpus.sentence[i]->text) &&
         !OpensLeaning(*corpus.sentence[i]);
}

size_t CountWords(std::string_view text) {
  size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

Corpus BuildCorpus(const std::vector<Document>& documents) {
  Corpus corpus;
  corpus.num_articles = documents.size();
  corpus.by_article.resize(documents.size());
  size_t tokens_in_all = 0;
  for (const Document& d : documents) {
    for (const Sentence& s : d.sentences) tokens_in_all += s.tokens.size();
  }
  // Stems interned in a flat table (util/id_map.h); the keys are views of
  // the Documents' stems, which outlive it.
  util::IdMap<std::string_view, util::ViewHash> ids(tokens_in_all / 4);
  std::vector<uint32_t> sentence_frequency;
  std::vector<uint32_t> last_sentence_seen;
  std::vector<uint32_t> last_article_seen;

  for (size_t a = 0; a < documents.size(); ++a) {
    for (const Sentence& s : documents[a].sentences) {
      const auto i = static_cast<uint32_t>(corpus.sentence.size());
      corpus.article.push_back(static_cast<uint32_t>(a));
      corpus.index.push_back(static_cast<uint32_t>(s.index));
      corpus.sentence.push_back(&s);
      corpus.bytes.push_back(static_cast<uint32_t>(s.text.size()));
      corpus.by_article[a].push_back(i);
      std::vector<uint32_t> terms;
      for (const text::Token& token : s.tokens) {
        if (token.is_stopword || token.stem.empty()) continue;
        const auto [id, inserted] = ids.Intern(token.stem);
        if (inserted) {
          corpus.vocabulary.emplace_back(token.stem);
          sentence_frequency.push_back(0);
          corpus.article_frequency.push_back(0);
          last_sentence_seen.push_back(UINT32_MAX);
          last_article_seen.push_back(UINT32_MAX);
        }
        if (last_sentence_seen[id] != i) {
          last_sentence_seen[id] = i;
          ++sentence_frequency[id];
        }
        if (last_article_seen[id] != a) {
          last_article_seen[id] = static_cast<uint32_t>(a);
          ++corpus.article_frequency[id];
        }
        terms.push_back(id);
      }
      corpus.terms.push_back(std::move(terms));
    }
  }

  const double n = static_cast<double>(corpus.size());
  corpus.idf.resize(corpus.vocabulary.size());
  for (size_t t = 0; t < corpus.idf.size(); ++t) {
    corpus.idf[t] = static_cast<float>(text::InverseFrequency(n, sentence_frequency[t]));
  }
  // Each sentence's word count and vector read only that sentence (and the
  // idf): on the threads of the caller's arena, each at its index.
  corpus.words.resize(corpus.size());
  corpus.vectors.resize(corpus.size());
  tbb::parallel_for(size_t{0}, corpus.size(), [&](size_t i) {
    corpus.words[i] = static_cast<uint32_t>(CountWords(corpus.sentence[i]->text));
    corpus.vectors[i] = TfIdfVector(corpus.terms[i], corpus.idf);
  });
  corpus.originals = corpus.size();
  corpus.origin.resize(corpus.size());
  for (uint32_t i = 0; i < corpus.size(); ++i) corpus.origin[i] = i;
  return corpus;
}

SparseVector TfIdfVector(const std::vector<uint32_t>& terms, const std::vector<float>& idf) {
  std::vector<uint32_t> sorted = terms;
  std::sort(sorted.begin(), sorted.end());
  SparseVector v;
  for (size_t k = 0; k < sorted.size();) {
    size_t run = k;
    while (run < sorted.size() && sorted[run] == sorted[k]) ++run;
    const float weight = static_cast<float>(run - k) * idf[sorted[k]];
    if (weight > 0) v.emplace_back(sorted[k], weight);
    k = run;
  }
  Normalize(v);
  return v;
}

std::vector<float> Centroid(const Corpus& corpus) {
  std::vector<float> dense(corpus.vocabulary.size(), 0.0f);
  for (size_t i = 0; i < corpus.originals; ++i) {
    for (const auto& [term, weight] : corpus.vectors[i]) dense[term] += weight;
  }
  double norm = 0;
  for (float w : dense) norm += static_cast<double>(w) * w;
  if (norm > 0) {
    const double scale = 1.0 / std::sqrt(norm);
    for (float& w : dense) w = static_cast<float>(w * scale);
  }
  return dense;
}

std::vector<double> ArticleCentrality(const Corpus& corpus) {
  // With A an article's vector and T the sum of all: the others are T - A,
  // so A.(T - A) = A.T - |A|^2 and |T - A|^2 = |T|^2 - 2 A.T + |A|^2.
  std::vector<double> total(corpus.vocabulary.size(), 0.0);
  for (size_t i = 0; i < corpus.originals; ++i) {
    for (const auto& [term, weight] : corpus.vectors[i]) total[term] += weight;
  }
  double total_norm2 = 0;
  for (double w : total) total_norm2 += w * w;
  std::vector<double> centrality(corpus.num_articles, 0.0);
  std::unordered_map<uint32_t, double> article;
  for (size_t a = 0; a < corpus.num_articles; ++a) {
    article.clear();
    for (uint32_t i : corpus.by_article[a]) {
      for (const auto& [term, weight] : corpus.vectors[i]) article[term] += weight;
    }
    double dot_total = 0;
    double norm2 = 0;
    for (const auto& [term, weight] : article) {
      dot_total += weight * total[term];
      norm2 += weight * weight;
    }
    const double others_norm2 = total_norm2 - 2 * dot_total + norm2;
    if (norm2 <= 0 || others_norm2 <= 1e-12) continue;
    centrality[a] = std::max(0.0, (dot_total - norm2) / std::sqrt(norm2 * others_norm2));
  }
  return centrality;
}

double Dot(const SparseVector& sparse, const std::vector<float>& dense) {
  double sum = 0;
  for (const auto& [term, weight] : sparse) sum += static_cast<double>(weight) * dense[term];
  return sum;
}

}  // namespace concord::summarize::internal
