// MinHash-LSH near-duplicate index (see duplicates.h and docs/group.md).
#include "group/duplicates.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <limits>

#include "group/features.h"

namespace concord::group {
namespace {

// SplitMix64's finaliser: a cheap, well-mixed 64-bit permutation.
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

size_t IntersectionSize(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0;
  size_t j = 0;
  size_t common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return common;
}

bool DuplicateIndex::IsCopy(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
                            double* score) const {
  const size_t common = IntersectionSize(a, b);
  const size_t smaller = std::min(a.size(), b.size());
  const double jaccard =
      static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
  const double containment = smaller == 0 ? 0 : static_cast<double>(common) / smaller;
  *score = jaccard;
  // A containment match needs enough shingles to mean something: a copy
  // cut to a sentence or two is too short to tell from a shared quotation.
  return jaccard >= options_.duplicate_threshold ||
         (smaller >= 20 && containment >= options_.duplicate_containment);
}

std::array<uint64_t, DuplicateIndex::kBands> DuplicateIndex::Bands(
    const std::vector<uint64_t>& shingles) {
  std::array<uint64_t, kHashes> signature;
  signature.fill(std::numeric_limits<uint64_t>::max());
  for (const uint64_t shingle : shingles) {
    for (size_t h = 0; h < kHashes; ++h) {
      signature[h] = std::min(signature[h], Mix(shingle ^ (h * 0x632be59bd9b4e019ULL)));
    }
  }
  std::array<uint64_t, kBands> bands;
  constexpr size_t kRows = kHashes / kBands;
  for (size_t b = 0; b < kBands; ++b) {
    uint64_t key = Mix(b + 1);
    for (size_t r = 0; r < kRows; ++r) key = Mix(key ^ signature[b * kRows + r]);
    bands[b] = key;
  }
  return bands;
}

std::optional<size_t> DuplicateIndex::FindAndAdd(size_t position, std::vector<uint64_t> shingles,
                                                 CopyFacts facts, int64_t time) {
  if (shingles.empty()) return std::nullopt;
  const std::array<uint64_t, kBands> bands = Bands(shingles);
  return FindAndAdd(position, std::move(shingles), std::move(facts), bands, time);
}

std::optional<size_t> DuplicateIndex::FindAndAdd(size_t position, std::vector<uint64_t> shingles,
                                                 CopyFacts facts,
                                                 const std::array<uint64_t, kBands>& bands,
                                                 int64_t time) {
  if (shingles.empty()) return std::nullopt;
  Entry entry;
  entry.bands = bands;
  // Candidates: articles sharing a band, newest first in each bucket.
  std::vector<size_t> candidates;
  for (const uint64_t key : entry.bands) {
    const auto found = buckets_.find(key);
    if (found == buckets_.end()) continue;
    for (auto it = found->second.rbegin(); it != found->second.rend(); ++it) {
      candidates.push_back(*it);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  if (candidates.size() > kMaxChecks) {
    candidates.erase(candidates.begin(), candidates.end() - kMaxChecks);
  }
  std::optional<size_t> copied;
  double best = -1;
  for (const size_t candidate : candidates) {
    const Entry& other = entries_.at(candidate);
    double score = 0;
    if (IsCopy(shingles, other.shingles, &score) && score > best &&
        !StateOtherFacts(facts, other.facts)) {
      best = score;
      copied = other.root;
    }
  }
  entry.shingles = std::move(shingles);
  entry.facts = std::move(facts);
  entry.time = time;
  entry.root = copied.value_or(position);
  for (const uint64_t key : entry.bands) {
    std::vector<size_t>& bucket = buckets_[key];
    bucket.push_back(position);
    if (bucket.size() > kBucketLimit) bucket.erase(bucket.begin());
  }
  entries_.emplace(position, std::move(entry));
  order_.push_back(position);
  return copied;
}

void DuplicateIndex::Erase(size_t position) {
  const auto found = entries_.find(position);
  if (found == entries_.end()) return;
  for (const uint64_t key : found->second.bands) {
    const auto bucket = buckets_.find(key);
    if (bucket == buckets_.end()) continue;
    std::erase(bucket->second, position);
    if (bucket->second.empty()) buckets_.erase(bucket);
  }
  entries_.erase(found);
}

void DuplicateIndex::Remove(size_t position) {
  Erase(position);
  // Copies of it: the earliest remaining one becomes their root. (An
  // article that expires stays the root of its copies: it was not taken
  // back.)
  std::vector<size_t> copies;
  for (const auto& [other, entry] : entries_) {
    if (entry.root == position) copies.push_back(other);
  }
  if (copies.empty()) return;
  const size_t root = *std::min_element(copies.begin(), copies.end());
  for (const size_t other : copies) entries_.at(other).root = root;
}

void DuplicateIndex::Expire(int64_t oldest, size_t max_entries) {
  while (!order_.empty()) {
    const auto found = entries_.find(order_.front());
    const bool removed = found == entries_.end();  // by Remove
    const bool too_old = !removed && found->second.time < oldest;
    if (!removed && !too_old && order_.size() <= max_entries) break;
    Erase(order_.front());
    order_.pop_front();
  }
}

namespace {

// FindCopies of a story whose every article fits in one LSH bucket
// (kBucketLimit), so that nothing is ever evicted and every earlier
// article sharing a band key is a candidate: then the index's answer is
// "the root of the earliest best-resembling earlier article that is a copy
// and shares a band key", and the exact test, cheap on sorted sets, can go
// first. The MinHash signatures (kHashes hashes a shingle, most of the
// cost) are computed only for the pairs that pass it, which in most stories
// is none. Same answer as DuplicateIndex::FindAndAdd, article by article.
std::vector<size_t> FindCopiesInSmallStory(const std::vector<std::vector<uint64_t>>& shingles,
                                           const std::vector<CopyFacts>& facts,
                                           const DuplicateIndex& index) {
  const size_t n = shingles.size();
  std::vector<size_t> copy_of(n);
  std::vector<std::optional<std::array<uint64_t, DuplicateIndex::kBands>>> bands(n);
  auto bands_of = [&](size_t i) -> const std::array<uint64_t, DuplicateIndex::kBands>& {
    if (!bands[i]) bands[i] = DuplicateIndex::Bands(shingles[i]);
    return *bands[i];
  };
  auto share_band = [&](size_t i, size_t j) {
    const auto& a = bands_of(i);
    const auto& b = bands_of(j);
    return std::any_of(a.begin(), a.end(),
                       [&](uint64_t key) { return std::find(b.begin(), b.end(), key) != b.end(); });
  };
  for (size_t i = 0; i < n; ++i) {
    copy_of[i] = i;
    if (shingles[i].empty()) continue;  // never indexed
    double best = -1;
    for (size_t j = 0; j < i; ++j) {
      if (shingles[j].empty()) continue;
      double score = 0;
      if (index.IsCopy(shingles[i], shingles[j], &score) && score > best && share_band(i, j) &&
          !StateOtherFacts(facts[i], facts[j])) {
        best = score;
        copy_of[i] = copy_of[j];
      }
    }
  }
  return copy_of;
}

}  // namespace

std::vector<size_t> FindCopies(const std::vector<Article>& articles,
                               const std::vector<Document>& documents,
                               const GroupOptions& options) {
  // The shingles and MinHash bands of each article are independent (and
  // most of the cost): computed on the threads of the caller's arena, each
  // at its article's index; the index is then filled in order, as before.
  const size_t n = std::min(articles.size(), documents.size());
  std::vector<std::vector<uint64_t>> shingles(articles.size());
  std::vector<CopyFacts> facts(articles.size());
  tbb::parallel_for(size_t{0}, n, [&](size_t i) {
    shingles[i] = LeadShingles(documents[i].sentences, options.shingle_words, articles[i].text);
    facts[i] = LeadFacts(documents[i].sentences, options.shingle_words);
  });
  DuplicateIndex index(options);
  if (articles.size() <= DuplicateIndex::kBucketLimit) {
    return FindCopiesInSmallStory(shingles, facts, index);
  }
  std::vector<std::array<uint64_t, DuplicateIndex::kBands>> bands(articles.size());
  tbb::parallel_for(size_t{0}, articles.size(), [&](size_t i) {
    if (!shingles[i].empty()) bands[i] = DuplicateIndex::Bands(shingles[i]);
  });
  std::vector<size_t> copy_of(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    copy_of[i] = index
                     .FindAndAdd(i, std::move(shingles[i]), std::move(facts[i]), bands[i],
                                 /*time=*/0)
                     .value_or(i);
  }
  return copy_of;
}

}  // namespace concord::group
