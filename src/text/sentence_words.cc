// Words around a terminal, for the sentence splitter (see sentence_words.h).
#include "text/sentence_words.h"

#include <utf8proc.h>

#include "text/abbreviations.h"
#include "text/utf8_internal.h"

namespace concord::internal {
namespace {

size_t ScanLetters(std::string_view text, size_t pos) {
  while (pos < text.size() && (IsAsciiLetter(text[pos]) || text[pos] == '\''))
    ++pos;
  return pos;
}

}  // namespace

Case CaseAt(std::string_view text, size_t pos) {
  const char c = text[pos];
  if (IsAsciiUpper(c)) return Case::kUpper;
  if (IsAsciiLower(c)) return Case::kLower;
  if (IsDigit(c)) return Case::kDigit;
  if (static_cast<unsigned char>(c) < 0x80) return Case::kOther;
  int32_t code_point = 0;
  DecodeUtf8(reinterpret_cast<const unsigned char*>(text.data()) + pos,
             text.size() - pos, &code_point);
  if (code_point < 0) return Case::kOther;
  switch (utf8proc_category(code_point)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return Case::kUpper;
    case UTF8PROC_CATEGORY_LL:
      return Case::kLower;
    case UTF8PROC_CATEGORY_ND:
      return Case::kDigit;
    default:
      return Case::kOther;
  }
}

NextWord ReadNextWord(std::string_view text, size_t pos) {
  NextWord next;
  while (pos < text.size() && IsWhite(text[pos])) {
    if (text[pos] == '\n') next.crossed_line = true;
    ++pos;
  }
  while (pos < text.size() && IsOpening(text[pos])) {
    if (text[pos] == '"' || text[pos] == '\'') next.opened_quote = true;
    ++pos;
  }
  if (pos >= text.size()) {
    next.at_end = true;
    return next;
  }
  next.letter_case = CaseAt(text, pos);
  next.word_end = ScanLetters(text, pos);
  next.word = text.substr(pos, next.word_end - pos);
  return next;
}

bool SpeechVerbFollows(std::string_view text, const NextWord& next) {
  size_t pos = next.word_end;
  std::string_view word = next.word;
  for (int count = 0; count < 3; ++count) {
    char lower[16];
    if (!word.empty() && word.size() <= sizeof(lower)) {
      for (size_t k = 0; k < word.size(); ++k) {
        lower[k] =
            IsAsciiUpper(word[k]) ? static_cast<char>(word[k] + 32) : word[k];
      }
      if (IsSpeechVerb(std::string_view(lower, word.size()))) {
        return true;
      }
    }
    if (pos >= text.size() || text[pos] != ' ') return false;
    const size_t start = pos + 1;
    pos = ScanLetters(text, start);
    word = text.substr(start, pos - start);
    if (word.empty()) return false;
  }
  return false;
}

bool IsRomanNumeral(std::string_view word) {
  if (word.empty() || word.size() > 6) return false;
  for (char c : word) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
  }
  return true;
}

bool IsAcronym(std::string_view word) {
  size_t segments = 0;
  size_t length = 0;
  for (char c : word) {
    if (c == '.') {
      if (length == 0 || length > 2) return false;
      ++segments;
      length = 0;
    } else if (IsAsciiLetter(c)) {
      ++length;
    } else {
      return false;
    }
  }
  return segments >= 1 && length >= 1 && length <= 2;
}
}  // namespace concord::internal
