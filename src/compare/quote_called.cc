// "Frum called the moment "a display of panic"": the one who calls a thing
// by the quoted words is their speaker (quote_speakers.h, CalledAttribution).
#include <string>
#include <string_view>
#include <unordered_set>

#include "compare/quote_speakers.h"
#include "compare/quotes.h"

namespace concord::compare::internal {

namespace {

// True when a quotation mark opens right after the clause's last word
// (spaces between): the quote is the object of the clause's verb.
bool QuoteFollows(const Clause& c) {
  std::string_view rest = c.text.substr(c.words.back().end);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\n')) rest.remove_prefix(1);
  return rest.starts_with("\"") || rest.starts_with("'") || rest.starts_with("\xE2\x80\x9C") ||
         rest.starts_with("\xE2\x80\x98");
}

}  // namespace

Attribution CalledAttribution(std::string_view text, const Clause& c,
                              const std::unordered_set<std::string>& lowercase) {
  const size_t n = c.words.size();
  if (n < 2 || !QuoteFollows(c)) return {};
  // "called" and at most five words of what is called right before the
  // quote, none of them a cue or a word that opens a clause of its own.
  for (size_t k = n; k-- > 1 && n - k <= 6;) {
    const std::string& w = c.lower[k];
    if (w != "called" && w != "calls") {
      if (IsCueWord(w) || IsClauseWord(w) || IsSubordinator(w)) return {};
      continue;
    }
    // "is called", "a group called": a name given, no one speaking. The
    // speaker is a name or a personal pronoun before the verb.
    if (IsPassiveAux(c.lower[k - 1])) return {};
    // "Neighbors called to report the smoke": a call to do something names
    // nothing; "to" opens an infinitive there, not a phrase before the
    // thing called.
    if (k + 1 < n && c.lower[k + 1] == "to") return {};
    const text::ByteSpan speaker = SpeakerOfCue(text, c, k, lowercase);
    if (speaker.end <= speaker.start || speaker.start >= c.words[k].start) return {};
    size_t first = 0;
    while (first < k && c.words[first].start < speaker.start) ++first;
    const std::string& head = c.lower[first];
    const bool person = head == "he" || head == "she" || head == "they" || head == "we" ||
                        head == "i" ||
                        (Capitalized(c.words[first]) && !IsDeterminer(head) && !IsPronoun(head));
    if (first == k || !person) return {};
    Attribution a;
    a.found = true;
    a.cue = {c.words[k].start, c.words[k].end};
    a.speaker = speaker;
    return a;
  }
  return {};
}

}  // namespace concord::compare::internal
