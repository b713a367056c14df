// ROUGE-1.5.5's own Porter stemmer, written by hand.
//
// What it computes: the stem that ROUGE-1.5.5.pl's `stem` subroutine gives a
// lower-case token. With `-m`, ROUGE looks a token of 4+ characters up in the
// WordNet exception lists and, when it is not there, stems it with this.
//
// Why it is hand-written and not libstemmer: the script embeds "Release 1" of
// the Perl Porter stemmer (Porter 1980, "An algorithm for suffix stripping",
// Program 14(3):130-137), written as regular expressions, and then changed it:
//   * step 2 maps "logi" to "log" (analogy -> analog), a rule that is not in
//     the 1980 paper;
//   * step 4 (changed by Chin-Yew Lin, 02/14/2004) first strips the longest of
//     al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize, then,
//     on what is left, "ment", then "ent" or else "(s|t)ion", each when m > 1,
//     so agreement -> agreem and argument -> argum;
//   * consonants and vowels are character classes, not Porter's context rule
//     for "y": a consonant is [^aeiou] (so y, digits and the initial "Y" the
//     script substitutes for a leading y are consonants) and a vowel is
//     [aeiouy]; "m > 0" is the regex ^(C)?VC with C = [^aeiou][^aeiouy]* and
//     V = [aeiouy][aeiou]*.
// Snowball's "porter" differs from it on 155 of the 23,946 words of
// ../shared/data/rouge-vectors/porter-stems.tsv and Snowball's "english" on
// 970, so a ROUGE that claims to match the official script cannot use either.
//
// How: each regex of the script is written down as a short list of atoms
// (a character class, once or starred) and tested by a small backtracking
// matcher, so the conditions read like the script's and can be checked
// against it rule by rule; only yes/no answers are needed, because the
// suffixes themselves are found with plain string tests (a regex that
// alternates suffixes anchored at the end matches the longest one that the
// word ends with). Cost: a few hundred nanoseconds a word; the scorer caches
// stems per thread.
#include "eval/porter_stemmer.h"

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace concord::eval::internal {
namespace {

// The character classes the script's regexes use.
enum class CharClass {
  kConsonant,     // [^aeiou]   ($c)
  kVowel,         // [aeiouy]   ($v)
  kNotVowelOrY,   // [^aeiouy]
  kPureVowel,     // [aeiou]
  kNotAeiouwxy,   // [^aeiouwxy]
};

bool IsAeiou(char ch) {
  return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

bool InClass(CharClass cls, char ch) {
  switch (cls) {
    case CharClass::kConsonant:
      return !IsAeiou(ch);
    case CharClass::kVowel:
      return IsAeiou(ch) || ch == 'y';
    case CharClass::kNotVowelOrY:
      return !IsAeiou(ch) && ch != 'y';
    case CharClass::kPureVowel:
      return IsAeiou(ch);
    case CharClass::kNotAeiouwxy:
      return !IsAeiou(ch) && ch != 'w' && ch != 'x' && ch != 'y';
  }
  return false;
}

struct Atom {
  CharClass cls;
  bool star;  // false: exactly one character; true: zero or more
};

// True when atoms[0..] match `text` from `pos` (to the end of the text when
// `anchor_end`).
bool MatchFrom(std::span<const Atom> atoms, std::string_view text,
               std::size_t pos, bool anchor_end) {
  if (atoms.empty()) return !anchor_end || pos == text.size();
  const Atom& atom = atoms.front();
  std::span<const Atom> rest = atoms.subspan(1);
  if (!atom.star) {
    return pos < text.size() && InClass(atom.cls, text[pos]) &&
           MatchFrom(rest, text, pos + 1, anchor_end);
  }
  for (std::size_t end = pos;; ++end) {
    if (MatchFrom(rest, text, end, anchor_end)) return true;
    if (end >= text.size() || !InClass(atom.cls, text[end])) return false;
  }
}

// A regex anchored at the start: one or more alternatives (the optional
// groups of the script, spelt out).
template <std::size_t N>
bool MatchAny(const std::array<std::span<const Atom>, N>& alternatives,
              std::string_view text, bool anchor_end) {
  for (const auto& alternative : alternatives) {
    if (MatchFrom(alternative, text, 0, anchor_end)) return true;
  }
  return false;
}

constexpr Atom kC0 = {CharClass::kConsonant, false};
constexpr Atom kCStar = {CharClass::kNotVowelOrY, true};
constexpr Atom kV0 = {CharClass::kVowel, false};
constexpr Atom kVStar = {CharClass::kPureVowel, true};
constexpr Atom kNotWxy = {CharClass::kNotAeiouwxy, false};

// C = [^aeiou][^aeiouy]*, V = [aeiouy][aeiou]*.
constexpr std::array<Atom, 4> kVC = {kV0, kVStar, kC0, kCStar};
constexpr std::array<Atom, 6> kCVC = {kC0, kCStar, kV0, kVStar, kC0, kCStar};
constexpr std::array<Atom, 6> kVCV = {kV0, kVStar, kC0, kCStar, kV0, kVStar};
constexpr std::array<Atom, 8> kCVCV = {kC0,   kCStar, kV0, kVStar,
                                       kC0,   kCStar, kV0, kVStar};
constexpr std::array<Atom, 8> kVCVC = {kV0,   kVStar, kC0, kCStar,
                                       kV0,   kVStar, kC0, kCStar};
constexpr std::array<Atom, 10> kCVCVC = {kC0, kCStar, kV0, kVStar, kC0,
                                         kCStar, kV0, kVStar, kC0, kCStar};
constexpr std::array<Atom, 1> kV = {kV0};
constexpr std::array<Atom, 3> kCV = {kC0, kCStar, kV0};
constexpr std::array<Atom, 4> kCvcShort = {kC0, kCStar, kV0, kNotWxy};

// $mgr0 = ^(C)?VC : m > 0.
bool MeasureAbove0(std::string_view s) {
  return MatchAny<2>({std::span<const Atom>(kCVC), std::span<const Atom>(kVC)},
                     s, false);
}

// $meq1 = ^(C)?VC(V)?$ : m == 1.
bool MeasureIs1(std::string_view s) {
  return MatchAny<4>({std::span<const Atom>(kCVC), std::span<const Atom>(kVC),
                      std::span<const Atom>(kCVCV), std::span<const Atom>(kVCV)},
                     s, true);
}

// $mgr1 = ^(C)?VCVC : m > 1.
bool MeasureAbove1(std::string_view s) {
  return MatchAny<2>(
      {std::span<const Atom>(kCVCVC), std::span<const Atom>(kVCVC)}, s, false);
}

// $_v = ^(C)?v : the stem holds a vowel.
bool HasVowel(std::string_view s) {
  return MatchAny<2>({std::span<const Atom>(kCV), std::span<const Atom>(kV)},
                     s, false);
}

// ^C v [^aeiouwxy]$ : consonant-vowel-consonant ending (Porter's *o).
bool IsShortCvc(std::string_view s) {
  return MatchAny<1>({std::span<const Atom>(kCvcShort)}, s, true);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// The longest rule whose suffix `w` ends with (what the script's alternation
// anchored with `$` matches), or nullptr.
template <std::size_t N>
const Rule* LongestSuffix(const std::array<Rule, N>& rules, std::string_view w) {
  const Rule* best = nullptr;
  for (const Rule& rule : rules) {
    if (EndsWith(w, rule.suffix) &&
        (best == nullptr || rule.suffix.size() > best->suffix.size())) {
      best = &rule;
    }
  }
  return best;
}

constexpr std::array<Rule, 21> kStep2 = {{
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},
    {"anci", "ance"},   {"izer", "ize"},    {"bli", "ble"},
    {"alli", "al"},     {"entli", "ent"},   {"eli", "e"},
    {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
    {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},
    {"iviti", "ive"},   {"biliti", "ble"},  {"logi", "log"},
}};

constexpr std::array<Rule, 7> kStep3 = {{
    {"icate", "ic"},
    {"ative", ""},
    {"alize", "al"},
    {"iciti", "ic"},
    {"ical", "ic"},
    {"ful", ""},
    {"ness", ""},
}};

constexpr std::array<Rule, 16> kStep4 = {{
    {"al", ""},  {"ance", ""}, {"ence", ""}, {"er", ""},    {"ic", ""},
    {"able", ""}, {"ible", ""}, {"ant", ""}, {"ement", ""}, {"ou", ""},
    {"ism", ""}, {"ate", ""},  {"iti", ""},  {"ous", ""},   {"ive", ""},
    {"ize", ""},
}};

std::string_view Without(std::string_view w, std::size_t suffix_size) {
  return w.substr(0, w.size() - suffix_size);
}

}  // namespace

std::string RougePorterStem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  // The script maps an initial y to Y so that no pattern treats it as a vowel.
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';

  // Step 1a: sses -> ss, ies -> i, s -> "" (after a letter other than s).
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }

  // Step 1b: eed -> ee when m > 0; ed, ing dropped when the stem has a vowel,
  // then at/bl/iz gain an e, a double consonant loses one, *o gains an e.
  if (EndsWith(w, "eed")) {
    if (MeasureAbove0(Without(w, 3))) w.pop_back();
  } else if (EndsWith(w, "ed") || EndsWith(w, "ing")) {
    const std::size_t suffix = EndsWith(w, "ed") ? 2 : 3;
    if (HasVowel(Without(w, suffix))) {
      w.resize(w.size() - suffix);
      const std::size_t n = w.size();
      if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
        w += 'e';
      } else if (n >= 2 && w[n - 1] == w[n - 2] &&
                 std::string_view("aeiouylsz").find(w[n - 1]) ==
                     std::string_view::npos) {
        w.pop_back();
      } else if (IsShortCvc(w)) {
        w += 'e';
      }
    }
  }

  // Step 1c: y -> i when the stem has a vowel.
  if (!w.empty() && w.back() == 'y' && HasVowel(Without(w, 1))) {
    w.back() = 'i';
  }

  // Steps 2 and 3: the longest listed suffix is replaced when m > 0.
  if (const Rule* rule = LongestSuffix(kStep2, w)) {
    std::string_view stem = Without(w, rule->suffix.size());
    if (MeasureAbove0(stem)) w = std::string(stem) + std::string(rule->replacement);
  }
  if (const Rule* rule = LongestSuffix(kStep3, w)) {
    std::string_view stem = Without(w, rule->suffix.size());
    if (MeasureAbove0(stem)) w = std::string(stem) + std::string(rule->replacement);
  }

  // Step 4 (as modified in ROUGE-1.5.5): each removal when m > 1.
  if (const Rule* rule = LongestSuffix(kStep4, w)) {
    std::string_view stem = Without(w, rule->suffix.size());
    if (MeasureAbove1(stem)) w.resize(stem.size());
  }
  if (EndsWith(w, "ment")) {
    if (MeasureAbove1(Without(w, 4))) w.resize(w.size() - 4);
  }
  if (EndsWith(w, "ent")) {
    if (MeasureAbove1(Without(w, 3))) w.resize(w.size() - 3);
  } else if (EndsWith(w, "sion") || EndsWith(w, "tion")) {
    if (MeasureAbove1(Without(w, 3))) w.resize(w.size() - 3);
  }

  // Step 5: a final e goes when m > 1, or m == 1 and not *o; ll -> l when
  // m > 1.
  if (!w.empty() && w.back() == 'e') {
    std::string_view stem = Without(w, 1);
    if (MeasureAbove1(stem) || (MeasureIs1(stem) && !IsShortCvc(stem))) {
      w.pop_back();
    }
  }
  if (EndsWith(w, "ll") && MeasureAbove1(w)) w.pop_back();

  if (initial_y) w[0] = 'y';
  return w;
}

}  // namespace concord::eval::internal
