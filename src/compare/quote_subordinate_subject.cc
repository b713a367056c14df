// The subject of a time or reason clause that a participle or a second
// verb goes on from (quote_speakers.h, SubordinateSubject), and the subject
// a participle after a quote speaks through (SubjectBeforeQuote).
#include <string_view>
#include <unordered_set>

#include "compare/name_variants.h"
#include "compare/quote_speakers.h"
#include "compare/quotes.h"

namespace concord::compare::internal {

std::optional<std::pair<size_t, size_t>> SubordinateSubject(const Clause& c, size_t from,
                                                            size_t k) {
  static const std::unordered_set<std::string_view> kOpeners = {
      "when", "as", "while", "after", "because", "since", "although", "though", "once"};
  // Only the nearest opener counts: in "Christie, a Trump ally, admitted
  // some copying even as he defended the speech, saying" the participle
  // goes on from "he defended", the clause it is attached to.
  for (size_t w = k; w-- > from + 1;) {
    if (IsCueWord(c.lower[w])) return std::nullopt;
    if (kOpeners.count(c.lower[w]) == 0) continue;
    const auto np = NpForward(c, w + 1, k);
    if (!np || np->second + 1 >= k) return std::nullopt;
    const std::string_view head = c.lower[np->first];
    const bool subject = head == "he" || head == "she" || head == "they" || head == "we" ||
                         head == "i" || (Capitalized(c.words[np->first]) && !IsPronoun(head));
    // A verb follows the subject ("when Clinton ended", not "as Trump's").
    const std::string_view next = c.lower[np->second + 1];
    if (!subject || Capitalized(c.words[np->second + 1]) || IsFunctionWord(next) ||
        IsPreposition(next)) {
      return std::nullopt;
    }
    return np;
  }
  return std::nullopt;
}

text::ByteSpan SubjectBeforeQuote(const TextWords& words, size_t left, size_t open,
                                  const std::unordered_set<std::string>& lowercase) {
  if (open <= left) return {};
  const Clause c = MakeClause(words, left, open);
  const auto np = SubjectNp(words.text(), c, c.words.size(), lowercase);
  // ("It was called "…," saying": "it" is no one to speak through.)
  if (!np || c.lower[np->first] == "it") return {};
  return WordSpan(c, *np);
}

}  // namespace concord::compare::internal
