// Who said a quote: clauses, noun phrases and cue verbs (quote_speakers.h).
//
// The speaker is the noun phrase next to a cue verb from a fixed lexicon of
// speech verbs (quote_marks.cc, IsCueWord): a pronoun, a capitalized name
// with its title, or a determiner phrase ("the secretary", "a
// spokesman"). A passive ("Kerry was asked:") gives a cue but no speaker.
// Which word of a clause is the cue is found in quote_attribution.cc.
#include "compare/quote_speakers.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "compare/name_variants.h"
#include "compare/quotes.h"

namespace concord::compare::internal {

bool IsSkippable(std::string_view lower) {
  static const std::unordered_set<std::string_view> kSkip = {
      "then",  "also",       "later",    "had",     "has",   "have", "was",   "were",
      "is",    "are",        "would",    "will",    "could", "once", "again", "further",
      "just",  "simply",     "been",     "being",   "did",   "does", "do",    "not",
      "never", "previously", "recently", "earlier", "first", "soon", "often"};
  // ("didn't say" as "did not say": a contraction of a skipped auxiliary.)
  static const std::unordered_set<std::string_view> kNot = {
      "didn't",  "doesn't", "don't",  "hasn't",   "haven't", "hadn't",  "wasn't",
      "weren't", "isn't",   "aren't", "wouldn't", "won't",   "couldn't"};
  return kSkip.count(lower) > 0 || kNot.count(lower) > 0 ||
         (lower.size() > 4 && lower.ends_with("ly") && lower != "only" && lower != "family");
}

Clause MakeClause(const TextWords& text, size_t begin, size_t end) {
  Clause clause;
  clause.text = text.text();
  clause.words = text.In(begin, end);
  clause.lower.reserve(clause.words.size());
  for (const Word& w : clause.words) clause.lower.push_back(text.Lower(w));
  return clause;
}

bool Capitalized(const Word& w) { return w.capitalized && !w.is_number; }

text::ByteSpan WordSpan(const Clause& c, std::pair<size_t, size_t> np) {
  return text::ByteSpan{c.words[np.first].start, c.words[np.second].end};
}

std::optional<std::pair<size_t, size_t>> NpBackward(const Clause& c, size_t floor, size_t last) {
  if (IsPronoun(c.lower[last])) return std::make_pair(last, last);
  // A capitalized cue word is a name ("Ian Read said").
  const bool name_like_cue =
      Capitalized(c.words[last]) && IsCueWord(c.lower[last]) && !IsFunctionWord(c.lower[last]);
  if (BlocksPhrase(c.lower[last]) && !name_like_cue) return std::nullopt;
  if (Capitalized(c.words[last])) {
    size_t first = last;
    while (first > floor) {
      const std::string& prev = c.lower[first - 1];
      // A comma, colon or dash ends a name ("in Newtown, Conn., Mr. Obama
      // said", "UPDATE: AARP CEO A. Barry Rand said").
      const size_t gap = c.words[first - 1].end;
      const std::string_view between = c.text.substr(gap, c.words[first].start - gap);
      // A party tag after a comma belongs to the name ("Sen. Mitt Romney,
      // R-Utah").
      const Word& head = c.words[first];
      const bool party_tag =
          head.end - head.start == 1 && head.end < c.text.size() && c.text[head.end] == '-' &&
          std::string_view("RDI").find(c.text[head.start]) != std::string_view::npos;
      if (!party_tag && (between.find_first_of(",:;") != std::string_view::npos ||
                         between.find("\xE2\x80\x94") != std::string_view::npos)) {
        break;
      }
      if (Capitalized(c.words[first - 1]) ||
          ((prev == "of" || prev == "al" || prev == "bin" || prev == "de") && first >= floor + 2 &&
           Capitalized(c.words[first - 2]))) {
        --first;
        continue;
      }
      break;
    }
    const std::string& opening = c.lower[first];
    const bool adverb = opening == "then" || opening == "also" || opening == "later" ||
                        opening == "again" || opening == "earlier" || opening == "meanwhile";
    if ((BlocksPhrase(opening) && !(first == last && name_like_cue)) || IsDeterminer(opening) ||
        adverb) {
      // A sentence-initial "The" / "It" / "Then" is not a name.
      if (first == last) return std::nullopt;
      ++first;
    }
    // "the mayor of Washington said": the place is the object of "of",
    // "in" or "from"; the phrase back to its determiner speaks.
    if (auto head = HeadBeforePlace(c, floor, first)) return std::make_pair(*head, last);
    return std::make_pair(PersonBeforeOfThe(c, floor, first), last);
  }
  return LowerPhraseBack(c, floor, last);
}

namespace {

// A lower-case word that may open a title before a name ("former Sen.
// Evan Bayh", "retired Rep. John Boehner", "state Rep. Andy Jorgensen").
bool IsTitleModifier(std::string_view lower) {
  return lower == "former" || lower == "retired" || lower == "then" || lower == "late" ||
         lower == "longtime" || lower == "veteran" || lower == "outgoing" || lower == "acting" ||
         lower == "state" || lower == "county" || lower == "city" || lower == "federal";
}

}  // namespace

std::optional<std::pair<size_t, size_t>> NpForward(const Clause& c, size_t first, size_t ceiling) {
  if (first >= ceiling) return std::nullopt;
  if (IsPronoun(c.lower[first])) return std::make_pair(first, first);
  // (Two modifiers at most: "former state Sen. Pat Steadman".)
  size_t title = first;
  while (title < first + 2 && title + 1 < ceiling && IsTitleModifier(c.lower[title])) ++title;
  const bool modified = title > first && Capitalized(c.words[title]) && !IsPronoun(c.lower[title]);
  if (Capitalized(c.words[first]) || modified) {
    size_t last = modified ? title : first;
    while (last + 1 < ceiling) {
      const std::string& next = c.lower[last + 1];
      if (Capitalized(c.words[last + 1]) ||
          ((next == "of" || next == "al" || next == "bin" || next == "de") && last + 2 < ceiling &&
           Capitalized(c.words[last + 2]))) {
        ++last;
        continue;
      }
      break;
    }
    return std::make_pair(first, last);
  }
  if (IsDeterminer(c.lower[first])) {
    size_t last = first;
    // ("According to the study, the ancestry derived", "said one
    // firefighter after helping": no comma or object's preposition.)
    while (last + 1 < ceiling && last - first < 5 && !BlocksPhrase(c.lower[last + 1]) &&
           !ObjectPreposition(c.lower[last + 1]) &&
           c.text.substr(c.words[last].end, c.words[last + 1].start - c.words[last].end)
                   .find_first_of(",;") == std::string_view::npos) {
      ++last;
    }
    // "tweeted another", "read one": a lone "another" or "one" is someone.
    if (last == first && c.lower[first] != "another" && c.lower[first] != "one") {
      return std::nullopt;
    }
    return std::make_pair(first, last);
  }
  return std::nullopt;
}

size_t TitleBridge(const Clause& c, size_t k) {
  for (size_t end = k; end < k + 2 && end + 1 < c.words.size(); ++end) {
    const std::string& w = c.lower[end];
    if (Capitalized(c.words[end]) || c.words[end].is_number || IsFunctionWord(w) ||
        BlocksPhrase(w) || IsCueWord(w) || IsTitleModifier(w) || w == "vice" || w == "prime" ||
        w == "chief" || !OnlySpace(c.text, c.words[end].end, c.words[end + 1].start)) {
      return 0;
    }
    if ((IsTitleWord(w) || IsRoleWord(w)) && Capitalized(c.words[end + 1]) &&
        !IsFunctionWord(c.lower[end + 1]) && !IsPronoun(c.lower[end + 1])) {
      return end + 1;
    }
    // Only an adjective or a noun opens a title of two words ("presidential
    // candidate", "press secretary"), not a verb ("quotes former").
    if (w.ends_with("ed") || (w.ends_with("s") && !w.ends_with("ss"))) return 0;
  }
  return 0;
}

bool TitlePhrase(const Clause& c) {
  const size_t n = c.words.size();
  if (n < 2 || n > 8) return false;
  if (!Capitalized(c.words[0]) && !IsDeterminer(c.lower[0]) && !IsTitleModifier(c.lower[0])) {
    return false;
  }
  if (IsPronoun(c.lower[0]) || IsCalendarWord(c.lower[0]) ||
      (IsFunctionWord(c.lower[0]) && !IsDeterminer(c.lower[0]))) {
    return false;  // "On the campaign trail, Cruz describes ..."
  }
  // "his wife, Ada Okafor, wrote", "another friend, Ada Okafor told": a
  // relation is a title of sorts.
  bool named = Capitalized(c.words[0]) || IsTitleWord(c.lower[n - 1]) ||
               (IsDeterminer(c.lower[0]) && IsRelationWord(c.lower[n - 1]));
  for (size_t k = 1; k < n; ++k) {
    const std::string& w = c.lower[k];
    if ((BlocksPhrase(w) && w != "of" && w != "for" && w != "at") || IsPronoun(w) || IsCueWord(w) ||
        IsClauseWord(w) || IsTimeWord(w) || c.words[k].is_number) {
      return false;
    }
    named = named || Capitalized(c.words[k]);
  }
  // "the numbers show" is a clause: a phrase with no name needs a title.
  return named;
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
  // "Hours later, Trump ...": an opening time word or adverb is no subject.
  auto weak = [&](size_t k) {
    // "Speaking in his real voice again, he …": an opening participle too.
    // ("Boreing said" is a name: a cue follows it.)
    const bool participle = k == 0 && c.lower[k].size() > 5 && c.lower[k].ends_with("ing") &&
                            c.words.size() > 1 && !IsCueWord(c.lower[1]);
    // ("Here's an excerpt from the report:": a contracted function word.)
    return participle || (k == 0 && Dateline(c)) || IsFunctionWord(c.lower[k]) ||
           IsFunctionWord(StripPossessive(c.lower[k])) ||
           IsTimeWord(c.lower[k]) || NotAName(c.lower[k]) || c.lower[k] == "later" ||
           c.lower[k] == "earlier" || c.lower[k] == "meanwhile" ||
           (lowercase.count(c.lower[k]) > 0 && !IsTitleWord(c.lower[k])) ||
           !Capitalized(c.words[k]);
  };
  const auto comma_before = [&](size_t k) {
    return text.substr(c.words[k - 1].end, c.words[k].start - c.words[k - 1].end).find(',') !=
           std::string_view::npos;
  };
  // "And then Trump went ...", "But he ...": an opening conjunction and the
  // adverbs after it are no subject.
  size_t lead = 0;
  if (c.lower[0] == "and" || c.lower[0] == "but" || c.lower[0] == "so" || c.lower[0] == "yet") {
    lead = 1;
    while (lead < ceiling && lead < 4 && IsSkippable(c.lower[lead]) && !comma_before(lead)) ++lead;
    // ("And although he ..., he": then the comma rule below.)
    if (lead >= ceiling || comma_before(lead) ||
        (!IsPronoun(c.lower[lead]) && weak(lead) && c.lower[lead] != "the")) {
      lead = 0;
    }
  }
  size_t first = lead;
  if (auto title = TheTitle(c, first, ceiling)) return title;
  // "Band member Flea shared …, writing": a capitalized common word and a
  // noun in lower case before a name; the name speaks.
  if (lead == 0 && ceiling > 2 && weak(0) && Capitalized(c.words[0]) &&
      !IsFunctionWord(c.lower[0]) && !IsTimeWord(c.lower[0]) && !IsPronoun(c.lower[0]) &&
      !Capitalized(c.words[1]) && !IsFunctionWord(c.lower[1]) && !IsTimeWord(c.lower[1]) &&
      !BlocksPhrase(c.lower[1]) && !IsCueWord(c.lower[1]) && !c.lower[1].ends_with("ed") &&
      !c.lower[1].ends_with("ly") && Capitalized(c.words[2]) && !weak(2) &&
      OnlySpace(text, c.words[0].end, c.words[1].start) &&
      OnlySpace(text, c.words[1].end, c.words[2].start)) {
    return NpForward(c, 2, ceiling);
  }
  if (lead == 0 && weak(0) && !IsPronoun(c.lower[0])) {
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
  if (auto title = TheTitle(c, first, ceiling)) return title;
  // "Rather than …, the Illinois Board of Elections was …:": "the" and a
  // name after an opening phrase (the name read as NpForward reads it).
  if (c.lower[first] == "the" && first + 1 < ceiling && Capitalized(c.words[first + 1]) &&
      !weak(first + 1)) {
    if (auto np = NpForward(c, first + 1, ceiling)) return std::make_pair(first, np->second);
  }
  if (!IsPronoun(c.lower[first]) && weak(first)) return std::nullopt;
  return NpForward(c, first, ceiling);
}

namespace {

// Word k of the clause is a cue: the index after the last word before it
// once adverbs, auxiliaries and a day are skipped ("Priebus later Thursday
// told", "Roe on Monday said"); *passive when an auxiliary of the passive
// was among them.
size_t SkipBeforeCue(std::string_view text, const Clause& c, size_t k, bool* passive) {
  size_t before = k;
  while (before > 0) {
    const std::string& prev = c.lower[before - 1];
    // Never across a comma ("…, who spoke to speak candidly, said").
    const size_t gap = c.words[before - 1].end;
    if (text.substr(gap, c.words[before].start - gap).find(',') != std::string_view::npos) break;
    if (IsCalendarWord(prev) && before >= 2 && !IsCalendarWord(c.lower[before - 2])) {
      --before;
      continue;
    }
    if (IsCalendarWord(prev) && before >= 3 && c.lower[before - 2] == "on") {
      before -= 2;
      continue;
    }
    // An adverb in -ly, but not a name ("Elections matter," Kelly said).
    if (!IsSkippable(prev) || (Capitalized(c.words[before - 1]) && prev.ends_with("ly"))) break;
    if (IsPassiveAux(prev)) *passive = true;
    --before;
  }
  return before;
}

// "a White House official who spoke anonymously ... said": the subject of
// the cue at word k before a relative clause ("who" and up to 12 words, no
// comma or other subordinator in it, none right before the cue; `before` is
// the first word skipped before the cue). In "Bam, a professor at the University of Maine School
// of Law who has written …, said" the university does not speak, and in "a
// candidate who promised …:" the "who" is the cue's own subject.
std::optional<std::pair<size_t, size_t>> RelativeSubject(std::string_view text, const Clause& c,
                                                         size_t before, size_t k) {
  const auto comma_between = [&](size_t a, size_t b) {
    return text.substr(c.words[a].end, c.words[b].start - c.words[a].end).find(',') !=
           std::string_view::npos;
  };
  if (before == 0 || comma_between(before - 1, k)) return std::nullopt;
  for (size_t w = before - 1; w > 0 && before - w <= 12; --w) {
    if (comma_between(w - 1, w)) break;
    if (c.lower[w] != "who") {
      if (IsSubordinator(c.lower[w])) break;  // "who gained fame when he yelled"
      continue;
    }
    if (w + 1 == before) break;
    return NpBackward(c, 0, w - 1);
  }
  return std::nullopt;
}

// "Bryne went on to say", "she continued to insist", "went so far as to
// say": the verb before "to" when words [0, before) end with it, past "on"
// and "so far as". A cue verb itself may come before "to" ("interjected to
// say"); another word that ends a phrase may not.
std::optional<size_t> VerbBeforeTo(const Clause& c, size_t before) {
  if (before < 2 || c.lower[before - 1] != "to" || Capitalized(c.words[before - 2])) {
    return std::nullopt;
  }
  size_t verb = before - 2;
  if (verb > 0 && c.lower[verb] == "on" && !Capitalized(c.words[verb - 1])) --verb;
  if (verb >= 3 && c.lower[verb] == "as" && c.lower[verb - 1] == "far" &&
      c.lower[verb - 2] == "so") {
    verb -= 3;
  }
  if (verb > 0 && (!BlocksPhrase(c.lower[verb]) || IsCueWord(c.lower[verb]))) return verb;
  return std::nullopt;
}

// "O'Malley, who signed ..., interjected to say", "Mr. Trump was prompted
// to say": the verb before "to" speaks as a cue would, but not one who
// refused or declined to say.
bool SpeaksAsCue(const Clause& c, size_t verb) {
  static const std::unordered_set<std::string_view> kRefuse = {
      "refused", "declined", "failed", "refuses", "declines", "refusing", "declining"};
  return !Capitalized(c.words[verb]) && kRefuse.count(c.lower[verb]) == 0;
}

// The last word of the noun phrase before a cue whose words before it end
// at `before`: the word before them, or, past an appositive, the word
// before the comma that opens it ("Gen. Martin Dempsey, chairman of ...,
// told"; the appositive opens fewer than 14 words before the cue k).
size_t LastBeforeAppositive(std::string_view text, const Clause& c, size_t before, size_t k) {
  const size_t n = c.words.size();
  size_t last = before - 1;
  const std::string_view between =
      text.substr(c.words[last].end, c.words[before < n ? before : k].start - c.words[last].end);
  if (between.find(',') != std::string_view::npos) {
    size_t comma = last;
    while (comma > 0 && k - comma < 14) {
      const std::string_view gap =
          text.substr(c.words[comma - 1].end, c.words[comma].start - c.words[comma - 1].end);
      if (gap.find(',') != std::string_view::npos) break;
      --comma;
    }
    if (comma > 0 && k - comma < 14) last = comma - 1;
  }
  return last;
}

// A name with its party tag's closing bracket ("Gov. John Kasich (R-OH)").
text::ByteSpan WithClosingBracket(std::string_view text, text::ByteSpan name) {
  const std::string_view written = text.substr(name.start, name.end - name.start);
  if (name.end < text.size() && text[name.end] == ')' &&
      written.find('(') != std::string_view::npos) {
    ++name.end;
  }
  return name;
}

// "… in the Republican presidential primary, Gov. John Kasich (R-OH),
// said": the lower-case phrase `np` before the appositive after `last`
// follows a preposition, so it is no subject; the name in apposition after
// it speaks, with the party tag's closing bracket.
std::optional<text::ByteSpan> NameAfterObject(std::string_view text, const Clause& c,
                                              std::pair<size_t, size_t> np, size_t last,
                                              size_t before) {
  if (np.first == 0 || last == before - 1 || Capitalized(c.words[np.first]) ||
      !IsPreposition(c.lower[np.first - 1])) {
    return std::nullopt;
  }
  const auto name_np = NpForward(c, last + 1, before);
  if (!name_np || !Capitalized(c.words[name_np->first])) return std::nullopt;
  return WithClosingBracket(text, WordSpan(c, *name_np));
}

// The speaker before the cue at word k whose words before it (adverbs and
// auxiliaries skipped) end at `before` > 0: the noun phrase there, past an
// appositive, or the subject before a relative clause; nothing when no rule
// decides, so that the words after the cue are read.
std::optional<text::ByteSpan> SpeakerBeforeCue(std::string_view text, const Clause& c,
                                               size_t before, size_t k,
                                               const std::unordered_set<std::string>& lowercase) {
  // "Lynch, who told Congress:": the relative pronoun speaks, and is
  // resolved to the one it follows.
  if (RelativeBeforeCue(c, before)) return WordSpan(c, {before - 1, before - 1});
  const size_t last = LastBeforeAppositive(text, c, before, k);
  // A name or pronoun right before the cue speaks; a phrase such as "the
  // plan" gives way to a subject before a relative clause.
  const auto np_before = NpBackward(c, 0, last);
  if (!np_before ||
      !(IsPronoun(c.lower[np_before->first]) || Capitalized(c.words[np_before->first]))) {
    if (auto np = RelativeSubject(text, c, before, k)) return WordSpan(c, *np);
  }
  if (np_before) {
    if (auto name = NameAfterObject(text, c, *np_before, last, before)) return name;
    // "Bishop Ada Okafor, of Dayton, Ohio, said": a place in apposition
    // tells where the person is from; the name (or the phrase of a
    // determiner) before its comma speaks.
    auto place_word = [&](size_t m) { return c.lower[m] == "of" || c.lower[m] == "from"; };
    size_t from = np_before->first;
    if (!place_word(from) && from > 0 && place_word(from - 1)) --from;
    if (from > 0 && place_word(from) &&
        text.substr(c.words[from - 1].end, c.words[from].start - c.words[from - 1].end).find(',') !=
            std::string_view::npos) {
      if (auto name = NpBackward(c, 0, from - 1); name && Capitalized(c.words[name->second])) {
        return WordSpan(c, *name);
      }
      // "The head of the union, of Dayton, Ohio, said": a lower-case phrase
      // from its determiner, back over "of" to the determiner before it.
      if (auto phrase = NpBackward(c, 0, from - 1);
          phrase && IsDeterminer(c.lower[phrase->first])) {
        if (phrase->first >= 2 && c.lower[phrase->first - 1] == "of") {
          const auto head = NpBackward(c, 0, phrase->first - 2);
          if (head && IsDeterminer(c.lower[head->first])) phrase->first = head->first;
        }
        return WordSpan(c, *phrase);
      }
    }
    return WordSpan(c, *np_before);
  }
  // "Clinton's campaign chairman, John Podesta, said": the appositive
  // is the name.
  if (last != before - 1) {
    if (auto np = NpBackward(c, 0, before - 1); np && Capitalized(c.words[np->second])) {
      return WithClosingBracket(text, WordSpan(c, *np));
    }
  }
  // "Trump called on her ... and said", "Boreing said ..., but said".
  if (c.lower[before - 1] == "and" || c.lower[before - 1] == "but") {
    // "…, he laughed and said": a pronoun or name right before the verb.
    const size_t verb = before - 2;
    if (before >= 3 && !Capitalized(c.words[verb]) && !IsFunctionWord(c.lower[verb]) &&
        (!BlocksPhrase(c.lower[verb]) || IsCueWord(c.lower[verb])) &&
        OnlySpace(text, c.words[verb - 1].end, c.words[verb].start)) {
      // (The subject opens a clause: "her adopted home state and" is an
      // object.)
      const auto np = NpBackward(c, 0, verb - 1);
      const auto subject = [&](const std::string& w) {
        return w == "he" || w == "she" || w == "they" || w == "we" || w == "i" ||
               Capitalized(c.words[np->first]);
      };
      if (np && subject(c.lower[np->first]) &&
          (np->first == 0 || text.substr(c.words[np->first - 1].end,
                                         c.words[np->first].start - c.words[np->first - 1].end)
                                     .find(',') != std::string_view::npos)) {
        return WordSpan(c, *np);
      }
    }
    auto np = SubjectNp(text, c, before - 1, lowercase);
    if (np) np = SubordinateSubject(c, np->second, before - 1).value_or(*np);
    return np ? WordSpan(c, *np) : text::ByteSpan{};
  }
  return std::nullopt;
}

// The speaker after the cue at word k: "said Caddell", "added the senator"
// (but "reported a spike" is an object), "said retired neurosurgeon Ben
// Carson" (a few lower-case words of a title, then the name; an office's
// "of" and the word after it add two: "said former secretary of state
// Hillary Clinton").
text::ByteSpan SpeakerAfterCue(const Clause& c, size_t k) {
  const size_t n = SpeakerAfterCueEnd(c, k);
  if (IsObjectCue(c.lower[k])) return {};
  if (auto np = NpForward(c, k + 1, n)) return WordSpan(c, *np);
  size_t limit = k + 3;
  for (size_t m = k + 1; m < n && m <= limit; ++m) {
    // (A modifier of the title does not count: "said former tech
    // executive Carly Fiorina".)
    if (m <= k + 2 && IsTitleModifier(c.lower[m])) ++limit;
    if (m > k + 1 && OfficeOf(c, m)) {
      limit += 2;
      ++m;
      continue;
    }
    if (BlocksPhrase(c.lower[m]) || IsPronoun(c.lower[m])) break;
    if (Capitalized(c.words[m])) {
      auto np = NpForward(c, m, n);
      return np && m > k + 1 ? text::ByteSpan{c.words[k + 1].start, c.words[np->second].end}
                             : text::ByteSpan{};
    }
  }
  return {};
}

}  // namespace

text::ByteSpan SpeakerOfCue(std::string_view text, const Clause& c, size_t k,
                            const std::unordered_set<std::string>& lowercase) {
  // Words before the cue, skipping adverbs and auxiliaries.
  bool passive = false;
  const size_t before = SkipBeforeCue(text, c, k, &passive);
  if (passive && (c.lower[k] == "asked" || c.lower[k] == "told")) {
    return {};  // "Kerry was asked:" : the speaker is someone else
  }
  // "Bryne went on to say": the subject of the verb before "to".
  if (const auto verb = VerbBeforeTo(c, before)) {
    if (auto np = NpBackward(c, 0, *verb - 1)) return WordSpan(c, *np);
    // "Trump joked ..., but went on to say": the clause's subject.
    if (c.lower[*verb - 1] == "but" || c.lower[*verb - 1] == "and") {
      auto np = SubjectNp(text, c, *verb - 1, lowercase);
      return np ? WordSpan(c, *np) : text::ByteSpan{};
    }
    if (SpeaksAsCue(c, *verb)) return SpeakerOfCue(text, c, *verb, lowercase);
  }
  if (before > 0) {
    if (auto speaker = SpeakerBeforeCue(text, c, before, k, lowercase)) return *speaker;
  }
  return SpeakerAfterCue(c, k);
}

text::ByteSpan CheckSpeaker(const TextWords& text, text::ByteSpan span,
                            const std::unordered_set<std::string>& lowercase) {
  const Clause c = MakeClause(text, span.start, span.end);
  size_t first = 0;
  while (first < c.words.size() && IsCalendarWord(c.lower[first])) ++first;
  if (first == c.words.size()) {
    // A lone month not followed by a day is a name ("Jun wrote", "May
    // said"); a lone day or "today" is a time.
    static const std::unordered_set<std::string_view> kMonths = {
        "january",   "february", "march",    "april",    "may",  "june", "july", "august",
        "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
        "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
    const size_t end = span.end;
    const bool dated = end + 1 < text.text().size() && text.text()[end] == ' ' &&
                       text.text()[end + 1] >= '0' && text.text()[end + 1] <= '9';
    if (c.words.size() != 1 || !Capitalized(c.words[0]) || kMonths.count(c.lower[0]) == 0 ||
        dated || (end < text.text().size() && text.text()[end] == '.')) {
      return {};
    }
    return {c.words[0].start, span.end};
  }
  first = AfterDateline(c, first);
  const size_t last = c.words.size() - 1;
  // (A lone relative pronoun speaks for the phrase it follows.)
  if (c.words.size() == 1 && (c.lower[0] == "who" || c.lower[0] == "which")) return span;
  if (IsSubordinator(c.lower[first]) || IsTimeWord(c.lower[last])) return {};
  for (size_t k = first; k <= last; ++k) {
    // A capitalized clause word opening a name is a first name ("said Will
    // Doyle, a professor", "May Chen"), not a verb.
    const bool first_name = k == first && k < last && Capitalized(c.words[k]) &&
                            Capitalized(c.words[k + 1]) && !IsClauseWord(c.lower[k + 1]);
    if (IsClauseWord(c.lower[k]) && !first_name) return {};
  }
  if (first == last && Capitalized(c.words[first]) && !IsPronoun(c.lower[first]) &&
      (IsFunctionWord(c.lower[first]) || NotAName(c.lower[first]) ||
       (lowercase.count(c.lower[first]) > 0 && !IsTitleWord(c.lower[first])))) {
    return {};
  }
  text::ByteSpan trimmed = TrimSpeaker(text, {c.words[first].start, span.end}, lowercase);
  // "the mountaineer from" is the mountaineer; "his own", "the women's": a
  // phrase cut before its noun is no speaker.
  const Clause kept = MakeClause(text, trimmed.start, trimmed.end);
  if (const size_t n = BeforeTrailingPreposition(kept); n < kept.words.size()) {
    trimmed.end = kept.words[n - 1].end;
  }
  if (DanglingEnd(MakeClause(text, trimmed.start, trimmed.end))) return {};
  return trimmed;
}

}  // namespace concord::compare::internal
