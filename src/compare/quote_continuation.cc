// Whether a continuation joins its head quote as one more part
// (quote_resolve.h, JoinsHead).
#include "compare/quote_resolve.h"
#include "compare/quote_speakers.h"

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

}  // namespace concord::compare::internal
