// Word tokens with lower-case forms and Snowball stems.
//
// What it computes. A token is a maximal run of word characters (Unicode
// letters, combining marks and digits, classified by utf8proc) that may
// carry three kinds of joiner inside it:
//  - an apostrophe (' or U+2019) between two letters: don't, Iran's, O'Neill;
//  - a period between digits (3.5, 1.700.000) or after a segment of one or
//    two letters and before a letter (U.S, a.m, Ph.D); such an acronym also
//    takes its final period, so "U.S." is one token "u.s." wherever it
//    stands, also at the end of a sentence;
//  - a comma between a digit run and exactly three digits (1,700 and
//    12,500,000, but not "5,6").
// Everything else, hyphens included, separates tokens and is dropped:
// "well-known" gives "well" and "known", "$1.5" gives "1.5".
//
// Forms. `lower` is utf8proc_tolower of each code point with U+2019 written
// as '. `stem` is the Snowball English (Porter 2) stem of `lower` from
// libstemmer; numbers are their own stem. Snowball strips the possessive,
// so "Iran's" and "Iran" share the stem "iran".
//
// Cost. One pass over the bytes, ASCII without decoding. Each token's
// lower-case form is interned in the caller's Vocabulary (one hash look-up),
// and the token takes views of the interned forms, so no string is built
// per token. A form is stemmed once per Vocabulary, on first sight; the
// stem comes from the Tokenizer's cache of stems (news repeats its words:
// most look-ups hit) or from Snowball. The cache is a Vocabulary too,
// bounded: it is simply cleared when full, which keeps memory flat on
// endless streams.
#include <libstemmer.h>
#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "concord/text.h"
#include "text/name_case.h"
#include "text/utf8_internal.h"
#include "util/id_map.h"

namespace concord::text {
namespace {

// The cache of stems is cleared when it holds this many words or bytes.
constexpr size_t kStemCacheLimit = size_t{1} << 16;
constexpr size_t kStemCacheBytes = size_t{4} << 20;

enum class CharKind : uint8_t { kOther, kLetter, kDigit, kMark, kApostrophe };

struct Char {
  CharKind kind = CharKind::kOther;
  int32_t code_point = 0;
  size_t length = 1;
};

constexpr std::array<CharKind, 128> MakeAsciiKinds() {
  std::array<CharKind, 128> kinds{};
  for (int c = 0; c < 128; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      kinds[static_cast<size_t>(c)] = CharKind::kLetter;
    } else if (c >= '0' && c <= '9') {
      kinds[static_cast<size_t>(c)] = CharKind::kDigit;
    } else if (c == '\'') {
      kinds[static_cast<size_t>(c)] = CharKind::kApostrophe;
    }
  }
  return kinds;
}
constexpr std::array<CharKind, 128> kAsciiKinds = MakeAsciiKinds();

[[gnu::noinline]] Char DecodeChar(std::string_view text, size_t pos) {
  Char ch;
  ch.length = static_cast<size_t>(
      internal::DecodeUtf8(reinterpret_cast<const unsigned char*>(text.data()) + pos,
                           text.size() - pos, &ch.code_point));
  if (ch.code_point < 0) return ch;
  if (ch.code_point == 0x2019) {
    ch.kind = CharKind::kApostrophe;
    return ch;
  }
  switch (utf8proc_category(ch.code_point)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      ch.kind = CharKind::kLetter;
      break;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      ch.kind = CharKind::kMark;
      break;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
      ch.kind = CharKind::kDigit;
      break;
    default:
      break;
  }
  return ch;
}

inline Char CharAt(std::string_view text, size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return {kAsciiKinds[c], c, 1};
  return DecodeChar(text, pos);
}

bool IsWordChar(CharKind kind) {
  return kind == CharKind::kLetter || kind == CharKind::kDigit || kind == CharKind::kMark;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Appends the lower-case form of `ch` (at text[pos]) to `out`.
inline void AppendLower(std::string_view text, size_t pos, const Char& ch, std::string* out) {
  if (ch.code_point < 0x80 && ch.code_point >= 0) {
    const char c = text[pos];
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  } else if (ch.code_point == 0x2019) {
    out->push_back('\'');
  } else if (ch.code_point < 0) {
    out->append("\xEF\xBF\xBD");
  } else {
    char buffer[4];
    const int length = internal::EncodeUtf8(utf8proc_tolower(ch.code_point), buffer);
    out->append(buffer, static_cast<size_t>(length));
  }
}

// Appends text[i, run), ASCII letters and digits, to *lower, lower-cased
// (copied, then lower-cased in place); returns how many were upper case.
inline size_t AppendAsciiLower(std::string_view text, size_t i, size_t run, std::string* lower) {
  const size_t old_size = lower->size();
  lower->append(text.data() + i, run - i);
  size_t upper = 0;
  for (char* c = lower->data() + old_size; c != lower->data() + lower->size(); ++c) {
    if (*c >= 'A' && *c <= 'Z') {
      *c = static_cast<char>(*c + 32);
      ++upper;
    }
  }
  return upper;
}

// Whether the joiner `ch` at text[i] keeps the word going into `after`:
// an apostrophe between letters ("don't"), a period in a number or after
// a segment of one or two letters ("3.5", "U.S"), a comma before exactly
// three digits ("1,700"). `digits`, `letters`, `length`: the segment before.
// Always inlined: with ReadWord in two instances GCC stopped inlining it,
// and the call in the word loop cost the analysis 1% of its instructions.
[[gnu::always_inline]] inline bool Joins(std::string_view text, size_t i, const Char& ch,
                                         const Char& after, bool digits, bool letters,
                                         size_t length) {
  if (ch.kind == CharKind::kApostrophe) return letters && after.kind == CharKind::kLetter;
  if (ch.code_point == '.') {
    return (digits && after.kind == CharKind::kDigit) ||
           (letters && length <= 2 && after.kind == CharKind::kLetter);
  }
  if (ch.code_point == ',') {
    const size_t n = text.size();
    return digits && i + 4 <= n && IsAsciiDigit(text[i + 1]) && IsAsciiDigit(text[i + 2]) &&
           IsAsciiDigit(text[i + 3]) && (i + 4 == n || !IsAsciiDigit(text[i + 4]));
  }
  return false;
}

// What ReadWord saw of a word's first run of ASCII letters and digits.
struct FirstRun {
  size_t end = 0;     // where the run ends: the word's end when it is all the word
  size_t digits = 0;  // in the whole word
  size_t upper = 0;   // upper-case ASCII letters in the whole word
};

// Reads the word that starts at text[i] (a word character) into
// `lower`, lower-cased: runs of letters and digits with the joiners of
// Tokenizer's rules (an apostrophe between letters, a period in a number or
// an acronym, a comma before three digits); an acronym keeps its final
// period. Returns where the word ends. With kSeeRun, also fills *first
// (the summarizers' analysis, without the word scan, does not count).
template <bool kSeeRun>
size_t ReadWord(std::string_view text, size_t i, std::string& lower, FirstRun* first) {
  const size_t n = text.size();
  lower.clear();
  size_t first_end = i;  // *first, in locals until the end
  size_t digits = 0;
  size_t upper = 0;
  Char ch;
  // The current segment (since the last joiner): its length in
  // characters and whether it is all digits or all letters.
  size_t segment_length = 0;
  bool segment_digits = true;
  bool segment_letters = true;
  bool has_period = false;
  bool acronym = true;  // every segment so far is 1-2 letters
  while (i < n) {
    // A run of ASCII letters and digits, the bulk of English text, in
    // one step: lower-cased and appended at once.
    size_t run = i;
    bool run_digits = true;
    bool run_letters = true;
    for (; run < n && static_cast<unsigned char>(text[run]) < 0x80; ++run) {
      const CharKind kind = kAsciiKinds[static_cast<unsigned char>(text[run])];
      if (kind == CharKind::kLetter) {
        run_digits = false;
      } else if (kind == CharKind::kDigit) {
        run_letters = false;
        if constexpr (kSeeRun) ++digits;
      } else {
        break;
      }
    }
    if (run > i) {
      const size_t run_upper = AppendAsciiLower(text, i, run, &lower);
      if constexpr (kSeeRun) {
        upper += run_upper;
        if (first_end == i) first_end = run;
      }
      segment_length += run - i;
      segment_digits = segment_digits && run_digits;
      segment_letters = segment_letters && run_letters;
      i = run;
      continue;
    }
    // Any other ASCII byte but a joiner (' . ,) ends the token.
    if (const char c = text[i];
        static_cast<unsigned char>(c) < 0x80 && c != '\'' && c != '.' && c != ',') {
      break;
    }
    ch = CharAt(text, i);
    if (IsWordChar(ch.kind)) {
      ++segment_length;
      segment_digits = segment_digits && ch.kind == CharKind::kDigit;
      segment_letters = segment_letters && ch.kind != CharKind::kDigit;
      AppendLower(text, i, ch, &lower);
      i += ch.length;
      continue;
    }
    if (i + ch.length >= n) break;
    const Char after = CharAt(text, i + ch.length);
    if (!Joins(text, i, ch, after, segment_digits, segment_letters, segment_length)) break;
    if (ch.code_point == '.') {
      has_period = true;
      acronym = acronym && segment_letters && segment_length <= 2;
    } else {
      acronym = false;
    }
    AppendLower(text, i, ch, &lower);
    segment_length = 0;
    segment_digits = true;
    segment_letters = true;
    i += ch.length;
  }
  // "U.S." keeps its final period.
  if (has_period && acronym && segment_letters && segment_length <= 2 && i < n && text[i] == '.') {
    lower.push_back('.');
    ++i;
  }
  if constexpr (kSeeRun) *first = FirstRun{first_end, digits, upper};
  return i;
}

}  // namespace

struct Tokenizer::Impl {
  sb_stemmer* stemmer = nullptr;
  // Lower-case word -> its stem and stopword flag, for every Vocabulary
  // this Tokenizer serves; bounded (kStemCacheLimit, kStemCacheBytes).
  Vocabulary cache;
  // Tokens are collected here (its capacity kept from call to call), then
  // copied into a vector of exactly their number: the token vectors are
  // most of a big story's memory, and a guess of their size either wastes
  // memory or, when short, doubles it.
  std::vector<Token> scratch;
  std::string lower;  // the token being read, lower-cased

  std::string RawStem(std::string_view word) {
    if (stemmer == nullptr || word.empty()) return std::string(word);
    const sb_symbol* stemmed = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (stemmed == nullptr) return std::string(word);  // out of memory
    return std::string(reinterpret_cast<const char*>(stemmed),
                       static_cast<size_t>(sb_stemmer_length(stemmer)));
  }

  // The cache's term of `word` (hash: util::ViewHash of it), stemmed.
  const Vocabulary::Term& Cached(std::string_view word, size_t hash) {
    if (cache.size() >= kStemCacheLimit || cache.bytes() >= kStemCacheBytes) cache.Clear();
    const uint32_t id = cache.Intern(word, hash);
    if (!cache.term(id).stemmed) cache.SetStem(id, RawStem(word), IsStopword(word));
    return cache.term(id);
  }

  // Stems term `id` of `vocabulary` (hash: of its form); a number is its
  // own stem and no stopword.
  void StemTerm(Vocabulary& vocabulary, uint32_t id, size_t hash, bool is_number) {
    const std::string_view word = vocabulary.Lower(id);
    if (is_number) {
      vocabulary.SetStem(id, word, false);
      return;
    }
    const Vocabulary::Term& cached = Cached(word, hash);
    vocabulary.SetStem(id, cached.stem, cached.stopword);
  }

  // Tokenize; with kPlainWords, also the words for the scan (Tokenize's
  // plain_words). Two instances, so that the tokens alone count nothing.
  template <bool kPlainWords>
  std::vector<Token> Run(std::string_view text, Vocabulary& vocabulary,
                         std::vector<Word>* plain_words) {
    scratch.clear();
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
      const Char ch = CharAt(text, i);
      if (!IsWordChar(ch.kind)) {
        i += ch.length;
        continue;
      }
      // Built in place at the end of the scratch vector (which keeps its
      // capacity from call to call, so this rarely reallocates).
      Token& token = scratch.emplace_back();
      const size_t start = i;
      token.is_number = ch.kind == CharKind::kDigit;
      FirstRun first;
      i = ReadWord<kPlainWords>(text, i, lower, &first);
      token.span = {start, i};
      const size_t hash = util::ViewHash()(lower);
      const uint32_t id = vocabulary.Intern(lower, hash);
      if constexpr (kPlainWords) {
        if (first.end == i) {
          // All ASCII letters and digits: the word as ScanWords reads it.
          const size_t letters = i - start - first.digits;
          const char initial = text[start];
          const bool capital = (initial >= 'A' && initial <= 'Z') ||
                               GluedParticleName(text.substr(start, i - start));
          plain_words->push_back(
              {start, i, id, capital, letters >= 2 && first.upper == letters, token.is_number});
        }
      }
      if (!vocabulary.term(id).stemmed) StemTerm(vocabulary, id, hash, token.is_number);
      const Vocabulary::Term& term = vocabulary.term(id);
      token.lower = term.lower;
      token.stem = term.stem;
      token.is_stopword = term.stopword;
    }
    return std::vector<Token>(scratch.begin(), scratch.end());
  }
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {
  impl_->stemmer = sb_stemmer_new("english", "UTF_8");
}

Tokenizer::~Tokenizer() {
  if (impl_->stemmer != nullptr) sb_stemmer_delete(impl_->stemmer);
}

std::string Tokenizer::Stem(std::string_view lower) {
  return std::string(impl_->Cached(lower, util::ViewHash()(lower)).stem);
}

std::vector<Token> Tokenizer::Tokenize(std::string_view text, Vocabulary& vocabulary) {
  return impl_->Run<false>(text, vocabulary, nullptr);
}

std::vector<Token> Tokenizer::Tokenize(std::string_view text, Vocabulary& vocabulary,
                                       std::vector<Word>* plain_words) {
  if (plain_words == nullptr) return impl_->Run<false>(text, vocabulary, nullptr);
  return impl_->Run<true>(text, vocabulary, plain_words);
}

}  // namespace concord::text
