// Which words of a clause are the cue of a quote (quote_speakers.h,
// FindAttribution): a cue verb from the lexicon, a two-word cue ("shot
// back"), "according to" or a participle ("..., saying"), and how far from
// the quote it may stand; quote_speakers.cc reads the cue's speaker.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "compare/name_variants.h"
#include "compare/quote_speakers.h"
#include "compare/quotes.h"

namespace concord::compare::internal {

namespace {

// True when words [from, end) of the clause open with a preposition and
// hold no clause of their own (no pronoun, "that", cue or clause word).
// So do a comma and a participle ("Beck joked, again using a Southern
// accent,"), an adverb allowed before it, and a time clause after the
// phrase.
bool PhraseAfterCue(const Clause& c, size_t from) {
  static const std::unordered_set<std::string_view> kPrepositions = {
      "in", "on", "at", "during", "before", "after", "from", "of", "about", "via", "with"};
  if (from >= c.words.size()) return false;
  const size_t verb = from + 1 < c.words.size() && IsSkippable(c.lower[from]) ? from + 1 : from;
  const bool participle =
      from > 0 && c.lower[verb].size() > 4 && c.lower[verb].ends_with("ing") &&
      c.text.substr(c.words[from - 1].end, c.words[from].start - c.words[from - 1].end).find(',') !=
          std::string_view::npos;
  if (kPrepositions.count(c.lower[from]) == 0 && !participle) return false;
  auto comma_before = [&](size_t k) {
    return c.text.substr(c.words[k - 1].end, c.words[k].start - c.words[k - 1].end).find(',') !=
           std::string_view::npos;
  };
  for (size_t k = from; k < c.words.size(); ++k) {
    const std::string& w = c.lower[k];
    // A time clause after the phrase ("said in the spring, when the story
    // broke,") tells when, not what: no cue may follow in it.
    if (w == "when" && k > from && comma_before(k)) {
      for (size_t j = k + 1; j < c.words.size(); ++j) {
        if (IsCueWord(c.lower[j])) return false;
      }
      return true;
    }
    // "her" and "him" after a preposition open no clause ("announced on
    // her Facebook page, in all capital letters,").
    const bool object = (w == "her" || w == "him") && k > from && IsPreposition(c.lower[k - 1]);
    if ((IsPronoun(w) && !object) || IsSubordinator(w) || IsCueWord(w) || IsClauseWord(w)) {
      return false;
    }
  }
  return true;
}

// True when words [0, k) of `c` are one name with its titles and no comma:
// capitalized words, title words, "and", "of", "the" ("Oversight and
// Government Reform Committee spokesman Ali Ahmad" said), and the
// lower-case words of a long title, none a function, clause, cue or time
// word ("former State policy planning director Ada Okafor", "the
// independent Vermont senator and Democratic presidential candidate"
// said). The run ends with a name or a title word.
bool NameRun(const Clause& c, size_t k) {
  for (size_t i = 0; i < k; ++i) {
    const std::string& w = c.lower[i];
    const bool joins = w == "and" || w == "of" || w == "the" || IsTitleWord(w);
    const bool describes = !IsFunctionWord(w) && !IsClauseWord(w) && !IsCueWord(w) &&
                           !IsPronoun(w) && !IsSubordinator(w) && !IsTimeWord(w) &&
                           !IsPreposition(w) && !c.words[i].is_number;
    if (!(Capitalized(c.words[i]) || joins || describes)) return false;
    if (i > 0 &&
        c.text.substr(c.words[i - 1].end, c.words[i].start - c.words[i - 1].end).find(',') !=
            std::string_view::npos) {
      return false;
    }
  }
  return k > 0 &&
         (Capitalized(c.words[k - 1]) || IsTitleWord(c.lower[k - 1]) || IsRoleWord(c.lower[k - 1]));
}

// The name right before word k, with no comma between, when "with" and at
// most three lower-case words (a title) come before it: "with party chairman
// Ada Okafor" saying.
std::optional<std::pair<size_t, size_t>> WithNameBefore(const Clause& c, size_t k) {
  if (k < 2) return std::nullopt;
  auto np = NpBackward(c, 0, k - 1);
  // ("an interview with Politico, saying": a comma ends the "with" phrase.)
  if (!np || np->second + 1 != k ||
      c.text.substr(c.words[np->second].end, c.words[k].start - c.words[np->second].end)
              .find(',') != std::string_view::npos) {
    return std::nullopt;
  }
  size_t j = np->first;
  while (j > 0 && np->first - j < 3 && !BlocksPhrase(c.lower[j - 1]) &&
         !IsPronoun(c.lower[j - 1]) && !Capitalized(c.words[j - 1])) {
    --j;
  }
  if (j == 0 || c.lower[j - 1] != "with") return std::nullopt;
  return np;
}

// The last word of the cue that word k opens, or nothing when it opens
// none: a cue word, "according to", or a two-word cue ("as Ridge put it:",
// "Hillary shot back,"). A capitalized cue word inside a clause is a name
// ("...," Read said), unless it opens the text before a quote (`from_end`).
std::optional<size_t> CueLastWord(const Clause& c, size_t k, bool from_end) {
  const size_t n = c.words.size();
  const bool pair =
      k + 1 < n &&
      (((c.lower[k] == "put" || c.lower[k] == "puts") && c.lower[k + 1] == "it") ||
       ((c.lower[k] == "shot" || c.lower[k] == "fired" || c.lower[k] == "fires" ||
         c.lower[k] == "hit" || c.lower[k] == "hits") &&
        c.lower[k + 1] == "back") ||
       ((c.lower[k] == "pointed" || c.lower[k] == "points") &&
        (c.lower[k + 1] == "out" || c.lower[k + 1] == "to")) ||
       ((c.lower[k] == "doubled" || c.lower[k] == "doubles") && c.lower[k + 1] == "down") ||
       ((c.lower[k] == "weighed" || c.lower[k] == "chimed") && c.lower[k + 1] == "in") ||
       (c.lower[k] == "lashed" && c.lower[k + 1] == "out"));
  if (!IsCueWord(c.lower[k]) && !pair) return std::nullopt;
  if (Capitalized(c.words[k]) && !(from_end && k == 0)) return std::nullopt;
  // "the self-proclaimed Islamic State", "his long-promised wall": a cue
  // word glued by a hyphen to the word before is part of an adjective.
  if (HyphenGlued(c, k)) return std::nullopt;
  const bool according = c.lower[k] == "according";
  if (according && (k + 1 >= n || c.lower[k + 1] != "to")) return std::nullopt;
  return according || pair ? k + 1 : k;
}

// True when a cue that is no participle comes before word k.
bool CueBefore(const Clause& c, size_t k) {
  bool earlier = false;
  for (size_t e = 0; e < k; ++e) {
    earlier |= IsCueWord(c.lower[e]) && !c.lower[e].ends_with("ing");
  }
  return earlier;
}

// A participle cue at word k with no cue before it ("..., saying that the
// U.S. ...") reports the noun phrase that opens the clause, or the name
// after "with" ("…, with Chairman Trey Gowdy saying", "with party chairman
// Ada Okafor saying").
Attribution ParticipleAttribution(std::string_view text, const Clause& c, size_t k,
                                  const std::unordered_set<std::string>& lowercase) {
  Attribution a;
  a.found = true;
  a.cue = {c.words[k].start, c.words[k].end};
  if (auto with = WithNameBefore(c, k)) {
    a.speaker = WordSpan(c, *with);
  } else if (auto np = SubjectNp(text, c, k, lowercase)) {
    const auto nearer = SubordinateSubject(c, np->second, k);
    a.speaker = WordSpan(c, nearer ? *nearer : *np);
  }
  return a;
}

// How many words may follow a cue ending at word cue_last in the text
// before a quote: "told Breitbart News Daily host Matt Boyle, ...": the
// one told can be long; "Johnson said in an op-ed piece before a 2014
// Senate hearing, "…"": a cue and then only the circumstances, no reported
// clause.
size_t ReachAfterCue(const Clause& c, size_t k, size_t cue_last, bool from_end,
                     size_t max_words_after_cue) {
  size_t reach = c.lower[k] == "told" || c.lower[k] == "tells"
                     ? std::max<size_t>(max_words_after_cue, 10)
                     : max_words_after_cue;
  if (from_end && max_words_after_cue > 0 && PhraseAfterCue(c, cue_last + 1)) {
    reach = std::max<size_t>(reach, 15);
  }
  return reach;
}

// False for a noun phrase after a cue that the quote does not follow: in
// `said the interactions described by the White House "represent …"` and
// `described the incident as "mischief"` it is the reported clause's
// subject or the cue's object, not who speaks. A speaker after the cue
// (`said Ada Okafor, "…"`, `told Ada Okafor, a professor, "…"`) ends the
// clause or is followed by a comma, colon or bracket.
bool ReportedSpeaker(std::string_view text, const Clause& c, size_t cue_last,
                     text::ByteSpan speaker) {
  if (speaker.end <= speaker.start || speaker.start < c.words[cue_last].end) return true;
  for (size_t k = cue_last + 1; k < c.words.size(); ++k) {
    if (c.words[k].start < speaker.end) continue;
    const std::string_view gap = text.substr(speaker.end, c.words[k].start - speaker.end);
    return gap.find_first_of(",:(") != std::string_view::npos ||
           gap.find("\xE2\x80\x94") != std::string_view::npos;
  }
  return true;
}

// True when "what" and a subject of their own name the quote after the cue
// ending at word cue_last: in "pointed to what aides called "…"" the words
// are the aides', not the cue's speaker's. Not when the one who calls is a
// pronoun ("said what he called "…"", the cue's own speaker).
bool WhatOthersCall(const Clause& c, size_t cue_last) {
  const size_t n = c.words.size();
  if (n < cue_last + 4 || c.lower[n - 1] != "called" || IsPronoun(c.lower[n - 2])) return false;
  for (size_t m = cue_last + 1; m + 2 < n; ++m) {
    if (c.lower[m] == "what") return true;
  }
  return false;
}

// The attribution of the cue words [k, cue_last]: the noun phrase after
// "according to", else the cue's speaker. `participle` is a participle
// deferred to this earlier cue: when the cue names no one, the participle
// speaks through the clause's subject ("LePage offered more racially
// charged comments …, saying").
Attribution CueAttribution(std::string_view text, const Clause& c, size_t k, size_t cue_last,
                           std::optional<size_t> participle,
                           const std::unordered_set<std::string>& lowercase) {
  Attribution a;
  a.found = true;
  a.cue = {c.words[k].start, c.words[cue_last].end};
  if (c.lower[k] == "according") {
    if (auto np = NpForward(c, k + 2, c.words.size())) a.speaker = WordSpan(c, *np);
    return a;
  }
  a.speaker = SpeakerOfCue(text, c, k, lowercase);
  // ("Trump, who said last week that …, issued a statement saying": the
  // relative clause's cue tells of other words than the participle's.)
  const bool relative = a.speaker.end > a.speaker.start && k > 0 && RelativeBeforeCue(c, k);
  if ((a.speaker.end <= a.speaker.start || relative) && participle) {
    if (auto np = SubjectNp(text, c, *participle, lowercase)) {
      a.speaker = WordSpan(c, *np);
      a.cue = {c.words[*participle].start, c.words[*participle].end};
    }
  }
  return a;
}

// True when `speaker` is the one pronoun right after the participle cue at
// word k: in `"subsidiarity," saying it means "…"` the pronoun is the
// subject of the clause the participle reports, not who speaks; the
// participle's own subject does, as for any participle cue.
// So is one right after another cue when a word follows it with only a
// space between (`"rapists," insists he will coerce …`; `said he.` and
// `said he, "…"` are the speaker inverted).
bool PronounAfterParticiple(const Clause& c, size_t k, text::ByteSpan speaker) {
  const size_t n = c.words.size();
  const bool opens_clause =
      c.lower[k].ends_with("ing") ||
      (k + 2 < n && OnlySpace(c.text, c.words[k + 1].end, c.words[k + 2].start));
  return opens_clause && k + 1 < n && IsPronoun(c.lower[k + 1]) &&
         speaker.start == c.words[k + 1].start && speaker.end == c.words[k + 1].end;
}

// `…, in Forbes' words, "…"`, `in the words of Ada Okafor, "…"`: a clause
// ending with "in NP's words" or "in the words of NP" attributes the quote
// after it (the cue "words", the speaker NP).
Attribution InWordsOf(const Clause& c) {
  Attribution a;
  const size_t n = c.words.size();
  if (n < 3) return a;
  if (c.lower[n - 1] != "words") {
    // "in the words of NP"
    for (size_t k = n - 1; k-- > 2;) {
      if (c.lower[k] != "words" || c.lower[k + 1] != "of" || c.lower[k - 1] != "the" ||
          c.lower[k - 2] != "in") {
        continue;
      }
      const auto np = NpForward(c, k + 2, n);
      if (!np || np->second + 1 != n) return a;
      a.found = true;
      a.cue = {c.words[k].start, c.words[k].end};
      a.speaker = WordSpan(c, *np);
      return a;
    }
    return a;
  }
  // "in NP's words", "in his own words": the possessive right before.
  size_t last = n - 2;
  if (c.lower[last] == "own" && last > 1) --last;
  const std::string_view after = c.text.substr(c.words[last].end, 3);
  const bool possessive =
      Possessive(c, last) || c.lower[last] == "his" || c.lower[last] == "her" ||
      c.lower[last] == "their" ||
      (c.lower[last].ends_with("s") && (after.starts_with("'") || after.starts_with("\u2019")));
  if (!possessive) return a;
  size_t first = last;
  while (first > 0 && c.lower[first - 1] != "in" && last - first < 5) --first;
  if (first == 0 || c.lower[first - 1] != "in") return a;
  a.found = true;
  a.cue = {c.words[n - 1].start, c.words[n - 1].end};
  // (The possessive alone would wait for its noun: "Forbes' words" speaks.)
  a.speaker = WordSpan(c, {first, n - 1});
  return a;
}

}  // namespace

// "according to NP" or "NP cue" / "cue NP" within the clause; `from_end`
// searches the last cue first (text before a quote), else the first.
Attribution FindAttribution(std::string_view text, const Clause& c, bool from_end,
                            size_t max_words_after_cue,
                            const std::unordered_set<std::string>& lowercase) {
  const size_t n = c.words.size();
  std::optional<size_t> participle;  // a participle deferred to an earlier cue
  for (size_t step = 0; step < n; ++step) {
    const size_t k = from_end ? n - 1 - step : step;
    const std::optional<size_t> cue_last = CueLastWord(c, k, from_end);
    if (!cue_last) continue;
    const bool according = c.lower[k] == "according";
    if (from_end && !according && c.lower[k].ends_with("ing")) {
      // A participle ("..., saying that the U.S. ...") reports the subject
      // of its sentence: an earlier cue if there is one ("Albright urged
      // women to vote ..., saying, ...": however far it is from the quote).
      if (!CueBefore(c, k)) return ParticipleAttribution(text, c, k, lowercase);
      if (!participle) participle = k;
      continue;
    }
    const size_t reach = ReachAfterCue(c, k, *cue_last, from_end, max_words_after_cue);
    if (from_end && n - 1 - *cue_last > reach && !according && !participle) continue;
    if (from_end && !according && WhatOthersCall(c, *cue_last)) return {};
    if (!from_end && k > 7 && (k > 14 || !NameRun(c, k))) break;
    Attribution a = CueAttribution(text, c, k, *cue_last, participle, lowercase);
    // "...," the independent Vermont senator and Democratic presidential
    // candidate told ABC: a title run before the cue speaks, not the one
    // told.
    if (!from_end && (a.speaker.end <= a.speaker.start || a.speaker.start >= a.cue.end) &&
        NameRun(c, k)) {
      a.speaker = WordSpan(c, {0, k - 1});
    }
    if (from_end && !ReportedSpeaker(text, c, *cue_last, a.speaker)) a.speaker = {};
    if (!from_end && PronounAfterParticiple(c, k, a.speaker)) a.speaker = {};
    // (A word of the cue is no speaker: `…, put it, "…"` gave `it`.)
    if (a.speaker.start < a.cue.end && a.cue.start < a.speaker.end) a.speaker = {};
    return a;
  }
  if (!from_end) return {};
  if (Attribution a = InWordsOf(c); a.found) return a;
  return CalledAttribution(text, c, lowercase);
}

// True when the cue before a quote ends right at its opening mark, with
// only a comma or a colon between (`he warned, "…"`, `…, saying, "…"`): that
// cue introduces the quote, and a cue after it (`"…," Reyes told a radio
// host`, `"…!" She replied`, `"…," but he denied`) tells of more.
bool CueOpensQuote(std::string_view text, const Attribution& prior, size_t open) {
  if (!prior.found || prior.speaker.end <= prior.speaker.start || prior.cue.end > open) {
    return false;
  }
  size_t end = open;
  while (end > prior.cue.start && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  if (end == prior.cue.start || (text[end - 1] != ',' && text[end - 1] != ':')) return false;
  size_t start = --end;
  // (Not "in her words,", no verb: a cue after the quote still speaks.)
  if (end == prior.cue.end) {
    return text::LowerWord(text.substr(prior.cue.start, end - prior.cue.start)) != "words";
  }
  // (A participle after the cue that names the speaker: "Lowe wrote to
  // the board, telling it, "…"".)
  while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
  return start < end && start >= prior.cue.start &&
         IsCueWord(text::LowerWord(text.substr(start, end - start)));
}

size_t LastBreak(std::string_view text, const Clause& clause, std::string_view mark) {
  for (size_t k = clause.words.size(); k-- > 1;) {
    const size_t gap = clause.words[k - 1].end;
    const std::string_view between = text.substr(gap, clause.words[k].start - gap);
    if (between.find(mark) != std::string_view::npos ||
        between.find("\xE2\x80\x94") != std::string_view::npos) {
      return k;
    }
  }
  return 0;
}

}  // namespace concord::compare::internal
