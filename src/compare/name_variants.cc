// Name variants: one entity, several spellings.
//
// News outlets write the same person or organisation in different ways:
// "Secretary of State John Kerry", "John Kerry", "Kerry"; "Nuri al-Maliki"
// and "Nouri al-Maliki"; "ISIS" and "the Islamic State in Iraq and Syria";
// "U.S." and "United States". The compare stage needs them as one entity,
// both to show the reader one name and to let two sentences that name the
// entity differently align.
//
// Finding names. There is no tagger here: a name is a run of capitalized
// words, joined by spaces or hyphens, that may hold particles (al-, bin, de,
// van) and, once two capitalized words have been seen, the connectors of,
// in, and, for ("Islamic State in Iraq and Syria"). A leading title is cut
// off and kept ("Gen.", "Iraqi Prime Minister", "Secretary of State"): it
// lets the quote attributor resolve "the secretary said" later. A
// capitalized word that opens a sentence is ambiguous ("Scores of Iraqis",
// "Kerry said"); it is kept unless it is a function word or the same word is
// seen in lower case elsewhere in the texts. A middle initial stays inside
// the name ("Christopher A. Wray"); a single letter and a contraction
// ("I'm", "It's") are not names. Keys fold accents with utf8proc
// ("Grünberg" = "Grunberg").
//
// Grouping (name_groups.cc). Distinct names are compared by rules, each a common way of
// varying a name:
//   - same words up to case, periods, possessives and a leading "the";
//   - person names (two to four capitalized words) with the same surname
//     whose other words are contained one in the other ("John Kerry" /
//     "John Forbes Kerry") or within a small edit distance ("Nuri" /
//     "Nouri": one edit per four letters, at least one);
//   - a multi-word name that starts another ("Islamic State" / "Islamic
//     State in Iraq and Syria");
//   - an all-caps word that spells the initials of the capitalized words of
//     another ("ISIS", "U.S.");
//   - a single word that is the surname of exactly one person group
//     ("Kerry"); when it fits several ("Clinton" with Hillary and Bill
//     Clinton), it stays on its own rather than guess.
// Union-find over the distinct names; the cost is quadratic in the number
// of distinct multi-word names of one story (a few hundred at most), with
// the edit distance computed only for names sharing a surname.
#include "compare/name_variants.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <numeric>
#include <optional>

#include "compare/cue_words.h"
#include "compare/name_words.h"
#include "compare/words.h"
#include "util/union_find.h"

namespace concord::compare::internal {
namespace {

// Accents and other combining marks removed ("grünberg" -> "grunberg",
// "léon" -> "leon") by utf8proc's decomposition; ASCII is returned as is.
std::string FoldAccents(std::string word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return word;
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t size = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
      static_cast<utf8proc_ssize_t>(word.size()), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK));
  if (size < 0 || folded == nullptr) {
    std::free(folded);
    return word;  // not valid UTF-8: keep the word as it is
  }
  std::string out(reinterpret_cast<const char*>(folded), static_cast<size_t>(size));
  std::free(folded);
  return out;
}

std::string StripPeriods(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

std::string WordLower(const TextWords& tw, const Word& w) { return StripPossessive(tw.Lower(w)); }

// True when only spaces (at most one line break aside) or one hyphen
// separate two words of a name.
bool NameGap(std::string_view text, size_t from, size_t to) {
  if (to - from > 3) return false;
  size_t hyphens = 0;
  for (size_t i = from; i < to; ++i) {
    const char c = text[i];
    if (c == '-') {
      ++hyphens;
    } else if (c != ' ') {
      return false;
    }
  }
  return hyphens <= 1 && to > from;
}

bool SentenceInitial(std::string_view text, size_t begin, size_t pos) {
  while (pos > begin) {
    const unsigned char c = static_cast<unsigned char>(text[pos - 1]);
    if (c == ' ' || c == '"' || c == '\'' || c == '(' || c == '\t') {
      --pos;
      continue;
    }
    if (c >= 0x80) {  // a curly quote or dash before the word
      size_t back = pos - 1;
      while (back > begin && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) {
        --back;
      }
      size_t probe = back;
      const int32_t cp = NextCodePoint(text, &probe);
      if (cp == 0x201C || cp == 0x2018 || cp == 0x2014 || cp == 0x2013) {
        pos = back;
        continue;
      }
      return false;
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n';
  }
  return true;
}

}  // namespace

bool IsFunctionWord(std::string_view lower) { return In(kFunctionWords, lower); }

bool IsCalendarWord(std::string_view lower) { return In(kCalendar, StripPeriods(lower)); }

bool IsTitleWord(std::string_view lower) { return In(kTitles, StripPeriods(lower)); }

bool IsRoleWord(std::string_view lower) { return In(kRoleWords, StripPeriods(lower)); }

std::vector<std::string> NameKey(std::string_view name) {
  std::vector<std::string> key;
  const text::WordScan scan = text::ScanWords(name);
  for (const Word& w : scan.words) {
    std::string lower = FoldAccents(StripPeriods(StripPossessive(std::string(scan.Lower(w)))));
    if (!lower.empty()) key.push_back(std::move(lower));
  }
  if (key.size() > 1 && key.front() == "the") key.erase(key.begin());
  // A generational suffix is no part of the key ("Theodore J. Boutrous Jr."
  // = "Theodore Boutrous").
  if (key.size() > 2 &&
      (key.back() == "jr" || key.back() == "sr" || key.back() == "ii" || key.back() == "iii")) {
    key.pop_back();
  }
  return key;
}

namespace {

// True when word `w` sits in a handle, hashtag, address or file name
// ("@mike_pence", "#trump", "nyti.ms/x"): not prose, so its case says
// nothing about the word.
bool InHandle(std::string_view text, const Word& w) {
  auto blank = [&](size_t p) {
    const char c = text[p];
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  };
  size_t from = w.start;
  while (from > 0 && !blank(from - 1)) --from;
  size_t to = w.end;
  while (to < text.size() && !blank(to)) ++to;
  return text.substr(from, to - from).find_first_of("@#_/") != std::string_view::npos;
}

}  // namespace

void CollectLowercaseWords(const TextWords& tw, std::unordered_set<std::string>* words) {
  for (const Word& w : tw.words()) {
    if (!w.capitalized && !w.is_number && !InHandle(tw.text(), w)) {
      words->insert(WordLower(tw, w));
    }
  }
}

namespace {

bool Caps(const Word& w) { return w.capitalized && !w.is_number; }

// The end of the run of name words that starts at words[i]: capitalized
// words joined by spaces or hyphens, with particles and, inside a run,
// of/in/and/for; a possessive ends it.
size_t ExtendRun(const TextWords& tw, const std::vector<Word>& words, size_t i) {
  const std::string_view text = tw.text();
  size_t j = i + 1;
  size_t capitalized = Caps(words[i]) ? 1 : 0;
  bool after_title = IsTitleWord(WordLower(tw, words[i]));
  while (j < words.size()) {
    // A middle initial: "Christopher A. Wray" is one name, not "Christopher
    // A" and "Wray".
    const bool initial = words[j - 1].end - words[j - 1].start == 1 && Caps(words[j - 1]) &&
                         j - 1 > i && text.substr(words[j - 1].end, 2) == ". " &&
                         words[j].start == words[j - 1].end + 2 && Caps(words[j]) &&
                         !In(kFunctionWords, WordLower(tw, words[j]));
    if (!initial && !NameGap(text, words[j - 1].end, words[j].start)) break;
    const std::string prev_raw = tw.Lower(words[j - 1]);
    if (prev_raw.ends_with("'s")) break;
    // The pronoun "I" ends a run ("Absolutely I said that"); an initial
    // "I." does not ("Joseph I. Lieberman").
    if (words[j].end == words[j].start + 1 && text[words[j].start] == 'I' &&
        text.substr(words[j].end, 1) != ".") {
      break;
    }
    if (Caps(words[j])) {
      ++capitalized;
      after_title = after_title || IsTitleWord(WordLower(tw, words[j]));
      ++j;
      continue;
    }
    const std::string lower = WordLower(tw, words[j]);
    const bool next_caps = j + 1 < words.size() && Caps(words[j + 1]) &&
                           NameGap(text, words[j].end, words[j + 1].start);
    // "the Republican Party and I": a pronoun after a connector is no name
    // ("Bank of The West" is one).
    if (!next_caps || IsPronounWord(WordLower(tw, words[j + 1]))) break;
    if (IsParticle(lower) || (lower == "of" && (capitalized >= 1)) ||
        (IsConnector(lower) && capitalized >= 2 && !after_title)) {
      j += 1;
      continue;
    }
    break;
  }
  return j;
}

// The first word of the name in the run [i, j): a capitalized function
// word or a word seen in lower case opening a sentence is dropped, and so is
// a leading "the" or connector.
size_t RunStart(const TextWords& tw, size_t begin, const std::vector<Word>& words, size_t i,
                size_t j, const std::unordered_set<std::string>* lowercase_words) {
  const std::string_view text = tw.text();
  size_t start = i;
  if (Caps(words[start]) && SentenceInitial(text, begin, words[start].start)) {
    const std::string lower = WordLower(tw, words[start]);
    // A cue verb in the past tense opens no name ("Added Gibbs: …"); names
    // that are cue words do not end in -ed ("Said Jaber", "Read").
    const bool function_word = In(kFunctionWords, lower) || In(kOpeningWords, lower) ||
                               (lower.ends_with("ed") && IsCueWord(lower));
    const bool seen_lower =
        lowercase_words != nullptr && lowercase_words->count(lower) > 0 && !IsTitleWord(lower);
    if (function_word || seen_lower) ++start;
  }
  // A day or month glued to a name ("Tuesday Ginsburg said") is not part
  // of it.
  while (start + 1 < j && In(kCalendar, WordLower(tw, words[start]))) ++start;
  // "Democrat of North Carolina" describes a person; the name is the place.
  if (start + 2 < j && In(kPartyWords, WordLower(tw, words[start])) &&
      WordLower(tw, words[start + 1]) == "of") {
    start += 2;
  }
  while (start < j && !Caps(words[start]) &&
         !(IsParticle(WordLower(tw, words[start])) && start + 1 < j &&
           text[words[start].end] == '-')) {
    ++start;
  }
  return start;
}

// True when words [from, j) can be a person's name after a title: one to
// four capitalized words (particles aside), none a connector or the head
// of an organisation or place.
bool PersonAfterTitle(const TextWords& tw, const std::vector<Word>& words, size_t from, size_t j) {
  if (from >= j || j - from > 4) return false;
  for (size_t q = from; q < j; ++q) {
    const std::string lower = WordLower(tw, words[q]);
    if (IsParticle(lower)) continue;
    if (!Caps(words[q]) || IsConnector(lower) || In(kNotPersonWords, lower) ||
        In(kOrganisationWords, lower) || IsTitleWord(lower) ||
        In(kRoleWords, StripPeriods(lower))) {
      return false;
    }
  }
  return true;
}

// Where the name proper starts when a title stands inside the run [from, j)
// after an affiliation ("White House Chief of Staff Rahm Emanuel": at
// "Rahm"): after the last title, role or party word that a person's name
// follows. `from` itself when there is none.
size_t AfterInnerTitle(const TextWords& tw, const std::vector<Word>& words, size_t from, size_t j) {
  // A place or body of one "of" word before a full name ("District of
  // Columbia Ada Okafor", after "attorney for the"): the name is the last
  // two or more words.
  for (size_t r = from; r + 4 < j; ++r) {
    if (In(kOrganisationWords, WordLower(tw, words[r])) && WordLower(tw, words[r + 1]) == "of" &&
        PersonAfterTitle(tw, words, r + 3, j)) {
      return r + 3;
    }
  }
  for (size_t r = j; r-- > from;) {
    const std::string lower = WordLower(tw, words[r]);
    const bool occupation = In(kOccupationWords, lower) && j - r > 2;
    if ((IsTitleWord(lower) || In(kRoleWords, StripPeriods(lower)) || In(kPartyWords, lower) ||
         occupation) &&
        PersonAfterTitle(tw, words, r + 1, j)) {
      return r + 1;
    }
  }
  return from;
}

// Splits the title off the run [start, j) into *title ("Secretary of
// State", "Iraqi Prime Minister"); returns where the name proper starts, or
// nothing when the run is only a title ("President").
std::optional<size_t> SplitTitle(const TextWords& tw, const std::vector<Word>& words, size_t start,
                                 size_t j, std::string* title) {
  size_t p = start;
  bool saw_title = false;
  // An adjective before a title ("Iraqi Prime Minister").
  if (p + 1 < j && !IsTitleWord(WordLower(tw, words[p])) &&
      IsTitleWord(WordLower(tw, words[p + 1]))) {
    ++p;
  }
  while (p < j) {
    const std::string lower = WordLower(tw, words[p]);
    if (IsTitleWord(lower)) {
      saw_title = true;
      ++p;
      continue;
    }
    if (saw_title && lower == "of" && p + 1 < j) {
      p += 2;  // "Secretary of State"
      // "Director of National Intelligence James Clapper": an office of two
      // words when a name of two or more follows.
      const std::string office = WordLower(tw, words[p - 1]);
      if (p + 2 < j && (office == "national" || office == "homeland")) ++p;
      continue;
    }
    break;
  }
  // A title word before one head of an organisation names the body, not a
  // holder: "Justice Department", "Defense Ministry".
  if (saw_title && p + 1 == j) {
    const std::string head = WordLower(tw, words[p]);
    if (In(kNotPersonWords, head) || In(kOrganisationWords, head)) return start;
  }
  p = AfterInnerTitle(tw, words, saw_title ? p : start, j);
  if (p == start) return start;
  if (p >= j) return std::nullopt;
  for (size_t q = start; q < p; ++q) {
    if (!title->empty()) title->push_back(' ');
    *title += StripPeriods(WordLower(tw, words[q]));
  }
  return p;
}

// The end of a person's name that a place or a second person follows in
// the same run ("Richard Blumenthal of Connecticut", "Speaker Nancy Pelosi
// of California", "Robert Gibbs and David Axelrod", "Jason Aaron in
// Marvel's"): the "of", "and" or "in" when the words before it read as a
// person (two or more; one after a title before "of"); `j` otherwise
// ("Bank of America", "Procter and Gamble", "Sibley Memorial Hospital in
// Washington"). Not "for": "Deferred Action for Childhood Arrivals".
size_t BeforePlaceSuffix(const TextWords& tw, const std::vector<Word>& words, size_t name_begin,
                         size_t j, bool titled) {
  for (size_t k = name_begin + 1; k + 1 < j; ++k) {
    const std::string lower = WordLower(tw, words[k]);
    // ("In" capitalized is a word of a headline in title case.)
    const bool in = lower == "in" && tw.text()[words[k].start] == 'i';
    if (lower != "of" && lower != "and" && !in) continue;
    // The words before it, a title inside them aside ("Reps. Peter DeFazio
    // of Oregon": the run's title is read again after the cut).
    const size_t from = AfterInnerTitle(tw, words, name_begin, k);
    // Before "in" only a name in mixed case: "KBFX-TV in Bakersfield" is a
    // station.
    bool mixed = true;
    for (size_t q = from; q < k && in; ++q) {
      const std::string_view w = tw.text().substr(words[q].start, words[q].end - words[q].start);
      mixed = mixed && std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    }
    const bool person = mixed &&
                        (k - from >= 2 || ((titled || from > name_begin) && lower == "of")) &&
                        PersonAfterTitle(tw, words, from, k);
    return person ? k : j;
  }
  return j;
}

// A pronoun or function word with a contraction ("I'm", "It's", "Don't"):
// capitalized, but not a name.
bool IsContraction(std::string_view lower) {
  const size_t apostrophe = lower.find('\'');
  if (apostrophe == std::string_view::npos || apostrophe == 0) return false;
  const std::string_view head = lower.substr(0, apostrophe);
  return In(kFunctionWords, head) || head == "don" || head == "can" || head == "won" ||
         head == "isn" || head == "let" || head == "you" || head == "we" || head == "they";
}

// The name of words [start, j) whose name proper starts at word
// name_begin; nothing for a day or month.
std::optional<FoundName> MakeName(const TextWords& tw, const std::vector<Word>& words, size_t start,
                                  size_t name_begin, size_t j, std::string title) {
  const std::string_view text = tw.text();
  FoundName found;
  found.start = words[start].start;
  found.end = words[j - 1].end;
  found.name_start = words[name_begin].start;
  found.surface = std::string(text.substr(found.start, found.end - found.start));
  std::string name(text.substr(found.name_start, found.end - found.name_start));
  if (IsContraction(concord::text::LowerWord(name))) return std::nullopt;  // "It's", "I'm"
  if (name.ends_with("'s")) name.resize(name.size() - 2);
  if (name.ends_with("\xE2\x80\x99s")) name.resize(name.size() - 4);
  found.name = name;
  found.title = std::move(title);
  const std::vector<std::string> key = NameKey(found.name);
  if (key.empty() || (key.size() == 1 && (In(kCalendar, key[0]) || key[0].size() < 2))) {
    return std::nullopt;
  }
  // A party tag ("D-N.Y.", "R-Ky.") is not a name: "D-N.Y." and "R-N.Y."
  // are two senators' parties, not one entity spelled two ways.
  if (name.size() > 2 && name[1] == '-' && (name[0] == 'D' || name[0] == 'R' || name[0] == 'I')) {
    return std::nullopt;
  }
  found.acronym = IsAcronymKey(key, found.name);
  bool thing = key.size() > 1 && In(kPlaceFirstWords, key[0]);
  for (const std::string& w : key) thing = thing || In(kNotPersonWords, w);
  // A party word alone is no title of a person ("heavily Democratic
  // Connecticut").
  const bool titled = !found.title.empty() && !In(kPartyWords, found.title);
  found.person_like = !thing && (PersonKey(key) || (titled && key.size() <= 4));
  return found;
}

}  // namespace

std::vector<FoundName> FindNames(const TextWords& tw, size_t begin, size_t end,
                                 const std::unordered_set<std::string>* lowercase_words) {
  std::vector<FoundName> names;
  const std::string_view text = tw.text();
  const std::vector<Word> words = tw.In(begin, end);
  size_t place = words.size();  // the first word of a place cut off a name
  size_t i = 0;
  while (i < words.size()) {
    const bool particle_start = !Caps(words[i]) && IsParticle(WordLower(tw, words[i])) &&
                                i + 1 < words.size() && Caps(words[i + 1]) &&
                                NameGap(text, words[i].end, words[i + 1].start) &&
                                text[words[i].end] == '-';
    if (!Caps(words[i]) && !particle_start) {
      ++i;
      continue;
    }
    size_t j = ExtendRun(tw, words, i);
    // "Mexico Wednesday", and the connector a trimmed word leaves ("Herman
    // Cain in January").
    while (j > i + 1 && (In(kCalendar, WordLower(tw, words[j - 1])) ||
                         (!Caps(words[j - 1]) && IsConnector(WordLower(tw, words[j - 1]))))) {
      --j;
    }
    size_t start = RunStart(tw, begin, words, i, j, lowercase_words);
    std::string title;
    // "Secretary of the Interior Ryan Zinke": the office opens the run.
    if (start == i && i >= 3 && start + 2 < j && In(kOfficeObjects, WordLower(tw, words[start])) &&
        WordLower(tw, words[i - 1]) == "the" && WordLower(tw, words[i - 2]) == "of" &&
        IsTitleWord(WordLower(tw, words[i - 3])) && Caps(words[i - 3])) {
      title = WordLower(tw, words[i - 3]) + " of the " + WordLower(tw, words[start]);
      ++start;
    }
    std::optional<size_t> name_begin =
        start < j ? SplitTitle(tw, words, start, j, &title) : std::nullopt;
    if (name_begin) {
      // A place or a second person after the name ends it; the title is
      // then read again on what is left.
      const size_t cut = BeforePlaceSuffix(tw, words, *name_begin, j, !title.empty());
      if (cut < j) {
        if (WordLower(tw, words[cut]) == "of") place = cut + 1;
        j = cut;
        title.clear();
        name_begin = SplitTitle(tw, words, start, j, &title);
      }
    }
    if (name_begin) {
      if (std::optional<FoundName> found =
              MakeName(tw, words, start, *name_begin, j, std::move(title))) {
        // "New Jersey" in "Mikie Sherrill of New Jersey" is her state, as
        // is "New York" in "Republican of New York".
        const bool after_party_of = start >= 2 && WordLower(tw, words[start - 1]) == "of" &&
                                    In(kPartyWords, WordLower(tw, words[start - 2]));
        if (start == place || after_party_of) found->person_like = false;
        names.push_back(std::move(*found));
      }
    }
    i = j;
  }
  return names;
}

}  // namespace concord::compare::internal
