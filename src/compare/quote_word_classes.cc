// Word classes the speaker rules read (quote_speakers.h): auxiliaries,
// determiners, time words, clause words, subordinators, prepositions and the
// words that end a noun phrase; and two small phrase tests, "the" + title
// words and a dateline.
#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "compare/name_variants.h"
#include "compare/name_words.h"
#include "compare/quote_speakers.h"
#include "compare/quotes.h"

namespace concord::compare::internal {

bool IsPassiveAux(std::string_view lower) {
  return lower == "was" || lower == "were" || lower == "been" || lower == "being" ||
         lower == "is" || lower == "are" || lower == "be";
}

bool IsDeterminer(std::string_view lower) {
  return lower == "the" || lower == "a" || lower == "an" || lower == "his" || lower == "her" ||
         lower == "their" || lower == "its" || lower == "this" || lower == "that" ||
         lower == "one" || lower == "another" || lower == "our" || lower == "some" ||
         lower == "several" || lower == "many" || lower == "two" || lower == "three";
}

bool IsTimeWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kTime = {
      "weekend", "morning", "afternoon", "evening", "night",  "week",    "weeks",  "month",
      "months",  "year",    "years",     "day",     "days",   "time",    "moment", "hour",
      "hours",   "minutes", "decade",    "decades", "season", "tonight", "era"};
  return kTime.count(lower) > 0 || IsCalendarWord(lower);
}

// Words that make a span a clause rather than a noun phrase.
bool IsClauseWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kClause = {
      "is",   "was",   "are",  "were",  "be",      "been",  "had",  "has",
      "have", "would", "will", "could", "should",  "can",   "may",  "might",
      "must", "did",   "does", "do",    "refuses", "knows", "said", "says"};
  return kClause.count(lower) > 0;
}

// A lone sentence-initial word that cannot be a name: a number word
// ("Eight") or an imperative or particle news prose opens with ("Back",
// "Wait", "See"). (Adverbs and participles are left to the lower-case test:
// Kelly and Manning are names.)
bool NotAName(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "one",  "two",  "three", "four", "five", "six",   "seven", "eight", "nine", "ten",
      "back", "wait", "see",   "ever", "even", "still", "yet",   "now",   "here", "there"};
  return kWords.count(lower) > 0;
}

bool IsSubordinator(std::string_view lower) {
  return lower == "that" || lower == "which" || lower == "who" || lower == "whom" ||
         lower == "whose" || lower == "what" || lower == "where" || lower == "when" ||
         lower == "if" || lower == "because" || lower == "as" || lower == "than";
}

bool BlocksPhrase(std::string_view lower) {
  static const std::unordered_set<std::string_view> kBlock = {
      "that", "which", "who",   "whom", "to",   "and", "but", "or",    "because",
      "if",   "when",  "while", "as",   "than", "so",  "it",  "there", "what",
      "not",  "no",    "be",    "by",   "with", "in",  "on",  "at"};
  return kBlock.count(lower) > 0 || IsCueWord(lower);
}

bool IsRelationWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kRelations = {
      "friend",  "wife",   "husband", "son",     "daughter",   "mother",    "father",
      "brother", "sister", "cousin",  "widow",   "neighbor",   "neighbour", "colleague",
      "uncle",   "aunt",   "partner", "fiancee", "girlfriend", "boyfriend"};
  return kRelations.count(lower) > 0;
}

bool WrittenThing(const Clause& c) {
  static const std::unordered_set<std::string_view> kThings = {
      "sign",   "signs",   "banner",    "banners", "placard", "placards",
      "poster", "posters", "billboard", "sticker", "t-shirt", "graffiti"};
  for (size_t k = 0; k < c.words.size() && k < 3; ++k) {
    if (kThings.count(c.lower[k]) > 0) return true;
  }
  return false;
}

bool Possessive(const Clause& c, size_t k) {
  const Word& w = c.words[k];
  const std::string_view written = c.text.substr(w.start, w.end - w.start);
  return written.size() > 2 && (written.ends_with("'s") || written.ends_with("\u2019s") ||
                                written.ends_with("s'") || written.ends_with("s\u2019"));
}

size_t SpeakerAfterCueEnd(const Clause& c, size_t k) {
  if (c.lower[k] == "told" || c.lower[k] == "tells") return k + 1;
  for (size_t m = k + 1; m < c.words.size(); ++m) {
    const std::string_view word = c.lower[m];
    const size_t mark = word.find_first_of("'\xE2");
    if (mark != std::string_view::npos && IsPronoun(word.substr(0, mark))) return m;
  }
  return c.words.size();
}

bool IsPreposition(std::string_view lower) {
  static const std::unordered_set<std::string_view> kPrepositions = {
      "in",    "on",      "at",    "of",      "for",     "from",  "with",   "to",
      "by",    "about",   "into",  "during",  "against", "after", "before", "over",
      "under", "through", "among", "between", "without", "within"};
  return kPrepositions.count(lower) > 0;
}

// Plural nouns of people that often speak in news ("witnesses at the
// scene said", "police said").
bool IsPeoplePlural(std::string_view lower) {
  static const std::unordered_set<std::string_view> kPlurals = {
      "witnesses",  "doctors",   "neighbors",    "neighbours",    "officials",   "residents",
      "experts",    "police",    "authorities",  "investigators", "analysts",    "sources",
      "lawmakers",  "senators",  "critics",      "supporters",    "protesters",  "protestors",
      "activists",  "students",  "teachers",     "workers",       "parents",     "relatives",
      "friends",    "officers",  "firefighters", "scientists",    "researchers", "leaders",
      "members",    "voters",    "observers",    "diplomats",     "aides",       "prosecutors",
      "lawyers",    "attorneys", "people",       "staff",         "employees",   "fans",
      "players",    "survivors", "victims",      "rescuers",      "troops",      "soldiers",
      "villagers",  "locals",    "organizers",   "organisers",    "volunteers",  "nurses",
      "passengers", "farmers",   "economists",   "historians",    "guards",      "families"};
  return kPlurals.count(lower) > 0;
}

// A word that may end a phrase that speaks: a plural ("officials", "health
// experts", but also "results": a plural may be things), a plural of
// people without "-s" ("police", "staff"), a relation, a title or a role.
bool PeopleWord(std::string_view lower) {
  return (lower.size() > 3 && lower.ends_with("s") && !lower.ends_with("ss")) ||
         IsPeoplePlural(lower) || IsRelationWord(lower) || IsTitleWord(lower) || IsRoleWord(lower);
}

// A preposition whose object is no speaker and that no speaker's phrase
// holds: "about", "after", "during", … ("of", "for" and "from" may: "the
// mayor of", "a spokesman for", "a congressman from").
bool ObjectPreposition(std::string_view lower) {
  return IsPreposition(lower) && lower != "of" && lower != "for" && lower != "from";
}

// True when word k is glued to the word before it by a hyphen ("a
// voice-over" ends with no preposition).
bool HyphenGlued(const Clause& c, size_t k) {
  return k > 0 && c.text.substr(c.words[k - 1].end, c.words[k].start - c.words[k - 1].end) == "-";
}

// The words of a speaker's phrase before a preposition it ends with, and
// the determiner after it ("the authors of the", "a voice over",
// "the mountaineer from"): how many words to keep.
size_t BeforeTrailingPreposition(const Clause& c) {
  size_t n = c.words.size();
  if (n >= 2 && !Capitalized(c.words[n - 1]) && IsDeterminer(c.lower[n - 1]) &&
      IsPreposition(c.lower[n - 2])) {
    --n;
  }
  if (n >= 3 && !Capitalized(c.words[n - 1]) && IsPreposition(c.lower[n - 1]) &&
      !HyphenGlued(c, n - 1)) {
    return n - 1;
  }
  return c.words.size();
}

bool OfficeOf(const Clause& c, size_t m) {
  const auto common = [&](size_t i) {
    return !Capitalized(c.words[i]) && !c.words[i].is_number && !IsFunctionWord(c.lower[i]) &&
           !IsDeterminer(c.lower[i]) && !IsPronoun(c.lower[i]) && !BlocksPhrase(c.lower[i]);
  };
  return c.lower[m] == "of" && m > 0 && m + 2 < c.words.size() && common(m - 1) && common(m + 1) &&
         Capitalized(c.words[m + 2]);
}

// True when a speaker's last word leaves it waiting for its noun: a
// determiner or possessive ("his recent claims" read as "his recent"; "the
// women's claims"), a preposition ("the mountaineer from"), a word that
// only modifies ("his own", "a more reasoned"), or a participle after an
// adverb written apart ("a recently released"; glued by a hyphen,
// "newly-published", it is left). "the other" is a speaker ("said the
// other").
bool DanglingEnd(const Clause& c) {
  static const std::unordered_set<std::string_view> kModifiers = {
      "the",    "a",    "an",     "his",    "her",  "their",        "its",  "our",
      "my",     "your", "this",   "that",   "own",  "very",         "more", "most",
      "recent", "long", "new",    "latest", "such", "accompanying", "less", "few",
      "much",   "same", "former", "so",     "too"};
  if (c.words.empty()) return false;
  const std::string& last = c.lower.back();
  const Word& w = c.words.back();
  if (Capitalized(w)) return false;  // ("Ryan's campaign" read as "Ryan's" is his)
  const std::string_view written = c.text.substr(w.start, w.end - w.start);
  if (written.ends_with("'s") || written.ends_with("\u2019s")) return true;
  if (HyphenGlued(c, c.words.size() - 1)) return false;
  if (kModifiers.count(last) > 0 || IsPreposition(last)) return true;
  const size_t n = c.words.size();
  return n >= 2 && c.lower[n - 2].size() > 4 && c.lower[n - 2].ends_with("ly") &&
         (last.ends_with("ed") || last.ends_with("ing"));
}

// "the president", "the vice president", "the spokesman": "the" and title
// words, the last a head ("the former" is none), and no name after them.
std::optional<std::pair<size_t, size_t>> TheTitle(const Clause& c, size_t first, size_t ceiling) {
  if (c.lower[first] != "the") return std::nullopt;
  size_t last = first;
  while (last + 1 < ceiling && IsTitleWord(c.lower[last + 1])) ++last;
  if (last == first || (last + 1 < ceiling && Capitalized(c.words[last + 1]))) return std::nullopt;
  const std::string& head = c.lower[last];
  if (head == "former" || head == "vice" || head == "prime" || head == "chief") return std::nullopt;
  return std::make_pair(first, last);
}

bool Dateline(const Clause& c) {
  if (c.words.size() < 2 || c.lower[0].size() < 3 || !IsCalendarWord(c.lower[1])) return false;
  return std::all_of(c.text.begin() + c.words[0].start, c.text.begin() + c.words[0].end,
                     [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '-' || ch == '.'; });
}

bool ModifierPreposition(const Clause& c, size_t floor, size_t k) {
  if (k <= floor || (c.lower[k] != "with" && c.lower[k] != "to")) return false;
  const std::string& before = c.lower[k - 1];
  return before == "familiar" || before == "close" ||
         (before.size() > 4 && before.ends_with("ing") && !Capitalized(c.words[k - 1]));
}

bool SpeaksFor(std::string_view lower) {
  return IsTitleWord(lower) || IsRoleWord(lower) || In(kOccupationWords, lower) ||
         IsRelationWord(lower) || IsPeoplePlural(lower);
}

// The determiner opening "the mayor of" / "a congressman from" / "a
// spokesman for" right before a name at word `first`: up to four lower-case words, none a cue
// or clause word, between them; nothing otherwise.
std::optional<size_t> HeadBeforePlace(const Clause& c, size_t floor, size_t first) {
  if (first < floor + 2) return std::nullopt;
  const std::string& prep = c.lower[first - 1];
  const bool speaks_for = prep == "for" && SpeaksFor(c.lower[first - 2]);
  if (prep != "of" && prep != "in" && prep != "from" && !speaks_for &&
      !ModifierPreposition(c, floor, first - 1)) {
    return std::nullopt;
  }
  for (size_t m = first - 2; m + 6 > first && m >= floor; --m) {
    if (!OnlySpace(c.text, c.words[m].end, c.words[m + 1].start)) return std::nullopt;
    if (IsDeterminer(c.lower[m]) && !IsPronoun(c.lower[m])) {
      return m + 1 < first - 1 ? std::optional<size_t>(m) : std::nullopt;
    }
    // ("Lawyers for Smith said": a plural of people needs no determiner.)
    if (m == floor && m + 2 == first && speaks_for && IsPeoplePlural(c.lower[m])) return m;
    if (Capitalized(c.words[m]) || BlocksPhrase(c.lower[m]) || IsCueWord(c.lower[m]) ||
        IsClauseWord(c.lower[m]) || m == floor) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// "WASHINGTON -- Arizona Gov. Jan Brewer": the first word after a dateline
// (words in capitals, a date, an agency in parentheses, then a dash) that
// opens the clause, else `first`.
size_t AfterDateline(const Clause& c, size_t first) {
  const auto upper = [&](size_t k) {
    const Word& w = c.words[k];
    const std::string_view s = c.text.substr(w.start, w.end - w.start);
    return std::none_of(s.begin(), s.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
  };
  if (c.lower[first].size() < 3 || !upper(first) || c.words[first].is_number) return first;
  for (size_t k = first; k + 1 < c.words.size() && k < first + 6; ++k) {
    // ("LONDON (Reuters) -": the agency in parentheses.)
    const bool agency =
        k > first &&
        c.text.substr(c.words[k - 1].end, c.words[k].start - c.words[k - 1].end).find('(') !=
            std::string_view::npos;
    if (!upper(k) && !IsCalendarWord(c.lower[k]) && !agency) return first;
    const std::string_view gap =
        c.text.substr(c.words[k].end, c.words[k + 1].start - c.words[k].end);
    if (gap.find("--") != std::string_view::npos || gap.find("\u2013") != std::string_view::npos ||
        gap.find("\u2014") != std::string_view::npos) {
      return k + 1;
    }
  }
  return first;
}

}  // namespace concord::compare::internal
