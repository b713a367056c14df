// 64-bit FNV-1a (Fowler, Noll, Vo): a hash of bytes that is the same on
// every platform and run, for names and partitions that must not move
// (grouping's shingles, a stored article's name, a PolNeAR split, an output
// file's name). Not for hash tables on a hot path (util::IdMap says why).
#ifndef CONCORD_SRC_UTIL_FNV1A_H_
#define CONCORD_SRC_UTIL_FNV1A_H_

#include <cstdint>
#include <string_view>

namespace concord::util {

// `seed` is FNV's offset basis unless a caller's stored names were made
// with another.
inline uint64_t Fnv1a(std::string_view bytes, uint64_t seed = 0xcbf29ce484222325ULL) {
  uint64_t hash = seed;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace concord::util

#endif  // CONCORD_SRC_UTIL_FNV1A_H_
