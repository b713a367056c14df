// Different facts in two sentences: differing_facts.h. Numbers are read as
// compare has read them since its first version (the number, its scale
// words, then the counted word); places are the capitalised run after a
// place preposition, a rule kept narrow on purpose and read only in
// sentences that are near-copies: on BASIL a wider one (any two sentences,
// names compared whole) took an outlet from 7 summary sentences and was
// wrong 6 times ("of Aventura" / "of South Florida", "in New York" / "in
// Manhattan", "of President Trump" / "of President Donald Trump").
#include "text/differing_facts.h"

#include <string>

namespace concord::text {

namespace {

bool IsScaleWord(std::string_view lower) {
  return lower == "million" || lower == "billion" || lower == "trillion" || lower == "thousand" ||
         lower == "hundred" || lower == "percent" || lower == "per";
}

bool IsMonth(std::string_view lower) {
  static constexpr std::string_view kMonths[] = {
      "january",   "february", "march",    "april",    "may",   "june", "july", "august",
      "september", "october",  "november", "december", "jan.",  "feb.", "mar.", "apr.",
      "jun.",      "jul.",     "aug.",     "sep.",     "sept.", "oct.", "nov.", "dec."};
  for (std::string_view m : kMonths) {
    if (lower == m) return true;
  }
  return false;
}

bool IsDay(std::string_view lower) {
  for (std::string_view d :
       {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
    if (lower.substr(0, d.size()) == d) return true;  // also "friday's"
  }
  return false;
}

// A number that names a time, not an amount: a day of a month ("March
// 2"), a year ("2016 candidates"), a time of day ("7:30 a.m.", "1 a.m.")
// or an age ("a 9-year-old"), whose difference in two sentences is as often
// two events or two people as two accounts of one.
bool NotACount(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  const Token& t = tokens[i];
  if (i > 0 && IsMonth(tokens[i - 1].lower)) return true;
  if (t.lower.size() == 4 && (t.lower.substr(0, 2) == "19" || t.lower.substr(0, 2) == "20")) {
    return true;
  }
  const auto colon_near = [&](size_t at) { return at < text.size() && text[at] == ':'; };
  if (colon_near(t.span.end) || (t.span.start >= 2 && colon_near(t.span.start - 2)) ||
      (t.span.start >= 1 && colon_near(t.span.start - 1))) {
    return true;
  }
  if (i + 1 < tokens.size() && (tokens[i + 1].lower == "a.m." || tokens[i + 1].lower == "p.m." ||
                                tokens[i + 1].lower == "a.m" || tokens[i + 1].lower == "p.m")) {
    return true;
  }
  return i + 2 < tokens.size() &&
         (tokens[i + 1].lower == "year" || tokens[i + 1].lower == "years") &&
         tokens[i + 2].lower == "old";
}

bool IsPlacePreposition(std::string_view lower) {
  return lower == "in" || lower == "of" || lower == "from" || lower == "near" || lower == "at" ||
         lower == "off";
}

bool Capitalised(std::string_view text, const Token& token) {
  return token.span.start < text.size() && text[token.span.start] >= 'A' &&
         text[token.span.start] <= 'Z';
}

// The names of a sentence right after a place preposition (past one
// "the"): (the preposition, the name's lower-case words).
struct PlaceMention {
  std::string_view preposition;
  std::vector<std::string_view> words;
};

std::vector<PlaceMention> PlaceMentions(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<PlaceMention> out;
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (!IsPlacePreposition(tokens[i].lower)) continue;
    size_t j = i + 1;
    if (tokens[j].lower == "the" && j + 1 < tokens.size()) ++j;
    PlaceMention m{tokens[i].lower, {}};
    // The run of capitalised words separated by one space each.
    while (j < tokens.size() && Capitalised(text, tokens[j]) && !tokens[j].is_number &&
           !IsMonth(tokens[j].lower) && !IsDay(tokens[j].lower) &&
           (m.words.empty() || tokens[j].span.start == tokens[j - 1].span.end + 1)) {
      m.words.push_back(tokens[j].lower);
      ++j;
    }
    if (!m.words.empty()) out.push_back(std::move(m));
  }
  return out;
}

// True when a word of `words` is a token of `tokens` ("President Trump"
// and "President Donald Trump" name one man; "New York" and "New Delhi"
// share "new", which is accepted as a miss).
bool Holds(const std::vector<Token>& tokens, const std::vector<std::string_view>& words) {
  for (const Token& token : tokens) {
    for (std::string_view w : words) {
      if (token.lower == w) return true;
    }
  }
  return false;
}

bool DifferentPlaces(std::string_view first_text, const std::vector<Token>& first_tokens,
                     std::string_view second_text, const std::vector<Token>& second_tokens) {
  const std::vector<PlaceMention> first = PlaceMentions(first_text, first_tokens);
  if (first.empty()) return false;
  const std::vector<PlaceMention> second = PlaceMentions(second_text, second_tokens);
  for (const PlaceMention& x : first) {
    for (const PlaceMention& y : second) {
      if (x.preposition != y.preposition || x.words == y.words) continue;
      if (!Holds(second_tokens, x.words) && !Holds(first_tokens, y.words)) return true;
    }
  }
  return false;
}

// Negation cues, by kind: not/never/n't/cannot/"no longer" (1), a form of
// deny (2), a form of refuse before "to" (3); 0 for none. `i` is moved past
// a cue of two words.
int NegationKind(const std::vector<Token>& tokens, size_t& i) {
  const std::string_view w = tokens[i].lower;
  const auto next_is = [&](std::string_view word) {
    return i + 1 < tokens.size() && tokens[i + 1].lower == word;
  };
  if (w == "not" || w == "never" || w == "cannot" || (w.size() > 3 && w.ends_with("n't"))) {
    return 1;
  }
  if (w == "no" && next_is("longer")) {
    ++i;
    return 1;
  }
  if (w == "deny" || w == "denies" || w == "denied" || w == "denying") return 2;
  if ((w == "refuse" || w == "refuses" || w == "refused" || w == "refusing") && next_is("to")) {
    ++i;
    return 3;
  }
  return 0;
}

bool IsSay(std::string_view lower) {
  return lower == "say" || lower == "says" || lower == "said" || lower == "saying";
}

// True when `tokens` has the word `word` (same stem, or both a form of say).
bool HasWordOf(const std::vector<Token>& tokens, const Token& word) {
  for (const Token& t : tokens) {
    if (t.stem == word.stem || (IsSay(t.lower) && IsSay(word.lower))) return true;
  }
  return false;
}

// The kinds of negation of `tokens` (bit 1 << kind) that negate a word the
// `other` sentence also writes, or a form of say (the first word past the
// cue that is no stopword, within four words: "did not resign", "denied
// that it will cut", "did not say that it will cut": what was not said is
// not reported either).
unsigned NegatedKinds(const std::vector<Token>& tokens, const std::vector<Token>& other) {
  unsigned kinds = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const int kind = NegationKind(tokens, i);
    if (kind == 0) continue;
    for (size_t j = i + 1; j < tokens.size() && j <= i + 4; ++j) {
      if (tokens[j].is_stopword || tokens[j].is_number) continue;
      if (IsSay(tokens[j].lower) || HasWordOf(other, tokens[j])) kinds |= 1u << kind;
      break;
    }
  }
  return kinds;
}

// Every kind of negation `tokens` has, whatever it negates.
unsigned AllKinds(const std::vector<Token>& tokens) {
  unsigned kinds = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (const int kind = NegationKind(tokens, i); kind != 0) kinds |= 1u << kind;
  }
  return kinds;
}

}  // namespace

bool NegateEachOther(const std::vector<Token>& first, const std::vector<Token>& second) {
  return (NegatedKinds(first, second) & ~AllKinds(second)) != 0 ||
         (NegatedKinds(second, first) & ~AllKinds(first)) != 0;
}

std::string NumberKey(std::string_view lower) {
  std::string out;
  for (char c : lower) {
    if (c != ',') out.push_back(c);
  }
  return out;
}

std::vector<NumberMention> NumberMentions(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<NumberMention> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].is_number) continue;
    if (NotACount(text, tokens, i)) continue;
    NumberMention m;
    size_t end = tokens[i].span.end;
    m.key = NumberKey(tokens[i].lower);
    // "3%" and "3 %" are "3 percent" (the tokenizer drops the sign).
    size_t after = end;
    if (after < text.size() && text[after] == ' ') ++after;
    if (after < text.size() && text[after] == '%') m.key.append(" percent");
    size_t j = i + 1;
    while (j < tokens.size() && IsScaleWord(tokens[j].lower)) {
      m.key.append(" ").append(tokens[j].lower);
      end = tokens[j].span.end;
      ++j;
    }
    while (j < tokens.size() && tokens[j].is_stopword && j < i + 3) ++j;
    if (j >= tokens.size() || tokens[j].is_number || tokens[j].lower.size() < 3) {
      continue;
    }
    m.unit = std::string(tokens[j].stem);
    m.what = std::string(tokens[j].lower);
    const size_t start = tokens[i].span.start;
    if (end <= text.size() && start < end) m.value = std::string(text.substr(start, end - start));
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> DifferentNumbers(const std::vector<NumberMention>& first,
                                                        const std::vector<NumberMention>& second) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t x = 0; x < first.size(); ++x) {
    for (size_t y = 0; y < second.size(); ++y) {
      if (first[x].unit != second[y].unit || first[x].key == second[y].key) continue;
      bool value_shared = false;
      for (const NumberMention& z : second) value_shared |= z.key == first[x].key;
      for (const NumberMention& z : first) value_shared |= z.key == second[y].key;
      if (!value_shared) out.emplace_back(x, y);
    }
  }
  return out;
}

bool GiveDifferentFacts(std::string_view first_text, const std::vector<Token>& first_tokens,
                        std::string_view second_text, const std::vector<Token>& second_tokens,
                        bool near_copies) {
  const std::vector<NumberMention> first = NumberMentions(first_text, first_tokens);
  if (!first.empty() &&
      !DifferentNumbers(first, NumberMentions(second_text, second_tokens)).empty()) {
    return true;
  }
  if (NegateEachOther(first_tokens, second_tokens)) return true;
  return near_copies && DifferentPlaces(first_text, first_tokens, second_text, second_tokens);
}

}  // namespace concord::text
