// Internal: the interning of keys to dense ids (0, 1, 2, ... in the order
// of first sight), in one flat open-addressing table.
//
//   util::IdMap<uint64_t, util::U64Hash> ids(expected_keys);
//   auto [id, inserted] = ids.Intern(key);
//
// Why not std::unordered_map: the hot loops of the summarizer intern a key
// per token, and a node-based map allocates and frees a node per distinct
// key and chases a pointer per look-up (a fifth of a batch's instructions
// went to malloc and free). Here the keys live in one vector and the table
// is an array of ids probed linearly; it doubles at half load. Ids depend
// only on the order of the keys, never on the hash, so results are the
// same as with any other map.
//
// REQUIRES: Key is cheap to copy (an integer, a std::string_view whose
// bytes outlive the map). Thread-compatible.
#ifndef CONCORD_SRC_UTIL_ID_MAP_H_
#define CONCORD_SRC_UTIL_ID_MAP_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::util {

// SplitMix64's finaliser: a well-mixed hash of an integer key.
struct U64Hash {
  size_t operator()(uint64_t x) const {
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<size_t>(x ^ (x >> 31));
  }
};

// A hash of a word's bytes, eight at a time (a multiply and a shift a
// chunk; the rest in two overlapping loads; SplitMix-style mixing at the end): words are short, and
// FNV-1a's multiply a byte was a visible share of the analysis' instructions.
struct ViewHash {
  size_t operator()(std::string_view s) const {
    const char* p = s.data();
    size_t n = s.size();
    uint64_t hash = 0x9e3779b97f4a7c15ULL ^ n;
    for (; n >= 8; p += 8, n -= 8) {
      uint64_t chunk = 0;
      std::memcpy(&chunk, p, 8);
      hash = (hash ^ chunk) * 0xbf58476d1ce4e5b9ULL;
      hash ^= hash >> 29;
    }
    // The last 0 to 7 bytes: two overlapping loads, no loop.
    uint64_t tail = 0;
    if (n >= 4) {
      uint32_t low = 0;
      uint32_t high = 0;
      std::memcpy(&low, p, 4);
      std::memcpy(&high, p + n - 4, 4);
      tail = (uint64_t{high} << 32) | low;
    } else if (n > 0) {
      tail = (uint64_t{static_cast<unsigned char>(p[0])} << 16) |
             (uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
             static_cast<unsigned char>(p[n - 1]);
    }
    hash = (hash ^ tail) * 0x94d049bb133111ebULL;
    return static_cast<size_t>(hash ^ (hash >> 31));
  }
};

template <class Key, class Hash>
class IdMap {
 public:
  explicit IdMap(size_t expected = 16) {
    size_t capacity = 16;
    while (capacity < 2 * expected) capacity *= 2;
    slots_.assign(capacity, kEmpty);
    keys_.reserve(expected);
  }

  // The id of `key`, and whether it was new (then it is size() - 1).
  std::pair<uint32_t, bool> Intern(const Key& key) {
    size_t slot = Hash()(key) & (slots_.size() - 1);
    while (slots_[slot] != kEmpty) {
      if (keys_[slots_[slot]] == key) return {slots_[slot], false};
      slot = (slot + 1) & (slots_.size() - 1);
    }
    const auto id = static_cast<uint32_t>(keys_.size());
    slots_[slot] = id;
    keys_.push_back(key);
    if (2 * keys_.size() > slots_.size()) Grow();
    return {id, true};
  }

  // The id of `key`, or UINT32_MAX when it was never interned.
  uint32_t Find(const Key& key) const {
    size_t slot = Hash()(key) & (slots_.size() - 1);
    while (slots_[slot] != kEmpty) {
      if (keys_[slots_[slot]] == key) return slots_[slot];
      slot = (slot + 1) & (slots_.size() - 1);
    }
    return UINT32_MAX;
  }

  size_t size() const { return keys_.size(); }
  const Key& key(uint32_t id) const { return keys_[id]; }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;

  void Grow() {
    slots_.assign(slots_.size() * 2, kEmpty);
    for (uint32_t id = 0; id < keys_.size(); ++id) {
      size_t slot = Hash()(keys_[id]) & (slots_.size() - 1);
      while (slots_[slot] != kEmpty) slot = (slot + 1) & (slots_.size() - 1);
      slots_[slot] = id;
    }
  }

  std::vector<Key> keys_;
  std::vector<uint32_t> slots_;  // ids, kEmpty where free; a power of two long
};

}  // namespace concord::util

#endif  // CONCORD_SRC_UTIL_ID_MAP_H_
