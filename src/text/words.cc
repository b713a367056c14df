// The words of an article's text, scanned once by text::Analyze (see
// text.h, "Words of the article text").
//
// Words are runs of letters and digits. An apostrophe between two letters
// stays inside the word ("don't", "Iran's"); a comma or period between two
// digits stays inside a number ("1,700", "3.5"); a period after a single
// letter that continues with another letter and period makes an
// abbreviation ("U.S."), and a period after a known short title or
// abbreviation ("Gen.", "Mr.", "Sen.") is kept so that it reads as a title.
// Letters outside ASCII are classified with utf8proc. Each word's lower-case
// form is interned in the scan's Vocabulary (the Document's, in Analyze).
// Cost: one pass, one hash look-up a word; none for a word that the caller
// already read (`known`: text::Analyze's tokens) and that is taken as it is.
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <memory>
#include <span>

#include "concord/text.h"
#include "text/name_case.h"
#include "util/utf8.h"

namespace concord::text {
namespace {

// The code point at *pos, ASCII without a call.
inline int32_t NextCodePoint(std::string_view text, size_t* pos) {
  const unsigned char c = static_cast<unsigned char>(text[*pos]);
  if (c < 0x80) {
    ++*pos;
    return c;
  }
  return util::NextCodePoint(text, pos);
}

bool IsLetter(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  const utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
         c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN;
}

bool IsDigit(int32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsApostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsUpper(int32_t cp) { return cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : utf8proc_isupper(cp); }

// ASCII bytes of words: 0 none, else lower-case letter, upper-case letter
// or digit.
constexpr uint8_t kLowerByte = 1;
constexpr uint8_t kUpperByte = 2;
constexpr uint8_t kDigitByte = 3;
constexpr std::array<uint8_t, 256> MakeAsciiWord() {
  std::array<uint8_t, 256> kinds{};
  for (int c = 'a'; c <= 'z'; ++c) kinds[static_cast<size_t>(c)] = kLowerByte;
  for (int c = 'A'; c <= 'Z'; ++c) kinds[static_cast<size_t>(c)] = kUpperByte;
  for (int c = '0'; c <= '9'; ++c) kinds[static_cast<size_t>(c)] = kDigitByte;
  return kinds;
}
constexpr std::array<uint8_t, 256> kAsciiWord = MakeAsciiWord();

// Short words that take a period as abbreviations.
bool IsAbbreviation(std::string_view lower) {
  static constexpr std::array<std::string_view, 41> kAbbreviations = {
      "mr",   "mrs",  "ms",  "dr",   "gen",  "sen",  "rep", "gov",  "lt",   "col",  "sgt",
      "capt", "adm",  "st",  "jr",   "sr",   "prof", "maj", "gens", "sens", "reps", "vs",
      "inc",  "corp", "co",  "ltd",  "jan",  "feb",  "aug", "sept", "oct",  "nov",  "dec",
      "rev",  "msgr", "cpl", "atty", "cmdr", "pvt",  "spc", "supt"};
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

// True when the period at `cur` ends the word that starts at `start`: the
// last period of "U.S." or the period of a title ("Gen."). Sets *goes_on
// when the period sits inside an abbreviation that continues ("U.S").
bool PeriodInWord(std::string_view text, size_t start, size_t cur, size_t after, size_t end,
                  int32_t following, bool* goes_on) {
  *goes_on = false;
  const std::string_view so_far = text.substr(start, cur - start);
  bool single_letters = true;  // "U" or "U.S"
  for (size_t i = 0; i < so_far.size(); ++i) {
    if (i % 2 == 1 ? so_far[i] != '.' : so_far[i] == '.') single_letters = false;
  }
  single_letters = single_letters && so_far.size() % 2 == 1;
  if (single_letters && IsLetter(following)) {
    size_t past = after;
    NextCodePoint(text, &past);
    if (past < end && text[past] == '.') {
      *goes_on = true;
      return true;
    }
  }
  if (single_letters && so_far.size() >= 3) return true;  // final period of U.S.
  return so_far.size() <= 4 && IsAbbreviation(LowerWord(so_far));
}

// Appends the lower case of code point `cp` (see LowerWord) to *out.
inline void AppendLowerCp(int32_t cp, std::string* out) {
  if (cp == 0x2019 || cp == 0x2018) cp = '\'';
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  cp = utf8proc_tolower(cp);
  utf8proc_uint8_t buf[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// The word that starts at `pos` (a letter or digit), up to `end`; its lower
// case form goes to *lower as it is read.
Word ScanOne(std::string_view text, size_t pos, size_t end, int32_t first, std::string* lower) {
  Word word;
  word.start = pos;
  word.is_number = IsDigit(first);
  word.capitalized = IsUpper(first);
  size_t letters = 0;
  size_t upper = 0;
  int32_t prev = 0;
  size_t cur = pos;
  while (cur < end) {
    // A run of ASCII letters and digits, lower-cased and appended at once.
    size_t run = cur;
    while (run < end && kAsciiWord[static_cast<unsigned char>(text[run])] != 0) ++run;
    if (run > cur) {
      const size_t old_size = lower->size();
      lower->append(text.data() + cur, run - cur);  // copied, then lower-cased in place
      for (char* out = lower->data() + old_size; out != lower->data() + lower->size(); ++out) {
        const uint8_t kind = kAsciiWord[static_cast<unsigned char>(*out)];
        letters += kind != kDigitByte ? 1 : 0;
        upper += kind == kUpperByte ? 1 : 0;
        if (kind == kUpperByte) *out = static_cast<char>(*out + 32);
      }
      prev = static_cast<unsigned char>(text[run - 1]);
      cur = run;
      continue;
    }
    // Any other ASCII byte but a joiner (' , .) ends the word.
    if (const char b = text[cur];
        static_cast<unsigned char>(b) < 0x80 && b != '\'' && b != ',' && b != '.') {
      break;
    }
    size_t after = cur;
    const int32_t c = NextCodePoint(text, &after);
    if (IsLetter(c) || IsDigit(c)) {
      if (IsLetter(c)) {
        ++letters;
        if (IsUpper(c)) ++upper;
      }
      AppendLowerCp(c, lower);
      prev = c;
      cur = after;
      continue;
    }
    int32_t following = 0;  // the code point after the separator
    if (after < end) {
      size_t tmp = after;
      following = NextCodePoint(text, &tmp);
    }
    const bool joins = (IsApostrophe(c) && IsLetter(prev) && IsLetter(following)) ||
                       ((c == ',' || c == '.') && IsDigit(prev) && IsDigit(following));
    if (joins) {
      AppendLowerCp(c, lower);
      prev = c;
      cur = after;
      continue;
    }
    bool goes_on = false;
    if (c == '.' && IsLetter(prev) &&
        PeriodInWord(text, word.start, cur, after, end, following, &goes_on)) {
      lower->push_back('.');
      cur = after;
      if (goes_on) {
        prev = c;
        continue;
      }
    }
    break;
  }
  word.end = cur;
  word.all_caps = letters >= 2 && upper == letters;
  if (!word.capitalized) word.capitalized = GluedParticleName(text.substr(pos, cur - pos));
  return word;
}

// Lower case of `word` (see LowerWord) into *out.
void AppendLower(std::string_view word, std::string* out) {
  size_t pos = 0;
  while (pos < word.size()) AppendLowerCp(NextCodePoint(word, &pos), out);
}

bool IsAsciiLetterByte(unsigned char b) {
  return b < 0x80 && kAsciiWord[b] != kDigitByte && kAsciiWord[b] != 0;
}

// True when ScanOne, started at known.start with the range ending at
// `end`, would read exactly the known word: its bytes are a run of ASCII
// letters and digits (ScanWords' REQUIRES), so ScanOne reads them in one
// step and then decides on the byte after, which is checked here against
// its rules for a joiner (' , .) after a letter or digit. A case the check
// cannot settle from one or two ASCII bytes (a character outside ASCII
// after the word or its joiner, a single letter before a period) is false,
// and ScanOne reads the word.
bool KnownWordEndsHere(std::string_view text, const Word& known, size_t end,
                       const Vocabulary& vocabulary) {
  if (known.end >= end) return known.end == end;
  const auto next = static_cast<unsigned char>(text[known.end]);
  if (next >= 0x80 || kAsciiWord[next] != 0) return false;
  if (next != '\'' && next != ',' && next != '.') return true;
  const bool digit_before =
      kAsciiWord[static_cast<unsigned char>(text[known.end - 1])] == kDigitByte;
  unsigned char following = 0;  // as ScanOne: 0 at the end of the range
  if (known.end + 1 < end) following = static_cast<unsigned char>(text[known.end + 1]);
  if (following >= 0x80) return false;
  const bool digit_after = kAsciiWord[following] == kDigitByte;
  if (next == '\'') return digit_before || !IsAsciiLetterByte(following);
  if (next == ',' || digit_before) return !(digit_before && digit_after);
  // A period after a letter: PeriodInWord. A word of two letters or more
  // without a period is no run of single letters, so only a title keeps it.
  const size_t length = known.end - known.start;
  if (length < 2) return false;
  return !(length <= 4 && IsAbbreviation(vocabulary.Lower(known.term)));
}

// The words the caller already read (ScanWords' `known`), in text order,
// and the next one that may start at or after the scan's position.
struct KnownWords {
  std::span<const Word> words;
  size_t next = 0;
};

// Appends the words of text[begin, end) to *scan, interning their forms;
// a word of `known` that ScanOne would read the same is taken as it is.
void ScanRange(std::string_view text, size_t begin, size_t end, WordScan* scan,
               Vocabulary* vocabulary, KnownWords* known) {
  size_t pos = begin;
  std::string lower;
  while (pos < end) {
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80 && kAsciiWord[b] == 0) {  // fast path
      ++pos;
      continue;
    }
    if (b < 0x80 && known->next < known->words.size()) {
      while (known->next < known->words.size() && known->words[known->next].start < pos) {
        ++known->next;
      }
      if (known->next < known->words.size()) {
        const Word& word = known->words[known->next];
        if (word.start == pos && KnownWordEndsHere(text, word, end, *vocabulary)) {
          scan->words.push_back(word);
          pos = word.end;
          ++known->next;
          continue;
        }
      }
    }
    size_t next = pos;
    const int32_t cp = NextCodePoint(text, &next);
    if (!IsLetter(cp) && !IsDigit(cp)) {
      pos = next;
      continue;
    }
    lower.clear();
    Word word = ScanOne(text, pos, end, cp, &lower);
    word.term = vocabulary->Intern(lower);
    scan->words.push_back(word);
    pos = word.end;
  }
}

}  // namespace

WordScan ScanWords(std::string_view text, std::vector<ByteSpan> skip,
                   std::shared_ptr<Vocabulary> vocabulary, std::span<const Word> known) {
  if (vocabulary == nullptr) vocabulary = std::make_shared<Vocabulary>();
  WordScan scan;
  scan.words.reserve(text.size() / 6);
  Vocabulary* ids = vocabulary.get();
  std::sort(skip.begin(), skip.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.start < b.start; });
  KnownWords taken{known, 0};
  size_t cursor = 0;
  for (const ByteSpan& s : skip) {
    const size_t start = std::min(s.start, text.size());
    if (start > cursor) ScanRange(text, cursor, start, &scan, ids, &taken);
    cursor = std::max(cursor, std::min(s.end, text.size()));
  }
  if (cursor < text.size()) ScanRange(text, cursor, text.size(), &scan, ids, &taken);
  scan.vocabulary = std::move(vocabulary);
  return scan;
}

Word ClippedWord(std::string_view text, size_t start, size_t end) {
  Word word;
  word.start = start;
  word.end = end;
  word.term = Word::kNoTerm;
  size_t pos = start;
  size_t letters = 0;
  size_t upper = 0;
  bool first = true;
  while (pos < end) {
    const int32_t c = NextCodePoint(text, &pos);
    if (first) {
      word.is_number = IsDigit(c);
      word.capitalized = IsUpper(c);
      first = false;
    }
    if (IsLetter(c)) {
      ++letters;
      if (IsUpper(c)) ++upper;
    }
  }
  word.all_caps = letters >= 2 && upper == letters;
  if (!word.capitalized) {
    word.capitalized = GluedParticleName(text.substr(start, end - start));
  }
  return word;
}

std::string LowerWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  AppendLower(word, &out);
  return out;
}

}  // namespace concord::text
