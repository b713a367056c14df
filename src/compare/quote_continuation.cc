// Whether a continuation joins its head quote as one more part
// (quote_resolve.h, JoinsHead), and whether the cue after it is the head
// speaker's next act (TellsOnAfter).
#include <cctype>
#include <string>

#include "compare/quote_resolve.h"
#include "compare/quote_speakers.h"
#include "compare/quotes.h"
#include "concord/text.h"

namespace concord::compare::internal {

bool JoinsHead(const TextWords& tw, const Quote& head, size_t head_close) {
  if (!head.embedded) return true;
  // An embedded head is one quote with what follows only when its cue comes
  // after it (The event "was a first," Roe said. "…": as PolNeAR marks it).
  // After a cue before it the next quote is often another's, and a title
  // in marks in the attribution ("Homeland" plays as the prime minister
  // continues. "…") is no one's words.
  if (head.cue_span.start < head_close || head.parts.empty()) return false;
  return !TitleInMarks(tw, tw.In(head.parts.front().start, head.parts.back().end));
}

bool TellsOnAfter(std::string_view text, const QuotedSpan& span, const Quote& quote,
                  const std::string& head_speaker) {
  if (!span.closed || LastContentChar(text, span) != '.' || quote.cue_span.start < span.close ||
      quote.speaker_span.end <= quote.speaker_span.start ||
      quote.speaker_span.start > quote.cue_span.start ||
      !OnlySpace(text, span.close, quote.speaker_span.start)) {
    return false;
  }
  if (IsPronoun(text::LowerWord(quote.speaker))) return true;
  const size_t space = head_speaker.rfind(' ');
  const std::string_view surname = space == std::string::npos
                                       ? std::string_view(head_speaker)
                                       : std::string_view(head_speaker).substr(space + 1);
  return !surname.empty() && quote.speaker == surname;
}

bool SpokenLaterInSentence(const TextWords& tw, size_t from, size_t to) {
  if (to <= from) return false;
  const auto words = tw.In(from, to);
  for (size_t k = 1; k < words.size(); ++k) {
    const std::string lower = tw.Lower(words[k]);
    if (lower == "according" || !IsCueWord(lower)) continue;
    const std::string before = tw.Lower(words[k - 1]);
    if (IsPronoun(before) || Capitalized(words[k - 1])) return true;
  }
  return false;
}

bool OpensSentence(std::string_view text, const std::vector<size_t>& paragraphs, size_t open,
                   const std::vector<Word>& words) {
  const size_t floor = paragraphs[ParagraphOf(paragraphs, open)];
  size_t end = open;
  while (end > floor && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return end == floor || IsSentenceEndAt(text, end - 1, words);
}

void TakeAttribution(const Quote& from, Quote& to) {
  to.cue = from.cue;
  to.cue_span = from.cue_span;
  to.speaker = from.speaker;
  to.speaker_span = from.speaker_span;
}

}  // namespace concord::compare::internal
