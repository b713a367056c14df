// Attribution: which outlets back a summary sentence.
//
// A summary sentence is taken from one article, but the reader wants to know
// who else reports it. Exact repeats are rare across outlets (each rewrites
// the wire copy), so "carries it" is measured on content: a near-identical
// sentence (tf-idf cosine at the duplicate threshold), or at most two
// sentences that together hold most of the target's distinctive content:
// each shares at least three content stems with it, and together they cover
// kSupportCoverage of the target's idf mass. Two, because outlets often
// split one statement ("Kerry said X, calling it Y") over two sentences.
// Weighting by idf keeps the story's ubiquitous words (the names in every
// sentence) from making every sentence "shared". Cost: Attribute merges
// the picked sentence with every sentence of the story; Attributor, what
// summarize uses, reads only the postings of its terms (a summary of most
// of a 15,000-sentence story took 86 s, then 1.3 s: docs/benchmarks.md,
// "Many sentences asked for").
#include "summarize/attribute.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace concord::summarize::internal {

namespace {

// Content terms of `target` that `other` also holds, as a bit per position
// of target's vector.
std::vector<bool> SharedTerms(const SparseVector& target, const SparseVector& other) {
  std::vector<bool> shared(target.size(), false);
  size_t y = 0;
  for (size_t x = 0; x < target.size(); ++x) {
    while (y < other.size() && other[y].first < target[x].first) ++y;
    shared[x] = y < other.size() && other[y].first == target[x].first;
  }
  return shared;
}

// Whether one article's sentences back candidate `target` (Supports), from
// what each shares with it, in the article's order: one at the duplicate
// threshold or with the same text, else the two that share the most idf
// mass (each at least three content terms) cover kSupportCoverage of the
// target's mass `total`. The idf, log((N + 1) / sf), is never 0: only a
// target without content terms has no mass, and nothing backs it.
bool Backs(const Corpus& corpus, uint32_t target, double total,
           const std::vector<Attributor::Shared>& of_article, double duplicate_threshold) {
  if (total <= 0) return false;
  const SparseVector& a = corpus.vectors[target];
  const std::string& text = corpus.sentence[target]->text;
  const Attributor::Shared* best = nullptr;
  const Attributor::Shared* second = nullptr;
  for (const Attributor::Shared& s : of_article) {
    if (s.dot >= duplicate_threshold || corpus.sentence[s.sentence]->text == text) return true;
    if (s.count < 3) continue;
    if (best == nullptr || s.mass > best->mass) {
      second = best;
      best = &s;
    } else if (second == nullptr || s.mass > second->mass) {
      second = &s;
    }
  }
  if (best == nullptr) return false;
  const std::vector<bool> first = SharedTerms(a, corpus.vectors[best->sentence]);
  const std::vector<bool> other =
      second == nullptr ? std::vector<bool>() : SharedTerms(a, corpus.vectors[second->sentence]);
  double covered = 0;
  for (size_t x = 0; x < a.size(); ++x) {
    if (first[x] || (!other.empty() && other[x])) covered += corpus.idf[a[x].first];
  }
  return covered >= kSupportCoverage * total;
}

}  // namespace

bool Supports(const Corpus& corpus, uint32_t target, const std::vector<uint32_t>& others,
              double duplicate_threshold) {
  const SparseVector& a = corpus.vectors[target];
  double total = 0;
  for (const auto& entry : a) total += corpus.idf[entry.first];
  // One merge of the two vectors gives the cosine (summed in term order,
  // as Dot does) and the shared terms' count and idf mass.
  std::vector<Attributor::Shared> shared;
  for (uint32_t j : others) {
    const SparseVector& b = corpus.vectors[j];
    Attributor::Shared s{j, 0, 0, 0};
    size_t y = 0;
    for (size_t x = 0; x < a.size(); ++x) {
      while (y < b.size() && b[y].first < a[x].first) ++y;
      if (y < b.size() && b[y].first == a[x].first) {
        s.dot += static_cast<double>(a[x].second) * b[y].second;
        ++s.count;
        s.mass += corpus.idf[a[x].first];
      }
    }
    shared.push_back(s);
  }
  return Backs(corpus, target, total, shared, duplicate_threshold);
}

std::vector<size_t> Attribute(const Corpus& corpus, uint32_t i, double duplicate_threshold) {
  std::vector<size_t> sources = {corpus.article[i]};
  for (size_t a = 0; a < corpus.by_article.size(); ++a) {
    if (a == corpus.article[i]) continue;
    if (Supports(corpus, i, corpus.by_article[a], duplicate_threshold)) sources.push_back(a);
  }
  return sources;
}

Attributor::Attributor(const Corpus& corpus, double duplicate_threshold)
    : corpus_(corpus), duplicate_threshold_(duplicate_threshold), offset_(corpus.idf.size() + 1, 0) {
  for (uint32_t j = 0; j < corpus.originals; ++j) {
    for (const auto& entry : corpus.vectors[j]) ++offset_[entry.first + 1];
  }
  for (size_t t = 1; t < offset_.size(); ++t) offset_[t] += offset_[t - 1];
  postings_.resize(offset_.back());
  std::vector<uint32_t> next(offset_.begin(), offset_.end() - 1);
  for (uint32_t j = 0; j < corpus.originals; ++j) {
    for (const auto& [term, weight] : corpus.vectors[j]) postings_[next[term]++] = {j, weight};
  }
}

std::vector<size_t> Attributor::Sources(uint32_t i, Scratch& scratch) const {
  std::vector<size_t> sources = {corpus_.article[i]};
  const SparseVector& a = corpus_.vectors[i];
  double total = 0;
  for (const auto& entry : a) total += corpus_.idf[entry.first];
  if (total <= 0) return sources;
  // Every other article's sentence that shares a term, with the cosine and
  // the shared terms' count and idf mass summed in term order (as Supports
  // does).
  std::vector<uint32_t>& slot = scratch.slot;
  std::vector<Shared>& shared = scratch.shared;
  slot.resize(corpus_.originals, 0);
  for (const auto& [term, weight] : a) {
    for (uint32_t k = offset_[term]; k < offset_[term + 1]; ++k) {
      const auto [j, other_weight] = postings_[k];
      if (corpus_.article[j] == corpus_.article[i]) continue;
      if (slot[j] == 0) {
        shared.push_back({j, 0, 0, 0});
        slot[j] = static_cast<uint32_t>(shared.size());
      }
      Shared& s = shared[slot[j] - 1];
      s.dot += static_cast<double>(weight) * other_weight;
      ++s.count;
      s.mass += corpus_.idf[term];
    }
  }
  for (const Shared& s : shared) slot[s.sentence] = 0;
  // Only a sentence at the threshold, with the same text (and so every
  // term), or sharing three terms can back the candidate: the rest are
  // dropped before the sort.
  const auto cannot_back = [&](const Shared& s) {
    return s.dot < duplicate_threshold_ && s.count < 3 && s.count != a.size();
  };
  shared.erase(std::remove_if(shared.begin(), shared.end(), cannot_back), shared.end());
  // By article, each article's sentences in corpus (= by_article) order.
  std::sort(shared.begin(), shared.end(),
            [](const Shared& x, const Shared& y) { return x.sentence < y.sentence; });
  std::vector<Shared>& of_article = scratch.of_article;
  for (size_t k = 0; k < shared.size(); ++k) {
    of_article.push_back(shared[k]);
    const uint32_t article = corpus_.article[shared[k].sentence];
    if (k + 1 < shared.size() && corpus_.article[shared[k + 1].sentence] == article) continue;
    if (Backs(corpus_, i, total, of_article, duplicate_threshold_)) sources.push_back(article);
    of_article.clear();
  }
  shared.clear();
  return sources;
}

std::vector<size_t> ArticleOrder(const Cluster& cluster) {
  std::vector<size_t> order(cluster.articles.size());
  std::iota(order.begin(), order.end(), size_t{0});
  const bool all_dated = std::all_of(cluster.articles.begin(), cluster.articles.end(),
                                     [](const Article& a) { return !a.published.empty(); });
  if (all_dated) {
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return cluster.articles[x].published < cluster.articles[y].published;
    });
  }
  return order;
}

}  // namespace concord::summarize::internal
