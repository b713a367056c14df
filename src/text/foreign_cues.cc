// Cues around a period in text of other languages, for the sentence
// splitter (see foreign_cues.h).
#include "text/foreign_cues.h"

#include <algorithm>
#include <iterator>

namespace concord::internal {
namespace {

// How many bytes the UTF-8 character at text[pos] takes (1 for ASCII and
// for a byte that starts no character).
size_t CharLength(std::string_view text, size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return std::min(length, text.size() - pos);
}

// Where the word that starts at text[pos] ends: letters of any script
// (every byte outside ASCII is taken for part of one).
size_t WordEnd(std::string_view text, size_t pos) {
  while (pos < text.size() &&
         (IsAsciiLetter(text[pos]) || static_cast<unsigned char>(text[pos]) >= 0x80)) {
    ++pos;
  }
  return pos;
}

// German months spelt unlike English ones (also the Austrian "Jänner"),
// their short forms, "Jahrhundert" (century) and the Nordic months in
// lower case as those languages write them ("den 17. mai").
bool IsForeignMonth(std::string_view word) {
  static constexpr std::string_view kMonths[] = {
      "Januar",  "J\xC3\xA4nner", "Februar",    "M\xC3\xA4rz", "Mai",     "Juni",        "Juli",
      "Oktober", "Dezember",      "M\xC3\xA4r", "Okt",         "Dez",     "Jahrhundert", "Jh",
      "januar",  "februar",       "marts",      "mars",        "april",   "maj",         "mai",
      "juni",    "juli",          "august",     "september",   "oktober", "november",    "december",
      "desember"};
  return std::find(std::begin(kMonths), std::end(kMonths), word) != std::end(kMonths);
}

// Months English spells the same way ("3. April" in German; "won 9 to 3.
// April was"), and their short forms; not "May" or "March".
bool IsSharedMonth(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"April", "August", "September", "November", "Jan",
                                                 "Feb",   "Apr",    "Jun",       "Jul",      "Aug",
                                                 "Sep",   "Sept",   "Nov"};
  return std::find(std::begin(kMonths), std::end(kMonths), word) != std::end(kMonths);
}

// True when the word before text[word_start] is a German preposition or
// article that stands before a date ("am", "vom", "bis", "seit", "den") or
// a German weekday and a comma ("Montag, 3. April").
bool AfterGermanDateWord(std::string_view text, size_t word_start) {
  size_t k = word_start;
  while (k > 0 && text[k - 1] == ' ') --k;
  const bool comma = k > 0 && text[k - 1] == ',';
  if (comma) --k;
  size_t w = k;
  while (w > 0 && IsAsciiLetter(text[w - 1])) --w;
  if (k == w || (w > 0 && !IsWhite(text[w - 1]) && !IsOpening(text[w - 1]))) return false;
  const std::string_view before = text.substr(w, k - w);
  if (comma) {
    static constexpr std::string_view kWeekdays[] = {"Montag",     "Dienstag", "Mittwoch",
                                                     "Donnerstag", "Freitag",  "Samstag",
                                                     "Sonnabend",  "Sonntag"};
    return std::find(std::begin(kWeekdays), std::end(kWeekdays), before) != std::end(kWeekdays);
  }
  if (before.size() > 4) return false;
  char lower[4];
  for (size_t i = 0; i < before.size(); ++i) {
    lower[i] = IsAsciiUpper(before[i]) ? static_cast<char>(before[i] + 32) : before[i];
  }
  static constexpr std::string_view kWords[] = {"am",  "vom",  "zum", "zur",  "bis",
                                                "ab",  "seit", "den", "dem",  "der",
                                                "des", "im",   "vor", "nach", "um"};
  const std::string_view word(lower, before.size());
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

}  // namespace

bool IsNonAsciiInitials(std::string_view word) {
  bool non_ascii = false;
  size_t pos = 0;
  while (pos < word.size()) {
    // One capital letter, then a period or the end.
    if (CaseAt(word, pos) != Case::kUpper) return false;
    non_ascii |= static_cast<unsigned char>(word[pos]) >= 0x80;
    pos += CharLength(word, pos);
    if (pos == word.size()) break;
    if (word[pos] != '.' || pos + 1 == word.size()) return false;
    ++pos;
  }
  return non_ascii;
}

bool OrdinalBeforeMonth(std::string_view text, size_t word_start, std::string_view number,
                        const NextWord& next) {
  if (number.empty() || number.size() > 2 || next.crossed_line || next.opened_quote) return false;
  int day = 0;
  for (char c : number) {
    if (!IsDigit(c)) return false;
    day = day * 10 + (c - '0');
  }
  if (day < 1 || day > 31) return false;
  // The number stands alone: not the end of a score or range ("21-14.").
  if (word_start > 0 && !IsWhite(text[word_start - 1]) && !IsOpening(text[word_start - 1])) {
    return false;
  }
  const size_t start = next.word_end - next.word.size();
  if (start >= text.size()) return false;
  const std::string_view month = text.substr(start, WordEnd(text, start) - start);
  return IsForeignMonth(month) || (IsSharedMonth(month) && AfterGermanDateWord(text, word_start));
}

bool IsYearAfterNumber(std::string_view text, size_t sentence_start, size_t word_start,
                       std::string_view word) {
  if (word != "\xD0\xB3" && word != "\xD0\xB3\xD0\xB3") return false;  // "г", "гг"
  size_t k = word_start;
  while (k > sentence_start && text[k - 1] == ' ') --k;
  return k < word_start && k > sentence_start && IsDigit(text[k - 1]);
}

bool NonAsciiBeforeLowerCase(std::string_view text, std::string_view word, const NextWord& next) {
  if (next.letter_case != Case::kLower || next.crossed_line || next.opened_quote) return false;
  const size_t start = next.word_end - next.word.size();
  if (start >= text.size() || static_cast<unsigned char>(text[start]) < 0x80) return false;
  return std::any_of(word.begin(), word.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace concord::internal
