// ASCII character classes and case-insensitive comparison of bytes, for
// text that is UTF-8 but whose markers are ASCII (HTTP header values, the
// cleaner's noise phrases). They only ever look at ASCII bytes, so an
// offset they return is on a character boundary.
#ifndef CONCORD_UTIL_ASCII_H_
#define CONCORD_UTIL_ASCII_H_

#include <string_view>

namespace concord::util {

inline char LowerAscii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
inline bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }
inline bool IsAlphaAscii(char c) { return IsUpperAscii(c) || IsLowerAscii(c); }
// Space, tab, CR, LF, FF, VT.
inline bool IsSpaceAscii(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// True when `text` begins with `prefix`, ignoring ASCII case. `prefix` must
// be lower-case.
inline bool StartsWithI(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (LowerAscii(text[i]) != prefix[i]) return false;
  }
  return true;
}
// True when `text` ends with `suffix`, ignoring ASCII case (`suffix` lower).
inline bool EndsWithI(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         StartsWithI(text.substr(text.size() - suffix.size()), suffix);
}
// True when `text` equals `lower`, ignoring ASCII case.
inline bool EqualsI(std::string_view text, std::string_view lower) {
  return text.size() == lower.size() && StartsWithI(text, lower);
}

}  // namespace concord::util

#endif  // CONCORD_UTIL_ASCII_H_
