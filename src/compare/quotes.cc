// Direct quotes, their speakers and cue verbs.
//
// What it finds. A direct quote is text between quotation marks that a
// speaker is reported to have said. News prose writes them in a handful of
// shapes, all handled here:
//   "...," he said.                  attribution after the quote
//   Kerry said: "..."                attribution before it
//   "...," Kerry said, "..."         one quote split by its attribution
//   "... ," said Caddell. "..."      continued, unattributed, next sentence
//   the U.S. is "deeply engaged"     embedded in the reporter's clause
// with straight, curly and NYT-style doubled single marks, single quotes
// nested inside double ones, multi-sentence quotes, and quotes left open at
// the end of a paragraph (the convention for quotes that run on).
//
// How. (1) Marks are found with their left/right context (a mark after a
// space opens, one before a space or punctuation closes; curly marks say
// which they are) and paired per paragraph with a stack, so only outermost
// quotes are kept. (2) For each quote, the clause right after it (up to a
// comma or the sentence end) and the text before it back to the sentence
// start are searched for a cue verb from a fixed lexicon of ~90 speech
// verbs; the speaker is the noun phrase next to the cue: a pronoun, a
// capitalized name (with its title), or a determiner phrase ("the
// secretary", "a spokesman"). A passive ("Kerry was asked:") gives a cue but
// no speaker. (3) A quote without its own attribution that follows an
// attributed one with only whitespace between (after its attribution
// sentence) is a continuation: joined as a second part, or, when either is
// embedded, given the same speaker. (4) A pronoun speaker resolves to the
// nearest earlier named speaker: a name next to a cue verb anywhere earlier
// in the article, or a quote's named speaker. A title speaker ("the
// secretary") resolves to the nearest earlier name written with that title
// ("Secretary of State John Kerry"). Names resolve to the longest spelling
// of their group in the article (see name_variants.cc).
//
// What it does not do: no parser, so a speaker far from its cue, reported
// speech without quotation marks, and pronouns whose antecedent is not the
// nearest named speaker are missed or wrong. Cost: linear in the text plus
// the names' grouping.
#include "compare/quotes.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_set>

#include "compare/name_variants.h"
#include "compare/words.h"
#include "concord/compare.h"

namespace concord::compare {
namespace internal {
namespace {

enum class Style { kStraight, kOpen, kClose };

struct Mark {
  size_t start = 0;
  size_t end = 0;
  bool is_double = true;
  Style style = Style::kStraight;
  bool can_open = false;
  bool can_close = false;
};

bool IsSpaceCp(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
         cp == 0x2009 || cp == 0x202F || cp == 0x200B || cp == '\f';
}

bool IsQuoteCp(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D ||
         cp == 0x2018 || cp == 0x2019 || cp == 0x201E || cp == 0xAB ||
         cp == 0xBB;
}

bool IsLetterOrDigit(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9');
  }
  return !IsSpaceCp(cp) && !IsQuoteCp(cp) && cp != 0x2014 && cp != 0x2013 &&
         cp != 0x2026;
}

// Code point before byte `pos` (0 when none).
int32_t PrevCodePoint(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t back = pos - 1;
  while (back > 0 && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) {
    --back;
  }
  size_t probe = back;
  return NextCodePoint(text, &probe);
}

int32_t CodePointAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  return NextCodePoint(text, &pos);
}

bool OpensContext(int32_t before) {
  return before == 0 || IsSpaceCp(before) || before == '(' || before == '[' ||
         before == '{' || before == 0x2014 || before == 0x2013 ||
         before == '-' || before == '/' || IsQuoteCp(before) || before == ':';
}

bool ClosesContext(int32_t after) {
  return after == 0 || IsSpaceCp(after) || after == '.' || after == ',' ||
         after == ';' || after == ':' || after == '!' || after == '?' ||
         after == ')' || after == ']' || after == '}' || after == 0x2014 ||
         after == 0x2013 || after == '-' || IsQuoteCp(after) ||
         after == 0x2026;
}

std::vector<Mark> ScanMarks(std::string_view text) {
  std::vector<Mark> marks;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const int32_t cp = NextCodePoint(text, &pos);
    if (!IsQuoteCp(cp)) continue;
    Mark mark;
    mark.start = start;
    mark.end = pos;
    if (cp == '\'' && pos < text.size() && text[pos] == '\'') {
      mark.end = pos + 1;  // '' : a double mark as NYT writes it
      pos = mark.end;
    } else if (cp == '\'' || cp == 0x2018 || cp == 0x2019) {
      mark.is_double = false;
    }
    const int32_t before = PrevCodePoint(text, mark.start);
    const int32_t after = CodePointAt(text, mark.end);
    if (!mark.is_double && IsLetterOrDigit(before) && IsLetterOrDigit(after)) {
      continue;  // an apostrophe: don't, Iran's
    }
    if (cp == 0x201C || cp == 0x2018 || cp == 0x201E || cp == 0xAB) {
      mark.style = Style::kOpen;
    } else if (cp == 0x201D || cp == 0xBB ||
               (cp == 0x2019 && mark.end == pos)) {
      mark.style = Style::kClose;
    }
    mark.can_open = OpensContext(before) && after != 0 && !IsSpaceCp(after);
    mark.can_close = before != 0 && !IsSpaceCp(before) && ClosesContext(after);
    if (mark.style == Style::kClose && !mark.is_double && !mark.can_close) {
      continue;
    }
    marks.push_back(mark);
  }
  return marks;
}

// Byte offsets where paragraphs start (0 first). A paragraph ends at a
// blank line, or at a single line break after final punctuation or a
// closing quote, or before a capital letter or an opening quote; a line
// break inside a running sentence ("personally\nin caucuses") is a wrap.
std::vector<size_t> ParagraphStarts(std::string_view text) {
  std::vector<size_t> starts = {0};
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '\n') {
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool blank = false;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' ||
                               text[j] == '\r' || text[j] == '\n')) {
      if (text[j] == '\n') blank = true;
      ++j;
    }
    if (j >= text.size()) break;
    bool breaks = blank;
    if (!breaks) {
      size_t back = i;
      while (back > 0 && (text[back - 1] == ' ' || text[back - 1] == '\r' ||
                          text[back - 1] == '\t')) {
        --back;
      }
      const int32_t last = PrevCodePoint(text, back);
      const int32_t next = CodePointAt(text, j);
      breaks = last == '.' || last == '!' || last == '?' || last == ':' ||
               IsQuoteCp(last) || (next >= 'A' && next <= 'Z') || IsQuoteCp(next) ||
               (last >= 0x80 && last == 0xA0);
    }
    if (breaks) starts.push_back(j);
    i = j;
  }
  return starts;
}

size_t ParagraphOf(const std::vector<size_t>& starts, size_t pos) {
  return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), pos) -
                             starts.begin()) - 1;
}

size_t ParagraphEnd(std::string_view text, const std::vector<size_t>& starts,
                    size_t paragraph) {
  size_t end = paragraph + 1 < starts.size() ? starts[paragraph + 1] : text.size();
  while (end > starts[paragraph] &&
         (text[end - 1] == '\n' || text[end - 1] == ' ' || text[end - 1] == '\r' ||
          text[end - 1] == '\t')) {
    --end;
  }
  return end;
}

}  // namespace

std::vector<QuotedSpan> FindQuotedSpans(std::string_view text) {
  const std::vector<Mark> marks = ScanMarks(text);
  const std::vector<size_t> paragraphs = ParagraphStarts(text);
  std::vector<QuotedSpan> spans;
  // Double marks, per paragraph, with a stack for nesting.
  std::vector<const Mark*> stack;
  size_t current_paragraph = 0;
  auto flush = [&](size_t paragraph) {
    if (!stack.empty()) {
      QuotedSpan span;
      span.open = stack.front()->start;
      span.content_start = stack.front()->end;
      span.content_end = ParagraphEnd(text, paragraphs, paragraph);
      span.close = span.content_end;
      span.closed = false;
      if (span.content_end > span.content_start) spans.push_back(span);
    }
    stack.clear();
  };
  for (const Mark& mark : marks) {
    if (!mark.is_double) continue;
    const size_t paragraph = ParagraphOf(paragraphs, mark.start);
    if (paragraph != current_paragraph) {
      flush(current_paragraph);
      current_paragraph = paragraph;
    }
    bool push = false;
    if (mark.style == Style::kOpen) {
      push = true;
    } else if (mark.style == Style::kClose) {
      push = false;
    } else if (mark.can_open && !mark.can_close) {
      push = true;
    } else if (mark.can_close && !mark.can_open) {
      push = false;
    } else {
      push = stack.empty() || stack.back()->style == Style::kOpen;
    }
    if (push) {
      stack.push_back(&mark);
      continue;
    }
    if (stack.empty()) continue;  // a stray closing mark
    const Mark* open = stack.back();
    stack.pop_back();
    if (stack.empty()) {
      QuotedSpan span;
      span.open = open->start;
      span.content_start = open->end;
      span.content_end = mark.start;
      span.close = mark.end;
      spans.push_back(span);
    }
  }
  flush(current_paragraph);
  // Single marks outside double quotes.
  auto inside_double = [&](size_t pos) {
    for (const QuotedSpan& s : spans) {
      if (!s.single && pos >= s.open && pos < s.close) return true;
    }
    return false;
  };
  std::vector<QuotedSpan> singles;
  for (size_t m = 0; m < marks.size(); ++m) {
    const Mark& open = marks[m];
    if (open.is_double || !open.can_open || open.style == Style::kClose ||
        inside_double(open.start)) {
      continue;
    }
    for (size_t n = m + 1; n < marks.size(); ++n) {
      const Mark& close = marks[n];
      if (close.start - open.end > 300 || close.is_double) break;
      if (ParagraphOf(paragraphs, close.start) != ParagraphOf(paragraphs, open.start)) {
        break;
      }
      if (close.can_close && close.style != Style::kOpen) {
        QuotedSpan span;
        span.open = open.start;
        span.content_start = open.end;
        span.content_end = close.start;
        span.close = close.end;
        span.single = true;
        singles.push_back(span);
        m = n;
        break;
      }
    }
  }
  spans.insert(spans.end(), singles.begin(), singles.end());
  std::sort(spans.begin(), spans.end(),
            [](const QuotedSpan& a, const QuotedSpan& b) { return a.open < b.open; });
  return spans;
}

bool IsCueWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kCues = {
      "said",      "says",       "say",        "saying",     "told",
      "tells",     "added",      "adds",       "asked",      "asks",
      "responded", "responds",   "replied",    "replies",    "answered",
      "answers",   "stressed",   "stresses",   "explained",  "explains",
      "noted",     "notes",      "wrote",      "writes",     "tweeted",
      "tweets",    "continued",  "continues",  "argued",     "argues",
      "insisted",  "insists",    "claimed",    "claims",     "declared",
      "declares",  "warned",     "warns",      "announced",  "announces",
      "recalled",  "recalls",    "acknowledged", "acknowledges", "admitted",
      "admits",    "conceded",   "concedes",   "suggested",  "suggests",
      "stated",    "testified",  "observed",   "observes",   "joked",
      "quipped",   "shouted",    "yelled",     "urged",      "urges",
      "countered", "cautioned",  "predicted",  "complained", "emphasized",
      "emphasised", "emphasizes", "reiterated", "remarked",  "boasted",
      "vowed",     "promised",   "pledged",    "wondered",   "mused",
      "exclaimed", "whispered",  "interjected", "posted",    "charged",
      "contended", "maintained", "agreed",     "according",  "added",
      "chanted",   "screamed",   "cried",      "laughed",    "recounted",
      "described", "describes",  "concluded",  "concludes",  "confirmed",  "denied",
      "demanded",  "insisting",  "adding",     "telling",    "asserted",
      "asserting", "replying",   "writing",    "tweeting",   "announcing"};
  return kCues.count(lower) > 0;
}

}  // namespace internal

namespace {

using internal::FoundName;
using internal::Word;

bool IsSkippable(std::string_view lower) {
  static const std::unordered_set<std::string_view> kSkip = {
      "then", "also", "later", "had", "has", "have", "was", "were", "is",
      "are", "would", "will", "could", "once", "again", "further", "just",
      "simply", "been", "being", "did", "does", "do", "not", "never",
      "previously", "recently", "earlier", "first", "soon", "often"};
  return kSkip.count(lower) > 0 ||
         (lower.size() > 4 && lower.ends_with("ly") && lower != "only");
}

bool IsPassiveAux(std::string_view lower) {
  return lower == "was" || lower == "were" || lower == "been" ||
         lower == "being" || lower == "is" || lower == "are" || lower == "be";
}

bool IsDeterminer(std::string_view lower) {
  return lower == "the" || lower == "a" || lower == "an" || lower == "his" ||
         lower == "her" || lower == "their" || lower == "its" ||
         lower == "this" || lower == "that" || lower == "one" ||
         lower == "another" || lower == "our" || lower == "some" ||
         lower == "several" || lower == "many" || lower == "two" ||
         lower == "three";
}

bool BlocksPhrase(std::string_view lower) {
  static const std::unordered_set<std::string_view> kBlock = {
      "that", "which", "who", "whom", "to", "and", "but", "or", "because",
      "if", "when", "while", "as", "than", "so", "it", "there", "what",
      "not", "no", "be", "by", "with", "in", "on", "at"};
  return kBlock.count(lower) > 0 || internal::IsCueWord(lower);
}

// The words of a clause with their lower case.
struct Clause {
  std::vector<Word> words;
  std::vector<std::string> lower;
};

Clause MakeClause(std::string_view text, size_t begin, size_t end) {
  Clause clause;
  clause.words = internal::ScanWords(text, begin, end);
  for (const Word& w : clause.words) {
    clause.lower.push_back(internal::Lower(text.substr(w.start, w.end - w.start)));
  }
  return clause;
}

bool Capitalized(const Word& w) { return w.capitalized && !w.is_number; }

// A noun phrase ending with word `last` (inclusive), not reaching before
// `floor`. Returns [first, last] or nothing.
std::optional<std::pair<size_t, size_t>> NpBackward(const Clause& c, size_t floor,
                                                    size_t last) {
  if (internal::IsPronoun(c.lower[last])) return std::make_pair(last, last);
  if (BlocksPhrase(c.lower[last])) return std::nullopt;
  if (Capitalized(c.words[last])) {
    size_t first = last;
    while (first > floor) {
      const std::string& prev = c.lower[first - 1];
      if (Capitalized(c.words[first - 1]) ||
          ((prev == "of" || prev == "al" || prev == "bin" || prev == "de") &&
           first >= floor + 2 && Capitalized(c.words[first - 2]))) {
        --first;
        continue;
      }
      break;
    }
    if (BlocksPhrase(c.lower[first]) || IsDeterminer(c.lower[first])) {
      // A sentence-initial "The" / "It" is not a name.
      if (first == last) return std::nullopt;
      ++first;
    }
    return std::make_pair(first, last);
  }
  // A lower-case phrase back to a determiner ("the secretary", "a spokesman
  // for the Pentagon"), at most six words.
  for (size_t first = last + 1; first-- > floor;) {
    if (last - first >= 6) break;
    if (IsDeterminer(c.lower[first])) {
      if (first == last) return std::nullopt;
      return std::make_pair(first, last);
    }
    if (first != last && BlocksPhrase(c.lower[first]) &&
        c.lower[first] != "of" && c.lower[first] != "for" &&
        c.lower[first] != "at") {
      break;
    }
    if (first == floor) {
      // "officials said", "aides told": a bare plural at clause start.
      if (last - first <= 1 && c.lower[last].ends_with("s") &&
          !BlocksPhrase(c.lower[last])) {
        return std::make_pair(first, last);
      }
    }
  }
  return std::nullopt;
}

// A noun phrase starting at word `first`, before `ceiling`.
std::optional<std::pair<size_t, size_t>> NpForward(const Clause& c, size_t first,
                                                   size_t ceiling) {
  if (first >= ceiling) return std::nullopt;
  if (internal::IsPronoun(c.lower[first])) return std::make_pair(first, first);
  if (Capitalized(c.words[first])) {
    size_t last = first;
    while (last + 1 < ceiling) {
      const std::string& next = c.lower[last + 1];
      if (Capitalized(c.words[last + 1]) ||
          ((next == "of" || next == "al" || next == "bin" || next == "de") &&
           last + 2 < ceiling && Capitalized(c.words[last + 2]))) {
        ++last;
        continue;
      }
      break;
    }
    return std::make_pair(first, last);
  }
  if (IsDeterminer(c.lower[first])) {
    size_t last = first;
    while (last + 1 < ceiling && last - first < 5 &&
           !BlocksPhrase(c.lower[last + 1])) {
      ++last;
    }
    if (last == first) return std::nullopt;
    return std::make_pair(first, last);
  }
  return std::nullopt;
}

// The subject that opens a clause: an introductory phrase ending in a
// comma ("Hours later,", "Here in Columbia,", "When Wallace died,") is
// skipped, and so is an opening word that is a function word or is seen in
// lower case elsewhere ("Hours"); the subject must then be a name or a
// pronoun.
std::optional<std::pair<size_t, size_t>> SubjectNp(
    std::string_view text, const Clause& c, size_t ceiling,
    const std::unordered_set<std::string>& lowercase) {
  if (ceiling == 0) return std::nullopt;
  auto weak = [&](size_t k) {
    return internal::IsFunctionWord(c.lower[k]) ||
           (lowercase.count(c.lower[k]) > 0 && !internal::IsTitleWord(c.lower[k])) ||
           !Capitalized(c.words[k]);
  };
  size_t first = 0;
  if (weak(0) && !internal::IsPronoun(c.lower[0])) {
    first = 1;
    for (size_t k = 0; k + 1 < ceiling && k < 10; ++k) {
      const std::string_view gap =
          text.substr(c.words[k].end, c.words[k + 1].start - c.words[k].end);
      if (gap.find(',') != std::string_view::npos) {
        first = k + 1;
        break;
      }
    }
  }
  if (first >= ceiling) return std::nullopt;
  if (!internal::IsPronoun(c.lower[first]) && weak(first)) return std::nullopt;
  return NpForward(c, first, ceiling);
}

struct Attribution {
  bool found = false;  // a cue was found
  text::ByteSpan cue;
  text::ByteSpan speaker;  // empty when none (passive, unknown)
};

// "according to NP" or "NP cue" / "cue NP" within the clause; `from_end`
// searches the last cue first (text before a quote), else the first.
Attribution FindAttribution(std::string_view text, const Clause& c,
                            bool from_end, size_t max_words_after_cue,
                            const std::unordered_set<std::string>& lowercase) {
  Attribution result;
  const size_t n = c.words.size();
  for (size_t step = 0; step < n; ++step) {
    const size_t k = from_end ? n - 1 - step : step;
    if (!internal::IsCueWord(c.lower[k])) continue;
    if (c.lower[k] == "according" && (k + 1 >= n || c.lower[k + 1] != "to")) {
      continue;
    }
    const bool according = c.lower[k] == "according";
    const size_t cue_last = according ? k + 1 : k;
    if (from_end && !according && c.lower[k].ends_with("ing")) {
      // A participle ("..., saying that the U.S. ...") reports the subject
      // of its sentence: an earlier cue if there is one, else the noun
      // phrase that opens the clause.
      bool earlier = false;
      for (size_t e = 0; e < k; ++e) {
        earlier |= internal::IsCueWord(c.lower[e]) && !c.lower[e].ends_with("ing");
      }
      if (earlier) continue;
      Attribution a;
      a.found = true;
      a.cue = {c.words[k].start, c.words[k].end};
      if (auto np = SubjectNp(text, c, k, lowercase)) {
        a.speaker = {c.words[np->first].start, c.words[np->second].end};
      }
      return a;
    }
    if (from_end && n - 1 - cue_last > max_words_after_cue && !according) {
      continue;
    }
    if (!from_end && k > 7) break;
    Attribution a;
    a.found = true;
    a.cue = {c.words[k].start, c.words[cue_last].end};
    if (according) {
      if (auto np = NpForward(c, k + 2, n)) {
        a.speaker = {c.words[np->first].start, c.words[np->second].end};
      }
      return a;
    }
    // Words before the cue, skipping adverbs and auxiliaries.
    size_t before = k;
    bool passive = false;
    while (before > 0 && IsSkippable(c.lower[before - 1])) {
      if (IsPassiveAux(c.lower[before - 1])) passive = true;
      --before;
    }
    if (passive && (c.lower[k] == "asked" || c.lower[k] == "told")) {
      return a;  // "Kerry was asked:" : the speaker is someone else
    }
    if (before > 0) {
      // An appositive: "Gen. Martin Dempsey, chairman of ..., told".
      size_t last = before - 1;
      const std::string_view between =
          text.substr(c.words[last].end, c.words[before < n ? before : k].start -
                                             c.words[last].end);
      if (between.find(',') != std::string_view::npos) {
        size_t comma = last;
        while (comma > 0 && k - comma < 14) {
          const std::string_view gap = text.substr(
              c.words[comma - 1].end, c.words[comma].start - c.words[comma - 1].end);
          if (gap.find(',') != std::string_view::npos) break;
          --comma;
        }
        if (comma > 0 && k - comma < 14) last = comma - 1;
      }
      if (auto np = NpBackward(c, 0, last)) {
        a.speaker = {c.words[np->first].start, c.words[np->second].end};
        return a;
      }
      if (c.lower[before - 1] == "and") {  // "Trump called on her ... and said"
        if (auto np = SubjectNp(text, c, before - 1, lowercase)) {
          a.speaker = {c.words[np->first].start, c.words[np->second].end};
        }
        return a;
      }
    }
    // "said Caddell", "added the senator".
    if (auto np = NpForward(c, k + 1, n)) {
      a.speaker = {c.words[np->first].start, c.words[np->second].end};
    }
    return a;
  }
  return result;
}

bool IsSentenceEndAt(std::string_view text, size_t pos,
                     const std::vector<Word>& words) {
  const char c = text[pos];
  if (c != '.' && c != '!' && c != '?') return false;
  if (c == '.') {
    // A period kept inside a word (U.S., Gen.) does not end a sentence
    // unless a capitalized word after it follows a line break.
    auto it = std::upper_bound(words.begin(), words.end(), pos,
                               [](size_t p, const Word& w) { return p < w.start; });
    if (it != words.begin()) {
      const Word& w = *(it - 1);
      if (pos >= w.start && pos < w.end) return false;
    }
  }
  if (pos + 1 >= text.size()) return true;
  const int32_t after = internal::NextCodePoint(text, &(++pos));
  return after == ' ' || after == '\n' || after == '\t' || after == '\r' ||
         after == '"' || after == 0x201D || after == 0x2019 || after == '\'';
}

// Trims whitespace at both ends and , ; : at the end.
text::ByteSpan TrimContent(std::string_view text, size_t start, size_t end) {
  auto space = [&](size_t p) {
    const unsigned char c = static_cast<unsigned char>(text[p]);
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  };
  while (start < end && space(start)) ++start;
  while (end > start && (space(end - 1) || text[end - 1] == ',' ||
                         text[end - 1] == ';' || text[end - 1] == ':')) {
    --end;
  }
  return {start, end};
}

bool OnlySpace(std::string_view text, size_t from, size_t to) {
  for (size_t i = from; i < to && i < text.size(); ++i) {
    const char c = text[i];
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') return false;
  }
  return true;
}

// One extracted quote before speaker resolution.
struct Draft {
  Quote quote;
  internal::QuotedSpan span;
  size_t window_end = 0;  // end of the right window
  bool window_ends_sentence = false;
  // Where the clause after the quote ended, and whether a comma ended it
  // ("...," Roe said, "...": the quote goes on after the comma).
  size_t clause_end = 0;
  bool clause_comma = false;
  bool attributed = false;
  bool joined = false;    // merged into an earlier draft
};

// A named speaker candidate: a name next to a cue verb.
struct Speaker {
  size_t position = 0;
  std::string name;
};

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::vector<Quote> ExtractQuotes(const Article& article,
                                 const Document& document,
                                 const CompareOptions& options) {
  std::vector<Quote> out;
  if (article.text.empty()) return out;
  // Scraper noise is blanked out with spaces (same length, so every offset
  // still points into Article::text): a hovercard glued between a name and
  // its cue verb ("John KerryJohn Forbes Kerry... MORE said") disappears,
  // and so do quotation marks inside noise.
  std::string masked = article.text;
  for (const clean::Removal& r : document.removed) {
    for (size_t i = r.start; i < r.end && i < masked.size(); ++i) {
      masked[i] = ' ';
    }
  }
  const std::string_view text = masked;
  const std::vector<Word> words = internal::ScanWords(text);
  const std::vector<size_t> paragraphs = internal::ParagraphStarts(text);
  const std::vector<internal::QuotedSpan> spans = internal::FindQuotedSpans(text);

  // Names of the article, grouped, each mapped to its longest spelling.
  std::unordered_set<std::string> lowercase;
  internal::CollectLowercaseWords(text, &lowercase);
  const std::vector<FoundName> names =
      internal::FindNames(text, 0, text.size(), &lowercase);
  std::vector<std::string> name_strings;
  for (const FoundName& n : names) name_strings.push_back(n.name);
  const std::vector<size_t> groups = internal::GroupNames(name_strings);
  std::vector<std::string> display;
  for (size_t i = 0; i < names.size(); ++i) {
    if (groups[i] >= display.size()) display.resize(groups[i] + 1);
    std::string& d = display[groups[i]];
    const size_t words_new = internal::NameKey(names[i].name).size();
    const size_t words_old = internal::NameKey(d).size();
    if (words_new > words_old || (words_new == words_old && names[i].name.size() > d.size())) {
      d = names[i].name;
    }
  }
  // A group is a person when one of its spellings looks like a person's
  // name ("John Kerry" makes "Kerry" a person; "NBC" is not).
  std::vector<bool> person(display.size(), false);
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i].person_like) person[groups[i]] = true;
  }
  auto display_of = [&](size_t start, size_t end) -> std::string {
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i].start < end && start < names[i].end) return display[groups[i]];
    }
    return "";
  };
  // Named speakers anywhere in the text: a person-like name whose clause
  // has a cue verb right after it (or an appositive and then one), or right
  // before it.
  std::vector<Speaker> speakers;
  for (size_t i = 0; i < names.size(); ++i) {
    const FoundName& n = names[i];
    if (!person[groups[i]]) continue;
    auto it = std::lower_bound(words.begin(), words.end(), n.end,
                               [](const Word& w, size_t p) { return w.start < p; });
    bool cue = false;
    size_t seen = 0;
    bool in_apposition =
        n.end < text.size() && (text[n.end] == ',');
    for (; it != words.end() && seen < (in_apposition ? 14u : 3u); ++it, ++seen) {
      const std::string lower = internal::Lower(text.substr(it->start, it->end - it->start));
      if (internal::IsCueWord(lower)) {
        cue = true;
        break;
      }
      if (!in_apposition && !IsSkippable(lower)) break;
    }
    if (!cue) {
      auto back = std::lower_bound(words.begin(), words.end(), n.start,
                                   [](const Word& w, size_t p) { return w.start < p; });
      if (back != words.begin()) {
        const Word& w = *(back - 1);
        cue = internal::IsCueWord(internal::Lower(text.substr(w.start, w.end - w.start)));
      }
    }
    if (cue) speakers.push_back({n.start, display[groups[i]]});
  }

  std::vector<Draft> drafts;
  for (size_t q = 0; q < spans.size(); ++q) {
    const internal::QuotedSpan& span = spans[q];
    const text::ByteSpan content = TrimContent(text, span.content_start, span.content_end);
    if (content.end <= content.start) continue;
    const size_t paragraph = internal::ParagraphOf(paragraphs, span.open);
    const size_t paragraph_start = paragraphs[paragraph];
    const size_t paragraph_end = internal::ParagraphEnd(text, paragraphs, paragraph);
    const size_t previous_close = q > 0 ? spans[q - 1].close : 0;
    const size_t next_open = q + 1 < spans.size() ? spans[q + 1].open : text.size();
    // Left window: back to the sentence start, the previous quote or the
    // paragraph start; a quote opening a paragraph after one that ends with
    // a colon ("Caddell continued:") looks into that paragraph.
    size_t left = std::max(paragraph_start, previous_close);
    for (size_t p = span.open; p > left; --p) {
      if (IsSentenceEndAt(text, p - 1, words)) {
        left = p;
        break;
      }
    }
    if (OnlySpace(text, paragraph_start, span.open) && paragraph > 0) {
      size_t prev_end = internal::ParagraphEnd(text, paragraphs, paragraph - 1);
      if (prev_end > 0 && text[prev_end - 1] == ':' && previous_close < prev_end) {
        left = std::max(paragraphs[paragraph - 1], previous_close);
        for (size_t p = prev_end - 1; p > left; --p) {
          if (IsSentenceEndAt(text, p - 1, words)) {
            left = p;
            break;
          }
        }
      }
    }
    // Right window: to the sentence end, the next quote or the paragraph end.
    size_t right_end = std::min(paragraph_end, next_open);
    size_t window_end = right_end;
    bool window_ends_sentence = false;
    for (size_t p = span.close; p < right_end; ++p) {
      if (IsSentenceEndAt(text, p, words)) {
        window_end = p + 1;
        window_ends_sentence = true;
        break;
      }
    }
    // The clause right after the quote: up to , ; : ( or the sentence end.
    size_t clause_start = span.close;
    while (clause_start < window_end &&
           (text[clause_start] == ',' || text[clause_start] == ' ' ||
            text[clause_start] == '\n')) {
      ++clause_start;
    }
    size_t clause_end = clause_start;
    while (clause_end < window_end) {
      const char c = text[clause_end];
      if (c == ',' || c == ';' || c == ':' || c == '(' ||
          IsSentenceEndAt(text, clause_end, words)) {
        break;
      }
      ++clause_end;
    }
    // Embedded: the quote continues the reporter's words.
    size_t before = span.open;
    while (before > left && (text[before - 1] == ' ' || text[before - 1] == '\n')) {
      --before;
    }
    bool embedded = false;
    if (before > left) {
      const int32_t prev = internal::PrevCodePoint(text, before);
      embedded = !(prev == ',' || prev == ':' || prev == ';' || prev == '(' ||
                   prev == 0x2014 || prev == 0x2013 || prev == '-' ||
                   internal::IsQuoteCp(prev));
    }
    const Clause right = MakeClause(text, clause_start, clause_end);
    const Clause left_clause = MakeClause(text, left, span.open);
    Attribution after = FindAttribution(text, right, false, 0, lowercase);
    if (!after.found && !right.words.empty()) {
      // "...," Rosette Pambakian, a Tinder spokeswoman, said. / "...," Sen.
      // Marco Rubio (R-Fla.) said: a name, an aside, then the cue.
      const auto np = NpForward(right, 0, right.words.size());
      if (np && np->second + 1 == right.words.size() && Capitalized(right.words[0])) {
        const Clause wide = MakeClause(text, clause_start, window_end);
        for (size_t k = right.words.size(); k < wide.words.size() && k < 24; ++k) {
          if (internal::IsCueWord(wide.lower[k]) && wide.lower[k] != "according") {
            after.found = true;
            after.cue = {wide.words[k].start, wide.words[k].end};
            after.speaker = {right.words[np->first].start, right.words[np->second].end};
            break;
          }
        }
      }
    }
    Attribution prior =
        FindAttribution(text, left_clause, true, embedded ? 40 : 5, lowercase);
    if (!prior.found && !embedded && before > left && text[before - 1] == ':' &&
        !left_clause.words.empty()) {
      // "Williamson concludes: ..." / "Pew Research: ...": a clause that
      // introduces the quote with a colon speaks through its subject.
      if (auto np = SubjectNp(text, left_clause, left_clause.words.size(), lowercase)) {
        prior.found = true;
        prior.cue = {before - 1, before};
        prior.speaker = {left_clause.words[np->first].start,
                         left_clause.words[np->second].end};
      }
    }
    Attribution chosen;
    if (!embedded) {
      chosen = after.found ? after : prior;
    } else {
      chosen = prior.found ? prior : after;
    }
    Draft draft;
    draft.span = span;
    draft.window_end = window_end;
    draft.window_ends_sentence = window_ends_sentence;
    draft.clause_end = clause_end;
    draft.clause_comma = clause_end < window_end && text[clause_end] == ',';
    draft.attributed = chosen.found;
    Quote& quote = draft.quote;
    quote.parts.push_back(content);
    quote.embedded = embedded;
    if (chosen.found) {
      quote.cue_span = chosen.cue;
      quote.cue = std::string(text.substr(chosen.cue.start, chosen.cue.end - chosen.cue.start));
      quote.speaker_span = chosen.speaker;
      quote.speaker = std::string(
          text.substr(chosen.speaker.start, chosen.speaker.end - chosen.speaker.start));
    }
    // A continuation of the previous quote: no attribution of its own, or
    // the very cue of the previous one ("...," Roe said, "...").
    if (!drafts.empty() &&
        (!chosen.found || (chosen.cue.start == drafts.back().quote.cue_span.start &&
                           chosen.cue.end == drafts.back().quote.cue_span.end))) {
      Draft& prev = drafts.back();
      size_t root = drafts.size() - 1;
      while (drafts[root].joined && root > 0) --root;
      const bool same_paragraph =
          internal::ParagraphOf(paragraphs, prev.span.open) == paragraph;
      bool adjacent = false;
      if (same_paragraph && prev.clause_comma && prev.clause_end <= span.open) {
        adjacent = true;  // "...," Roe said, "..."
        for (size_t p = prev.clause_end; p < span.open; ++p) {
          if (text[p] != ',' && text[p] != ' ' && text[p] != '\n') adjacent = false;
        }
      }
      if (same_paragraph && prev.window_ends_sentence && prev.window_end <= span.open &&
          OnlySpace(text, prev.window_end, span.open)) {
        adjacent = true;  // "...," said Roe. "..."
      }
      Draft& head = drafts[root];
      if (adjacent && head.attributed) {
        if (!head.quote.embedded && !embedded) {
          head.quote.parts.push_back(content);
          draft.joined = true;
          head.window_end = window_end;
          prev.window_end = window_end;
          drafts.push_back(draft);
          continue;
        }
        quote.cue = head.quote.cue;
        quote.cue_span = head.quote.cue_span;
        quote.speaker = head.quote.speaker;
        quote.speaker_span = head.quote.speaker_span;
        draft.attributed = true;
      }
    }
    drafts.push_back(draft);
  }

  // Keep, resolve speakers, fill text and sentence.
  std::vector<Speaker> resolved_speakers;  // from quotes, by position
  for (Draft& draft : drafts) {
    if (draft.joined) continue;
    Quote& quote = draft.quote;
    size_t quote_words = 0;
    for (const text::ByteSpan& part : quote.parts) {
      quote_words += internal::ScanWords(text, part.start, part.end).size();
    }
    if (quote.speaker.empty() &&
        (draft.span.single || quote_words < options.min_unattributed_quote_words)) {
      continue;
    }
    // A title in marks ("Today" show, ''Opening Belle''): every word
    // capitalized, inside the reporter's clause or unattributed.
    if (quote.embedded || quote.speaker.empty()) {
      const std::vector<Word> quoted =
          internal::ScanWords(text, quote.parts.front().start, quote.parts.back().end);
      bool title_case = !quoted.empty() && quoted.size() <= 6;
      for (const Word& w : quoted) title_case = title_case && Capitalized(w);
      if (title_case) continue;
    }
    quote.article = 0;
    std::string joined;
    for (const text::ByteSpan& part : quote.parts) {
      if (!joined.empty()) joined += " ... ";
      joined += text.substr(part.start, part.end - part.start);
    }
    quote.text = Collapse(joined);
    // Resolve the speaker.
    if (!quote.speaker.empty()) {
      const Clause np = MakeClause(text, quote.speaker_span.start, quote.speaker_span.end);
      const std::string& head = np.lower.back();
      const size_t at = quote.speaker_span.start;
      auto nearest_speaker = [&]() -> std::string {
        const Speaker* best = nullptr;
        for (const auto* list : {&speakers, &resolved_speakers}) {
          for (const Speaker& s : *list) {
            if (s.position < at && (best == nullptr || s.position > best->position)) {
              best = &s;
            }
          }
        }
        if (best != nullptr) return best->name;
        // Fallback: the nearest earlier person-like name.
        for (size_t i = names.size(); i-- > 0;) {
          if (names[i].start < at && person[groups[i]]) return display[groups[i]];
        }
        return "";
      };
      if (np.words.size() == 1 && internal::IsPronoun(head)) {
        if (head == "he" || head == "she" || head == "i") quote.speaker_name = nearest_speaker();
      } else if (!Capitalized(np.words.back())) {
        if (internal::IsTitleWord(head)) {
          for (size_t i = names.size(); i-- > 0;) {
            if (names[i].start < at &&
                names[i].title.find(head) != std::string::npos) {
              quote.speaker_name = display[groups[i]];
              break;
            }
          }
          if (quote.speaker_name.empty()) quote.speaker_name = nearest_speaker();
        }
      } else {
        quote.speaker_name = display_of(quote.speaker_span.start, quote.speaker_span.end);
        if (quote.speaker_name.empty()) quote.speaker_name = quote.speaker;
      }
      bool is_person = !Capitalized(np.words.back());
      for (size_t i = 0; i < names.size(); ++i) {
        if (names[i].start < quote.speaker_span.end &&
            quote.speaker_span.start < names[i].end && person[groups[i]]) {
          is_person = true;
        }
      }
      if (!quote.speaker_name.empty() && is_person) {
        resolved_speakers.push_back({quote.speaker_span.start, quote.speaker_name});
      }
    }
    // The Document sentence holding the first part.
    const size_t first = quote.parts.front().start;
    quote.sentence = 0;
    for (size_t s = 0; s < document.sentences.size(); ++s) {
      if (document.sentences[s].start <= first) quote.sentence = s;
      if (document.sentences[s].start > first) break;
    }
    out.push_back(std::move(quote));
  }
  return out;
}

}  // namespace concord::compare
