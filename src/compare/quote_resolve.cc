// Resolving quote speakers to names (quote_resolve.h).
#include "compare/quote_resolve.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "compare/given_names.h"
#include "compare/quote_nearest.h"
#include "compare/quote_speakers.h"
#include "compare/quotes.h"

namespace concord::compare::internal {

namespace {

// The words of a name's title ("sen", "house minority whip"), in order.
std::vector<std::string_view> TitleWords(std::string_view title) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < title.size()) {
    size_t end = title.find(' ', pos);
    if (end == std::string_view::npos) end = title.size();
    words.push_back(title.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

// 'm' or 'f' for a title that says it ("mr", "congresswoman"), else 0.
char TitleGender(std::string_view title) {
  // (Only words a title can hold: kTitles, kRoleWords.)
  static constexpr std::string_view kMale[] = {"mr",        "congressman", "chairman",
                                               "spokesman", "king",        "prince"};
  static constexpr std::string_view kFemale[] = {"mrs",        "ms",          "congresswoman",
                                                 "chairwoman", "spokeswoman", "queen"};
  for (std::string_view word : TitleWords(title)) {
    for (std::string_view m : kMale) {
      if (word == m) return 'm';
    }
    for (std::string_view f : kFemale) {
      if (word == f) return 'f';
    }
  }
  return 0;
}

}  // namespace

ArticleNames NameArticle(const TextWords& text) {
  ArticleNames n;
  internal::CollectLowercaseWords(text, &n.lowercase);
  n.names = internal::FindNames(text, 0, text.text().size(), &n.lowercase);
  std::vector<std::string> name_strings;
  for (const FoundName& f : n.names) name_strings.push_back(f.name);
  n.groups = internal::GroupNames(name_strings);
  for (size_t i = 0; i < n.names.size(); ++i) {
    if (n.groups[i] >= n.display.size()) n.display.resize(n.groups[i] + 1);
    std::string& d = n.display[n.groups[i]];
    const size_t words_new = internal::NameKey(n.names[i].name).size();
    const size_t words_old = internal::NameKey(d).size();
    if (words_new > words_old || (words_new == words_old && n.names[i].name.size() > d.size())) {
      d = n.names[i].name;
    }
  }
  n.person.assign(n.display.size(), false);
  n.gender.assign(n.display.size(), 0);
  for (size_t i = 0; i < n.names.size(); ++i) {
    if (n.names[i].person_like) n.person[n.groups[i]] = true;
    if (const char g = TitleGender(n.names[i].title); g != 0) n.gender[n.groups[i]] = g;
  }
  // A given name says the gender when no title did ("Stephanie Cutter").
  for (size_t g = 0; g < n.display.size(); ++g) {
    if (!n.person[g]) continue;
    const std::vector<std::string> key = internal::NameKey(n.display[g]);
    if (key.size() < 2) continue;
    if (n.gender[g] == 0) n.gender[g] = internal::GivenNameGender(key.front());
    const auto [it, added] = n.by_surname.emplace(key.back(), n.display[g]);
    if (!added && it->second != n.display[g]) it->second.clear();
  }
  size_t reach = 0;
  for (const FoundName& f : n.names) n.reach.push_back(reach = std::max(reach, f.end));
  return n;
}

size_t ArticleNames::FirstFrom(size_t pos) const {
  return std::lower_bound(names.begin(), names.end(), pos,
                          [](const FoundName& f, size_t p) { return f.start < p; }) -
         names.begin();
}

size_t ArticleNames::FirstOverlapping(size_t start, size_t end) const {
  // (The first name whose reach passes `start` is the first to end after it.)
  const size_t i = std::upper_bound(reach.begin(), reach.end(), start) - reach.begin();
  return i < names.size() && names[i].start < end ? i : names.size();
}

bool ArticleNames::PersonIn(size_t start, size_t end) const {
  for (size_t i = FirstOverlapping(start, end); i < names.size() && names[i].start < end; ++i) {
    if (start < names[i].end && IsPerson(i)) return true;
  }
  return false;
}

size_t BlanksBefore(std::string_view text, size_t k) {
  while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
  return k;
}

namespace {

// True when the cue starting at byte `cue` has no subject before it, so
// that the name after it is its speaker: it follows a quote, a comma, a
// colon or a dash (`"…," said Ada Okafor`), or opens a sentence. In "Lowe
// said Okafor must apologize" or "Lowe demanded Okafor resign" the cue is
// Lowe's and Okafor is what was said or asked.
bool InvertedCue(std::string_view text, size_t cue) {
  const size_t k = BlanksBefore(text, cue);
  if (k == 0) return true;
  const unsigned char c = static_cast<unsigned char>(text[k - 1]);
  // (A letter, digit or closing bracket before it is its subject's end.)
  return !(std::isalnum(c) || c == ')' || c == '\'');
}

// True when the word before the name at `at` makes it an object: a verb in
// -ing or -ed, or a preposition, right before it ("impeaching Ada Okafor",
// "with Ada Okafor").
bool ObjectOfWordBefore(const TextWords& tw, std::vector<Word>::const_iterator at) {
  if (at == tw.words().begin() || at == tw.words().end()) return false;
  const Word& w = *(at - 1);
  if (!OnlySpace(tw.text(), w.end, at->start) || Capitalized(w)) return false;
  const std::string lower = tw.Lower(w);
  return lower.ends_with("ing") || lower.ends_with("ed") || IsPreposition(lower);
}

// True when a sentence ends between byte `from` and word `w`: a period,
// "!" or "?" and a space before a capitalized word.
bool SentenceEnds(std::string_view text, size_t from, const Word& w) {
  if (!Capitalized(w) || w.start <= from) return false;
  const std::string_view gap = text.substr(from, w.start - from);
  for (size_t k = 0; k + 1 < gap.size(); ++k) {
    const char c = gap[k];
    if ((c == '.' || c == '!' || c == '?') && (gap[k + 1] == ' ' || gap[k + 1] == '\n'))
      return true;
  }
  return false;
}

}  // namespace

// Named speakers anywhere in the text: a person-like name whose clause has
// a cue verb right after it (or an appositive and then one), or right
// before it.
std::vector<Speaker> CuedSpeakers(const TextWords& tw, const ArticleNames& n) {
  std::vector<Speaker> speakers;
  const std::string_view text = tw.text();
  const std::vector<Word>& words = tw.words();
  auto word_at = [&](size_t pos) {
    return std::lower_bound(words.begin(), words.end(), pos,
                            [](const Word& w, size_t p) { return w.start < p; });
  };
  for (size_t i = 0; i < n.names.size(); ++i) {
    const FoundName& name = n.names[i];
    if (!n.IsPerson(i)) continue;
    bool cue = false;
    size_t seen = 0;
    // "asked if he supported impeaching Ada Okafor, said": a name after a
    // verb or preposition is its object, and the cue after the comma is
    // not its own.
    const bool comma = name.end < text.size() && text[name.end] == ',';
    const bool object = comma && ObjectOfWordBefore(tw, word_at(name.start));
    const bool in_apposition = comma && !object;
    size_t from = name.end;
    for (auto it = object ? words.end() : word_at(name.end);
         it != words.end() && seen < (in_apposition ? 14u : 3u); ++it, ++seen) {
      // "They join Cruz, Paul and Rubio. Aides say": a sentence ends it.
      if (SentenceEnds(text, from, *it)) break;
      from = it->end;
      const std::string& lower = tw.Lower(*it);
      if (internal::IsCueWord(lower) && !internal::IsObjectCue(lower)) {
        cue = true;
        break;
      }
      // "Saying President Obama, he said, was …": the cue is the pronoun's.
      if (!in_apposition || IsPronoun(lower)) {
        // "Ada Okafor on Monday said": a day between them.
        const bool day = IsCalendarWord(lower) || (lower == "on" && it + 1 != words.end() &&
                                                   IsCalendarWord(tw.Lower(*(it + 1))));
        if (!in_apposition && (IsSkippable(lower) || day)) continue;
        break;
      }
    }
    if (!cue) {
      auto back = word_at(name.start);
      if (back != words.begin()) {
        const Word& w = *(back - 1);
        const std::string lower = tw.Lower(w);
        // Only spaces between: in `he asked. “Tiger Woods wasn’t happy.”`
        // the name opens the next quotation and does not speak; and no
        // participle ("Saying President Obama, he said, was …").
        const std::string_view gap = text.substr(w.end, name.start - w.end);
        cue = internal::IsCueWord(lower) && !internal::IsObjectCue(lower) &&
              !(lower.ends_with("ing") && lower != "according") &&
              gap.find_first_not_of(" \t\n") == std::string_view::npos &&
              InvertedCue(text, w.start);
      }
    }
    if (cue) speakers.push_back({name.start, n.display[n.groups[i]]});
  }
  return speakers;
}

namespace {

// "Democratic strategist Simon Rosenberg said", read back from the cue
// as "Democratic": the person after a title in lower case right after the
// speaker span at `end` is the one shown, else "".
std::string HolderAfter(const TextWords& text, const ArticleNames& n, size_t end) {
  const Clause after = MakeClause(text, end, std::min(text.text().size(), end + 80));
  if (after.words.empty() || !OnlySpace(text.text(), end, after.words[0].start)) return "";
  const size_t k = TitleBridge(after, 0);
  if (k == 0) return "";
  for (size_t i = n.FirstFrom(after.words[k].start);
       i < n.names.size() && n.names[i].start == after.words[k].start; ++i) {
    if (n.IsPerson(i)) return n.display[n.groups[i]];
  }
  return "";
}

// "King said", "Mr. King said", no name by itself (a title word): the one
// person whose name ends with that word, else "".
std::string SurnameOf(const ArticleNames& n, const Clause& np) {
  if (np.words.empty()) return "";
  for (size_t k = 0; k + 1 < np.words.size(); ++k) {
    if (!IsTitleWord(np.lower[k])) return "";
  }
  const auto it = n.by_surname.find(np.lower.back());
  return it == n.by_surname.end() ? "" : it->second;
}

// The index of the speaker's head word: the last word, or in "the mayor
// of Washington" / "a teacher from Mount Pleasant" / "a spokesman for
// Acme" (a determiner, lower-case words, then "of", "in" or "from", or
// "for" after a word SpeaksFor takes, and a name) the word before the
// preposition;
// in "a source close to Mayor Ada Okafor" the noun before "close to".
size_t HeadIndex(const Clause& np) {
  const size_t n = np.words.size();
  // ("lawyers for Smith": a plural of people needs no determiner.)
  if (n == 3 && IsPeoplePlural(np.lower[0]) && np.lower[1] == "for" && Capitalized(np.words[2])) {
    return 0;
  }
  if (n < 4 || !IsDeterminer(np.lower[0]) || IsPronoun(np.lower[0])) return n - 1;
  for (size_t k = 2; k + 1 < n; ++k) {
    const std::string& w = np.lower[k];
    const bool speaks_for = w == "for" && SpeaksFor(np.lower[k - 1]);
    if (w == "of" || w == "in" || w == "from" || speaks_for) {
      return Capitalized(np.words[k + 1]) && !Capitalized(np.words[k - 1]) ? k - 1 : n - 1;
    }
    // "a source close to Mayor Ada Okafor": the noun before the modifier.
    if (ModifierPreposition(np, 1, k) && k >= 3 && Capitalized(np.words[k + 1])) return k - 2;
  }
  return n - 1;
}

// A word that makes a title another office: "Lt. Gov." is no governor,
// "Vice President" no president, "Deputy Secretary" no secretary ("lt"
// read as "lieutenant"); "" for none.
std::string_view TitleQualifier(std::string_view word) {
  static constexpr std::string_view kQualifiers[] = {"lieutenant", "deputy", "vice", "assistant",
                                                     "associate",  "under",  "sub"};
  if (word == "lt") return "lieutenant";
  for (std::string_view q : kQualifiers) {
    if (word == q) return q;
  }
  return "";
}

// True when a name's title holds the title word `head`, written out or
// abbreviated ("the senator" is "Sen. Bernie Sanders"), with the same
// qualifier before it as `qualifier` ("the governor" is not "Lt. Gov.
// Ada Okafor"; "the lieutenant governor" is).
bool HoldsTitle(const std::string& title, const std::string& head, std::string_view qualifier) {
  static constexpr std::pair<std::string_view, std::string_view> kShort[] = {
      {"senator", "sen"},     {"representative", "rep"}, {"governor", "gov"}, {"general", "gen"},
      {"professor", "prof"},  {"captain", "capt"},       {"colonel", "col"},  {"admiral", "adm"},
      {"congressman", "rep"}, {"congresswoman", "rep"}};
  std::string_view abbreviation;
  for (const auto& [full, shortened] : kShort) {
    if (head == full) abbreviation = shortened;
  }
  const std::vector<std::string_view> words = TitleWords(title);
  for (size_t k = 0; k < words.size(); ++k) {
    const bool holds = words[k].find(head) != std::string_view::npos ||
                       (!abbreviation.empty() && words[k] == abbreviation);
    if (holds && TitleQualifier(k > 0 ? words[k - 1] : "") == qualifier) return true;
  }
  return false;
}

}  // namespace

std::string TitleHolder(const ArticleNames& n, const std::string& head, std::string_view before,
                        size_t at) {
  // Of the people written with the title, the one named last ("Gov. Ada
  // Okafor …, Gov. Ben Lowe …. Ms. Okafor …: the governor" is Ada Okafor).
  // A title that says a gender ("the congressman") is no one whose own
  // title says the other ("Congresswoman Ada Okafor", "Ms. Okafor").
  // A group holds the title from its first name written with it; the
  // one named last before `at` of the groups that hold it by then is the
  // one with the greatest index among the names held before `at`.
  const std::string_view qualifier = TitleQualifier(before);
  auto [index, added] = n.title_index.try_emplace(head + '\0' + std::string(qualifier));
  if (added) {
    const char gender = TitleGender(head);
    std::vector<size_t> first_holder(n.display.size(), n.names.size());
    for (size_t i = n.names.size(); i-- > 0;) {
      const char known = n.gender[n.groups[i]];
      if (HoldsTitle(n.names[i].title, head, qualifier) &&
          (gender == 0 || known == 0 || known == gender)) {
        first_holder[n.groups[i]] = i;
      }
    }
    std::vector<std::pair<size_t, size_t>> held;  // (from which name on, name)
    for (size_t i = 0; i < n.names.size(); ++i) {
      const size_t from = first_holder[n.groups[i]];
      if (from < n.names.size()) held.emplace_back(std::max(from, i), i);
    }
    std::sort(held.begin(), held.end());
    for (const auto& [from, i] : held) {
      index->second.holds_from.push_back(from);
      index->second.last_name.push_back(
          std::max(i, index->second.last_name.empty() ? 0 : index->second.last_name.back()));
    }
  }
  const ArticleNames::TitleIndex& t = index->second;
  const size_t k = std::lower_bound(t.holds_from.begin(), t.holds_from.end(), n.FirstFrom(at)) -
                   t.holds_from.begin();
  return k == 0 ? "" : n.display[n.groups[t.last_name[k - 1]]];
}

std::string ArticleNames::SpeakerDisplayOf(std::string_view text, size_t start, size_t end) const {
  // The holder of a title comes last: a person's name that ends the span,
  // after another name ("Democratic", "Pence") in the title.
  if (const size_t i = FirstFrom(end) - 1; i < names.size() && names[i].start >= start) {
    const std::string_view rest = text.substr(names[i].end, end - std::min(end, names[i].end));
    if (i > 0 && names[i - 1].start >= start && names[i - 1].end <= names[i].start && IsPerson(i) &&
        rest.find_first_not_of(" .") == std::string_view::npos) {
      return display[groups[i]];
    }
  }
  if (const size_t i = FirstOverlapping(start, end); i < names.size()) {
    const std::string_view after = text.substr(names[i].end, 4);
    const bool possessive =
        after.starts_with("'s ") || after.starts_with("\u2019s") ||
        text.substr(names[i].start, names[i].end - names[i].start).ends_with("'s") ||
        text.substr(names[i].start, names[i].end - names[i].start).ends_with("\u2019s");
    if (possessive && i + 1 < names.size() && names[i + 1].start < end && IsPerson(i + 1) &&
        names[i + 1].start >= names[i].end) {
      return display[groups[i + 1]];
    }
    return display[groups[i]];
  }
  return "";
}

// Resolves quote.speaker to quote.speaker_name: a pronoun (he, she, I) to
// the nearest named speaker, a title ("the secretary") to the nearest name
// written with it, a name to its group's longest spelling. A resolved
// person is added to `speakers` for the quotes after it.
void ResolveSpeaker(const TextWords& text, const ArticleNames& n, NearbySpeakers& speakers,
                    Quote& quote) {
  if (quote.speaker.empty()) return;
  const Clause np = MakeClause(text, quote.speaker_span.start, quote.speaker_span.end);
  // "the senator from Vermont": the head before the place is the speaker.
  size_t head_at = HeadIndex(np);
  // ("a statement from Senate Majority Leader Harry Reid": a person; but
  // "a spokesman for Mayor Ada Okafor" is not the mayor.)
  const bool speaks_for =
      head_at + 2 < np.words.size() &&
      (np.lower[head_at + 1] == "for" || ModifierPreposition(np, 1, head_at + 2));
  if (head_at + 1 < np.words.size() && !speaks_for &&
      n.PersonIn(np.words[head_at + 2].start, quote.speaker_span.end)) {
    head_at = np.words.size() - 1;
  }
  const std::string& head = np.lower[head_at];
  const size_t at = quote.speaker_span.start;
  bool holder = false;  // the name shown is a title's holder after the span
  const bool relative = np.words.size() == 1 && (head == "who" || head == "which");
  if (relative) {
    // "Lynch, who told": the one the pronoun follows ("which" names a
    // thing, no antecedent for a later "he").
    quote.speaker_name = RelativeAntecedent(text, n, quote.speaker_span, &holder);
    holder = holder && head == "who";
  } else if (np.words.size() == 1 && internal::IsPronoun(head)) {
    // "The president stepped in. The next day, he said": the title's
    // holder, unless the title says another gender.
    std::optional<std::string> title_holder;
    if (head == "he" || head == "she") title_holder = TitledSubjectHolder(text, n, quote, at);
    const char gender =
        title_holder && !title_holder->empty() ? speakers.GenderOf(*title_holder) : 0;
    if (title_holder && (gender == 0 || gender == (head == "he" ? 'm' : 'f'))) {
      quote.speaker_name = *title_holder;
    } else if (head == "he" || head == "she" || head == "i") {
      quote.speaker_name = speakers.Nearest(at, head);
    }
  } else if (!Capitalized(np.words[head_at])) {
    // "the spokesman" is the nearest name written with that title; "a
    // spokesman" (a new person) and a title no name carries stay unnamed
    // rather than go to whoever spoke last (a tenant's words are not the
    // landlord's spokesman's).
    // So does a role ("the congressman", "the four-term congressman" is
    // Congressman Anthony Weiner or Rep. Ben Lowe).
    if ((internal::IsTitleWord(head) || internal::IsRoleWord(head)) && np.lower.front() == "the") {
      quote.speaker_name = TitleHolder(n, head, head_at > 0 ? np.lower[head_at - 1] : "", at);
    }
  } else if (const std::optional<std::string> described = PlacePartyHolder(text, n, np, at)) {
    quote.speaker_name = *described;
    holder = !described->empty();
  } else {
    quote.speaker_name = HolderAfter(text, n, quote.speaker_span.end);
    holder = !quote.speaker_name.empty();
    if (!holder) {
      quote.speaker_name =
          n.SpeakerDisplayOf(text.text(), quote.speaker_span.start, quote.speaker_span.end);
    }
    if (quote.speaker_name.empty()) quote.speaker_name = SurnameOf(n, np);
    if (quote.speaker_name.empty()) quote.speaker_name = quote.speaker;
  }
  const bool is_person = (!Capitalized(np.words[head_at]) && !relative) || holder ||
                         n.PersonIn(quote.speaker_span.start, quote.speaker_span.end);
  // What a paper "reported" is no antecedent for a later "he".
  if (!quote.speaker_name.empty() && is_person && !IsObjectCue(text::LowerWord(quote.cue))) {
    speakers.Add({quote.speaker_span.start, quote.speaker_name});
  }
}

}  // namespace concord::compare::internal
