// A quote whose cue is negated: the text reports that the speaker did NOT
// say these words (quotes.h, MarkNegated).
//
// "The mayor did not say "I resign"", "Okafor never said "…"", "Okafor
// didn't say "…"", "Okafor denied saying "…"": the quote's span and speaker
// are found as for any quote, but the words are not the speaker's. The rule
// reads only a cue before the quote, in the quote's sentence, and only the
// words joined to the cue by spaces (a comma or any other mark ends the
// look): up to three words before it for not, never or a contraction in
// n't ("did not ever say", "has never said"), or a form of deny ("denied
// saying"); and for the cue deny itself, a speech verb between it and the
// quote ("denied ever saying "…""). A reply written with deny after its
// quote ("“That's false,” Okafor denied.") is the speaker's own words, and
// "did not just say" or "not only said" says more, not less.
#include <string>
#include <string_view>
#include <vector>

#include "compare/quotes.h"
#include "compare/words.h"

namespace concord::compare::internal {
namespace {

bool IsNot(std::string_view lower) {
  return lower == "not" || lower == "never" || (lower.size() > 3 && lower.ends_with("n't"));
}

bool IsDeny(std::string_view lower) {
  return lower == "deny" || lower == "denies" || lower == "denied" || lower == "denying";
}

// ("did not just say": the speaker said it, and more.)
bool Restricts(std::string_view lower) {
  return lower == "only" || lower == "just" || lower == "merely" || lower == "simply";
}

// An auxiliary written before "not" ("did not", "has not"): shown with it.
bool IsAuxiliary(std::string_view lower) {
  return lower == "do" || lower == "does" || lower == "did" || lower == "has" || lower == "have" ||
         lower == "had" || lower == "would" || lower == "will" || lower == "could" ||
         lower == "can" || lower == "was" || lower == "is";
}

// The negating words with the cue, empty when the cue is not negated.
text::ByteSpan NegatedCue(const TextWords& tw, const Quote& quote) {
  const text::ByteSpan cue = quote.cue_span;
  // Only a cue before the quote: one after it that negates belongs to a
  // sentence of its own (`called it “anachronistic.” Mr. Santorum did not
  // say public schools were a bad idea`), and "“…,” she did not say" is not
  // how news is written.
  if (cue.end <= cue.start || quote.parts.empty() || cue.end > quote.parts.front().start) return {};
  const std::string_view text = tw.text();
  // (Nor a cue in the sentence before: `Authorities have not yet confirmed
  // the boy's identity. " everyone is …`.)
  const size_t open = quote.parts.front().start;
  for (size_t p = cue.end; p < open; ++p) {
    if ((text[p] == '.' || text[p] == '!' || text[p] == '?') &&
        IsSentenceEndAt(text, p, tw.words())) {
      return {};
    }
  }
  const std::vector<Word> before = tw.In(cue.start >= 80 ? cue.start - 80 : 0, cue.start);
  // The words joined to the cue by spaces only, nearest first.
  std::vector<const Word*> near;
  size_t edge = cue.start;
  for (size_t k = before.size(); k-- > 0 && near.size() < 3;) {
    if (!OnlySpace(text, before[k].end, edge)) break;
    near.push_back(&before[k]);
    edge = before[k].start;
  }
  for (size_t k = 0; k < near.size(); ++k) {
    const std::string lower = tw.Lower(*near[k]);
    if (IsDeny(lower)) return {near[k]->start, cue.end};
    if (!IsNot(lower)) continue;
    if (k > 0 && Restricts(tw.Lower(*near[k - 1]))) return {};
    size_t start = near[k]->start;
    if (k + 1 < near.size() && lower != "never" && IsAuxiliary(tw.Lower(*near[k + 1]))) {
      start = near[k + 1]->start;
    }
    return {start, cue.end};
  }
  // "Okafor denied ever saying "…"": deny as the cue, a speech verb after it.
  if (!IsDeny(text::LowerWord(text.substr(cue.start, cue.end - cue.start)))) return {};
  const std::vector<Word> after = tw.In(cue.end, open);
  edge = cue.end;
  for (size_t k = 0; k < after.size() && k < 4; ++k) {
    if (!OnlySpace(text, edge, after[k].start)) break;
    edge = after[k].end;
    if (IsCueWord(tw.Lower(after[k]))) return {cue.start, after[k].end};
  }
  return {};
}

}  // namespace

void MarkNegated(const TextWords& tw, Quote& quote) {
  const text::ByteSpan span = NegatedCue(tw, quote);
  if (span.end <= span.start) return;
  quote.negated = true;
  quote.negation_span = span;
  // ("wouldn't tell reporters:": the colon that introduces the quote.)
  const std::string_view text = tw.text();
  while (quote.negation_span.end > span.start &&
         (text[quote.negation_span.end - 1] == ':' || text[quote.negation_span.end - 1] == ' ')) {
    --quote.negation_span.end;
  }
  quote.negation = std::string(text.substr(span.start, quote.negation_span.end - span.start));
}

}  // namespace concord::compare::internal
