// Internal: the one union-find (disjoint sets) of concord, used to group
// name spellings, quotes and aligned sentences.
//
//   util::UnionFind sets(n);
//   sets.Union(a, b);
//   if (sets.Find(a) == sets.Find(b)) ...
//
// Union keeps the smaller index as the root, so roots are the first member
// of each set in index order and results do not depend on the order of
// unions. Find halves paths; cost is near-constant amortized per call.
#ifndef CONCORD_SRC_UTIL_UNION_FIND_H_
#define CONCORD_SRC_UTIL_UNION_FIND_H_

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace concord::util {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }

  // The root of x's set: its smallest member.
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }

  // Joins the sets of a and b; false when they were one set already.
  bool Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return false;
    parent_[std::max(a, b)] = std::min(a, b);
    return true;
  }

 private:
  std::vector<size_t> parent_;
};

}  // namespace concord::util

#endif  // CONCORD_SRC_UTIL_UNION_FIND_H_
