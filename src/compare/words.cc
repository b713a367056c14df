// A word scanner for raw article text (see words.h).
//
// Words are runs of letters and digits. An apostrophe between two letters
// stays inside the word ("don't", "Iran's"); a comma or period between two
// digits stays inside a number ("1,700", "3.5"); a period after a single
// letter that continues with another letter and period makes an
// abbreviation ("U.S."), and a period after a known short title or
// abbreviation ("Gen.", "Mr.", "Sen.") is kept so that it reads as a title.
// Letters outside ASCII are classified with utf8proc. Cost: one pass.
#include "compare/words.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>

namespace concord::compare::internal {
namespace {

bool IsLetter(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  const utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
         c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
         c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN;
}

bool IsDigit(int32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsApostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }

// Short words that take a period as abbreviations.
bool IsAbbreviation(std::string_view lower) {
  static constexpr std::array<std::string_view, 34> kAbbreviations = {
      "mr",   "mrs",  "ms",  "dr",  "gen",  "sen",  "rep",  "gov", "lt",
      "col",  "sgt",  "capt", "adm", "st",   "jr",   "sr",   "prof", "maj",
      "gens", "sens", "reps", "vs",  "inc",  "corp", "co",   "ltd", "jan",
      "feb",  "aug",  "sept", "oct", "nov",  "dec",  "rev"};
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) !=
         kAbbreviations.end();
}

}  // namespace

std::vector<Word> ScanWords(std::string_view text, size_t begin, size_t end) {
  std::vector<Word> words;
  end = std::min(end, text.size());
  size_t pos = begin;
  while (pos < end) {
    size_t next = pos;
    const int32_t cp = NextCodePoint(text, &next);
    if (!IsLetter(cp) && !IsDigit(cp)) {
      pos = next;
      continue;
    }
    Word word;
    word.start = pos;
    word.is_number = IsDigit(cp);
    word.capitalized = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : utf8proc_isupper(cp);
    size_t letters = 0;
    size_t upper = 0;
    int32_t prev = 0;
    size_t cur = pos;
    while (cur < end) {
      size_t after = cur;
      const int32_t c = NextCodePoint(text, &after);
      if (IsLetter(c) || IsDigit(c)) {
        if (IsLetter(c)) {
          ++letters;
          if (c < 0x80 ? (c >= 'A' && c <= 'Z') : utf8proc_isupper(c)) ++upper;
        }
        prev = c;
        cur = after;
        continue;
      }
      // Look at the code point after the separator.
      int32_t following = 0;
      if (after < end) {
        size_t tmp = after;
        following = NextCodePoint(text, &tmp);
      }
      if (IsApostrophe(c) && IsLetter(prev) && IsLetter(following)) {
        prev = c;
        cur = after;
        continue;
      }
      if ((c == ',' || c == '.') && IsDigit(prev) && IsDigit(following)) {
        prev = c;
        cur = after;
        continue;
      }
      if (c == '.' && IsLetter(prev)) {
        // "U.S." : a single letter, then letter-period.
        const std::string_view so_far = text.substr(word.start, cur - word.start);
        bool single_letters = true;  // "U" or "U.S"
        for (size_t i = 0; i < so_far.size(); ++i) {
          if (i % 2 == 1 ? so_far[i] != '.' : so_far[i] == '.') {
            single_letters = false;
          }
        }
        single_letters = single_letters && so_far.size() % 2 == 1;
        if (single_letters && IsLetter(following)) {
          size_t past = after;
          NextCodePoint(text, &past);
          if (past < end && text[past] == '.') {
            prev = c;
            cur = after;
            continue;
          }
        }
        if (single_letters && so_far.size() >= 3) {  // final period of U.S.
          cur = after;
          break;
        }
        if (IsAbbreviation(Lower(so_far))) {
          cur = after;
          break;
        }
      }
      break;
    }
    word.end = cur;
    word.all_caps = letters >= 2 && upper == letters;
    words.push_back(word);
    pos = cur;
  }
  return words;
}

std::string Lower(std::string_view word, bool strip_possessive) {
  std::string out;
  out.reserve(word.size());
  size_t pos = 0;
  while (pos < word.size()) {
    int32_t cp = NextCodePoint(word, &pos);
    if (cp == 0x2019 || cp == 0x2018) cp = '\'';
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
      continue;
    }
    cp = utf8proc_tolower(cp);
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
  }
  if (strip_possessive) {
    if (out.size() > 2 && out.ends_with("'s")) {
      out.resize(out.size() - 2);
    } else if (out.size() > 1 && out.back() == '\'') {
      out.pop_back();
    }
  }
  return out;
}

bool IsPronoun(std::string_view lower) {
  return lower == "he" || lower == "she" || lower == "they" || lower == "i" ||
         lower == "we" || lower == "it" || lower == "him" || lower == "her";
}

size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  std::vector<size_t> row(a.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (size_t j = 1; j <= b.size(); ++j) {
    size_t diagonal = row[0];
    row[0] = j;
    size_t best = row[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      const size_t above = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1,
                         diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[i]);
    }
    if (best > limit) return limit + 1;
  }
  return row[a.size()];
}

}  // namespace concord::compare::internal
