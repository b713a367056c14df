// Internal to src/clean; use include/concord/clean.h instead.
//
// Small byte-level helpers shared by the noise rules: ASCII case-insensitive
// comparison, trimming, word counts. Everything works on bytes of valid UTF-8
// and only ever looks at ASCII, so an offset it returns is always on a
// character boundary.
#ifndef CONCORD_SRC_CLEAN_SCAN_H_
#define CONCORD_SRC_CLEAN_SCAN_H_

#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "util/ascii.h"

namespace concord::internal::clean {

// The ASCII helpers live in util (the server reads header values with
// them too); the noise rules call them unqualified.
using util::EndsWithI;
using util::EqualsI;
using util::IsAlphaAscii;
using util::IsDigitAscii;
using util::IsLowerAscii;
using util::IsSpaceAscii;
using util::IsUpperAscii;
using util::LowerAscii;
using util::StartsWithI;

// Offset of the first `needle` in `text` at or after `from`, or npos. Uses
// memmem, which stays fast when the needle starts with a common byte (a
// space), unlike std::string_view::find.
size_t Find(std::string_view text, std::string_view needle, size_t from = 0);
inline bool Has(std::string_view text, std::string_view needle) {
  return Find(text, needle) != std::string_view::npos;
}

// An ASCII-lower-cased copy of a short line, on the stack, so that many
// case-insensitive searches become plain finds.
class LowerCopy {
 public:
  static constexpr size_t kCapacity = 640;
  // REQUIRES: text.size() <= kCapacity.
  explicit LowerCopy(std::string_view text)
      : size_(text.size() < kCapacity ? text.size() : kCapacity) {
    for (size_t i = 0; i < size_; ++i) data_[i] = LowerAscii(text[i]);
  }
  std::string_view view() const { return std::string_view(data_, size_); }
  bool Has(std::string_view lower) const {
    return Find(view(), lower) != std::string_view::npos;
  }

 private:
  char data_[kCapacity];
  size_t size_;
};

// Offset of the first occurrence of `lower` in `text` ignoring ASCII case,
// or npos. Linear in text.size() * lower.size() at worst; callers use it on
// short lines or after a cheap case-sensitive prefilter.
size_t FindI(std::string_view text, std::string_view lower, size_t from = 0);
inline bool ContainsI(std::string_view text, std::string_view lower) {
  return FindI(text, lower) != std::string_view::npos;
}
// True when `text` starts with any of `prefixes` (lower-case).
inline bool StartsWithAnyI(std::string_view text,
                           std::initializer_list<std::string_view> prefixes) {
  if (text.empty()) return false;
  const char first = LowerAscii(text[0]);
  for (std::string_view prefix : prefixes) {
    if (!prefix.empty() && prefix[0] != first) continue;
    if (StartsWithI(text, prefix)) return true;
  }
  return false;
}
// True when `text` contains any of `needles` (lower-case).
bool ContainsAnyI(std::string_view text,
                  std::initializer_list<std::string_view> needles);

// `text` without leading and trailing ASCII whitespace.
std::string_view Trim(std::string_view text);

// Number of runs of non-space bytes.
size_t CountWords(std::string_view text);

// True when `text` contains a run of exactly four ASCII digits (a year).
bool HasYear(std::string_view text);

// True when the last visible character of `line` ends a sentence: . ! ? or
// a closing quote or bracket after one, or a colon or semicolon.
bool EndsSentence(std::string_view line);

}  // namespace concord::internal::clean

#endif  // CONCORD_SRC_CLEAN_SCAN_H_
