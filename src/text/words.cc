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
// form is interned once per scan (WordScan::terms). Cost: one pass, one hash
// lookup a word.
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <functional>

#include "concord/text.h"
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
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
         c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
         c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN;
}

bool IsDigit(int32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsApostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsUpper(int32_t cp) { return cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : utf8proc_isupper(cp); }

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
    const char b = text[cur];
    const bool ascii_upper = b >= 'A' && b <= 'Z';
    if (ascii_upper || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {  // fast path
      if (!IsDigit(b)) {
        ++letters;
        upper += ascii_upper ? 1 : 0;
      }
      lower->push_back(ascii_upper ? static_cast<char>(b + 32) : b);
      prev = b;
      ++cur;
      continue;
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
  return word;
}

// Lower case of `word` (see LowerWord) into *out.
void AppendLower(std::string_view word, std::string* out) {
  size_t pos = 0;
  while (pos < word.size()) AppendLowerCp(NextCodePoint(word, &pos), out);
}

// Interns lower-case forms into WordScan::terms: an open-addressing table
// of term ids, so a word costs one hash and no allocation.
class Interner {
 public:
  explicit Interner(std::vector<std::string>* terms) : terms_(terms), slots_(1024, kEmpty) {}

  uint32_t Id(const std::string& lower) {
    if (terms_->size() * 2 >= slots_.size()) Grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = std::hash<std::string_view>{}(lower) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == kEmpty) {
        slots_[i] = static_cast<uint32_t>(terms_->size());
        terms_->push_back(lower);
        return slots_[i];
      }
      if ((*terms_)[slots_[i]] == lower) return slots_[i];
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  void Grow() {
    slots_.assign(slots_.size() * 2, kEmpty);
    const size_t mask = slots_.size() - 1;
    for (uint32_t t = 0; t < terms_->size(); ++t) {
      size_t i = std::hash<std::string_view>{}((*terms_)[t]) & mask;
      while (slots_[i] != kEmpty) i = (i + 1) & mask;
      slots_[i] = t;
    }
  }
  std::vector<std::string>* terms_;
  std::vector<uint32_t> slots_;
};

// Appends the words of text[begin, end) to *scan, interning their forms.
void ScanRange(std::string_view text, size_t begin, size_t end, WordScan* scan, Interner* ids) {
  size_t pos = begin;
  std::string lower;
  while (pos < end) {
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80 && !IsLetter(b) && !IsDigit(b)) {  // fast path
      ++pos;
      continue;
    }
    size_t next = pos;
    const int32_t cp = NextCodePoint(text, &next);
    if (!IsLetter(cp) && !IsDigit(cp)) {
      pos = next;
      continue;
    }
    lower.clear();
    Word word = ScanOne(text, pos, end, cp, &lower);
    word.term = ids->Id(lower);
    scan->words.push_back(word);
    pos = word.end;
  }
}

}  // namespace

WordScan ScanWords(std::string_view text, std::vector<ByteSpan> skip) {
  WordScan scan;
  scan.words.reserve(text.size() / 6);
  Interner ids(&scan.terms);
  std::sort(skip.begin(), skip.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.start < b.start; });
  size_t cursor = 0;
  for (const ByteSpan& s : skip) {
    const size_t start = std::min(s.start, text.size());
    if (start > cursor) ScanRange(text, cursor, start, &scan, &ids);
    cursor = std::max(cursor, std::min(s.end, text.size()));
  }
  if (cursor < text.size()) ScanRange(text, cursor, text.size(), &scan, &ids);
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
  return word;
}

std::string LowerWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  AppendLower(word, &out);
  return out;
}

}  // namespace concord::text
