// Byte helpers for the noise rules (see scan.h).
#include "clean/scan.h"

#include <string.h>  // memmem (GNU)

namespace concord::internal::clean {

size_t Find(std::string_view text, std::string_view needle, size_t from) {
  if (from > text.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  const void* found = memmem(text.data() + from, text.size() - from,
                             needle.data(), needle.size());
  if (found == nullptr) return std::string_view::npos;
  return static_cast<size_t>(static_cast<const char*>(found) - text.data());
}

size_t FindI(std::string_view text, std::string_view lower, size_t from) {
  if (lower.empty()) return from <= text.size() ? from : std::string_view::npos;
  if (text.size() < lower.size()) return std::string_view::npos;
  const char first = lower[0];
  const char first_upper =
      IsLowerAscii(first) ? static_cast<char>(first - 'a' + 'A') : first;
  const size_t last = text.size() - lower.size();
  for (size_t i = from; i <= last; ++i) {
    if (text[i] != first && text[i] != first_upper) continue;
    if (StartsWithI(text.substr(i), lower)) return i;
  }
  return std::string_view::npos;
}

bool ContainsAnyI(std::string_view text,
                  std::initializer_list<std::string_view> needles) {
  for (std::string_view needle : needles) {
    if (ContainsI(text, needle)) return true;
  }
  return false;
}

std::string_view Trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && IsSpaceAscii(text[begin])) ++begin;
  while (end > begin && IsSpaceAscii(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = IsSpaceAscii(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool HasYear(std::string_view text) {
  size_t run = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && IsDigitAscii(text[i])) {
      ++run;
      continue;
    }
    if (run == 4) return true;
    run = 0;
  }
  return false;
}

bool EndsSentence(std::string_view line) {
  line = Trim(line);
  // Step back over closing quotes and brackets (ASCII and the UTF-8 curly
  // closing quotes U+2019 and U+201D, bytes E2 80 99 / E2 80 9D).
  size_t end = line.size();
  while (end > 0) {
    const char c = line[end - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      --end;
    } else if (end >= 3 && line[end - 3] == '\xE2' && line[end - 2] == '\x80' &&
               (line[end - 1] == '\x99' || line[end - 1] == '\x9D')) {
      end -= 3;
    } else {
      break;
    }
  }
  if (end == 0) return false;
  const char c = line[end - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  // U+2026 HORIZONTAL ELLIPSIS (E2 80 A6).
  return end >= 3 && line[end - 3] == '\xE2' && line[end - 2] == '\x80' &&
         line[end - 1] == '\xA6';
}

}  // namespace concord::internal::clean
