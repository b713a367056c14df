// Cues found by their form rather than the lexicon (quote_speakers.h): a
// past-tense verb right after a quote ("…," Trump barked), a cue after
// adjectives set apart by a comma ("…," the tall, 71-year-old captain
// said; moved from quotes.cc), and a whole
// sentence quoted right after its cue verb (he yelled "You lie!"); and
// quotes that are no one's words by their form: a title in marks, a term
// the reporter names.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "compare/name_variants.h"
#include "compare/name_words.h"
#include "compare/quote_speakers.h"
#include "compare/quotes.h"

namespace concord::compare::internal {

namespace {

// A past-tense verb by its form: lower case, -ed, not a title or a word
// that often follows a name without being its verb.
bool PastTenseVerb(const Clause& c, size_t k) {
  const std::string& w = c.lower[k];
  return !Capitalized(c.words[k]) && w.size() > 4 && w.ends_with("ed") && w != "indeed" &&
         w != "based" && w != "related" && w != "united" && w != "elected" && w != "named";
}

}  // namespace

Attribution VerbAfterQuote(const Clause& right) {
  Attribution a;
  const size_t n = right.words.size();
  if (n < 2) return a;
  auto take = [&](size_t verb, size_t verb_last, std::pair<size_t, size_t> np) {
    a.found = true;
    a.cue = {right.words[verb].start, right.words[verb_last].end};
    a.speaker = {right.words[np.first].start, right.words[np.second].end};
  };
  if (PastTenseVerb(right, 0)) {  // "beamed Donald Hartley"
    if (auto np = NpForward(right, 1, n); np && Capitalized(right.words[1])) take(0, 0, *np);
    return a;
  }
  // "...," the Saudis state: the plain form of a cue ("state", "write":
  // its -s form is one) after a plural subject, which NpForward would read
  // as one noun phrase ("the Saudis state").
  for (size_t v = 1; v < n && v < 6; ++v) {
    const std::string& w = right.lower[v];
    if (Capitalized(right.words[v]) || IsCueWord(w) || !IsCueWord(w + "s")) continue;
    const std::string& noun = right.lower[v - 1];
    const bool plural = noun == "they" || noun == "we" ||
                        (noun.size() > 3 && noun.ends_with("s") && !noun.ends_with("ss") &&
                         !Possessive(right, v - 1) && !IsPronoun(noun));
    if (auto np = NpForward(right, 0, v); plural && np && np->second + 1 == v) {
      take(v, v, *np);
      return a;
    }
    break;
  }
  if (auto np = NpForward(right, 0, n); np && np->second + 1 < n && np->second < 5) {
    const size_t v = np->second + 1;
    const bool two_word = v + 1 < n && ((right.lower[v] == "went" && right.lower[v + 1] == "on") ||
                                        (right.lower[v] == "shot" && right.lower[v + 1] == "back"));
    // "...," he mocks: a present-tense verb after a personal pronoun.
    const std::string& head = right.lower[np->first];
    const bool present = np->first == np->second && (head == "he" || head == "she") &&
                         right.lower[v].size() > 3 && right.lower[v].ends_with("s") &&
                         !right.lower[v].ends_with("ss") && !Capitalized(right.words[v]) &&
                         !IsFunctionWord(right.lower[v]);
    if (two_word) {
      take(v, v + 1, *np);
    } else if (PastTenseVerb(right, v) || present) {
      take(v, v, *np);
    }
  }
  return a;
}

size_t CoordinateAdjectives(const Clause& right, const Clause& wide) {
  const size_t m = right.words.size();
  if (m < 2 || m > 4 || !IsDeterminer(right.lower[0]) || IsPronoun(right.lower[0])) {
    return 0;
  }
  const auto plain = [](const Clause& c, size_t k) {
    const std::string& w = c.lower[k];
    return !Capitalized(c.words[k]) && !BlocksPhrase(w) && !IsPronoun(w) && !IsClauseWord(w);
  };
  for (size_t k = 1; k < m; ++k) {
    if (!plain(right, k)) return 0;
  }
  for (size_t k = m; k < wide.words.size() && k < m + 5; ++k) {
    if (k > m && IsCueWord(wide.lower[k]) && wide.lower[k] != "according") return k;
    // ("71-year-old": a hyphen may join the words, a comma may not.)
    const size_t gap = k > m ? wide.words[k - 1].end : wide.words[k].start;
    const std::string_view between = wide.text.substr(gap, wide.words[k].start - gap);
    if (!plain(wide, k) || between.find_first_not_of(" -") != std::string_view::npos) return 0;
  }
  return 0;
}

namespace {

// The word right before byte `open` with only spaces between, or null.
const Word* WordBefore(const TextWords& tw, size_t open) {
  const std::vector<Word>& words = tw.words();
  auto it = std::lower_bound(words.begin(), words.end(), open,
                             [](const Word& w, size_t p) { return w.end <= p; });
  if (it == words.begin()) return nullptr;
  --it;
  return OnlySpace(tw.text(), it->end, open) ? &*it : nullptr;
}

// The word before `word`, one of tw's words, or null.
const Word* PreviousWord(const TextWords& tw, const Word* word) {
  return word == tw.words().data() ? nullptr : word - 1;
}

}  // namespace

bool Utterance(const TextWords& tw, size_t open, unsigned char first, char last) {
  if (last != '.' && last != '!' && last != '?') return false;
  const Word* before = WordBefore(tw, open);
  if (before == nullptr) return false;
  // A sentence quoted whole may open with other than a capital (She says
  // "we worked hard ….", "2016 was hard.", "…and then."), but only after a
  // cue written in lower case: a capitalized one is a name's last word
  // (the United States "must …").
  // Nor in a relative clause (the bill, which he said "threatens …"): the
  // quote goes on from the relative pronoun, the reporter's word.
  if (!(first >= 'A' && first <= 'Z')) {
    if (Capitalized(*before)) return false;
    const Word* subject = PreviousWord(tw, before);
    const Word* relative = subject == nullptr ? nullptr : PreviousWord(tw, subject);
    const std::string pronoun = relative == nullptr ? "" : tw.Lower(*relative);
    if (pronoun == "which" || pronoun == "who" || pronoun == "that") return false;
  }
  const std::string lower = tw.Lower(*before);
  // "told "Fox & Friends."" names the one told (a show), not words.
  return IsCueWord(lower) && !IsObjectCue(lower) && lower != "according" && lower != "told" &&
         lower != "tells" && lower != "telling";
}

bool TellsAddressee(const TextWords& tw, text::ByteSpan cue, size_t before) {
  // Verbs of telling that take the one told as object (told his
  // supporters,) and of writing to someone (tweeted at him,).
  static const std::unordered_set<std::string_view> kTelling = {
      "told",    "tells", "telling", "asked", "asks",    "asking",  "reminded",
      "assured", "urged", "warned",  "wrote", "writing", "tweeted", "tweeting"};
  const std::string_view text = tw.text();
  if (before == 0 || before > text.size() || cue.end >= before || text[before - 1] != ',') {
    return false;
  }
  const std::string_view object = text.substr(cue.end, before - 1 - cue.end);
  return kTelling.count(text::LowerWord(text.substr(cue.start, cue.end - cue.start))) > 0 &&
         object.find(',') == std::string_view::npos && tw.In(cue.end, before - 1).size() <= 5;
}

bool OpeningPhraseOnly(const TextWords& tw, size_t left, size_t speaker) {
  const std::string_view text = tw.text();
  if (speaker <= left || speaker > text.size()) return false;
  const std::string_view before = text.substr(left, speaker - left);
  const size_t comma = before.find(',');
  if (comma == std::string_view::npos) return true;
  // One phrase set off by one comma, and the clause of the speaker after it.
  if (before.find(',', comma + 1) != std::string_view::npos) return false;
  const std::vector<Word> opening = tw.In(left, left + comma);
  if (opening.empty()) return false;
  const std::string first = tw.Lower(opening.front());
  if (opening.size() == 1) {
    return first == "but" || first == "and" || first == "so" || first == "then" ||
           In(kOpeningWords, first);
  }
  // A time phrase: "At one point,", "At the same time,", "On Tuesday,".
  const std::string last = tw.Lower(opening.back());
  if (IsPreposition(first) && (IsTimeWord(last) || last == "point")) return true;
  // "Minutes later,", "Two weeks ago,", "Last week,": a time phrase without
  // a preposition, at most four words.
  if (opening.size() > 4) return false;
  if ((last == "later" || last == "earlier" || last == "ago") && opening.size() >= 2) {
    return IsTimeWord(tw.Lower(opening[opening.size() - 2]));  // ("Sooner or later,")
  }
  return (first == "last" || first == "this" || first == "next" || first == "that") &&
         IsTimeWord(last);
}

bool AsClauseBefore(const TextWords& tw, size_t speaker, size_t before) {
  const std::string_view text = tw.text();
  if (before == 0 || before > text.size() || speaker >= before || text[before - 1] != ',') {
    return false;
  }
  if (text.substr(speaker, before - 1 - speaker).find(',') != std::string_view::npos) return false;
  const std::vector<Word> prior = tw.In(speaker > 40 ? speaker - 40 : 0, speaker);
  if (prior.empty() || !OnlySpace(text, prior.back().end, speaker)) return false;
  const std::string word = tw.Lower(prior.back());
  if (word == "as") return true;
  // "in Forbes' words, "…"", "in the words of Ada Okafor, "…"".
  const std::vector<Word> clause = tw.In(speaker, before - 1);
  return (word == "in" && !clause.empty() && tw.Lower(clause.back()) == "words") ||
         (word == "of" && prior.size() >= 3 && tw.Lower(prior[prior.size() - 2]) == "words" &&
          tw.Lower(prior[prior.size() - 3]) == "the");
}

bool TitleInMarks(const TextWords& tw, const std::vector<Word>& quoted) {
  // The short words a title leaves in lower case: articles, conjunctions
  // and prepositions ("Meet the Press", "On the Record with …").
  static const std::unordered_set<std::string_view> kTitleLower = {
      "the", "a", "an", "and", "or", "of", "on", "in", "with", "for", "to", "at", "by", "from"};
  if (quoted.empty() || quoted.size() > 6) return false;
  for (size_t k = 0; k < quoted.size(); ++k) {
    const bool inner = k > 0 && k + 1 < quoted.size();
    if (!Capitalized(quoted[k]) && !(inner && kTitleLower.count(tw.Lower(quoted[k])) > 0)) {
      return false;
    }
  }
  return true;
}

bool NamedTerm(const TextWords& tw, text::ByteSpan content, size_t open) {
  if (tw.In(content.start, content.end).size() > 2) return false;
  const Word* before = WordBefore(tw, open);
  if (before == nullptr) return false;
  const std::string last = tw.Lower(*before);
  if (last == "so-called" || last == "dubbed" || last == "labeled" || last == "labelled" ||
      last == "termed") {
    return true;
  }
  const Word* previous = PreviousWord(tw, before);
  if (previous == nullptr) return false;
  const std::string word = tw.Lower(*previous);
  const std::string_view gap = tw.text().substr(previous->end, before->start - previous->end);
  if (word == "so" && last == "called" && gap == "-") return true;
  if (!OnlySpace(tw.text(), previous->end, before->start)) return false;
  // "the word "cuts"", "the term "radical Islam"", "known as "angel moms"".
  return (word == "the" && (last == "word" || last == "words" || last == "term" ||
                            last == "phrase" || last == "label")) ||
         (word == "known" && last == "as") || (word == "so" && last == "called");
}

}  // namespace concord::compare::internal
