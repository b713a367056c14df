// What lies before a word within its sentence (see preceding_words.h).
#include "text/preceding_words.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "text/abbreviations.h"
#include "text/sentence_words.h"

namespace concord::internal {
namespace {

// How far back ContinuesNumberedItems looks for the item before.
constexpr size_t kItemReach = 400;

// Where the word before text[word_start] ends, past the spaces between
// them; word_start itself when no space precedes it.
size_t EndOfWordBefore(std::string_view text, size_t sentence_start, size_t word_start) {
  size_t k = word_start;
  while (k > sentence_start && text[k - 1] == ' ') --k;
  return k;
}

// The ASCII letters just before text[end], within the sentence.
std::string_view LettersBefore(std::string_view text, size_t sentence_start, size_t end) {
  size_t k = end;
  while (k > sentence_start && IsAsciiLetter(text[k - 1])) --k;
  return text.substr(k, end - k);
}

}  // namespace

bool OpensSentence(std::string_view text, size_t sentence_start, size_t word_start) {
  size_t k = sentence_start;
  while (k < word_start && (IsWhite(text[k]) || IsOpening(text[k]))) ++k;
  return k == word_start;
}

bool AfterLowerCaseWord(std::string_view text, size_t sentence_start, size_t word_start) {
  size_t k = EndOfWordBefore(text, sentence_start, word_start);
  if (k == word_start || k == sentence_start) return false;
  if (text[k - 1] == ',') return true;
  while (k > sentence_start && !IsWhite(text[k - 1])) --k;
  while (k < word_start && IsOpening(text[k])) ++k;
  return IsAsciiLower(text[k]);
}

bool AfterCapitalisedName(std::string_view text, size_t sentence_start, size_t word_start) {
  const size_t k = EndOfWordBefore(text, sentence_start, word_start);
  if (k == word_start) return false;
  const std::string_view before = LettersBefore(text, sentence_start, k);
  if (before.size() < 2 || !IsAsciiUpper(before[0])) return false;
  const size_t before_start = k - before.size();
  return before_start > sentence_start && IsWhite(text[before_start - 1]) &&
         !OpensSentence(text, sentence_start, before_start);
}

bool DriveAfterName(std::string_view text, size_t sentence_start, size_t word_start) {
  if (!AfterCapitalisedName(text, sentence_start, word_start)) return false;
  // "Dr. A. Smith", "Dr. I. Patel": a doctor's initial, whatever precedes.
  const size_t after = word_start + 3;  // past "Dr."
  if (after + 2 < text.size() && text[after] == ' ' && IsAsciiUpper(text[after + 1]) &&
      text[after + 2] == '.') {
    return false;
  }
  static constexpr std::string_view kTitles[] = {
      "General",   "Minister",       "Professor", "Director",     "Secretary", "Chief",
      "President", "Officer",        "Dean",      "Commissioner", "Chairman",  "Chairwoman",
      "Surgeon",   "Superintendent", "Coroner",   "Examiner",     "Adviser",   "Advisor"};
  const std::string_view before =
      LettersBefore(text, sentence_start, EndOfWordBefore(text, sentence_start, word_start));
  return std::find(std::begin(kTitles), std::end(kTitles), before) == std::end(kTitles);
}

bool AfterDeterminer(std::string_view text, size_t sentence_start, size_t word_start) {
  static constexpr std::string_view kDeterminers[] = {
      "the",  "The",  "a",    "A",   "an",  "An",  "this",  "This", "that",  "last",
      "Last", "next", "Next", "its", "his", "her", "their", "our",  "every", "each"};
  const size_t k = EndOfWordBefore(text, sentence_start, word_start);
  if (k == word_start) return false;
  const std::string_view before = LettersBefore(text, sentence_start, k);
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), before) !=
         std::end(kDeterminers);
}

bool AfterLabelNoun(std::string_view text, size_t sentence_start, size_t word_start) {
  const size_t k = EndOfWordBefore(text, sentence_start, word_start);
  return k < word_start && IsLetterLabelNoun(LettersBefore(text, sentence_start, k));
}

bool AfterDecimal(std::string_view text, size_t sentence_start, size_t word_start) {
  const size_t k = EndOfWordBefore(text, sentence_start, word_start);
  if (k == word_start || k == sentence_start) return false;
  if (k >= sentence_start + 2 && text.compare(k - 2, 2, "\xC2\xB0") == 0) {
    return true;
  }
  size_t m = k;
  while (m > sentence_start && IsDigit(text[m - 1])) --m;
  return m < k && m >= sentence_start + 2 && text[m - 1] == '.' && IsDigit(text[m - 2]);
}

bool EndsDateline(std::string_view text, size_t sentence_start, size_t word_start) {
  // Read back from the comma before the word, so that each period of a
  // long sentence of capitals and initials ("J. J. J.") costs only the
  // words back to a comma, not the sentence.
  size_t k = word_start;
  while (k > sentence_start && text[k - 1] == ' ') --k;
  if (k == sentence_start || text[k - 1] != ',') return false;
  --k;  // at the comma
  int capitals = 0;
  for (; k > sentence_start; --k) {
    const char c = text[k - 1];
    if (IsAsciiUpper(c)) {
      ++capitals;
    } else if (c != ' ' && c != '.' && c != '-' && c != '\'') {
      break;
    }
  }
  while (k > sentence_start && IsWhite(text[k - 1])) --k;
  return k == sentence_start && capitals >= 3;
}

bool IsInitialI(std::string_view text, size_t sentence_start, size_t word_start) {
  // "I. M. Sato": a capital letter and a period after the space.
  const size_t after = word_start + 2;
  if (after + 2 < text.size() && text[after] == ' ' && IsAsciiUpper(text[after + 1]) &&
      text[after + 2] == '.') {
    return true;
  }
  const size_t k = EndOfWordBefore(text, sentence_start, word_start);
  if (k == word_start) return false;
  const std::string_view before = LettersBefore(text, sentence_start, k);
  for (const std::string_view preposition :
       {"by", "from", "of", "to", "with", "for", "about", "against", "toward", "towards"}) {
    if (before == preposition) return true;
  }
  return false;
}

bool AfterElidingWord(std::string_view text, size_t sentence_start, size_t word_start) {
  const size_t k = EndOfWordBefore(text, sentence_start, word_start);
  if (k == word_start) return false;
  const std::string_view before = LettersBefore(text, sentence_start, k);
  if (before.empty()) return false;
  // The first letter in either case, the rest in lower case.
  const auto is = [&before](std::string_view lower) {
    return before.size() == lower.size() && before.substr(1) == lower.substr(1) &&
           (before[0] == lower[0] || before[0] == lower[0] - 'a' + 'A');
  };
  return is("not") || is("nor") || is("than") || is("except");
}

bool ContinuesNumberedItems(std::string_view text, size_t sentence_start, size_t word_start,
                            std::string_view number) {
  const size_t k = EndOfWordBefore(text, sentence_start, word_start);
  if (k == word_start || k == sentence_start) return false;
  const char last = text[k - 1];
  if (number == "1") return last == ':';
  const std::string_view before = LettersBefore(text, sentence_start, k);
  if (last != ',' && last != ';' && before != "and" && before != "or") return false;
  // The item before: "n-1." standing alone earlier in the sentence.
  const int value = (number.size() == 2 ? (number[0] - '0') * 10 : 0) + (number.back() - '0') - 1;
  if (value < 1) return false;
  char previous[3] = {static_cast<char>('0' + value / 10), static_cast<char>('0' + value % 10),
                      '.'};
  const std::string_view marker =
      value >= 10 ? std::string_view(previous, 3) : std::string_view(previous + 1, 2);
  // Only the text before this number, and at most kItemReach bytes of it:
  // items of one list stand close together, and a bound keeps the splitter
  // linear on hostile text (a sentence of thousands of "n." that never ends).
  const size_t from = std::max(sentence_start, k > kItemReach ? k - kItemReach : size_t{0});
  const std::string_view window = text.substr(0, k);
  for (size_t p = window.find(marker, from); p != std::string_view::npos;
       p = window.find(marker, p + 1)) {
    const bool alone_before = p == sentence_start || text[p - 1] == ' ';
    if (alone_before && p + marker.size() < text.size() && text[p + marker.size()] == ' ') {
      return true;
    }
  }
  return false;
}

bool EndsInOneWordParenthesis(std::string_view text, size_t sentence_start, size_t close_end) {
  size_t k = close_end - 1;  // at ')'
  size_t letters = 0;
  while (k > sentence_start && IsAsciiLetter(text[k - 1]) && letters < 24) {
    --k;
    ++letters;
  }
  return letters > 0 && k > sentence_start && text[k - 1] == '(';
}

bool RepeatsWordsBefore(std::string_view text, size_t sentence_start, size_t dots,
                        const NextWord& next) {
  if (next.crossed_line || next.word.empty()) return false;
  const std::string_view second = LettersBefore(text, sentence_start, dots);
  if (second.empty()) return false;
  const size_t k = EndOfWordBefore(text, sentence_start, dots - second.size());
  if (k == dots - second.size()) return false;
  const std::string_view first = LettersBefore(text, sentence_start, k);
  // The same word, its first letter in either case ("i thought... I").
  const auto same = [](std::string_view a, std::string_view b) {
    return !a.empty() && a.size() == b.size() && a.substr(1) == b.substr(1) &&
           (a[0] | 0x20) == (b[0] | 0x20);
  };
  if (!same(first, next.word)) return false;
  const size_t p = next.word_end + 1;
  if (next.word_end >= text.size() || text[next.word_end] != ' ' || p >= text.size()) return false;
  size_t q = p;
  while (q < text.size() && IsAsciiLetter(text[q])) ++q;
  return same(second, text.substr(p, q - p));
}

}  // namespace concord::internal
