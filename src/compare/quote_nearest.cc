// The nearest named speaker before a pronoun's quote (quote_nearest.h).
#include "compare/quote_nearest.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "compare/name_variants.h"
#include "compare/quote_speakers.h"
#include "compare/quotes.h"

namespace concord::compare::internal {

namespace {

// True when name `f`, with no title, names a thing after a person: an
// article before it and a lower-case word that is no cue, auxiliary or
// past tense after it ("the Okafor administration", "a Lowe project").
bool NamesAThing(const TextWords& text, const FoundName& f) {
  if (!f.title.empty()) return false;
  const std::vector<Word>& words = text.words();
  const auto at = std::lower_bound(words.begin(), words.end(), f.start,
                                   [](const Word& w, size_t p) { return w.start < p; });
  if (at == words.begin() || at == words.end()) return false;
  const std::string article = text.Lower(*(at - 1));
  if (article != "the" && article != "a" && article != "an") return false;
  const auto next =
      std::lower_bound(at, words.end(), f.end, [](const Word& w, size_t p) { return w.start < p; });
  if (next == words.end() || next->capitalized || next->is_number ||
      !OnlySpace(text.text(), f.end, next->start)) {
    return false;
  }
  const std::string lower = text.Lower(*next);
  // ("the Rev. Ada Okafor arrived": a verb after a subject.)
  return !IsCueWord(lower) && !IsSkippable(lower) && !IsClauseWord(lower) && !lower.ends_with("ed");
}

// True when a verb in lower case follows name `f` (a place after "of", a
// day, adverbs skipped): "Ada Okafor of Ohio on Monday said".
// The word after an apposition or relative clause set off by commas right
// after byte `end` ("Jim Jordan, Republican of Ohio, tried"; "James Norton,
// who was deputy secretary under Bush, told"): at most 20 words, within one
// sentence and outside quotation marks, not a list of names ("Sean Hannity,
// Tucker Carlson and Rush Limbaugh, although"), no attribution (", she
// said,"), and not followed by a participle ("his opponent, Ada Okafor, at
// a lunch, asking her"); else words.end().
std::vector<Word>::const_iterator AfterAside(const TextWords& text, size_t end,
                                             std::vector<Word>::const_iterator it) {
  const std::vector<Word>& words = text.words();
  const std::string_view t = text.text();
  auto gap = [&](size_t from, size_t to) { return t.substr(from, to - from); };
  const std::string_view first = gap(end, it->start);
  if (first.find_first_not_of(' ') == std::string_view::npos || first.find(',') == first.npos ||
      first.find_first_not_of(", ") != std::string_view::npos) {
    return words.end();
  }
  for (int n = 0; n < 20 && it + 1 != words.end(); ++n, ++it) {
    const std::string_view between = gap(it->end, (it + 1)->start);
    if (between.find_first_of(".!?;:\"\n()") != std::string_view::npos ||
        between.find("\xE2\x80") != std::string_view::npos) {
      return words.end();
    }
    const std::string lower = text.Lower(*it);
    if ((lower == "and" || lower == "or") && (it + 1)->capitalized) return words.end();
    if (IsCueWord(lower)) return words.end();  // ", she said," attributes, not describes
    if (between.find(',') != std::string_view::npos) {
      if (between.find_first_not_of(", ") != std::string_view::npos) return words.end();
      return text.Lower(*(it + 1)).ends_with("ing") ? words.end() : it + 1;
    }
  }
  return words.end();
}

bool VerbFollows(const TextWords& text, const FoundName& f) {
  const std::vector<Word>& words = text.words();
  auto it = std::lower_bound(words.begin(), words.end(), f.end,
                             [](const Word& w, size_t p) { return w.start < p; });
  if (it == words.end()) return false;
  if (!OnlySpace(text.text(), f.end, it->start)) {
    it = AfterAside(text, f.end, it);
    if (it == words.end()) return false;
  }
  if (text.Lower(*it) == "of") {
    ++it;
    while (it != words.end() && it->capitalized) ++it;
  }
  while (it != words.end() && (IsCalendarWord(text.Lower(*it)) || text.Lower(*it) == "on" ||
                               IsSkippable(text.Lower(*it)))) {
    ++it;
  }
  if (it == words.end() || it->capitalized || it->is_number) return false;
  const std::string lower = text.Lower(*it);
  return !IsPreposition(lower) && !IsSubordinator(lower) && lower != "and" && lower != "or" &&
         lower != "but" && lower != "who" && lower != "which" && lower != "that";
}

// True when name `f` opens a sentence or the clause after an opening
// phrase: a sentence end, a line break or a comma before it.
bool OpensAClause(std::string_view t, const FoundName& f) {
  const size_t k = BlanksBefore(t, f.start);
  return k == 0 || t[k - 1] == '\n' || t[k - 1] == ',' ||
         (k > 1 && (t[k - 2] == '.' || t[k - 2] == '!' || t[k - 2] == '?') && k < f.start);
}

// True when a group of gender `g` fits the gender asked for by class
// `asked` (0: any, 1: 'm', 2: 'f').
bool Fits(size_t asked, char g) { return asked == 0 || g == 0 || g == (asked == 1 ? 'm' : 'f'); }

}  // namespace

ParagraphBreaks::ParagraphBreaks(std::string_view text) {
  bool in_break = false;  // only blanks since the last line break
  opened_before_.push_back(0);
  for (size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    if (c == '\n') {
      newlines_.push_back(k);
      opened_before_.push_back(opened_before_.back() + (in_break ? 0 : 1));
      in_break = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      in_break = false;
    }
  }
}

size_t ParagraphBreaks::Between(size_t from, size_t to) const {
  if (from >= to) return 0;
  const size_t a = std::lower_bound(newlines_.begin(), newlines_.end(), from) - newlines_.begin();
  const size_t b = std::lower_bound(newlines_.begin(), newlines_.end(), to) - newlines_.begin();
  if (a >= b) return 0;
  // A line break after blanks alone continues a break from byte 0 on, but
  // opens one when the range starts after the break it continues.
  const bool opens = opened_before_[a + 1] > opened_before_[a];
  return opened_before_[b] - opened_before_[a] + (opens ? 0 : 1);
}

NearbySpeakers::NearbySpeakers(const TextWords& text, const ArticleNames& n,
                               const std::vector<Speaker>& cued)
    : text_(text), n_(n), breaks_(text.text()) {
  for (size_t g = 0; g < n.display.size(); ++g) gender_.emplace(n.display[g], n.gender[g]);
  for (const Speaker& s : cued) Add(s);
}

void NearbySpeakers::Add(const Speaker& speaker) {
  // (Of speakers at one position the first added is the one kept: the
  // cued ones, then the resolved in turn.)
  const char g = GenderOf(speaker.name);
  for (size_t asked = 0; asked < speakers_.size(); ++asked) {
    if (Fits(asked, g)) speakers_[asked].emplace(speaker.position, speaker.name);
  }
}

char NearbySpeakers::GenderOf(std::string_view display) const {
  const auto it = gender_.find(display);
  return it == gender_.end() ? 0 : it->second;
}

void NearbySpeakers::ListAntecedents() {
  antecedents_.emplace();
  for (size_t i = 0; i < n_.names.size(); ++i) {
    const FoundName& f = n_.names[i];
    if (!n_.IsPerson(i) || NamesAThing(text_, f)) continue;
    const char g = GenderOf(n_.display[n_.groups[i]]);
    const bool subject = VerbFollows(text_, f);
    const bool opens = subject && OpensAClause(text_.text(), f);
    for (size_t asked = 0; asked < antecedents_->size(); ++asked) {
      if (!Fits(asked, g)) continue;
      Antecedents& a = (*antecedents_)[asked];
      a.persons.push_back(i);
      if (subject) a.subjects.push_back(i);
      if (opens) a.openers.push_back(i);
    }
  }
}

std::string NearbySpeakers::Nearest(size_t at, std::string_view pronoun) {
  const size_t asked = pronoun == "he" ? 1 : pronoun == "she" ? 2 : 0;
  const std::map<size_t, std::string>& speakers = speakers_[asked];
  const auto after = speakers.lower_bound(at);
  const std::pair<const size_t, std::string>* best =
      after == speakers.begin() ? nullptr : &*std::prev(after);
  if (!antecedents_) ListAntecedents();
  const Antecedents& a = (*antecedents_)[asked];
  // The names are in text order: those before `at` are the first `before`.
  const size_t before = std::lower_bound(n_.names.begin(), n_.names.end(), at,
                                         [](const FoundName& f, size_t p) { return f.start < p; }) -
                        n_.names.begin();
  auto last = [&](const std::vector<size_t>& list) -> std::optional<size_t> {
    const auto end = std::lower_bound(list.begin(), list.end(), before);
    if (end == list.begin()) return std::nullopt;
    return *(end - 1);
  };
  // A person who opens a sentence as its subject after that speaker, in
  // the pronoun's paragraph or the one before, comes first ("Okafor pointed
  // to the vote. \"…,\" she wrote"). With no such speaker, a nearer
  // person with a verb of its own ends the search ("Ben Lowe spoke. Then
  // the Rev. Ada Okafor arrived. \"…,\" she said" is Okafor, below).
  // (Both bounds of the search move only one way as a name lies further
  // back, so the last name that passes is the one a scan back would meet.)
  if (const std::optional<size_t> i = last(best != nullptr ? a.openers : a.subjects)) {
    const FoundName& f = n_.names[*i];
    if ((best == nullptr || f.start > best->first) && breaks_.Between(f.start, at) <= 1 &&
        (best != nullptr || OpensAClause(text_.text(), f))) {
      return n_.display[n_.groups[*i]];
    }
  }
  if (best != nullptr) return best->second;
  if (const std::optional<size_t> i = last(a.persons)) return n_.display[n_.groups[*i]];
  return "";
}

}  // namespace concord::compare::internal
