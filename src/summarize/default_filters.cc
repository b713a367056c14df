// Candidate filters of the default method.
//
// A sentence is a poor summary sentence when a reader cannot use it alone:
// fragments and very long run-ons, questions, and text shaped like page
// furniture that the cleaner kept (all-caps lines, bylines, a sentence
// ending in a colon). A piece of a quotation split over sentences is
// readable only with the pieces before it: InsideQuotation tells which
// sentences continue a quotation, so that the method takes them after. Each test is on
// the sentence's own tokens and text; nothing is specific to an outlet.
#include <tbb/parallel_for.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "summarize/coverage_params.h"
#include "summarize/select.h"
#include "text/caption.h"
#include "text/quotation_close.h"
#include "util/ascii.h"

namespace concord::summarize::internal {
namespace {

constexpr std::string_view kOpenCurly = "\xE2\x80\x9C";   // U+201C
constexpr std::string_view kCloseCurly = "\xE2\x80\x9D";  // U+201D

constexpr std::array<std::string_view, 22> kLeaningOpeners = {
    "he",  "she", "it",  "they",  "this",    "that",     "these", "those",
    "but", "and", "so",  "also",  "however", "instead",  "still", "yet",
    "his", "her", "its", "their", "then",    "meanwhile"};

// True when a pronoun speaker ("he", "she", "they") starts at `after`,
// past spaces and commas: the words after a quotation's closing mark.
bool PronounAfter(std::string_view text, size_t after) {
  if (after == std::string_view::npos) return false;
  while (after < text.size() && (text[after] == ' ' || text[after] == ',')) ++after;
  for (std::string_view pronoun : {"he ", "she ", "they ", "He ", "She ", "They "}) {
    if (text.compare(after, pronoun.size(), pronoun) == 0) return true;
  }
  return false;
}

// Where the first double quotation mark (straight or curly) at or after
// `from` ends, or npos.
size_t DoubleMarkEnd(std::string_view text, size_t from = 0) {
  for (size_t i = from; i < text.size(); ++i) {
    if (text[i] == '"') return i + 1;
    const std::string_view mark = text.substr(i, 3);
    if (mark == kOpenCurly || mark == kCloseCurly) return i + 3;
  }
  return std::string_view::npos;
}

}  // namespace

// True when the whole sentence is one quotation with no attribution inside
// it ("\"I would rather...\""): its speaker is in the sentence before. A
// quotation nested in it with double curly marks, as some outlets retype a
// quote inside a quote ("“... was not “a war of choice.”", the inner
// closing mark dropped), is still one quotation: three curly marks, open,
// open, close.
bool BareQuotation(std::string_view text) {
  const bool opens = text.substr(0, 1) == "\"" || text.substr(0, 3) == kOpenCurly;
  const bool closes = (!text.empty() && text.back() == '"') ||
                      (text.size() >= 3 && text.substr(text.size() - 3) == kCloseCurly);
  if (!opens || !closes) return false;
  size_t marks = 0;
  size_t curly_opens = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      ++marks;
    } else if (text[i] == '\xE2') {
      const std::string_view mark = text.substr(i, 3);
      curly_opens += mark == kOpenCurly;
      marks += mark == kOpenCurly || mark == kCloseCurly;
    }
  }
  return marks == 2 || (marks == 3 && curly_opens == 2 && text.substr(0, 3) == kOpenCurly);
}

// The quotation's close is read as text reads marks, so mixed styles
// (`“...," she wrote.`) close it too (text/quotation_close.h).
bool PronounSpeaksQuotation(std::string_view text) {
  return PronounAfter(text, text::OpeningQuotationEnd(text));
}

bool BareQuotationRun(const Corpus& corpus, uint32_t first, uint32_t last) {
  std::string joined;
  for (uint32_t i = first; i <= last; ++i) {
    if (i > first) joined += ' ';
    joined += corpus.sentence[i]->text;
  }
  return BareQuotation(joined);
}

bool HoldsDoubleMark(std::string_view text) {
  return DoubleMarkEnd(text) != std::string_view::npos;
}

bool BareOpening(std::string_view text) {
  const size_t first = DoubleMarkEnd(text);
  return (text.starts_with('"') || text.starts_with(kOpenCurly)) &&
         DoubleMarkEnd(text, first) == std::string_view::npos;
}

bool PronounAfterClose(std::string_view text) { return PronounAfter(text, DoubleMarkEnd(text)); }

bool SpeakerAfterClose(std::string_view text) {
  const size_t end = DoubleMarkEnd(text);
  if (end == std::string_view::npos) return false;
  const std::string_view after = text.substr(end);
  return std::any_of(after.begin(), after.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

bool PronounAside(std::string_view text) {
  static constexpr std::array<std::string_view, 3> kPronouns = {"he ", "she ", "they "};
  static constexpr std::array<std::string_view, 16> kCues = {
      "said",   "says",     "added",      "adds",        "explained", "noted",
      "argued", "insisted", "continued",  "wrote",       "recalled",  "declared",
      "warned", "replied",  "complained", "acknowledged"};
  for (size_t comma = text.find(", "); comma != std::string_view::npos;
       comma = text.find(", ", comma + 1)) {
    const std::string_view rest = text.substr(comma + 2);
    for (std::string_view pronoun : kPronouns) {
      if (!rest.starts_with(pronoun)) continue;
      const std::string_view after = rest.substr(pronoun.size());
      for (std::string_view cue : kCues) {
        if (!after.starts_with(cue)) continue;
        const std::string_view tail = after.substr(cue.size());
        if (tail.starts_with(",") || tail == "." || tail.starts_with(". ")) return true;
      }
    }
  }
  return false;
}

bool ConnectiveAside(std::string_view text) {
  static constexpr std::array<std::string_view, 8> kConnectives = {
      "however", "meanwhile",   "though",       "therefore",
      "instead", "nonetheless", "nevertheless", "also"};
  const size_t comma = text.find(',');
  if (comma == std::string_view::npos || comma == 0) return false;
  const std::string_view before = text.substr(0, comma);
  if (std::count(before.begin(), before.end(), ' ') > 4)
    return false;  // four words, a spaced comma
  std::string_view rest = text.substr(comma + 1);
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  for (std::string_view connective : kConnectives) {
    if (rest.size() <= connective.size() || !util::StartsWithI(rest, connective)) continue;
    std::string_view after = rest.substr(connective.size());
    while (after.starts_with(' ')) after.remove_prefix(1);
    if (after.starts_with(',')) return true;
  }
  return false;
}

bool OpensLeaning(const Sentence& sentence) {
  if (sentence.tokens.empty()) return false;
  const std::string_view first = sentence.tokens.front().lower;
  return std::find(kLeaningOpeners.begin(), kLeaningOpeners.end(), first) !=
             kLeaningOpeners.end() ||
         BareQuotation(sentence.text);
}

namespace {

bool MostlyUpperCase(std::string_view text) {
  size_t upper = 0;
  size_t letters = 0;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
      ++letters;
    } else if (c >= 'a' && c <= 'z') {
      ++letters;
    }
  }
  return letters >= 8 && upper * 10 > letters * 7;
}

// True when the sentence opens or closes a quotation it does not contain
// whole: a piece of a multi-sentence quote, unreadable alone. Counts
// straight double quotes and curly ones (U+201C, U+201D) separately.
bool SplitQuotation(std::string_view text) {
  size_t straight = 0;
  size_t open = 0;
  size_t close = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') ++straight;
    if (text.compare(i, 3, "\xE2\x80\x9C") == 0) ++open;
    if (text.compare(i, 3, "\xE2\x80\x9D") == 0) ++close;
  }
  return straight % 2 == 1 || open != close;
}

}  // namespace

namespace {

// Headlines, captions and credit lines. An article's last sentence without
// a final stop is a text cut short (as the truncated training articles
// are), not a headline, and stays a candidate unless it is a credit line
// or, cut short, holds fewer than params.cut_short_min_words words.
bool Furniture(const Corpus& corpus, size_t i, const CoverageParams& params) {
  const std::string_view text = corpus.sentence[i]->text;
  if (corpus.by_article[corpus.article[i]].back() == i) {
    return CreditLine(text) || (static_cast<double>(corpus.words[i]) < params.cut_short_min_words &&
                                LooksLikeFurniture(text));
  }
  return LooksLikeFurniture(text);
}

// The last character of `text` before closing quotation marks, brackets
// and spaces (straight or curly: `Why?”` ends in '?'), or 0.
char LastMark(std::string_view text) {
  text = text::WithoutClosers(text, /*brackets=*/true, /*singles=*/true);
  return text.empty() ? '\0' : text.back();
}

// The default method's tests of candidate `i` beyond BasicEligibility.
bool DefaultTests(const Corpus& corpus, size_t i, const CoverageParams& params) {
  const Sentence& s = *corpus.sentence[i];
  const char last = LastMark(s.text);
  const bool question = last == '?';
  const bool colon = last == ':';
  return corpus.words[i] >= params.min_words && corpus.words[i] <= params.max_words && !question &&
         !colon && !MostlyUpperCase(s.text) &&
         (params.furniture_filter <= 0 || !Furniture(corpus, i, params)) &&
         (params.split_quotes > 0 || !SplitQuotation(s.text));
}

}  // namespace

namespace {

// The candidates that pass `test`, a test that reads only the candidate's
// own sentence: run on the threads of the caller's arena, each answer at
// its index (a byte each, since the bits of a vector<bool> cannot be
// written from two threads).
template <typename Test>
std::vector<bool> Passing(const Corpus& corpus, const Test& test) {
  const std::vector<bool> basic = BasicEligibility(corpus);
  std::vector<char> passes(corpus.size(), 0);
  tbb::parallel_for(size_t{0}, corpus.size(), [&](size_t i) {
    if (basic[i]) passes[i] = test(i);
  });
  return std::vector<bool>(passes.begin(), passes.end());
}

}  // namespace

std::vector<bool> DefaultEligibility(const Corpus& corpus, const CoverageParams& params) {
  return Passing(corpus, [&](size_t i) { return DefaultTests(corpus, i, params); });
}

std::vector<bool> FillEligibility(const Corpus& corpus) {
  return Passing(corpus, [&](size_t i) { return !MostlyUpperCase(corpus.sentence[i]->text); });
}

std::vector<bool> CleanFillEligibility(const Corpus& corpus, const CoverageParams& params) {
  return Passing(corpus, [&](size_t i) {
    const std::string_view text = corpus.sentence[i]->text;
    return !MostlyUpperCase(text) && corpus.words[i] >= params.min_words && LastMark(text) != ':' &&
           (params.furniture_filter <= 0 || !Furniture(corpus, i, params));
  });
}

bool IsQuotationPiece(const Sentence& sentence) { return SplitQuotation(sentence.text); }

bool HasQuotationMark(std::string_view text) {
  return text.find('"') != std::string_view::npos ||
         text.find("\xE2\x80\x9C") != std::string_view::npos;
}

using Mark = text::QuoteMark;

std::vector<bool> InsideQuotation(const Corpus& corpus) {
  std::vector<bool> inside(corpus.size(), false);
  for (const std::vector<uint32_t>& article : corpus.by_article) {
    text::QuotationState state;
    uint32_t expected_index = 0;
    size_t paragraph = 0;
    for (uint32_t i : article) {
      const Sentence& sentence = *corpus.sentence[i];
      const std::vector<Mark> marks = text::QuoteMarks(sentence.text);
      // A gap (a sentence the corpus dropped) ends what was open, and so
      // does a paragraph that does not open with a mark (news style: a
      // quotation running over paragraphs opens each one again).
      if (corpus.index[i] != expected_index) state = {};
      if (sentence.paragraph != paragraph && (marks.empty() || marks.front() == Mark::kClose)) {
        state = {};
      }
      expected_index = corpus.index[i] + 1;
      paragraph = sentence.paragraph;
      if (marks.empty()) {
        inside[i] = state.depth > 0;  // no mark: it continues whatever is open
        continue;
      }
      // The sentence's own marks decide, so that one stray mark earlier in
      // the article cannot turn every later quotation inside out: it starts
      // inside a quotation when its first mark closes one (a mark that
      // could be either closes the one open), and is read from one open
      // quotation then, from none otherwise (text::ReadQuotation: a
      // quotation nested in it closes only itself).
      const Mark first = marks.front();
      inside[i] = first == Mark::kClose || (first == Mark::kEither && state.depth > 0);
      state = text::ReadQuotation(
          sentence.text, inside[i] ? text::QuotationState{1, state.definite, state.straight}
                                   : text::QuotationState{});
    }
  }
  return inside;
}

bool EndsInsideQuotation(std::string_view text, bool definite) {
  const text::QuotationState state = text::ReadQuotation(text);
  return state.depth > 0 && (!definite || state.definite);
}

bool CreditLine(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kMarkers = {
      "photograph by", "photo by", "ap photo", "getty images", "click here",   "sign up",
      "email this",    "http://",  "https://", "www.",         "photo credit", "image caption"};
  // One pass over the text, ASCII case folded as it is read (what
  // std::tolower does in the "C" locale): a table gives the markers that
  // open with each byte, so most bytes cost one look-up. Every sentence of
  // a story is tested, so this is on the hot path.
  static constexpr auto kOpening = [] {
    std::array<uint16_t, 256> opening{};
    for (size_t m = 0; m < kMarkers.size(); ++m) {
      opening[static_cast<unsigned char>(kMarkers[m][0])] |= static_cast<uint16_t>(1u << m);
    }
    return opening;
  }();
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  for (size_t i = 0; i < text.size(); ++i) {
    for (unsigned candidates = kOpening[static_cast<unsigned char>(fold(text[i]))]; candidates != 0;
         candidates &= candidates - 1) {
      const std::string_view marker = kMarkers[std::countr_zero(candidates)];
      if (marker.size() > text.size() - i) continue;
      size_t k = 1;
      while (k < marker.size() && fold(text[i + k]) == marker[k]) ++k;
      if (k == marker.size()) return true;
    }
  }
  return false;
}

bool LooksLikeFurniture(std::string_view text) {
  if (!text::EndsLikeSentence(text)) return true;
  return CreditLine(text) || text::LooksLikeCaption(text);
}

}  // namespace concord::summarize::internal
