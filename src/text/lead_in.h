// Internal to concord: a sentence that opens with a lead-in adverb and a
// comma, then a word that points back ("Officially, this wasn't correct.";
// "Now, she is famous for it."). The opening word is no pronoun, so the
// checks that look at the first word miss that the sentence leans on the
// one before it. The summarizer's waiting rule (summarize/coverage.cc) and
// eval's readability check (eval/readability.cc) both read it here.
#ifndef CONCORD_TEXT_LEAD_IN_H_
#define CONCORD_TEXT_LEAD_IN_H_

#include <string>
#include <string_view>

namespace concord::text {

// The pointing word (lower case: he, she, it, they, his, her, its, their,
// him, them, this, these, those) after a lead-in adverb of a fixed list
// (officially, clearly, now, today, later, in fact, of course, ...) and a
// comma at the start of `sentence`, past an opening quotation mark; ""
// otherwise. Case does not matter, and a space before the comma is
// allowed (tokenized text: "now , she"). "This week, ..." is no lead-in:
// the list holds adverbs, not time phrases.
std::string PointingAfterLeadIn(std::string_view sentence);

}  // namespace concord::text

#endif  // CONCORD_TEXT_LEAD_IN_H_
