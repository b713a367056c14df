// "1 article", "3 articles": a count with its noun in agreement, for the
// lines people read (reports, headings, progress).
#ifndef CONCORD_UTIL_PLURAL_H_
#define CONCORD_UTIL_PLURAL_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace concord::util {

inline std::string Counted(size_t n, std::string_view one, std::string_view many) {
  std::string out = std::to_string(n);
  out += ' ';
  out += n == 1 ? one : many;
  return out;
}

// "1 more story told by too few articles is not listed" / "2 more stories
// ... are not listed": the digest's note on what it left out.
inline std::string NotListed(size_t n) {
  return Counted(n, "more story", "more stories") + " told by too few articles " +
         (n == 1 ? "is" : "are") + " not listed";
}

// "1 story with no summary within the budget is not listed (the warnings
// say why)": the digest's note on stories it could not summarize.
inline std::string NotSummarized(size_t n) {
  return Counted(n, "story", "stories") + " with no summary within the budget " +
         (n == 1 ? "is" : "are") + " not listed (the warnings say why)";
}

}  // namespace concord::util

#endif  // CONCORD_UTIL_PLURAL_H_
