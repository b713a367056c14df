// The readability checks (readability.h). Each rule is written for a reader
// of news summaries and is documented in docs/summarize.md, "Readability".
#include "concord/readability.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "concord/text.h"
#include "text/caption.h"
#include "text/lead_in.h"
#include "text/quotation_close.h"

namespace concord::eval {
namespace {

constexpr std::string_view kOpenCurly = "\xE2\x80\x9C";   // U+201C
constexpr std::string_view kCloseCurly = "\xE2\x80\x9D";  // U+201D

using Mark = text::QuoteMark;

// Lower-cased words: runs of letters, digits and apostrophes (bytes above
// 0x7F count as letters, so accented words stay whole).
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80 || c == '\'') {
      word.push_back(static_cast<char>(std::tolower(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

size_t WhitespaceWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Pronouns and connectives that lean on the sentence before.
constexpr std::array<std::string_view, 24> kLeaningWords = {
    "he",   "she",  "they",    "it",      "his",   "her",  "their",     "its",
    "him",  "them", "this",    "these",   "those", "but",  "and",       "so",
    "also", "yet",  "however", "instead", "still", "then", "meanwhile", "moreover"};

// Nouns that, after an opening "The", refer back to someone already named.
constexpr std::array<std::string_view, 16> kReferringNouns = {
    "group",  "company", "couple", "man",  "woman", "boy",     "girl",   "firm",
    "agency", "suspect", "victim", "pair", "teen",  "student", "singer", "actor"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// The pronoun that speaks a quotation opening the sentence ("\"...,\" she
// said"), or "": the reader needs the sentence that says who she is.
// Its close is read as text reads marks: a curly opening closed by a
// straight mark closes it too ("“...,\" she wrote.").
std::string PronounSpeaker(std::string_view text) {
  const size_t close = text::OpeningQuotationEnd(text);
  if (close == std::string_view::npos) return "";
  const std::vector<std::string> words = Words(text.substr(close, 40));
  if (!words.empty() && (words[0] == "he" || words[0] == "she" || words[0] == "they")) {
    return words[0];
  }
  return "";
}

// The pronoun of an attribution set off by commas (", he said," or ", she
// added."), or "": the reader needs the sentence that says who he is.
std::string PronounAside(std::string_view text) {
  static constexpr std::array<std::string_view, 8> kCues = {
      "said", "says", "added", "adds", "explained", "noted", "wrote", "continued"};
  for (size_t comma = text.find(','); comma != std::string_view::npos;
       comma = text.find(',', comma + 1)) {
    // ", he said" or, after a quoted phrase, ",\" he said" (straight or curly).
    size_t from = comma + 1;
    if (text.substr(from, 1) == "\"") from += 1;
    if (text.substr(from, kCloseCurly.size()) == kCloseCurly) from += kCloseCurly.size();
    if (text.substr(from, 1) != " ") continue;
    const std::vector<std::string> words = Words(text.substr(from + 1, 24));
    if (words.size() < 2 || !(words[0] == "he" || words[0] == "she" || words[0] == "they")) {
      continue;
    }
    if (!In(kCues, words[1])) continue;
    const size_t after = text.find(words[1], from + 1) + words[1].size();
    if (after >= text.size() || text[after] == ',' || text[after] == '.') return words[0];
  }
  return "";
}

// Nouns of time that "this" points at from the day of writing, not back
// at a sentence: "This week, ...", "This past year ...", "This Sunday".
constexpr std::array<std::string_view, 31> kTimeNouns = {
    "week",     "weekend", "month",    "year",      "season",  "morning",  "afternoon", "evening",
    "summer",   "winter",  "spring",   "fall",      "autumn",  "monday",   "tuesday",   "wednesday",
    "thursday", "friday",  "saturday", "sunday",    "january", "february", "march",     "april",
    "june",     "july",    "august",   "september", "october", "november", "december"};

// True when the words open with a time phrase that points at the time of
// writing ("this month", "this past week", "this year's", "these days"):
// deictic, so no reference back. ("May" is left out of the months: "This
// may" is a verb as often.)
bool DeicticTime(const std::vector<std::string>& words) {
  if (words.size() < 2) return false;
  if (words[0] == "these") return words[1] == "days";
  if (words[0] != "this") return false;
  std::string_view noun = words[1];
  if ((noun == "past" || noun == "coming") && words.size() > 2) noun = words[2];
  for (std::string_view possessive : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (noun.ends_with(possessive)) noun.remove_suffix(possessive.size());
  }
  return In(kTimeNouns, noun);
}

// The sentence's leaning opener, or "" when it opens on its own. For
// "The company ..." the noun; for a quotation "she" speaks, "she"; for a
// pronoun's aside (", he said,"), the pronoun. A time phrase ("This
// week, ...") leans on nothing. `words`: the words of its first 80 bytes.
std::string LeaningOpener(std::string_view text, const std::vector<std::string>& words) {
  if (words.empty()) return "";
  if (In(kLeaningWords, words[0]) && !DeicticTime(words)) return words[0];
  if (std::string pointing = text::PointingAfterLeadIn(text); !pointing.empty()) return pointing;
  if (std::string speaker = PronounSpeaker(text); !speaker.empty()) return speaker;
  if (words[0] == "the" && words.size() > 1 && In(kReferringNouns, words[1])) return words[1];
  return PronounAside(text);
}

// True when `opener`, opening the first sentence of its article, still
// leans on something the reader is not shown (the headline, a picture).
// An article's first sentence was written to be read first, so what opens
// it mostly introduces: "This undated photo shows ...", "The man who
// ...", "So many signs ...". It leans when it lacks a person (a personal
// pronoun, a pronoun that speaks, a quotation whose speaker is not named:
// "He sold the ring ..."), when "this", "these" or "those" stands for a
// thing instead of pointing at the noun after it ("This is such a ...":
// a verb follows), and when "The" + a referring noun is followed by its
// verb rather than by words that say which one ("The singer is shown
// ..." against "The man who ...", "The suspect in ..."). Connectives
// ("But", "So") lean on nothing there.
bool LeansAtArticleStart(const std::vector<std::string>& words, const std::string& opener) {
  static constexpr std::array<std::string_view, 11> kPersons = {
      "he", "she", "they", "it", "his", "her", "their", "its", "him", "them", "quotation"};
  static constexpr std::array<std::string_view, 15> kVerbs = {
      "is",  "are", "was",   "were", "will", "would",  "has",  "have",
      "had", "can", "could", "may",  "must", "should", "might"};
  static constexpr std::array<std::string_view, 16> kSayWhichOne = {
      "who",  "whom",   "whose",   "that",      "in",      "of",        "at", "from",
      "with", "behind", "accused", "convicted", "charged", "suspected", "on", "for"};
  if (In(kPersons, opener)) return true;
  if (opener == "this" || opener == "these" || opener == "those") {
    return words.size() > 1 && In(kVerbs, words[1]);
  }
  if (In(kReferringNouns, opener)) return !(words.size() > 2 && In(kSayWhichOne, words[2]));
  return false;
}

// True when `opener` finds its referent: the previous summary sentence is
// one of the three before it in the same article, or (for "The group"
// nouns) the noun occurs earlier in the summary.
bool Resolved(const std::vector<ReadSentence>& summary, size_t i, const std::string& opener) {
  if (i == 0) return false;
  const ReadSentence& previous = summary[i - 1];
  const ReadSentence& self = summary[i];
  if (previous.article == self.article && previous.index < self.index &&
      self.index - previous.index <= 3) {
    return true;
  }
  if (In(kReferringNouns, opener)) {
    for (size_t k = 0; k < i; ++k) {
      const std::vector<std::string> words = Words(summary[k].text);
      if (std::find(words.begin(), words.end(), opener) != words.end()) return true;
    }
  }
  return false;
}

std::set<std::string> Shingles(std::string_view text) {
  const std::vector<std::string> words = Words(text);
  std::set<std::string> shingles;
  for (size_t k = 0; k + 3 <= words.size(); ++k) {
    shingles.insert(words[k] + " " + words[k + 1] + " " + words[k + 2]);
  }
  return shingles;
}

// True when summary sentences i, i+1, ... hold one quotation of several
// sentences and nothing else: it opens sentence i (its only mark), and the
// next sentence with a mark holds only the closing one, at its end.
bool BareQuotationRun(const std::vector<ReadSentence>& summary, size_t i) {
  const std::string_view text = summary[i].text;
  if (text::QuoteMarks(text).size() != 1 ||
      !(text.starts_with('"') || text.starts_with(kOpenCurly))) {
    return false;
  }
  for (size_t k = i + 1; k < summary.size(); ++k) {
    std::string_view last = summary[k].text;
    const size_t marks = text::QuoteMarks(last).size();
    if (marks == 0) continue;
    while (!last.empty() && last.back() == ' ') last.remove_suffix(1);
    return marks == 1 && (last.ends_with('"') || last.ends_with(kCloseCurly));
  }
  return false;
}

// Marks the sentences whose quotation the summary leaves unbalanced: one
// that opens a quotation no later summary sentence closes, and one that
// closes a quotation no earlier sentence opened. Marks are read as
// text::ReadQuotation reads them (a curly mark inside a sentence of an
// open quotation nests: “… reads “shut” today.”), but a mark that opens
// the quotation again (a straight one, or one that opens its sentence)
// leaves the one before it unclosed in what the reader reads, so the
// sentence that opened that one is marked. Unlike ReadQuotation, a curly
// mark nests here even inside a quotation a straight mark opened: a reader
// sees `"a “b" c` as unbalanced either way, and `"a “b” c"` pairs.
// A quotation goes on only within its article: a sentence of another
// article cannot close it (the reader sees one outlet's words left open
// and another's closed unopened), so the count starts again there.
void CheckQuotes(const std::vector<ReadSentence>& summary, SummaryChecks& checks) {
  size_t depth = 0;
  size_t opener = 0;  // the sentence that opened the outermost quotation
  for (size_t i = 0; i < summary.size(); ++i) {
    if (depth > 0 && summary[i].article != summary[opener].article) {
      checks.sentences[opener].flags[kUnbalancedQuote] = true;
      depth = 0;
    }
    const std::vector<text::QuoteMarkRead> marks = text::ReadQuoteMarks(summary[i].text);
    const bool opens_sentence = text::OpensWithMark(summary[i].text);
    for (size_t k = 0; k < marks.size(); ++k) {
      const Mark mark = marks[k].mark;
      if (mark == Mark::kClose || (mark == Mark::kEither && depth > 0)) {
        if (depth == 0) checks.sentences[i].flags[kUnbalancedQuote] = true;
        if (depth > 0) --depth;
        continue;
      }
      const bool nests =
          depth > 0 && mark == Mark::kOpen && !marks[k].straight && !(k == 0 && opens_sentence);
      if (nests) {
        ++depth;
        continue;
      }
      if (depth > 0) checks.sentences[opener].flags[kUnbalancedQuote] = true;
      depth = 1;
      opener = i;
    }
  }
  if (depth > 0) checks.sentences[opener].flags[kUnbalancedQuote] = true;
}

// Marks the sentences that call a person by surname (alone or after a
// title) when no earlier sentence of the summary, nor earlier words of the
// sentence, gave the full name: surname_first when a later summary
// sentence gives it (the order is at fault), surname_only when none does
// (the articles do: the selection is). A sentence is marked once per
// check, whatever the number of people.
void CheckSurnames(const std::vector<ReadSentence>& summary, SummaryChecks& checks) {
  std::set<size_t> introduced;
  std::set<size_t> named_later;  // people given in full by some summary sentence
  for (const ReadSentence& s : summary) {
    for (const PersonName& p : s.persons) {
      if (p.full) named_later.insert(p.person);
    }
  }
  for (size_t i = 0; i < summary.size(); ++i) {
    for (const PersonName& p : summary[i].persons) {
      if (p.full) {
        introduced.insert(p.person);
      } else if (introduced.count(p.person) == 0) {
        const Check check = named_later.count(p.person) > 0 ? kSurnameFirst : kSurnameOnly;
        checks.sentences[i].flags[check] = true;
      }
    }
  }
}

}  // namespace

const std::array<std::string_view, kCheckCount>& CheckNames() {
  static const std::array<std::string_view, kCheckCount> names = {
      "unbalanced_quote",  "unresolved_opener", "near_duplicate", "over_60_words",
      "cut_mid_quotation", "furniture",         "fragment",       "late_opening",
      "cut_by_source",     "surname_first",     "surname_only"};
  return names;
}

bool LooksLikeFurniture(std::string_view sentence) {
  std::string lower(sentence);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::array<std::string_view, 14> kMarkers = {"photograph by",
                                                                "photo by",
                                                                "ap photo",
                                                                "getty images",
                                                                "click here",
                                                                "sign up",
                                                                "email this",
                                                                "http://",
                                                                "https://",
                                                                "www.",
                                                                "all rights reserved",
                                                                "photo credit",
                                                                "(photo:",
                                                                "image caption"};
  for (std::string_view marker : kMarkers) {
    if (lower.find(marker) != std::string::npos) return true;
  }
  return !text::EndsLikeSentence(sentence) || text::LooksLikeCaption(sentence);
}

bool IsFragment(std::string_view sentence) {
  return Words(sentence).empty() || WhitespaceWords(sentence) <= 2;
}

SummaryChecks CheckSummary(const std::vector<ReadSentence>& summary) {
  SummaryChecks checks;
  checks.sentences.resize(summary.size());
  CheckQuotes(summary, checks);
  CheckSurnames(summary, checks);
  std::vector<std::set<std::string>> shingles;
  for (size_t i = 0; i < summary.size(); ++i) {
    const ReadSentence& s = summary[i];
    auto& flags = checks.sentences[i].flags;
    const std::vector<std::string> head = Words(s.text.substr(0, 80));
    std::string opener = LeaningOpener(s.text, head);
    if (opener.empty() && BareQuotationRun(summary, i)) opener = "quotation";
    if (s.index == 0 && !LeansAtArticleStart(head, opener)) opener.clear();
    flags[kUnresolvedOpener] = !opener.empty() && !Resolved(summary, i, opener);
    shingles.push_back(Shingles(s.text));
    for (size_t k = 0; k < i && !shingles[i].empty(); ++k) {
      size_t shared = 0;
      for (const std::string& g : shingles[i]) shared += shingles[k].count(g);
      const size_t smaller = std::min(shingles[i].size(), shingles[k].size());
      if (smaller > 0 && 2 * shared >= smaller) flags[kNearDuplicate] = true;
    }
    flags[kOverLong] = WhitespaceWords(s.text) > 60;
    // Cut mid-quotation: the quotation runs on past the sentence's end and
    // the next summary sentence is not the one that continues it.
    const bool continued = i + 1 < summary.size() && summary[i + 1].article == s.article &&
                           summary[i + 1].index == s.index + 1;
    flags[kCutQuotation] = text::EndsInsideQuotation(s.text) && (s.truncated || !continued);
    flags[kFragment] = IsFragment(s.text);
    // A sentence cut at the budget or by its source lacks its final stop
    // for that reason, not because it is a headline (cut_by_source counts
    // the second).
    flags[kFurniture] =
        !flags[kFragment] && (s.truncated || s.cut_short ? LooksLikeFurniture(s.text + ".")
                                                         : LooksLikeFurniture(s.text));
    flags[kLateOpening] = i == 0 && !s.opens_article;
    flags[kCutBySource] = s.cut_short;
  }
  return checks;
}

}  // namespace concord::eval
