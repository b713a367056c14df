// Internal to src/text: use concord/text.h instead.
//
// Word::capitalized for a surname that opens with a short lower-case
// particle glued to its capital ("diGenova", "deBlasio", "vanHollen"): the
// word reads as a name where a capitalized one would (compare's name
// finding). Read by ScanWords (words.cc) and the tokenizer's plain words
// (tokenizer.cc), which must agree.
#ifndef CONCORD_SRC_TEXT_NAME_CASE_H_
#define CONCORD_SRC_TEXT_NAME_CASE_H_

#include <cstddef>
#include <string_view>

namespace concord::text {

// True for two or three ASCII lower-case letters, one capital, then two
// or more letters none of them upper case or a digit (an apostrophe and a
// letter outside ASCII allowed: "diGenova's"). A single letter before the
// capital is a product or a unit ("iPhone", "eBay", "mRNA", "pH"), and a
// capital after the inner one is no surname ("macOS", "ebXML").
inline bool GluedParticleName(std::string_view word) {
  size_t prefix = 0;
  while (prefix < word.size() && word[prefix] >= 'a' && word[prefix] <= 'z') ++prefix;
  if (prefix < 2 || prefix > 3 || prefix + 3 > word.size()) return false;
  if (word[prefix] < 'A' || word[prefix] > 'Z') return false;
  for (size_t i = prefix + 1; i < word.size(); ++i) {
    const char b = word[i];
    if ((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) return false;
  }
  return true;
}

}  // namespace concord::text

#endif  // CONCORD_SRC_TEXT_NAME_CASE_H_
