// What lies before a word within its sentence (see preceding_words.h).
#include "text/preceding_words.h"

#include "text/abbreviations.h"
#include "text/sentence_words.h"

namespace concord::internal {
namespace {

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
  size_t k = sentence_start;
  while (k < word_start && IsWhite(text[k])) ++k;
  int capitals = 0;
  for (; k < word_start && !IsAsciiLower(text[k]) && text[k] != ','; ++k) {
    if (IsAsciiUpper(text[k])) {
      ++capitals;
    } else if (text[k] != ' ' && text[k] != '.' && text[k] != '-' && text[k] != '\'') {
      return false;
    }
  }
  if (capitals < 3 || k >= word_start || text[k] != ',') return false;
  ++k;
  while (k < word_start && text[k] == ' ') ++k;
  return k == word_start;
}

}  // namespace concord::internal
