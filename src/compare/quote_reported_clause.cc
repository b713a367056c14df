// A cue after a quote that belongs to a sentence of its own
// (quote_speakers.h, CueReportsOwnClause).
#include <string_view>

#include "compare/quote_speakers.h"

namespace concord::compare::internal {

bool CueReportsOwnClause(const Clause& right, text::ByteSpan cue) {
  // The word right after the cue opens what that sentence reports: "that"
  // or the subject pronoun of an indirect clause ("Kasich said he would
  // have fired him"). After a quote that ended its own sentence this is a
  // new statement, not the quote's attribution ("… the culture." Ohio Gov.
  // John Kasich said he …), while a bare cue ("… courts." Obama wrote) or
  // one followed by when and where ("… said in a statement") still is.
  for (size_t k = 0; k < right.words.size(); ++k) {
    if (right.words[k].start < cue.end) continue;
    const std::string_view w = right.lower[k];
    return w == "that" || w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
  }
  return false;
}

}  // namespace concord::compare::internal
