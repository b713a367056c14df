// Near-duplicate detection over a window of articles: MinHash signatures of
// the lead's word 3-shingles, locality-sensitive hashing in bands to find
// candidates, and the exact resemblance and containment of the shingle sets
// to decide. Cost per article: one signature (kHashes hashes a shingle),
// kBands bucket look-ups, at most `kMaxChecks` exact comparisons.
#ifndef CONCORD_GROUP_DUPLICATES_H_
#define CONCORD_GROUP_DUPLICATES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <unordered_map>
#include <vector>

#include "concord/group.h"
#include "group/copy_facts.h"

namespace concord::group {

// |a ∩ b| of two sorted vectors of distinct values.
size_t IntersectionSize(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

class DuplicateIndex {
 public:
  static constexpr size_t kHashes = 64;
  static constexpr size_t kBands = 16;  // of kHashes / kBands rows
  static constexpr size_t kBucketLimit = 32;
  static constexpr size_t kMaxChecks = 64;

  explicit DuplicateIndex(const GroupOptions& options) : options_(options) {}

  // The earliest article that the one at `position` (with the sorted
  // distinct `shingles` and its lead's `facts`) copies, when there is one
  // in the index; then adds the article to the index under `time`. An
  // article whose lead states other facts (StateOtherFacts) is no copy.
  std::optional<size_t> FindAndAdd(size_t position, std::vector<uint64_t> shingles, CopyFacts facts,
                                   int64_t time);
  // The same with the article's `bands` (Bands(shingles)) computed by the
  // caller, which may compute many at once in parallel.
  std::optional<size_t> FindAndAdd(size_t position, std::vector<uint64_t> shingles, CopyFacts facts,
                                   const std::array<uint64_t, kBands>& bands, int64_t time);

  // Forgets the articles older than `oldest`, and the oldest beyond
  // `max_entries`.
  void Expire(int64_t oldest, size_t max_entries);

  // Forgets the article at `position`; the copies whose earliest article
  // it was now name the earliest of them instead.
  void Remove(size_t position);

  size_t size() const { return entries_.size(); }

  // The LSH bucket keys of non-empty `shingles` (kHashes MinHash values
  // hashed in kBands bands): two articles are candidates when they share a
  // key.
  static std::array<uint64_t, kBands> Bands(const std::vector<uint64_t>& shingles);

  // True when sorted distinct shingle sets `a` and `b` are copies (the
  // options' resemblance or containment); `score` is their resemblance.
  bool IsCopy(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b, double* score) const;

  // The position of the oldest article still in the index, if any: the
  // index holds the newest articles, in stream order.
  std::optional<size_t> oldest() const {
    return order_.empty() ? std::nullopt : std::optional<size_t>(order_.front());
  }

 private:
  struct Entry {
    std::vector<uint64_t> shingles;
    CopyFacts facts;
    std::array<uint64_t, kBands> bands{};
    int64_t time = 0;
    size_t root = 0;  // the earliest article of its copies
  };
  void Erase(size_t position);  // from entries_ and buckets_ only

  GroupOptions options_;
  std::unordered_map<size_t, Entry> entries_;  // by stream position
  std::deque<size_t> order_;                   // positions, oldest first
  std::unordered_map<uint64_t, std::vector<size_t>> buckets_;
};

}  // namespace concord::group

#endif  // CONCORD_GROUP_DUPLICATES_H_
