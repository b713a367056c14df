// Cues around a period for the sentence splitter (see boundary_cues.h).
#include "text/boundary_cues.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "text/abbreviations.h"
#include "text/preceding_words.h"

namespace concord::internal {
namespace {

// How far back ContinuesRomanItems looks for the item before, as
// ContinuesNumberedItems does: items of one list stand close together, and
// a bound keeps the splitter linear on hostile text.
constexpr size_t kRomanItemReach = 400;

// How far before a '!' or '?' ClosesDashedAside looks for the dash that
// opened the aside.
constexpr size_t kAsideReach = 200;

// How far after the closing dash ClosesDashedAside looks for the '@' of a
// post's signature.
constexpr size_t kSignatureReach = 60;

// Where the word before text[word_start] ends, past the spaces between.
size_t EndOfPreviousWord(std::string_view text, size_t sentence_start, size_t word_start) {
  size_t k = word_start;
  while (k > sentence_start && text[k - 1] == ' ') --k;
  return k;
}

// True when the lower-case Roman numeral `word` (at text[word_start])
// follows ',', ';', "and" or "or" and the numeral one lower stands alone
// before a period earlier in the sentence ("i. survey the site, ii.").
bool ContinuesRomanItems(std::string_view text, size_t sentence_start, size_t word_start,
                         std::string_view word) {
  const int value = RomanNumeralValue(word);
  if (value < 2 || !IsAsciiLower(word[0])) return false;
  const size_t k = EndOfPreviousWord(text, sentence_start, word_start);
  if (k == word_start || k == sentence_start) return false;
  size_t w = k;
  while (w > sentence_start && IsAsciiLetter(text[w - 1])) --w;
  const std::string_view before = text.substr(w, k - w);
  if (text[k - 1] != ',' && text[k - 1] != ';' && before != "and" && before != "or") return false;
  const size_t from =
      std::max(sentence_start, k > kRomanItemReach ? k - kRomanItemReach : size_t{0});
  for (size_t p = from; p + 1 < k; ++p) {
    if (text[p] != '.' || text[p + 1] != ' ') continue;
    size_t q = p;
    while (q > from && IsAsciiLower(text[q - 1])) --q;
    if (q == p || (q > sentence_start && text[q - 1] != ' ')) continue;
    if (RomanNumeralValue(text.substr(q, p - q)) == value - 1) return true;
  }
  return false;
}

}  // namespace

bool GluedBoundary(std::string_view text, size_t sentence_start, size_t i, size_t run_end,
                   size_t end, int periods, bool question) {
  if (run_end - i != 1 || end != run_end) return false;
  if (periods != 1 && !question) return false;
  // "the lake.(It was lovely.)": a sentence in brackets glued to the end.
  const size_t w = end + (end < text.size() && (text[end] == '(' || text[end] == '[') ? 1 : 0);
  if (w + 1 >= text.size() || !IsAsciiUpper(text[w])) return false;
  // A capitalised word, or the one-letter words "I" and "A" ("Tuesday.I
  // bought", "late.A man").
  const bool one_letter_word =
      (text[w] == 'I' || text[w] == 'A') && (text[w + 1] == ' ' || text[w + 1] == '\'');
  if (!IsAsciiLower(text[w + 1]) && !one_letter_word) return false;
  // Not inside an e-mail address or a web address: "Jane.Doe@x.org".
  for (size_t p = w; p < text.size() && p < w + 100; ++p) {
    const char c = text[p];
    if (IsWhite(c)) break;
    if (c == '@' || c == '/') return false;
  }
  size_t k = i;
  // "bought 1,000.That", "is 3.14.Not", "lost 3-1.The": a number, or a
  // score or range of numbers, before the capital.
  while (k > sentence_start &&
         (IsDigit(text[k - 1]) || text[k - 1] == ',' || text[k - 1] == '.' || text[k - 1] == '-')) {
    --k;
  }
  if (k < i) {
    return i - k >= 2 && IsDigit(text[i - 1]) && IsDigit(text[k]) && k > sentence_start &&
           IsWhite(text[k - 1]);
  }
  while (k > sentence_start && IsAsciiLower(text[k - 1])) --k;
  if (k > sentence_start && IsAsciiUpper(text[k - 1])) --k;
  if (i - k < 3) return false;
  if (k > sentence_start && !IsWhite(text[k - 1]) && !IsOpening(text[k - 1])) return false;
  return LookUpAbbreviation(text.substr(k, i - k)) == AbbreviationKind::kNone;
}

bool MarksItemInSentence(std::string_view text, size_t sentence_start, size_t word_start,
                         std::string_view word, const NextWord& next) {
  if (word.empty()) return false;
  if (IsDigit(word[0])) {
    if (word.size() > 2 || !IsDigit(word.back())) return false;
    const size_t k = EndOfPreviousWord(text, sentence_start, word_start);
    if (k == sentence_start || text[k - 1] == '\n') return true;
    // "Steps: 1. Rinse the rice.": the first item after a colon, in either
    // case; not a ratio as tokenized text writes it ("odds of 25: 1. Only").
    if (word == "1" && text[k - 1] == ':' && !next.crossed_line &&
        (k < sentence_start + 2 || !IsDigit(text[k - 2]))) {
      return true;
    }
    return next.letter_case == Case::kLower && !next.opened_quote &&
           ContinuesNumberedItems(text, sentence_start, word_start, word);
  }
  return next.letter_case == Case::kLower && !next.opened_quote &&
         ContinuesRomanItems(text, sentence_start, word_start, word);
}

bool ClosesDashedAside(std::string_view text, size_t sentence_start, size_t terminal, size_t pos) {
  if (pos >= text.size() || text[pos] != ' ') return false;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  // "--", or one '-' (Normalize writes the em and en dashes so).
  if (pos >= text.size() || text[pos] != '-') return false;
  pos += text.substr(pos).starts_with("--") ? 2 : 1;
  if (pos >= text.size() || text[pos] != ' ') return false;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size() || !IsAsciiLower(text[pos])) return false;
  // "smart! -- donald j. trump (@realdonaldtrump) may 2": the signature of
  // an embedded post, which starts the next line of the page.
  for (size_t q = pos; q < text.size() && q < pos + kSignatureReach && text[q] != '\n'; ++q) {
    if (text[q] == '@') return false;
  }
  // The dash that opened the aside, between spaces, after some words of
  // the sentence; not one that opens it ("- jane doe, via e-mail"), close
  // before: an aside is short.
  size_t first = sentence_start;
  while (first < terminal && IsWhite(text[first])) ++first;
  const size_t from = std::max(first + 1, terminal > kAsideReach ? terminal - kAsideReach : 0);
  for (size_t p = terminal; p > from; --p) {
    const char c = text[p - 1];
    if (c == '\n' || c == '.' || c == '!' || c == '?') return false;
    if (c == '-' && p >= 2 && p < terminal && text[p] == ' ' &&
        (text[p - 2] == ' ' || (text[p - 2] == '-' && p >= 3 && text[p - 3] == ' '))) {
      // Opened after a word, not after the end of a headline or another
      // aside ("shoot! - the sabine debut! - annie", a list of links).
      const size_t space = text[p - 2] == ' ' ? p - 2 : p - 3;
      return space > first && !IsTerminal(text[space - 1]);
    }
  }
  return false;
}

bool AuxiliaryFollows(std::string_view text, const NextWord& next) {
  size_t p = next.word_end;
  if (p >= text.size() || text[p] != ' ') return false;
  while (p < text.size() && text[p] == ' ') ++p;
  size_t q = p;
  while (q < text.size() && IsAsciiLower(text[q])) ++q;
  const std::string_view word = text.substr(p, q - p);
  if (q < text.size() && IsAsciiLetter(text[q])) return false;
  static const auto* const verbs = new std::unordered_set<std::string_view>{
      "is",    "was", "are",   "were", "will",   "would", "can",
      "could", "may", "might", "must", "should", "has",   "had"};
  return verbs->count(word) != 0;
}

bool NameGoesOnAfter(std::string_view word) {
  return word == "St" || word == "Mt" || word == "Ft" || word == "Bros";
}

bool IsNoteLabel(std::string_view word) {
  return word == "N.B" || word == "NB" || word == "P.S" || word == "PS" || word == "P.P.S" ||
         word == "PPS";
}

bool IsImperativeOpener(std::string_view word) {
  static const auto* const verbs = new std::unordered_set<std::string_view>{
      "Ask",      "Call",    "Check", "Contact", "Please", "Let's",  "Note",  "Try",
      "Remember", "Imagine", "Don't", "Visit",   "Keep",   "Follow", "Click", "Consider"};
  return verbs->count(word) != 0;
}

bool CitationFollows(std::string_view text, size_t end) {
  size_t p = end;
  while (p < text.size() && text[p] == ' ') ++p;
  if (p >= text.size() || text[p] != '(') return false;
  const size_t limit = std::min(text.size(), p + 80);
  for (size_t q = p + 1; q < limit; ++q) {
    const char c = text[q];
    if (c == '\n' || IsTerminal(c) || c == '(') return false;
    if (c == ')') return q + 1 < text.size() && IsTerminal(text[q + 1]);
  }
  return false;
}

bool IsDesignator(std::string_view text, const NextWord& next) {
  const std::string_view word = next.word;
  if (IsSentenceOpener(word)) return false;
  // A whole word: not the "M" of "Mâ·aâ·c" (the word stops at "â").
  if (next.word_end < text.size() && (IsAsciiLetter(text[next.word_end]) ||
                                      static_cast<unsigned char>(text[next.word_end]) >= 0x80)) {
    return false;
  }
  return IsRomanNumeral(word) || (word.size() == 1 && IsAsciiUpper(word[0]));
}

bool AdverbWithComma(std::string_view text, const NextWord& next) {
  return next.word_end < text.size() && text[next.word_end] == ',' && IsSentenceAdverb(next.word);
}

}  // namespace concord::internal
