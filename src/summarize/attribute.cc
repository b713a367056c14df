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
// "Many sentences asked for"), and not the postings of the terms nearly
// every sentence holds (the story's main name) when the sentences that
// share only those cannot change the answer ("Common terms" below;
// docs/benchmarks.md, "Quotes and sentences that share words").
#include "summarize/attribute.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "text/differing_facts.h"

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

// What sentence j shares with candidate `target`: one merge of the two
// vectors gives the cosine (summed in term order, as Dot does) and the
// shared terms' count and idf mass.
Attributor::Shared SharedWith(const Corpus& corpus, uint32_t target, uint32_t j) {
  const SparseVector& a = corpus.vectors[target];
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
  return s;
}

// Of one article's sentences (what each shares with candidate `target`, in
// the article's order): whether one is at the duplicate threshold or has
// the same text, and else the two that share the most idf mass, each with
// at least three content terms (the first of equals). A sentence that gives
// other facts than the target (text::GiveDifferentFacts: another number for
// the same thing, or, in a sentence at the duplicate threshold, another
// place after the same preposition) neither duplicates nor ranks:
// "magnitude 5.8 ... Japan" does not back "magnitude 6.1 ... Chile",
// however many words the two share.
struct TopTwo {
  bool duplicate = false;
  const Attributor::Shared* best = nullptr;
  const Attributor::Shared* second = nullptr;
};

TopTwo Rank(const Corpus& corpus, uint32_t target,
            const std::vector<Attributor::Shared>& of_article, double duplicate_threshold) {
  const Sentence& sentence = *corpus.sentence[target];
  const auto contradicts = [&](const Attributor::Shared& s) {
    const Sentence& other = *corpus.sentence[s.sentence];
    return text::GiveDifferentFacts(sentence.text, sentence.tokens, other.text, other.tokens,
                                    s.dot >= duplicate_threshold);
  };
  TopTwo top;
  for (const Attributor::Shared& s : of_article) {
    if (corpus.sentence[s.sentence]->text == sentence.text) {
      top.duplicate = true;
      return top;
    }
    if (s.dot < duplicate_threshold && s.count < 3) continue;
    if (contradicts(s)) continue;
    if (s.dot >= duplicate_threshold) {
      top.duplicate = true;
      return top;
    }
    if (top.best == nullptr || s.mass > top.best->mass) {
      top.second = top.best;
      top.best = &s;
    } else if (top.second == nullptr || s.mass > top.second->mass) {
      top.second = &s;
    }
  }
  return top;
}

// The idf mass of the target's terms that `best` or `second` (either may be
// null) holds, or that `also` marks (by position in the target's vector),
// summed in term order.
double Covered(const Corpus& corpus, uint32_t target, const Attributor::Shared* best,
               const Attributor::Shared* second, const std::vector<bool>* also) {
  const SparseVector& a = corpus.vectors[target];
  const std::vector<bool> first =
      best == nullptr ? std::vector<bool>() : SharedTerms(a, corpus.vectors[best->sentence]);
  const std::vector<bool> other =
      second == nullptr ? std::vector<bool>() : SharedTerms(a, corpus.vectors[second->sentence]);
  double covered = 0;
  for (size_t x = 0; x < a.size(); ++x) {
    if ((!first.empty() && first[x]) || (!other.empty() && other[x]) ||
        (also != nullptr && (*also)[x])) {
      covered += corpus.idf[a[x].first];
    }
  }
  return covered;
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
  const TopTwo top = Rank(corpus, target, of_article, duplicate_threshold);
  if (top.duplicate) return true;
  if (top.best == nullptr) return false;
  return Covered(corpus, target, top.best, top.second, nullptr) >= kSupportCoverage * total;
}

// Common terms. Attributor::RareTerms reads only the sentences that share
// a rare term with the target, and only when the others (sharing only
// common terms) cannot reach the duplicate threshold (a bound of their
// cosine is below it), cannot have the same text (the target has a rare
// term) and together cover less than kSupportCoverage of its mass. Such a
// sentence can still rank among the two that share the most mass, and it
// shares at most the common terms' mass `common_mass`. This says whether,
// for one article, it provably changes nothing (of_article: the sentences
// sharing a rare term): the two of these that rank first both share more
// than `common_mass` (no other ever ranks); the first covers enough alone
// and shares more (the answer is yes whatever ranks second); or the two and
// every common term together cover too little (the answer is no whatever
// ranks: two common-only sentences cover at most the common terms).
bool CommonTermsChangeNothing(const Corpus& corpus, uint32_t target, double total,
                              const std::vector<Attributor::Shared>& of_article,
                              double duplicate_threshold, double common_mass,
                              const std::vector<bool>& common) {
  const TopTwo top = Rank(corpus, target, of_article, duplicate_threshold);
  if (top.duplicate || top.best == nullptr) return true;
  if (top.second != nullptr && common_mass < top.second->mass) return true;
  const double needed = kSupportCoverage * total;
  if (common_mass < top.best->mass &&
      Covered(corpus, target, top.best, nullptr, nullptr) >= needed) {
    return true;
  }
  return Covered(corpus, target, top.best, top.second, &common) < needed;
}

}  // namespace

bool Supports(const Corpus& corpus, uint32_t target, const std::vector<uint32_t>& others,
              double duplicate_threshold) {
  const SparseVector& a = corpus.vectors[target];
  double total = 0;
  for (const auto& entry : a) total += corpus.idf[entry.first];
  std::vector<Attributor::Shared> shared;
  for (uint32_t j : others) shared.push_back(SharedWith(corpus, target, j));
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

Attributor::Attributor(const Corpus& corpus, double duplicate_threshold, size_t common,
                       size_t merge_cost)
    : corpus_(corpus),
      duplicate_threshold_(duplicate_threshold),
      offset_(corpus.idf.size() + 1, 0),
      max_weight_(corpus.idf.size(), 0.0F),
      common_(common),
      merge_cost_(merge_cost) {
  for (uint32_t j = 0; j < corpus.originals; ++j) {
    for (const auto& entry : corpus.vectors[j]) ++offset_[entry.first + 1];
  }
  for (size_t t = 1; t < offset_.size(); ++t) offset_[t] += offset_[t - 1];
  cue_.resize(corpus.originals);
  cue_offset_.assign(corpus.idf.size() + 1, 0);
  for (uint32_t j = 0; j < corpus.originals; ++j) {
    cue_[j] = text::HasNegationCue(corpus.sentence[j]->tokens) ? 1 : 0;
    if (cue_[j] == 0) continue;
    for (const auto& entry : corpus.vectors[j]) ++cue_offset_[entry.first + 1];
  }
  for (size_t t = 1; t < cue_offset_.size(); ++t) cue_offset_[t] += cue_offset_[t - 1];
  cue_postings_.resize(cue_offset_.back());
  std::vector<uint32_t> cue_next(cue_offset_.begin(), cue_offset_.end() - 1);
  for (uint32_t j = 0; j < corpus.originals; ++j) {
    if (cue_[j] == 0) continue;
    for (const auto& entry : corpus.vectors[j]) cue_postings_[cue_next[entry.first]++] = j;
  }
  postings_.resize(offset_.back());
  std::vector<uint32_t> next(offset_.begin(), offset_.end() - 1);
  for (uint32_t j = 0; j < corpus.originals; ++j) {
    for (const auto& [term, weight] : corpus.vectors[j]) {
      postings_[next[term]++] = {j, weight};
      max_weight_[term] = std::max(max_weight_[term], weight);
    }
  }
}

std::vector<size_t> Attributor::Sources(uint32_t i, Scratch& scratch) const {
  double total = 0;
  for (const auto& entry : corpus_.vectors[i]) total += corpus_.idf[entry.first];
  if (total <= 0) return {corpus_.article[i]};
  std::vector<size_t> sources;
  if (RareTerms(i, total, scratch, sources)) return sources;
  return AllTerms(i, total, scratch);
}

void Attributor::LongestPostingsFirst(const SparseVector& a,
                                      std::vector<uint32_t>& positions) const {
  std::sort(positions.begin(), positions.end(), [&](uint32_t x, uint32_t y) {
    const size_t lx = Length(a[x].first);
    const size_t ly = Length(a[y].first);
    return lx != ly ? lx > ly : x < y;
  });
}

std::vector<size_t> Attributor::Disputing(uint32_t i, const std::vector<size_t>& sources,
                                          Scratch& scratch) const {
  const uint32_t own = corpus_.origin[i];
  const Sentence& sentence = *corpus_.sentence[own];
  const SparseVector& a = corpus_.vectors[own];
  // A sentence that shares only the terms with the longest postings, as
  // many as keep the bound of its cosine (each term's weight times its
  // largest weight anywhere) under kDisputeSimilarity, cannot dispute: only
  // the postings of the others are read, and each sentence found there is
  // merged whole.
  std::vector<uint32_t> order(a.size());
  std::iota(order.begin(), order.end(), 0U);
  LongestPostingsFirst(a, order);
  double bound = 0;
  size_t skipped = 0;
  while (skipped < order.size()) {
    const auto& [term, weight] = a[order[skipped]];
    const double next = bound + static_cast<double>(weight) * max_weight_[term];
    if (next >= kDisputeSimilarity) break;
    bound = next;
    ++skipped;
  }
  // The sentences on the other side of a negation cue (of two that negate
  // each other, one has a cue and the other none) that share a read term.
  std::vector<uint32_t>& slot = scratch.slot;
  std::vector<uint32_t>& found = scratch.found;
  slot.resize(corpus_.originals, 0);
  found.clear();
  const auto add = [&](uint32_t j) {
    if (slot[j] != 0 || cue_[j] == cue_[own] || corpus_.article[j] == corpus_.article[own]) {
      return;
    }
    slot[j] = 1;
    found.push_back(j);
  };
  for (size_t x = skipped; x < order.size(); ++x) {
    const uint32_t term = a[order[x]].first;
    if (cue_[own] == 0) {  // only the sentences with a cue (a short list)
      for (uint32_t k = cue_offset_[term]; k < cue_offset_[term + 1]; ++k) add(cue_postings_[k]);
    } else {
      for (uint32_t k = offset_[term]; k < offset_[term + 1]; ++k) add(postings_[k].first);
    }
  }
  std::vector<size_t> disputing;
  for (const uint32_t f : found) {
    slot[f] = 0;
    const size_t article = corpus_.article[f];
    if (std::find(sources.begin(), sources.end(), article) != sources.end() ||
        std::find(disputing.begin(), disputing.end(), article) != disputing.end()) {
      continue;
    }
    const Shared s = SharedWith(corpus_, own, f);
    if (s.count < 3 || s.dot < kDisputeSimilarity) continue;
    const Sentence& other = *corpus_.sentence[f];
    if (text::NegateEachOther(sentence.text, sentence.tokens, cue_[own] != 0, other.text,
                              other.tokens, cue_[f] != 0)) {
      disputing.push_back(article);
    }
  }
  found.clear();
  std::sort(disputing.begin(), disputing.end());
  return disputing;
}

std::vector<size_t> Attributor::AllTerms(uint32_t i, double total, Scratch& scratch) const {
  std::vector<size_t> sources = {corpus_.article[i]};
  // Every other article's sentence that shares a term, with the cosine and
  // the shared terms' count and idf mass summed in term order (as Supports
  // does).
  std::vector<uint32_t>& slot = scratch.slot;
  std::vector<Shared>& shared = scratch.shared;
  slot.resize(corpus_.originals, 0);
  for (const auto& [term, weight] : corpus_.vectors[i]) {
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
  BackingArticles(i, total, scratch, nullptr, sources);
  return sources;
}

bool Attributor::RareTerms(uint32_t i, double total, Scratch& scratch,
                           std::vector<size_t>& sources) const {
  const SparseVector& a = corpus_.vectors[i];
  std::vector<bool>& common = scratch.common;
  common.assign(a.size(), false);
  // The common terms: the candidate's most frequent terms (each in more
  // than common_ sentences), as many as keep their idf mass under
  // kCommonShare of the candidate's and the bound of the cosine of a
  // sentence that shares only them under the threshold.
  std::vector<uint32_t> frequent;
  for (uint32_t x = 0; x < a.size(); ++x) {
    if (Length(a[x].first) > common_) frequent.push_back(x);
  }
  LongestPostingsFirst(a, frequent);
  double mass_so_far = 0;
  double dot_so_far = 0;
  for (uint32_t x : frequent) {
    const double mass = corpus_.idf[a[x].first];
    const double dot = static_cast<double>(a[x].second) * max_weight_[a[x].first];
    if (mass_so_far + mass >= kCommonShare * total || dot_so_far + dot >= duplicate_threshold_) {
      continue;
    }
    common[x] = true;
    mass_so_far += mass;
    dot_so_far += dot;
  }
  // The bounds again, summed in term order as the merges sum.
  double dot_bound = 0;  // of a sentence sharing only common terms
  double common_mass = 0;
  size_t rare = 0;
  size_t rare_postings = 0;
  size_t common_postings = 0;
  for (size_t x = 0; x < a.size(); ++x) {
    if (!common[x]) {
      ++rare;
      rare_postings += Length(a[x].first);
      continue;
    }
    common_postings += Length(a[x].first);
    dot_bound += static_cast<double>(a[x].second) * max_weight_[a[x].first];
    common_mass += corpus_.idf[a[x].first];
  }
  // A sentence read is merged whole (several postings' worth): worth it
  // only when the common terms' postings are many times the rest.
  if (rare == 0 || rare == a.size() || common_postings < merge_cost_ * rare_postings ||
      dot_bound >= duplicate_threshold_ || common_mass >= kSupportCoverage * total) {
    return false;
  }
  // The other articles' sentences that share a rare term, then what each
  // shares in all (as Supports merges it).
  std::vector<uint32_t>& slot = scratch.slot;
  std::vector<Shared>& shared = scratch.shared;
  slot.resize(corpus_.originals, 0);
  for (size_t x = 0; x < a.size(); ++x) {
    if (common[x]) continue;
    const uint32_t term = a[x].first;
    for (uint32_t k = offset_[term]; k < offset_[term + 1]; ++k) {
      const uint32_t j = postings_[k].first;
      if (corpus_.article[j] == corpus_.article[i] || slot[j] != 0) continue;
      shared.push_back({j, 0, 0, 0});
      slot[j] = 1;
    }
  }
  for (Shared& s : shared) {
    slot[s.sentence] = 0;
    s = SharedWith(corpus_, i, s.sentence);
  }
  sources = {corpus_.article[i]};
  BackingArticles(i, total, scratch, &common_mass, sources);
  return true;
}

void Attributor::BackingArticles(uint32_t i, double total, Scratch& scratch,
                                 const double* common_mass, std::vector<size_t>& sources) const {
  std::vector<Shared>& shared = scratch.shared;
  const size_t terms = corpus_.vectors[i].size();
  // Only a sentence at the threshold, with the same text (and so every
  // term), or sharing three terms can back the candidate: the rest are
  // dropped before the sort.
  const auto cannot_back = [&](const Shared& s) {
    return s.dot < duplicate_threshold_ && s.count < 3 && s.count != terms;
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
    bool backs = false;
    if (common_mass == nullptr ||
        CommonTermsChangeNothing(corpus_, i, total, of_article, duplicate_threshold_, *common_mass,
                                 scratch.common)) {
      backs = Backs(corpus_, i, total, of_article, duplicate_threshold_);
    } else {  // compared with every sentence of the article
      backs = Supports(corpus_, i, corpus_.by_article[article], duplicate_threshold_);
    }
    if (backs) sources.push_back(article);
    of_article.clear();
  }
  shared.clear();
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
