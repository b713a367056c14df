// A relative pronoun as a quote's speaker ("Lynch, who told Congress:",
// "the report, which notes,"): found before the cue, resolved to the noun
// phrase it follows (quote_speakers.h, quote_resolve.h). The pronoun is
// the speaker's mention, as "he" is: the name shown is the antecedent's.
// Also where a relative clause after a quote's lower-case speaker ends
// (AfterRelativeClause: "…," an aide, who asked not to be named, told).
#include <string>
#include <string_view>

#include "compare/cue_words.h"
#include "compare/name_variants.h"
#include "compare/quote_resolve.h"
#include "compare/quote_speakers.h"

namespace concord::compare::internal {

bool RelativeBeforeCue(const Clause& c, size_t before) {
  // ("a message that said" is left out: on train-a a "that" speaker was as
  // often a sign or shirt that no one quotes as the one the gold names.)
  if (before < 2) return false;
  const std::string_view w = c.lower[before - 1];
  // Only after a comma: a clause that adds to a named one ("Lynch, who
  // told"). A restrictive one ("a candidate who promised …:", "the one who
  // wrote the tweet, saying") picks out someone the quote is often about,
  // not by.
  const size_t gap = c.words[before - 2].end;
  return (w == "who" || w == "which") &&
         c.text.substr(gap, c.words[before - 1].start - gap).find(',') != std::string_view::npos;
}

std::string RelativeAntecedent(const TextWords& text, const ArticleNames& n,
                               text::ByteSpan relative, bool* person) {
  *person = false;
  // The noun phrase right before the pronoun and its comma, read back
  // within the sentence's last 200 bytes.
  const size_t from = relative.start > 200 ? relative.start - 200 : 0;
  const Clause c = MakeClause(text, from, relative.start);
  if (c.words.empty()) return "";
  const std::string_view gap =
      text.text().substr(c.words.back().end, relative.start - c.words.back().end);
  if (gap.find_first_not_of(", ") != std::string_view::npos) return "";
  const auto np = NpBackward(c, 0, c.words.size() - 1);
  if (!np) return "";
  const text::ByteSpan span = WordSpan(c, *np);
  // "The congressman, who described": the title's holder, as for "the
  // congressman said".
  const std::string& head = c.lower[np->second];
  if (c.lower[np->first] == "the" && np->second > np->first &&
      (IsTitleWord(head) || IsRoleWord(head))) {
    std::string holder = TitleHolder(n, head, c.lower[np->second - 1], relative.start);
    *person = !holder.empty();
    if (*person) return holder;
  }
  if (n.PersonIn(span.start, span.end)) *person = true;
  std::string name = n.SpeakerDisplayOf(text.text(), span.start, span.end);
  if (name.empty()) name = std::string(text.text().substr(span.start, span.end - span.start));
  return name;
}

size_t AfterRelativeClause(const Clause& right, const Clause& wide) {
  const size_t n = right.words.size();
  if (n < 2 || n > 5 || !IsDeterminer(right.lower[0]) || IsPronoun(right.lower[0]) ||
      wide.words.size() <= n + 2 || wide.lower[n] != "who") {
    return 0;
  }
  for (size_t k = 1; k < n; ++k) {
    const std::string& w = right.lower[k];
    if (IsPronoun(w) || IsCueWord(w) || IsClauseWord(w) || IsTimeWord(w) || BlocksPhrase(w) ||
        right.words[k].is_number) {
      return 0;
    }
  }
  // The relative clause ends at the next comma, within 14 words.
  for (size_t k = n + 2; k < wide.words.size() && k < n + 16; ++k) {
    const size_t gap = wide.words[k - 1].end;
    if (wide.text.substr(gap, wide.words[k].start - gap).find(',') != std::string_view::npos) {
      return k;
    }
  }
  return 0;
}

}  // namespace concord::compare::internal
