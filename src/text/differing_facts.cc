// Different facts in two sentences: differing_facts.h. Numbers are read as
// compare has read them since its first version (the number, its scale
// words, then the counted word); places are the capitalised run after a
// place preposition, a rule kept narrow on purpose and read only in
// sentences that are near-copies: on BASIL a wider one (any two sentences,
// names compared whole) took an outlet from 7 summary sentences and was
// wrong 6 times ("of Aventura" / "of South Florida", "in New York" / "in
// Manhattan", "of President Trump" / "of President Donald Trump").
#include "text/differing_facts.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "util/calendar.h"

namespace concord::text {

namespace {

bool IsScaleWord(std::string_view lower) {
  return lower == "million" || lower == "billion" || lower == "trillion" || lower == "thousand" ||
         lower == "hundred" || lower == "percent" || lower == "per";
}

// A month's full name (the tokenizer keeps no period after "Jan.").
bool IsMonth(std::string_view lower) {
  return std::find(util::kMonthNames.begin(), util::kMonthNames.end(), lower) !=
         util::kMonthNames.end();
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

}  // namespace

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

namespace {

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

// A name's letters without its periods ("u.s." -> "us").
std::string Letters(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view w : words) {
    for (char c : w) {
      if (c != '.') out.push_back(c);
    }
  }
  return out;
}

// True when `short_name`, one word, is the initials of `long_name`'s words
// ("U.S." / "United States", "UK" / "United Kingdom", "NYC" / "New York
// City").
bool InitialsOf(const std::vector<std::string_view>& short_name,
                const std::vector<std::string_view>& long_name) {
  if (short_name.size() != 1 || long_name.size() < 2) return false;
  std::string initials;
  for (std::string_view w : long_name) initials.push_back(w.front());
  return Letters(short_name) == initials;
}

// A place name's initials: its letters when it is one word ("U.S." ->
// "us"), else its words' first letters ("United States" -> "us").
std::string Initials(const std::vector<std::string_view>& name) {
  if (name.size() == 1) return Letters(name);
  std::string out;
  for (std::string_view w : name) out.push_back(w.front());
  return out;
}

}  // namespace

bool SamePlace(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
  if (InitialsOf(x, y) || InitialsOf(y, x)) return true;
  const auto key = [](const std::vector<std::string_view>& name) {
    const std::string_view country = CountryOf(Letters(name));
    return country.empty() ? Initials(name) : std::string(country);
  };
  const bool renamed = key(x) != Initials(x) || key(y) != Initials(y);
  return renamed && key(x) == key(y);
}

std::string_view CountryOf(std::string_view letters) {
  for (std::string_view us : {"us", "usa", "america", "unitedstates"}) {
    if (letters == us) return "us";
  }
  for (std::string_view uk : {"uk", "britain", "greatbritain", "unitedkingdom"}) {
    if (letters == uk) return "uk";
  }
  return "";
}

namespace {

bool DifferentPlaces(std::string_view first_text, const std::vector<Token>& first_tokens,
                     std::string_view second_text, const std::vector<Token>& second_tokens) {
  const std::vector<PlaceMention> first = PlaceMentions(first_text, first_tokens);
  if (first.empty()) return false;
  const std::vector<PlaceMention> second = PlaceMentions(second_text, second_tokens);
  for (const PlaceMention& x : first) {
    for (const PlaceMention& y : second) {
      if (x.preposition != y.preposition || x.words == y.words || SamePlace(x.words, y.words)) {
        continue;
      }
      if (!Holds(second_tokens, x.words) && !Holds(first_tokens, y.words)) return true;
    }
  }
  return false;
}

// A negation cue at token i: not, never, cannot, no, none, nothing,
// nobody, neither, nor, a contraction in n't (or written without its
// apostrophe: "couldnt", "couldn t"), a form of deny before "that", a
// word in -ing or "reports that" ("claims", "allegations" ...), a form of refuse or decline before
// "to". Returns the index of the cue's last token, or SIZE_MAX when there is none; "not just", "not
// only", "not merely", "not simply" say more, not less, and are no cue.
size_t CueEnd(const std::vector<Token>& tokens, size_t i) {
  static constexpr std::string_view kPlain[] = {
      "not",  "never", "cannot", "no",     "none", "nothing", "nobody",  "neither",
      "nor",  "dont",  "doesnt", "didnt",  "cant", "couldnt", "wouldnt", "shouldnt",
      "isnt", "wasnt", "arent",  "werent", "wont", "hasnt",   "havent",  "hadnt"};
  static constexpr std::string_view kDeny[] = {"deny", "denies", "denied", "denying"};
  static constexpr std::string_view kBeforeTo[] = {"refuse",  "refuses",  "refused",  "refusing",
                                                   "decline", "declines", "declined", "declining"};
  const std::string_view w = tokens[i].lower;
  // Every cue opens with one of these letters, or ends in "n't" or "n"
  // ("couldn t"): most words are read no further.
  if (w.size() < 2) return SIZE_MAX;
  switch (w.front()) {
    case 'n':
    case 'c':
    case 'd':
    case 'i':
    case 'w':
    case 'a':
    case 'h':
    case 's':
    case 'r':
      break;
    default:
      if (w.back() != 'n' && !w.ends_with("n't")) return SIZE_MAX;
  }
  const auto next = [&](size_t k) {
    return i + k < tokens.size() ? tokens[i + k].lower : std::string_view();
  };
  const std::string_view after = next(1);
  if (after == "just" || after == "only" || after == "merely" || after == "simply") {
    return SIZE_MAX;
  }
  if (w == "no" && after == "longer") return i + 1;
  // "If not for his guards" says "without them", not that something is
  // untrue.
  if (w == "not" && after == "for" && i > 0 && tokens[i - 1].lower == "if") return SIZE_MAX;
  if (w.size() > 3 && w.ends_with("n't")) return i;
  if (w.size() > 1 && w.ends_with('n') && after == "t") return i + 1;  // "couldn t"
  for (std::string_view cue : kPlain) {
    if (w == cue) return i;
  }
  // Deny as a cue: "denied that ...", "denied having ...", "denied
  // reports that ..." ("deny service" says nothing is untrue).
  static constexpr std::string_view kClaims[] = {"report",     "reports",     "claim",
                                                 "claims",     "allegation",  "allegations",
                                                 "suggestion", "suggestions", "accusations"};
  for (std::string_view cue : kDeny) {
    if (w != cue) continue;
    if (after == "that" || (after.size() > 4 && after.ends_with("ing"))) return i;
    const bool claims =
        std::find(std::begin(kClaims), std::end(kClaims), after) != std::end(kClaims);
    if (claims && next(2) == "that") return i + 1;
  }
  for (std::string_view cue : kBeforeTo) {
    if (w == cue && after == "to") return i + 1;
  }
  return SIZE_MAX;
}

// Days, months and the words that measure time ("week", "ago").
bool IsTimeWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "ago",       "day",      "days",    "week",      "weeks",   "weekend", "month",
      "months",    "year",     "years",   "hour",      "hours",   "today",   "tonight",
      "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"};
  if (IsDay(lower) || IsMonth(lower)) return true;
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// An article or a possessive: what opens a noun phrase.
bool IsDeterminer(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"a",    "an",  "the",  "this",  "these", "those",
                                                "his",  "her", "its",  "their", "our",   "my",
                                                "your", "any", "each", "every"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool IsBe(std::string_view lower) {
  for (std::string_view be : {"is", "was", "are", "were", "be", "been", "being", "isn't", "wasn't",
                              "aren't", "weren't", "isnt", "wasnt", "arent", "werent"}) {
    if (lower == be) return true;
  }
  return false;
}

bool IsSay(std::string_view lower) {
  return lower == "say" || lower == "says" || lower == "said" || lower == "saying";
}

bool SameWord(const Token& a, const Token& b) {
  return a.stem == b.stem || (IsSay(a.lower) && IsSay(b.lower));
}

// A sentence's words with its text, to see where a clause ends.
struct Words {
  std::string_view text;
  const std::vector<Token>& tokens;
  // True when only spaces (and hyphens) separate tokens k and k + 1: no
  // comma, quotation mark, bracket or stop ends the clause between them.
  bool Joined(size_t k) const {
    for (size_t b = tokens[k].span.end; b < tokens[k + 1].span.start && b < text.size(); ++b) {
      if (text[b] != ' ' && text[b] != '-') return false;
    }
    return true;
  }
  // True when a cue other than "nor" starts at a token of [from, to].
  bool CueBetween(size_t from, size_t to) const {
    for (size_t k = from; k <= to && k < tokens.size(); ++k) {
      if (tokens[k].lower != "nor" && CueEnd(tokens, k) != SIZE_MAX) return true;
    }
    return false;
  }
  // True when "until" is one of the two tokens after token j.
  bool Until(size_t j) const {
    for (size_t k = j + 1; k <= j + 2 && k < tokens.size(); ++k) {
      if (tokens[k].lower == "until") return true;
    }
    return false;
  }
  // True when another token is the same word as token j.
  bool WritesAgain(size_t j) const {
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (k != j && SameWord(tokens[k], tokens[j])) return true;
    }
    return false;
  }
  // True when a comma stands between token k - 1 and token k.
  bool CommaBefore(size_t k) const {
    for (size_t b = tokens[k - 1].span.end; b < tokens[k].span.start && b < text.size(); ++b) {
      if (text[b] == ',') return true;
    }
    return false;
  }
  // A time word ("a week ago", "on Monday") is no content either: "did
  // not a week ago" negates a verb left out, not the week.
  bool Content(size_t j) const {
    return !tokens[j].is_stopword && !tokens[j].is_number && !IsSay(tokens[j].lower) &&
           !IsTimeWord(tokens[j].lower);
  }
  // True when token j stands in a noun phrase: an article or possessive
  // right before it ("a meeting", "the right candidate"), or before the
  // one word before it when it has a noun's ending ("a private meeting",
  // "his sudden resignation"; "the mayor resigned" is a verb).
  bool AfterDeterminer(size_t j) const {
    if (j >= 1 && Joined(j - 1) && IsDeterminer(tokens[j - 1].lower)) return true;
    const std::string_view w = tokens[j].lower;
    const bool noun_ending = w.ends_with("ing") || w.ends_with("ion") || w.ends_with("ment");
    return noun_ending && j >= 2 && Joined(j - 2) && Joined(j - 1) &&
           IsDeterminer(tokens[j - 2].lower);
  }
  // True when the determiner before token j follows a form of be, past a
  // cue ("is not the right candidate", "is the right candidate"): the
  // phrase is what the sentence says its subject is.
  bool Predicate(size_t j) const {
    for (size_t back = 1; back <= 2 && back <= j && Joined(j - back); ++back) {
      if (!IsDeterminer(tokens[j - back].lower)) continue;
      size_t k = j - back;  // the determiner
      while (k > 0 && Joined(k - 1) && CueEnd(tokens, k - 1) != SIZE_MAX) --k;
      return k > 0 && Joined(k - 1) && IsBe(tokens[k - 1].lower);
    }
    return false;
  }
  // The index of "whether" or "if" before token j in its sentence, or
  // SIZE_MAX: what follows it is asked or supposed, not stated.
  size_t OpenQuestion(size_t j) const {
    for (size_t k = j; k-- > 0;) {
      if (tokens[k].lower == "whether" || tokens[k].lower == "if") return k;
    }
    return SIZE_MAX;
  }
  // True when token p of this sentence may be the word that `negated`
  // negates in sentence `w`: both verbs, or both nouns, and a negated
  // predicate ("is not the right candidate") against a predicate.
  bool SameRole(size_t p, const Words& w, size_t negated) const {
    if (!w.AfterDeterminer(negated)) return !AfterDeterminer(p);
    return !w.Predicate(negated) || Predicate(p);
  }
};

// The first token past `from` in its clause (within `reach` tokens) that is
// no stopword, no number and no form of say, or SIZE_MAX.
constexpr size_t kReach = 4;
size_t NextContent(const Words& w, size_t from, size_t reach = kReach) {
  for (size_t j = from + 1; j < w.tokens.size() && j <= from + reach && w.Joined(j - 1); ++j) {
    if (w.Content(j)) return j;
  }
  return SIZE_MAX;
}

// The last such token before `before` in its clause, or SIZE_MAX.
size_t PreviousContent(const Words& w, size_t before) {
  for (size_t back = 1; back <= kReach && back <= before && w.Joined(before - back); ++back) {
    if (w.Content(before - back)) return before - back;
  }
  return SIZE_MAX;
}

// Where the negated statement starts after the cue ending at `cue_end`:
// past "say ... that" when a form of say follows the cue ("did not say on
// Monday that it will cut": the cut is what is negated), else the cue.
size_t SaidThat(const std::vector<Token>& tokens, size_t cue_end) {
  for (size_t s = cue_end + 1; s < tokens.size() && s <= cue_end + 2; ++s) {
    if (!IsSay(tokens[s].lower)) continue;
    for (size_t t = s + 1; t < tokens.size() && t <= s + 5; ++t) {
      if (tokens[t].lower == "that") return t;
    }
    return s;
  }
  return cue_end;
}

// True when `other` writes token `word` of `w`, in the same role
// (SameRole), with token `context` of `w` in the same clause within
// kReach tokens after it (or before it, `context_before`).
bool WritesWithContext(const Words& other, const Words& w, size_t word, size_t context,
                       bool context_before) {
  const std::vector<Token>& t = other.tokens;
  const size_t w_open = w.OpenQuestion(word);
  for (size_t p = 0; p < t.size(); ++p) {
    if (!SameWord(t[p], w.tokens[word]) || !other.SameRole(p, w, word)) continue;
    // Asked or supposed, not stated ("announces whether he will seek a
    // second term", "if they pass the bill"), unless the negating sentence
    // asks or supposes it too.
    const size_t open = other.OpenQuestion(p);
    if (open != SIZE_MAX && (w_open == SIZE_MAX || w.tokens[w_open].lower != t[open].lower)) {
      continue;
    }
    for (size_t k = 1; k <= kReach; ++k) {
      const bool outside = context_before ? (k > p || !other.Joined(p - k))
                                          : (p + k >= t.size() || !other.Joined(p + k - 1));
      if (outside) break;
      if (SameWord(t[context_before ? p - k : p + k], w.tokens[context])) return true;
    }
  }
  return false;
}

// True when `w` negates a statement that `other` makes: a cue, then (past
// stopwords and a form of say, within six tokens of its clause) a word
// that `other` writes with the same word next to it in a clause: the
// content word after the negated one, or, when there is none, the one
// before the cue ("The mayor did not resign on Monday" / "The mayor
// resigned on Monday"; "did not say that it will cut jobs" / "will cut
// 2,000 jobs"). The neighbour keeps a word negated in one clause from
// contradicting the same word in another ("not to limit what they eat" /
// "limiting food intake").
bool NegatesStatementOf(const Words& w, const Words& other) {
  size_t clause_cue = SIZE_MAX;  // a cue earlier in the clause of token i
  for (size_t i = 0; i < w.tokens.size(); ++i) {
    // "And", "but" and "or" open another statement ("No one was hurt and
    // the mayor did not resign").
    const std::string_view lower = w.tokens[i].lower;
    if ((i > 0 && !w.Joined(i - 1)) || lower == "and" || lower == "but" || lower == "or") {
      clause_cue = SIZE_MAX;
    }
    const size_t cue_end = CueEnd(w.tokens, i);
    if (cue_end == SIZE_MAX) continue;
    // A cue under another ("I wasn't suggesting he's not a Christian"),
    // or over another, negates a negation: the clause states what the
    // other sentence does.
    // ("Nor" goes on with a negation: "neither ... nor" is one.)
    if (lower == "nor") continue;
    const bool under_another = clause_cue != SIZE_MAX;
    // "No" before a noun negates the noun, no clause after it ("Despite
    // no pressure the mayor did not resign"); "no one" is a subject.
    const bool determiner = lower == "no" && cue_end == i &&
                            (i + 1 == w.tokens.size() || w.tokens[i + 1].lower != "one");
    if (!determiner) clause_cue = i;
    if (under_another) continue;
    // "X, not Y" sets one thing against another ("for the public interest,
    // not the special interests"): nothing the other sentence states is
    // denied.
    if (lower == "not" && i > 0 && w.CommaBefore(i)) continue;
    // (Six: "did not say that it will cut".)
    const size_t word = NextContent(w, SaidThat(w.tokens, cue_end), 6);
    if (word == SIZE_MAX) continue;
    const size_t after = NextContent(w, word);
    // And one over another ("wasn't saying he's not a good manager").
    if (w.CueBetween(cue_end + 1, after == SIZE_MAX ? word : after)) continue;
    // "Did not resign until Monday" says when; "did not resign on Monday,
    // he resigned on Tuesday" states the word itself: neither denies it.
    if (w.Until(word) || w.WritesAgain(word)) continue;
    if (after != SIZE_MAX && WritesWithContext(other, w, word, after, false)) {
      return true;
    }
    const size_t before = after == SIZE_MAX ? PreviousContent(w, i) : SIZE_MAX;
    if (before != SIZE_MAX && WritesWithContext(other, w, word, before, true)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool NameDifferentPlaces(std::string_view first_text, const std::vector<Token>& first_tokens,
                         std::string_view second_text, const std::vector<Token>& second_tokens) {
  return DifferentPlaces(first_text, first_tokens, second_text, second_tokens);
}

bool HasNegationCue(const std::vector<Token>& tokens) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (CueEnd(tokens, i) != SIZE_MAX) return true;
  }
  return false;
}

bool NegateEachOther(std::string_view first_text, const std::vector<Token>& first, bool first_cue,
                     std::string_view second_text, const std::vector<Token>& second,
                     bool second_cue) {
  if (first_cue == second_cue) return false;
  const Words a{first_text, first};
  const Words b{second_text, second};
  return first_cue ? NegatesStatementOf(a, b) : NegatesStatementOf(b, a);
}

bool NegateEachOther(std::string_view first_text, const std::vector<Token>& first,
                     std::string_view second_text, const std::vector<Token>& second) {
  return NegateEachOther(first_text, first, HasNegationCue(first), second_text, second,
                         HasNegationCue(second));
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
  if (NegateEachOther(first_text, first_tokens, second_text, second_tokens)) return true;
  return near_copies && DifferentPlaces(first_text, first_tokens, second_text, second_tokens);
}

}  // namespace concord::text
