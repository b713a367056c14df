// Compress: the rules of compress.h.
//
// The sentence is read as segments: its top-level commas (outside
// brackets, followed by a space) and its spaced dashes cut it into runs of
// words, and each rule drops byte ranges made of whole segments, brackets
// or a leading word, so what stays is verbatim. Every rule keys on
// function words and punctuation only ("who", "which", "according to",
// "said", a word in "-ing" after the last comma), never on letter case.
#include "summarize/compress.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace concord::summarize::internal {
namespace {

using text::ByteSpan;

constexpr std::array<std::string_view, 8> kConnectives = {
    "but", "however", "meanwhile", "moreover", "nevertheless", "furthermore", "additionally", "and"};
// Connectives that open a sentence only as "Still, ...": without the comma
// they are part of the clause ("Still photos show", "So far").
constexpr std::array<std::string_view, 6> kCommaConnectives = {"still", "so",   "yet",
                                                               "also",  "then", "instead"};
constexpr std::array<std::string_view, 15> kSayVerbs = {
    "said",  "says",    "told",  "added",     "according", "reported",  "reports", "stated",
    "explained", "noted", "tweeted", "wrote", "confirmed", "announced", "insisted"};
// Words in "-ing" that open a trailing segment but are not participles.
constexpr std::array<std::string_view, 14> kNotParticiples = {
    "during",   "according", "morning", "evening", "nothing", "something", "anything",
    "everything", "building", "meeting", "wedding", "spring",  "thing",     "king"};
constexpr std::array<std::string_view, 66> kVerbWords = {
    "is",     "are",   "was",    "were",   "be",      "been",  "being", "am",    "has",
    "have",   "had",   "will",   "would",  "can",     "could", "may",   "might", "must",
    "shall",  "should", "do",    "does",   "did",     "won't", "can't", "isn't", "wasn't",
    "said",   "says",  "told",   "went",   "came",    "took",  "made",  "gave",  "found",
    "left",   "got",   "won",    "lost",   "met",     "ran",   "began", "became", "brought",
    "thought", "knew", "saw",    "fell",   "held",    "kept",  "paid",  "sent",  "set",
    "shot",   "struck", "put",   "hit",    "led",     "fled",  "spent", "built", "rose",
    "sold",   "hurt",  "broke"};
// Words after which a word in "-s" is a plural noun, not a verb.
constexpr std::array<std::string_view, 16> kBeforeNoun = {
    "the", "a",   "an",   "his", "her",  "its",  "their", "our",
    "my",  "of",  "in",   "on",  "at",   "for",  "with",  "by"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsSpace(char c) { return c == ' '; }

// A word that can carry a clause: an auxiliary, a frequent irregular past,
// a regular past ("-ed") or a third-person present ("-s" not after an
// article or preposition).
bool VerbLike(const std::vector<text::Token>& tokens, size_t t) {
  const std::string_view w = tokens[t].lower;
  if (In(kVerbWords, w)) return true;
  if (w.size() >= 4 && w.ends_with("ed")) return true;
  if (w.size() >= 4 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("'s") &&
      !tokens[t].is_number) {
    return t == 0 || !In(kBeforeNoun, tokens[t - 1].lower);
  }
  return false;
}

// True when `rest` (what follows an apostrophe after a space, as
// tokenized text writes "he 's" and "do n't") is the end of a contraction.
bool ContractionTail(std::string_view rest) {
  for (std::string_view tail : {"s", "t", "ll", "re", "ve", "d", "m"}) {
    if (rest.starts_with(tail) &&
        (rest.size() == tail.size() || !std::isalpha(static_cast<unsigned char>(rest[tail.size()])))) {
      return true;
    }
  }
  return false;
}

// True when the text has a quotation mark (any kind, or a straight single
// one opening a word) or brackets that do not pair up.
bool Unsafe(std::string_view text) {
  int depth = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    if (c == '"' || c == '`') return true;
    if (c == '\'' && (k + 1 < text.size() && text[k + 1] == '\'')) return true;
    if (c == '\'' && (k == 0 || IsSpace(text[k - 1])) && !ContractionTail(text.substr(k + 1))) {
      return true;
    }
    if (c == '\xE2' && k + 2 < text.size() && text[k + 1] == '\x80' &&
        (text[k + 2] == '\x9C' || text[k + 2] == '\x9D' || text[k + 2] == '\x98')) {
      return true;
    }
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') {
      if (--depth < 0) return true;
    }
  }
  return depth != 0;
}

// A top-level separator: a comma followed by a space, or a spaced dash
// ("-", "--", an en or em dash between spaces).
struct Separator {
  ByteSpan span;  // the comma, or the dash with its spaces
  bool dash = false;
};

// The sentence as rules see it: its tokens, its separators and the final
// stop.
struct Reading {
  std::string_view text;
  const std::vector<text::Token>* tokens = nullptr;
  std::vector<Separator> separators;
  size_t stop = 0;  // the final '.' or '!'

  // Tokens [first, last) that lie within [a, b) of the text.
  std::pair<size_t, size_t> TokensIn(size_t a, size_t b) const {
    size_t first = 0;
    while (first < tokens->size() && (*tokens)[first].span.start < a) ++first;
    size_t last = first;
    while (last < tokens->size() && (*tokens)[last].span.end <= b) ++last;
    return {first, last};
  }
  // The segment after separator k: up to the next separator or the stop.
  ByteSpan Segment(size_t k) const {
    const size_t end = k + 1 < separators.size() ? separators[k + 1].span.start : stop;
    return {separators[k].span.end, end};
  }
  std::string_view Word(size_t t) const { return (*tokens)[t].lower; }
};

std::optional<Reading> Read(const Sentence& sentence) {
  Reading r;
  r.text = sentence.text;
  r.tokens = &sentence.tokens;
  std::string_view text = r.text;
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  if (text.empty() || (text.back() != '.' && text.back() != '!') || Unsafe(r.text)) {
    return std::nullopt;
  }
  r.stop = text.size() - 1;
  int depth = 0;
  for (size_t k = 0; k < r.stop; ++k) {
    const char c = text[k];
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
    if (depth != 0) continue;
    if (c == ',' && k + 1 < text.size() && IsSpace(text[k + 1])) {
      r.separators.push_back({{k, k + 1}, false});
      continue;
    }
    if (k == 0 || !IsSpace(text[k - 1])) continue;
    size_t end = k;
    if (c == '-') {
      while (end < text.size() && text[end] == '-') ++end;
    } else if (text.compare(k, 3, "\xE2\x80\x93") == 0 || text.compare(k, 3, "\xE2\x80\x94") == 0) {
      end = k + 3;
    }
    if (end > k && end - k <= 3 && end < text.size() && IsSpace(text[end])) {
      r.separators.push_back({{k - 1, end + 1}, true});
      k = end;
    }
  }
  return r;
}

// kDropConnective and kDropLeadingAttribution: the range before the
// clause, or an empty one.
ByteSpan LeadingDrop(const Reading& r, unsigned rules) {
  const auto& tokens = *r.tokens;
  if (tokens.size() < 2) return {};
  const bool comma_after_first = r.text.size() > tokens[0].span.end &&
                                 r.text[tokens[0].span.end] == ',';
  if ((rules & kDropConnective) &&
      (In(kConnectives, r.Word(0)) || (In(kCommaConnectives, r.Word(0)) && comma_after_first))) {
    return {0, tokens[1].span.start};
  }
  if ((rules & kDropLeadingAttribution) && r.Word(0) == "according" && r.Word(1) == "to") {
    for (const Separator& s : r.separators) {
      if (s.dash) break;
      const auto [first, last] = r.TokensIn(s.span.end, r.text.size());
      if (first < tokens.size() && first <= 12) return {0, tokens[first].span.start};
      break;
    }
  }
  return {};
}

// True when segment k (after a comma) is an attribution: a verb of saying
// among its first five words, not a relative clause.
bool Attribution(const Reading& r, size_t k) {
  const ByteSpan seg = r.Segment(k);
  const auto [first, last] = r.TokensIn(seg.start, seg.end);
  if (first == last || last - first > 14) return false;
  const std::string_view opener = r.Word(first);
  if (opener == "who" || opener == "which" || opener == "whose" || opener == "where" ||
      opener == "when" || opener == "while" || opener == "and" || opener == "but" ||
      opener == "or") {
    return false;
  }
  // ", said John Smith" and ", according to X" open with their verb; any
  // other verb needs its subject before it (", confirmed the closure" is
  // the sentence's own predicate). What follows the verb is its
  // circumstances (", police said on Tuesday", ", said John Smith"), never
  // a clause of its own (", Ryan said he welcomed it", ", said the effort
  // was not a failure").
  const size_t stop_token = last;  // clang 14 cannot capture a structured binding
  auto circumstances = [&](size_t verb) {
    for (size_t t = verb + 1; t < stop_token; ++t) {
      if (r.Word(t) == "that" || VerbLike(*r.tokens, t)) return false;
    }
    return true;
  };
  if (opener == "according") return true;
  if (opener == "said" || opener == "says") return circumstances(first);
  for (size_t t = first + 1; t < last && t < first + 5; ++t) {
    if (In(kSayVerbs, r.Word(t))) return circumstances(t);
  }
  return false;
}

// An appositive segment: "a/an ..." of at most 8 words without a
// verb-like word ("a spokesman for the city", not "a man was arrested"), or
// one number (an age).
bool Appositive(const Reading& r, ByteSpan seg) {
  const auto [first, last] = r.TokensIn(seg.start, seg.end);
  if (first == last) return false;
  if (last - first == 1 && (*r.tokens)[first].is_number) return true;
  if (!(r.Word(first) == "a" || r.Word(first) == "an") || last - first > 8) return false;
  for (size_t t = first; t < last; ++t) {
    if (VerbLike(*r.tokens, t)) return false;
  }
  return true;
}

// True when the segment holds a verb-like word.
bool HasVerb(const Reading& r, ByteSpan seg) {
  const auto [first, last] = r.TokensIn(seg.start, seg.end);
  for (size_t t = first; t < last; ++t) {
    if (VerbLike(*r.tokens, t)) return true;
  }
  return false;
}

bool RelativeOpener(std::string_view w) { return w == "who" || w == "which" || w == "whose"; }

// The ranges the segment rules drop.
void SegmentDrops(const Reading& r, unsigned rules, std::vector<ByteSpan>& drops) {
  const auto& seps = r.separators;
  const size_t n = seps.size();
  auto words = [&](ByteSpan s) {
    const auto [first, last] = r.TokensIn(s.start, s.end);
    return last - first;
  };
  auto opener = [&](ByteSpan s) {
    const auto [first, last] = r.TokensIn(s.start, s.end);
    return first < last ? r.Word(first) : std::string_view();
  };
  // A trailing attribution: the last comma segment, or the one before an
  // appositive last segment (", said John Smith, a spokesman.").
  if ((rules & kDropTrailingAttribution) && n > 0 && !seps[n - 1].dash) {
    if (Attribution(r, n - 1)) {
      drops.push_back({seps[n - 1].span.start, r.stop});
    } else if (n > 1 && !seps[n - 2].dash && Attribution(r, n - 2) &&
               Appositive(r, r.Segment(n - 1))) {
      drops.push_back({seps[n - 2].span.start, r.stop});
    }
  }
  for (size_t k = 0; k < n; ++k) {
    const ByteSpan seg = r.Segment(k);
    const bool last_segment = k + 1 == n;
    if ((rules & kDropParticipial) && last_segment && !seps[k].dash) {
      const std::string_view w = opener(seg);
      if (w.size() >= 6 && w.ends_with("ing") && !In(kNotParticiples, w) && words(seg) <= 25) {
        drops.push_back({seps[k].span.start, r.stop});
      }
    }
    if (!(rules & kDropRelative)) continue;
    if (last_segment) {
      // ", which angered many." to the end.
      if (!seps[k].dash && RelativeOpener(opener(seg)) && words(seg) <= 20) {
        drops.push_back({seps[k].span.start, r.stop});
      }
      continue;
    }
    // Between two commas (never dashes: a dateline's dash pairs with an
    // aside's, and a dash pair may stand for a comma); what follows must
    // resume the clause (a verb-like word before the next separator), so
    // neither a list nor a list of appositives is cut.
    if (seps[k].dash || seps[k + 1].dash) continue;
    const ByteSpan next = r.Segment(k + 1);
    const std::string_view after = opener(next);
    if (after == "and" || after == "or" || after == "but") continue;
    const bool aside =
        (RelativeOpener(opener(seg)) && words(seg) <= 20) || Appositive(r, seg);
    if (aside && HasVerb(r, next)) drops.push_back({seps[k].span.start, seps[k + 1].span.end});
  }
}

// kDropBrackets: every top-level "(...)" or "[...]" after a space (not at
// the start, not "conversation(s)").
void BracketDrops(const Reading& r, std::vector<ByteSpan>& drops) {
  int depth = 0;
  size_t open = 0;
  for (size_t k = 0; k < r.stop; ++k) {
    const char c = r.text[k];
    if (c == '(' || c == '[') {
      if (depth++ == 0) open = k;
    } else if ((c == ')' || c == ']') && --depth == 0 && open > 0 && IsSpace(r.text[open - 1])) {
      const auto [first, last] = r.TokensIn(open, k + 1);
      if (last - first <= 20) drops.push_back({open, k + 1});
    }
  }
}

// The pieces left by `drops`, trimmed of spaces, and their joined text.
std::optional<Compressed> Assemble(const Reading& r, std::vector<ByteSpan> drops) {
  std::sort(drops.begin(), drops.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.start < b.start; });
  Compressed out;
  size_t cursor = 0;
  auto keep = [&](size_t a, size_t b) {
    while (a < b && IsSpace(r.text[a])) ++a;
    while (b > a && IsSpace(r.text[b - 1])) --b;
    if (a < b) out.pieces.push_back({a, b});
  };
  for (const ByteSpan& d : drops) {
    if (d.start > cursor) keep(cursor, d.start);
    cursor = std::max(cursor, d.end);
  }
  // The stop, unless what is kept before it ends with a period of its own
  // ("at 12:00 p.m.", "D-Mass.").
  keep(cursor, r.text.size());
  if (out.pieces.size() >= 2 && out.pieces.back().end - out.pieces.back().start == 1 &&
      r.text[out.pieces[out.pieces.size() - 2].end - 1] == '.') {
    out.pieces.pop_back();
  }
  for (const ByteSpan& p : out.pieces) {
    const std::string_view piece = r.text.substr(p.start, p.end - p.start);
    const char c = piece.front();
    const bool glued = c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    // Punctuation keeps the space the sentence had before it ("sunday ." in
    // tokenized text).
    if (!out.text.empty() && (!glued || IsSpace(r.text[p.start - 1]))) out.text.push_back(' ');
    if (out.text.empty() && glued) return std::nullopt;  // starts with punctuation
    out.text.append(piece);
  }
  const char first = r.text.front();
  char& now = out.text.front();
  if (first >= 'A' && first <= 'Z' && now >= 'a' && now <= 'z') now = static_cast<char>(now - 32);
  return out;
}

}  // namespace

std::optional<Compressed> Compress(const Sentence& sentence, unsigned rules) {
  const std::optional<Reading> reading = Read(sentence);
  if (!reading) return std::nullopt;
  const Reading& r = *reading;
  std::vector<ByteSpan> drops;
  if (const ByteSpan lead = LeadingDrop(r, rules); lead.end > 0) drops.push_back(lead);
  SegmentDrops(r, rules, drops);
  if (rules & kDropBrackets) BracketDrops(r, drops);
  if (drops.empty()) return std::nullopt;
  std::optional<Compressed> out = Assemble(r, drops);
  if (!out) return std::nullopt;
  // It must read as a sentence: 4 words or more, fewer than before, a
  // verb-like word among the kept ones, the stop kept, no comma left
  // dangling.
  size_t kept_words = 0;
  bool verb = false;
  const auto& tokens = sentence.tokens;
  for (size_t t = 0; t < tokens.size(); ++t) {
    const bool kept = std::any_of(out->pieces.begin(), out->pieces.end(), [&](const ByteSpan& p) {
      return tokens[t].span.start >= p.start && tokens[t].span.end <= p.end;
    });
    if (!kept) continue;
    ++kept_words;
    verb = verb || VerbLike(tokens, t);
  }
  const std::string_view text = out->text;
  if (kept_words < 4 || kept_words >= tokens.size() || !verb ||
      !(out->pieces.back().end == r.stop + 1 || (r.text[r.stop] == '.' && text.back() == '.')) ||
      text.find(",.") != std::string_view::npos ||
      text.find(", .") != std::string_view::npos || text.find(",,") != std::string_view::npos) {
    return std::nullopt;
  }
  return out;
}

}  // namespace concord::summarize::internal
