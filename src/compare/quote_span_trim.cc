// A speaker span trimmed to the person (quote_speakers.h, TrimSpeaker).
//
// A span read back or forward from a cue may hold more than the one who
// speaks: an opening word of the sentence ("Fellow Democratic Sen. Ada
// Okafor"), the place a person represents ("Sen. Ada Okafor of Ohio", "Rep.
// Ben Lowe, Republican of Utah") or the place an office is of ("the District
// of Ohio Ada Okafor" read back from "former prosecutor for the District of
// Ohio Ada Okafor said"). Titles stay: the shown name drops them.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "compare/name_variants.h"
#include "compare/name_words.h"
#include "compare/quote_speakers.h"
#include "compare/quotes.h"

namespace concord::compare::internal {
namespace {

// A capitalized word, or a surname with a short lower-case particle glued
// to its capital ("diGenova", "deLeon").
bool NameWord(const Clause& c, size_t k) {
  if (Capitalized(c.words[k])) return true;
  const std::string_view w = c.text.substr(c.words[k].start, c.words[k].end - c.words[k].start);
  for (size_t i = 1; i < w.size() && i <= 3; ++i) {
    if (w[i] >= 'A' && w[i] <= 'Z') return i + 2 < w.size();
    if (w[i] < 'a' || w[i] > 'z') return false;
  }
  return false;
}

bool TitleOrRole(std::string_view lower) {
  return IsTitleWord(lower) || IsRoleWord(lower) || In(kPartyWords, lower);
}

// True when words [from, to) read as a person's name: one to four name
// words (particles aside), none a title, a connector or the head of an
// organisation or place.
bool PersonWords(const Clause& c, size_t from, size_t to) {
  if (from >= to || to - from > 4) return false;
  for (size_t k = from; k < to; ++k) {
    const std::string& w = c.lower[k];
    if (IsParticle(w)) continue;
    if (!NameWord(c, k) || IsConnector(w) || TitleOrRole(w) || In(kNotPersonWords, w) ||
        In(kOrganisationWords, w) || IsPronoun(w)) {
      return false;
    }
  }
  return true;
}

// The word after the last title, role or party word before word `to`
// (from `from` on), or `from` when there is none.
size_t AfterTitle(const Clause& c, size_t from, size_t to) {
  for (size_t k = to; k-- > from;) {
    if (TitleOrRole(c.lower[k])) return k + 1;
  }
  return from;
}

// "Sen. Ada Okafor of Ohio", "Ada Okafor of Lowe Dunn LLP": the last word
// of the person before "of" and the place, else the span's last word.
size_t BeforePlace(const Clause& c, size_t first, size_t last) {
  for (size_t k = first + 1; k < last; ++k) {
    // "Rep. Ben Lowe, Republican of Utah": a party, "of" and a place after
    // a comma.
    const std::string_view gap =
        c.text.substr(c.words[k - 1].end, c.words[k].start - c.words[k - 1].end);
    if (gap.find(',') != std::string_view::npos) {
      const bool party_of = k + 2 <= last && In(kPartyWords, c.lower[k]) && c.lower[k + 1] == "of";
      const size_t name = AfterTitle(c, first, k);
      return party_of && PersonWords(c, name, k) ? k - 1 : last;
    }
    if (c.lower[k] != "of") continue;
    // ("of the State Police", "of Our Lady of Peace": "the" first, or a
    // connector inside.)
    for (size_t p = k + 1; p <= last; ++p) {
      const bool inside = p > k + 1 && p < last && IsConnector(c.lower[p]);
      if (!Capitalized(c.words[p]) && !(p == k + 1 && c.lower[p] == "the") && !inside) {
        return last;
      }
    }
    const size_t name = AfterTitle(c, first, k);
    const bool person = (k - name >= 2 || name > first) && PersonWords(c, name, k);
    return person ? k - 1 : last;
  }
  return last;
}

// "[the] District of Ohio Ada Okafor": the first word of a person's name of
// two words (or three, with a middle initial) after an organisation's head
// word, "of" and a place of one word, else `first`.
size_t AfterOfficePlace(const Clause& c, size_t first, size_t last) {
  size_t head = first;
  if (c.lower[head] == "the" && head < last) ++head;
  if (head + 2 > last || !In(kOrganisationWords, c.lower[head]) || c.lower[head + 1] != "of") {
    return first;
  }
  const size_t place = head + 2;
  const size_t rest = last - place;  // words after the place
  const bool initial = rest == 3 && c.words[last - 1].end - c.words[last - 1].start == 1;
  if (!Capitalized(c.words[place]) || !(rest == 2 || initial)) return first;
  return PersonWords(c, place + 1, last + 1) ? place + 1 : first;
}

// A lower-case noun for a person that a name in apposition may follow
// ("a spokesman, Ada Okafor"): a title, role or relation word, or one of
// these.
bool PersonNoun(std::string_view lower) {
  static constexpr std::string_view kNouns[] = {
      "official",  "officials", "figure", "lawmaker", "member",   "lawyer",  "expert",
      "activist",  "executive", "author", "scholar",  "resident", "critic",  "ally",
      "organizer", "opponent",  "rival",  "source",   "officer",  "manager", "deputy"};
  for (std::string_view noun : kNouns) {
    if (lower == noun) return true;
  }
  return IsTitleWord(lower) || IsRoleWord(lower) || IsRelationWord(lower);
}

// "a spokesman, Ada Okafor," / "Another candidate, Ben Lowe, said": the end
// of a person's name (a title allowed before it) in apposition right after
// a determiner phrase with a lower-case head that names a person, ending at
// a comma, a period or the line; else the span's end.
size_t AppositiveNameEnd(const TextWords& text, text::ByteSpan span) {
  const std::string_view t = text.text();
  const Clause c = MakeClause(text, span.start, span.end);
  if (c.words.size() < 2 || !IsDeterminer(c.lower[0]) || IsPronoun(c.lower[0])) return span.end;
  // The head is the last word, or the word before "of" ("the leader of the
  // Senate").
  size_t head = c.words.size() - 1;
  for (size_t k = 2; k + 1 < c.words.size(); ++k) {
    if (c.lower[k] == "of") {
      head = k - 1;
      break;
    }
  }
  if (Capitalized(c.words[head]) || !PersonNoun(c.lower[head])) return span.end;
  size_t k = span.end;
  if (k + 2 >= t.size() || t[k] != ',' || t[k + 1] != ' ') return span.end;
  const Clause after = MakeClause(text, k + 2, std::min(t.size(), k + 2 + 80));
  size_t from = 0;
  while (from < after.words.size() && IsTitleWord(after.lower[from]) &&
         Capitalized(after.words[from])) {
    ++from;
  }
  for (size_t to = from + 2; to <= from + 4 && to <= after.words.size(); ++to) {
    const size_t end = after.words[to - 1].end;
    const char next = end < t.size() ? t[end] : '\n';
    if ((next == ',' || next == '.' || next == '\n') && PersonWords(after, from, to) &&
        !(next == '.' && after.words[to - 1].end - after.words[to - 1].start == 1)) {
      return end;
    }
  }
  return span.end;
}

}  // namespace

size_t PersonBeforeOfThe(const Clause& c, size_t floor, size_t first) {
  if (first < floor + 4 || c.lower[first - 1] != "the" || c.lower[first - 2] != "of") {
    return first;
  }
  const size_t k = first - 2;  // "of"
  size_t from = k;
  // (Words of a name: spaces between, or a period and spaces after an
  // initial or a title.)
  const auto joined = [&](size_t w) {
    const size_t end = c.words[w].end;
    return OnlySpace(c.text, end, c.words[w + 1].start) ||
           (c.text[end] == '.' && OnlySpace(c.text, end + 1, c.words[w + 1].start));
  };
  while (from > floor && Capitalized(c.words[from - 1]) && k - from < 6 && joined(from - 1)) {
    --from;
  }
  const size_t name = AfterTitle(c, from, k);
  const bool person = (k - name >= 2 || name > from) && PersonWords(c, name, k);
  return person ? from : first;
}

text::ByteSpan TrimSpeaker(const TextWords& text, text::ByteSpan span,
                           const std::unordered_set<std::string>& lowercase) {
  if (span.end <= span.start) return span;
  if (WrittenThing(MakeClause(text, span.start, span.end))) return {};  // "a sign held"
  span.end = AppositiveNameEnd(text, span);
  const Clause c = MakeClause(text, span.start, span.end);
  if (c.words.size() < 3) return span;
  size_t first = AfterOfficePlace(c, 0, c.words.size() - 1);
  // "Fellow Democratic Sen. Ada Okafor": a word seen in lower case in the
  // article opens the sentence before a party or a title.
  const size_t end = c.words.size() - 1;
  if (first == 0 && Capitalized(c.words[0]) && lowercase.count(c.lower[0]) > 0 &&
      !IsFunctionWord(c.lower[0]) && !IsDeterminer(c.lower[0]) && NameWord(c, end) &&
      !TitleOrRole(c.lower[end]) && !TitleOrRole(c.lower[0]) && !In(kNotPersonWords, c.lower[0]) &&
      !In(kOrganisationWords, c.lower[0]) && TitleOrRole(c.lower[1]) && Capitalized(c.words[1]) &&
      OnlySpace(c.text, c.words[0].end, c.words[1].start)) {
    first = 1;
  }
  const size_t last = BeforePlace(c, first, end);
  if (first == 0 && last + 1 == c.words.size()) return span;
  return {c.words[first].start, c.words[last].end};
}

}  // namespace concord::compare::internal
