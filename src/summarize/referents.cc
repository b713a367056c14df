// Who "he" is: a personal-pronoun sentence and whether the sentence before
// it names a person (referents.h).
//
// The default makes a sentence that opens with "He" wait for the sentence
// before it in its article, on the idea that the sentence before says who
// he is. Found by the hostile pass of stop 29: when three outlets carry
// "He will stay in office until a successor is chosen, the palace said."
// and only one of them after the sentence that names the prime minister,
// the greedy took the copy after "Oslo was calm on Friday evening." (the
// shortest pair), and the summary never said who resigned. Here a sentence
// "names someone" by words a reader takes for a person: a role or title
// word, a name of two to four capitalized words or after a title (compare's
// name finder, FindNames), a surname the story gives in full elsewhere, or a
// pronoun that already stands for someone. Only cased text can say this:
// in lower-cased text every name looks like any other word, so there the
// test stands aside. Cost: a look at the first words and marks of each
// sentence that waits; for each personal-pronoun sentence of a cased
// article, the name finder on the sentence before it; a one-word name
// there is looked up in an index of the story's words (built once, when
// first needed), and the name finder reads only the sentences that hold it.
#include "summarize/referents.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "compare/name_variants.h"
#include "compare/name_words.h"
#include "compare/words.h"
#include "summarize/coverage_params.h"
#include "text/quotation_close.h"

namespace concord::summarize::internal {
namespace {

namespace names = concord::compare::internal;

// How many sentences back a chain of waiting sentences is read for a name
// (text::kLongQuotation's five: a quotation's pieces).
constexpr size_t kLookBack = 5;

// Words for one person that are neither titles, roles nor occupations of
// name_words.h (which are read too): "the man", "his wife", "a suspect".
constexpr std::array<std::string_view, 58> kPersonNouns = {
    "man",           "woman",       "boy",          "girl",      "person",     "suspect",
    "victim",        "officer",     "official",     "mother",    "wife",       "husband",
    "son",           "daughter",    "brother",      "sister",    "child",      "teenager",
    "teen",          "player",      "pilot",        "gunman",    "patient",    "doctor",
    "soldier",       "defendant",   "priest",       "lawmaker",  "legislator", "politician",
    "star",          "rapper",      "musician",     "comedian",  "athlete",    "businessman",
    "businesswoman", "executive",   "employee",     "premier",   "prosecutor", "detective",
    "inspector",     "agent",       "inmate",       "prisoner",  "friend",     "boss",
    "grandmother",   "grandfather", "girlfriend",   "boyfriend", "widow",      "survivor",
    "princess",      "incumbent",   "officeholder", "winner"};

bool IsPersonWord(std::string_view lower) {
  if (lower.ends_with("'s")) lower.remove_suffix(2);
  return names::In(kPersonNouns, lower) || names::In(names::kTitles, lower) ||
         names::In(names::kRoleWords, lower) || names::In(names::kOccupationWords, lower);
}

bool IsPersonalPronoun(std::string_view lower) {
  return lower == "he" || lower == "she" || lower == "him" || lower == "his" || lower == "her" ||
         lower == "himself" || lower == "herself";
}

// True when "he" or "she" starts at `at`, past spaces and commas.
bool SingularPronounAt(std::string_view text, size_t at) {
  if (at == std::string_view::npos) return false;
  while (at < text.size() && (text[at] == ' ' || text[at] == ',')) ++at;
  for (std::string_view pronoun : {"he ", "she ", "He ", "She "}) {
    if (text.compare(at, pronoun.size(), pronoun) == 0) return true;
  }
  return false;
}

// True when ", he said," or ", she added." sets off the speaker
// (PronounAside, its "they" left out: a group is no person).
bool SingularPronounAside(std::string_view text) {
  for (size_t comma = text.find(", "); comma != std::string_view::npos;
       comma = text.find(", ", comma + 1)) {
    if (text.compare(comma + 2, 3, "he ") == 0 || text.compare(comma + 2, 4, "she ") == 0) {
      // The cue verbs are PronounAside's: asked of the aside alone.
      const size_t end = text.find_first_of(",.", comma + 2);
      const std::string_view aside = text.substr(
          comma, end == std::string_view::npos ? std::string_view::npos : end - comma + 1);
      if (PronounAside(aside)) return true;
    }
  }
  return false;
}

// True when some word of the article is capitalized inside a sentence,
// after a word or a comma ("on Friday", "said Erik"; "I" aside): the text
// keeps its case, so a name shows. A capital after a stop does not count:
// the splitter may keep two sentences together ("... know j.j. He
// waited"), and lower-cased text capitalizes every sentence's opening.
bool Cased(const Corpus& corpus, const std::vector<uint32_t>& article) {
  for (uint32_t i : article) {
    const Sentence& s = *corpus.sentence[i];
    for (size_t t = 1; t < s.tokens.size(); ++t) {
      const size_t start = s.tokens[t].span.start;
      const char c = s.text[start];
      const std::string_view lower = s.tokens[t].lower;
      if (c < 'A' || c > 'Z' || lower == "i" || lower.starts_with("i'")) continue;
      size_t before = start;
      while (before > 0 && s.text[before - 1] == ' ') --before;
      if (before == 0 || before == start) continue;
      const char p = s.text[before - 1];
      if ((p >= 'a' && p <= 'z') || (p >= '0' && p <= '9') || p == ',' || p == ';') return true;
    }
  }
  return false;
}

// Calls `found` with each name compare's name finder reads in `text`
// (acronyms aside) and its last word as written.
template <typename Found>
void ForEachName(std::string_view text, const Found& found) {
  const text::WordScan scan = text::ScanWords(text);
  const names::TextWords words(text, scan);
  for (const names::FoundName& name : names::FindNames(words, 0, text.size())) {
    if (name.acronym) continue;
    const size_t space = name.name.rfind(' ');
    found(name, space == std::string::npos ? name.name : name.name.substr(space + 1));
  }
}

bool PersonShaped(const names::FoundName& name) { return name.person_like || !name.title.empty(); }

// True when a name in `text` is a person's by its shape: two to four name
// words ("Erik Solberg") or a title ("Mr. Varga"); the other names of one
// word are added to `single` ("Varga", "Oslo"), as written.
bool NamesAPerson(std::string_view text, std::vector<std::string>& single) {
  bool person = false;
  ForEachName(text, [&](const names::FoundName& name, std::string last) {
    if (PersonShaped(name)) {
      person = true;
    } else if (name.name.find(' ') == std::string::npos) {
      single.push_back(std::move(last));
    }
  });
  return person;
}

// The article sentences of the story by the lower-case words they hold
// (views of the analysis' vocabulary, which outlives the corpus).
using Holders = std::unordered_map<std::string_view, std::vector<uint32_t>>;

Holders SentencesByWord(const Corpus& corpus) {
  Holders holders;
  for (uint32_t i = 0; i < corpus.originals; ++i) {
    for (const text::Token& token : corpus.sentence[i]->tokens) {
      std::vector<uint32_t>& list = holders[token.lower];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
  return holders;
}

// True when some article sentence of the story ends a person-shaped name
// (NamesAPerson's shapes) with `word`, so that "Cowan" is a person where
// another sentence or another outlet says "William Cowan" or "Mr. Cowan".
// Only the sentences that hold the word are read by the name finder.
bool StorySurname(const Corpus& corpus, const Holders& holders, const std::string& word) {
  const auto it = holders.find(text::LowerWord(word));
  if (it == holders.end()) return false;
  for (uint32_t i : it->second) {
    bool surname = false;
    ForEachName(corpus.sentence[i]->text,
                [&](const names::FoundName& name, const std::string& last) {
                  surname = surname || (PersonShaped(name) && last == word);
                });
    if (surname) return true;
  }
  return false;
}

}  // namespace

bool PersonalPronounSubject(const Sentence& sentence) {
  if (sentence.tokens.empty()) return false;
  const std::string_view first = sentence.tokens.front().lower;
  if (first == "he" || first == "she" || first == "his" || first == "her") return true;
  const std::string_view text = sentence.text;
  return SingularPronounAt(text, text::OpeningQuotationEnd(text)) || SingularPronounAside(text);
}

bool NamesSomeone(const Sentence& sentence, std::vector<std::string>* single) {
  for (const text::Token& token : sentence.tokens) {
    if (IsPersonWord(token.lower) || IsPersonalPronoun(token.lower)) return true;
  }
  if (sentence.text.find("-year-old") != std::string::npos) return true;  // "the 49-year-old"
  std::vector<std::string> ignored;
  return NamesAPerson(sentence.text, single != nullptr ? *single : ignored);
}

std::vector<bool> PronounsWithNoOneBefore(const Corpus& corpus, const std::vector<bool>& waits) {
  std::vector<bool> marked(corpus.size(), false);
  std::unordered_map<std::string, bool> surnames;  // StorySurname of each word asked
  std::optional<Holders> holders;                  // built when first needed
  const auto names_someone = [&](uint32_t i) {
    std::vector<std::string> single;
    if (NamesSomeone(*corpus.sentence[i], &single)) return true;
    return std::any_of(single.begin(), single.end(), [&](const std::string& word) {
      const auto [it, added] = surnames.try_emplace(word, false);
      if (added) {
        if (!holders) holders = SentencesByWord(corpus);
        it->second = StorySurname(corpus, *holders, word);
      }
      return it->second;
    });
  };
  for (const std::vector<uint32_t>& article : corpus.by_article) {
    std::optional<bool> cased;
    for (size_t k = 1; k < article.size(); ++k) {
      // Such a sentence waits (its opener, pronoun_quotes_wait,
      // pronoun_asides_wait); one that does not is no pair's second.
      if (!waits[article[k]] || !PersonalPronounSubject(*corpus.sentence[article[k]])) continue;
      if (!cased) cased = Cased(corpus, article);
      if (!*cased) break;
      // The sentence before, and while that one waits for its own
      // predecessor (a quotation's piece, "She said ..."), the ones it is
      // taken with.
      bool named = false;
      for (size_t j = k; j-- > 0 && k - j <= kLookBack;) {
        named = names_someone(article[j]);
        if (named || !waits[article[j]]) break;
      }
      marked[article[k]] = !named;
    }
  }
  for (size_t i = corpus.originals; i < corpus.size(); ++i) {
    marked[i] = marked[corpus.origin[i]] && PersonalPronounSubject(*corpus.sentence[i]);
  }
  return marked;
}

}  // namespace concord::summarize::internal
