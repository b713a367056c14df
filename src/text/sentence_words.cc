// Words around a terminal, for the sentence splitter (see sentence_words.h).
#include "text/sentence_words.h"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>

#include "text/abbreviations.h"
#include "text/utf8_internal.h"

namespace concord::internal {
namespace {

size_t ScanLetters(std::string_view text, size_t pos) {
  while (pos < text.size() && (IsAsciiLetter(text[pos]) || text[pos] == '\'')) ++pos;
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
  DecodeUtf8(reinterpret_cast<const unsigned char*>(text.data()) + pos, text.size() - pos,
             &code_point);
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

namespace {

// True when the verb of saying that ends at text[pos] takes no object:
// its clause ends there (the end, a line break, punctuation) or goes on
// with a preposition or an adverb ("screamed at the bench", "called from
// the balcony", "laughed again"), not with what it acts on ("called 911",
// "confirmed the deal").
bool NoObjectAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return true;
  const char c = text[pos];
  if (c == '\n' || c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':')
    return true;
  if (c != ' ') return false;
  static constexpr std::string_view kFollowers[] = {
      "at", "from", "to",   "across", "over",   "back",    "out",    "up",      "down",   "into",
      "of", "as",   "with", "again",  "softly", "quietly", "loudly", "angrily", "through"};
  const size_t start = pos + 1;
  const std::string_view after = text.substr(start, ScanLetters(text, start) - start);
  return std::find(std::begin(kFollowers), std::end(kFollowers), after) != std::end(kFollowers);
}

// How many words after a quotation SpeechVerbFollows reads for the verb:
// past three only when all before it are capitalised, a title and a name
// ("Senator Ann Lee asked", "Former Gov. Jo Ray said").
constexpr int kAttributionWords = 3;
constexpr int kNamedAttributionWords = 5;

// Past a name's letters at text[pos]: ASCII letters, apostrophes, letters
// outside ASCII ("Calderón") and hyphens inside the name ("Smith-Jones";
// not a dash after it).
size_t ScanName(std::string_view text, size_t pos) {
  const size_t start = pos;
  while (pos < text.size()) {
    const char c = text[pos];
    if (IsAsciiLetter(c) || c == '\'' || (c == '-' && pos > start)) {
      ++pos;
    } else if (static_cast<unsigned char>(c) >= 0xC0 &&
               (CaseAt(text, pos) == Case::kUpper || CaseAt(text, pos) == Case::kLower)) {
      ++pos;
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    } else {
      break;
    }
  }
  return pos;
}

// True when `word`, followed by a period, is a title or an initial that a
// name goes on after: "Mr.", "Gov.", "F." (in "John F. Kennedy said").
bool TitleOrInitial(std::string_view word) {
  return (word.size() == 1 && IsAsciiUpper(word[0])) ||
         LookUpAbbreviation(word) == AbbreviationKind::kTitle;
}

}  // namespace

bool SpeechVerbFollows(std::string_view text, const NextWord& next) {
  size_t word_start = next.word_end - next.word.size();
  size_t pos = ScanName(text, word_start);
  std::string_view word = next.word;
  bool named = true;  // every word so far capitalised
  for (int count = 0; count < kNamedAttributionWords; ++count) {
    char lower[16];
    // Not the capitalised word right after the quote: `"Enough!" Protests
    // erupted` names a thing, not the speaker saying it.
    if (count > 0 && !word.empty() && word.size() <= sizeof(lower)) {
      for (size_t k = 0; k < word.size(); ++k) {
        lower[k] = IsAsciiUpper(word[k]) ? static_cast<char>(word[k] + 32) : word[k];
      }
      const std::string_view verb(lower, word.size());
      // Another verb of saying attributes the quote only without an object
      // (`"Really?" Mina laughed.`): with one it is a new sentence
      // (`"Fire!" Neighbors called 911.`).
      if (IsCommonSpeechVerb(verb) || (IsSpeechVerb(verb) && NoObjectAt(text, pos))) {
        return true;
      }
    }
    named = named && pos > word_start && CaseAt(text, word_start) == Case::kUpper;
    if (count + 1 >= kAttributionWords && !named) return false;
    // "Mr. Calderon told": a title's or an initial's period goes on.
    if (pos < text.size() && text[pos] == '.' && TitleOrInitial(word)) ++pos;
    if (pos >= text.size() || text[pos] != ' ') return false;
    word_start = pos + 1;
    pos = ScanName(text, word_start);
    word = text.substr(word_start, ScanLetters(text, word_start) - word_start);
    if (pos == word_start) return false;
  }
  return false;
}

bool SpeakerFollows(std::string_view text, const NextWord& next) {
  // "Mr." opens sentences ("Mr. Smith left.") but after a quotation it is
  // its speaker: `"Never!" Mr. Calderon told CNBC.`
  const bool title = next.word_end < text.size() && text[next.word_end] == '.' &&
                     LookUpAbbreviation(next.word) == AbbreviationKind::kTitle;
  return (title || !IsSentenceOpener(next.word)) && SpeechVerbFollows(text, next);
}

bool ContinuesTime(std::string_view text, const NextWord& next) {
  if (ContinuesClockTime(next.word)) return true;
  // "E.T.", "E.S.T.": a time zone written with periods.
  char zone[6];
  size_t size = 0;
  for (size_t pos = next.word_end - next.word.size(); pos < text.size(); ++pos) {
    if (text[pos] == '.') continue;
    if (!IsAsciiUpper(text[pos])) break;
    if (size == sizeof(zone)) return false;
    zone[size++] = text[pos];
  }
  return size >= 2 && ContinuesClockTime(std::string_view(zone, size));
}

bool IsRomanNumeral(std::string_view word) {
  if (word.empty() || word.size() > 6) return false;
  for (char c : word) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
  }
  return true;
}

int RomanNumeralValue(std::string_view word) {
  constexpr size_t kLongest = 8;  // "CCCLXXXV"; longer words are no items
  if (word.empty() || word.size() > kLongest) return 0;
  const bool upper = IsAsciiUpper(word[0]);
  int value = 0;
  int previous = 0;
  for (size_t k = word.size(); k-- > 0;) {
    const char c = word[k];
    if (IsAsciiUpper(c) != upper) return 0;
    constexpr std::string_view kLetters = "IVXLC";
    constexpr int kValues[] = {1, 5, 10, 50, 100};
    const size_t at = kLetters.find(upper ? c : static_cast<char>(c - 32));
    if (at == std::string_view::npos) return 0;
    const int digit = kValues[at];
    value += digit < previous ? -digit : digit;
    previous = std::max(previous, digit);
  }
  // Only the usual spelling: write the value back and compare.
  static constexpr const char* kHundreds[] = {"", "C", "CC", "CCC"};
  static constexpr const char* kTens[] = {"",  "X",  "XX",  "XXX",  "XL",
                                          "L", "LX", "LXX", "LXXX", "XC"};
  static constexpr const char* kOnes[] = {"",  "I",  "II",  "III",  "IV",
                                          "V", "VI", "VII", "VIII", "IX"};
  if (value <= 0 || value >= 400) return 0;
  const std::string_view parts[] = {kHundreds[value / 100], kTens[value / 10 % 10],
                                    kOnes[value % 10]};
  size_t k = 0;
  for (std::string_view part : parts) {
    for (char c : part) {
      if (k >= word.size() || (upper ? word[k] : word[k] - 32) != c) return 0;
      ++k;
    }
  }
  return k == word.size() ? value : 0;
}

bool IsListMarkerWord(std::string_view word) {
  if (word.size() == 1) return IsAsciiLetter(word[0]) || IsDigit(word[0]);
  if (word.size() == 2 && IsDigit(word[0]) && IsDigit(word[1])) return true;
  return RomanNumeralValue(word) != 0;
}

bool IsCompoundUnit(std::string_view word) {
  // "m.p.h", "m.p.g": a unit spelt with periods is the unit without them.
  if (word.find('.') != std::string_view::npos) {
    char plain[8];
    size_t size = 0;
    for (char c : word) {
      if (c == '.') continue;
      if (size == sizeof(plain) || !IsAsciiLetter(c)) return false;
      plain[size++] = c;
    }
    return IsUnitAbbreviation(std::string_view(plain, size));
  }
  const size_t slash = word.find('/');
  if (slash == std::string_view::npos) return IsUnitAbbreviation(word);
  return IsUnitAbbreviation(word.substr(0, slash)) && IsUnitAbbreviation(word.substr(slash + 1));
}

bool IsUnitAfterNumber(std::string_view text, size_t sentence_start, size_t word_start,
                       std::string_view word) {
  size_t digits = word.empty() || word[0] != '$' ? 0 : 1;
  while (digits < word.size() &&
         (IsDigit(word[digits]) || word[digits] == '.' || word[digits] == ',')) {
    ++digits;
  }
  if (digits > 0) {
    return IsDigit(word[digits - 1]) && IsCompoundUnit(word.substr(digits));
  }
  if (!IsCompoundUnit(word)) return false;
  size_t k = word_start;
  while (k > sentence_start && text[k - 1] == ' ') --k;
  return k < word_start && k > sentence_start && IsDigit(text[k - 1]);
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

namespace {

// The length of a superscript digit at text[pos] ("¹", "²", "³", "⁰",
// "⁴" to "⁹"), or 0.
size_t SuperscriptDigitLength(std::string_view text, size_t pos) {
  const std::string_view rest = text.substr(pos);
  if (rest.size() >= 2 && rest[0] == '\xC2' &&
      (rest[1] == '\xB9' || rest[1] == '\xB2' || rest[1] == '\xB3')) {
    return 2;
  }
  const bool upper = rest.size() >= 3 && rest[0] == '\xE2' && rest[1] == '\x81';
  return upper && (rest[2] == '\xB0' || (rest[2] >= '\xB4' && rest[2] <= '\xB9')) ? 3 : 0;
}

}  // namespace

bool IsAllCapitals(std::string_view word) {
  return std::none_of(word.begin(), word.end(), [](char c) { return IsAsciiLower(c); });
}

bool IsClockSuffix(std::string_view word) {
  return word.size() == 3 && word[1] == '.' && (word[2] == 'm' || word[2] == 'M') &&
         (word[0] == 'a' || word[0] == 'p' || word[0] == 'A' || word[0] == 'P');
}

bool IsLetterRatio(std::string_view word) {
  return word.size() == 3 && word[1] == '/' && IsAsciiLetter(word[0]) && IsAsciiLetter(word[2]);
}

size_t PastNoteMarks(std::string_view text, size_t pos) {
  for (size_t length = SuperscriptDigitLength(text, pos); length > 0;
       length = SuperscriptDigitLength(text, pos)) {
    pos += length;  // "disputed.² Others"
  }
  while (pos < text.size() && text[pos] == '[') {
    size_t p = pos + 1;
    if (p < text.size() && IsAsciiLower(text[p])) {
      ++p;  // "[a]"
    } else {
      while (p < text.size() && p < pos + 4 && IsDigit(text[p])) ++p;
    }
    if (p == pos + 1 || p >= text.size() || text[p] != ']') break;
    pos = p + 1;
  }
  // "altitude.(3) Cooks": a note number in parentheses glued to the
  // period, followed by whitespace or the end.
  if (pos < text.size() && text[pos] == '(') {
    size_t p = pos + 1;
    while (p < text.size() && p < pos + 4 && IsDigit(text[p])) ++p;
    if (p > pos + 1 && p < text.size() && text[p] == ')' &&
        (p + 1 == text.size() || IsWhite(text[p + 1]))) {
      pos = p + 1;
    }
  }
  return pos;
}

size_t EmoticonLength(std::string_view text, size_t pos) {
  if (pos >= text.size() || (text[pos] != ':' && text[pos] != ';')) return 0;
  size_t p = pos + 1;
  if (p < text.size() && text[p] == '-') ++p;  // a nose: ":-)"
  if (p >= text.size()) return 0;
  constexpr std::string_view kMouths = ")(DPp]";
  if (kMouths.find(text[p]) == std::string_view::npos) return 0;
  ++p;
  return p == text.size() || IsWhite(text[p]) ? p - pos : 0;
}

}  // namespace concord::internal
