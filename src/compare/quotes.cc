// Direct quotes, their speakers and cue verbs.
//
// What it finds. A direct quote is text between quotation marks that a
// speaker is reported to have said. News prose writes them in a handful of
// shapes, all handled here:
//   "...," he said.                  attribution after the quote
//   Kerry said: "..."                attribution before it
//   "...," Kerry said, "..."         one quote split by its attribution
//   "... ," said Caddell. "..."      continued, unattributed, next sentence
//   the U.S. is "deeply engaged"     embedded in the reporter's clause
// with straight, curly and NYT-style doubled single marks, single quotes
// nested inside double ones, multi-sentence quotes, and quotes left open at
// the end of a paragraph (the convention for quotes that run on).
//
// How. (1) Marks are paired into quoted spans by quote_marks.cc. (2) For each quote, the clause
// right after it (up to a comma or the sentence end) and the text before it back to the sentence
// start are searched for a cue verb from a fixed lexicon of ~120 speech
// verbs (or, right after a quote ending in , ! ?, any past-tense verb next
// to a name: "Trump barked"); the speaker is the noun phrase next to the
// cue: a pronoun, a capitalized name (with its title), or a determiner
// phrase ("the secretary", "a spokesman"), and never a date, a time or a
// clause (CheckSpeaker). A passive ("Kerry was asked:") gives a cue but
// no speaker. (3) A quote without its own attribution that follows an
// attributed one with only whitespace between (after its attribution
// sentence) is a continuation: joined as a second part (to an embedded
// head only after its cue), else given the same speaker. A kept quote still
// without a speaker gets the candidate the learned model picks, if likely
// enough (speaker_model.cc). (4) A pronoun speaker (he, she, I) resolves to
// the nearest earlier named person: a name next to a cue verb anywhere
// earlier in the article, or a quote's named speaker; never an organisation
// or place ("Fox News"); other pronouns stay unnamed. A definite title
// speaker ("the secretary") resolves to the nearest earlier name written
// with that title ("Secretary of State John Kerry"), else to nobody ("a
// spokesman" is a new person, not the last one quoted). Names resolve to
// the longest spelling of their group in the article (name_variants.cc).
//
// What it does not do: no parser, so a speaker far from its cue, reported
// speech without quotation marks, and pronouns whose antecedent is not the
// nearest named speaker are missed or wrong. A quote whose cue is negated
// ("did not say") keeps its speaker, marked negated (quote_negation.cc).
// Cost: linear in the text plus the names' grouping.
#include "compare/quotes.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_set>

#include "compare/name_variants.h"
#include "compare/quote_nearest.h"
#include "compare/quote_resolve.h"
#include "compare/quote_speakers.h"
#include "compare/quote_windows.h"
#include "compare/speaker_model.h"
#include "compare/words.h"
#include "concord/compare.h"

namespace concord::compare {
namespace {

using internal::ArticleNames;
using internal::ArticleView;
using internal::Attribution;
using internal::Capitalized;
using internal::Clause;
using internal::CueOpensQuote;
using internal::FindAttribution;
using internal::FindWindows;
using internal::FoundName;
using internal::IsSentenceEndAt;
using internal::IsSkippable;
using internal::MakeClause;
using internal::NpForward;
using internal::OnlySpace;
using internal::Speaker;
using internal::SubjectNp;
using internal::TextWords;
using internal::TrimContent;
using internal::ViewArticle;
using internal::Windows;
using internal::Word;

// One extracted quote before speaker resolution.
struct Draft {
  Quote quote;
  internal::QuotedSpan span;
  size_t window_end = 0;  // end of the right window
  bool window_ends_sentence = false;
  // Where the clause after the quote ended, and whether a comma ended it
  // ("...," Roe said, "...": the quote goes on after the comma).
  size_t clause_end = 0;
  bool clause_comma = false;
  bool attributed = false;
  bool joined = false;  // merged into an earlier draft
  size_t left = 0;      // start of the left window
};

// The attribution after the quote: a cue in the clause, or "...," Rosette
// Pambakian, a Tinder spokeswoman, said / "...," Sen. Marco Rubio (R-Fla.)
// said: a name, an aside, then the cue.
Attribution AttributionAfter(const TextWords& tw, const Windows& w,
                             const internal::QuotedSpan& span,
                             const std::unordered_set<std::string>& lowercase) {
  const std::string_view text = tw.text();
  const Clause right = MakeClause(tw, w.clause_start, w.clause_end);
  const char last = internal::LastContentChar(text, span);
  Attribution after = FindAttribution(text, right, false, 0, lowercase);
  // A reply in the sentence after a quote that ended its own ("… a failed
  // candidate." Romney fired back) answers the quote: it is someone else's.
  // (A plain cue there still speaks: "… foreign courts." Obama wrote.)
  // So does a cue going on with a reported clause of its own ("… the
  // culture." Kasich said he would …).
  if (after.found && span.closed && last == '.' &&
      (internal::IsReplyCue(
           text::LowerWord(text.substr(after.cue.start, after.cue.end - after.cue.start))) ||
       internal::CueReportsOwnClause(right, after.cue))) {
    return {};
  }
  if (after.found || right.words.empty()) return after;
  if (span.closed && span.content_end > span.content_start) {
    const char mark = text[span.content_end - 1];
    if (mark == ',' || mark == '!' || mark == '?') {
      after = internal::VerbAfterQuote(right);
      if (after.found) return after;
    }
  }
  const Clause wide = MakeClause(tw, w.clause_start, w.window_end);
  if (const size_t k = last == ',' ? internal::CoordinateAdjectives(right, wide) : 0; k > 0) {
    after.found = true;
    after.cue = {wide.words[k].start, wide.words[k].end};
    after.speaker = {wide.words[0].start, wide.words[k - 1].end};
    return after;
  }
  auto np = NpForward(right, 0, right.words.size());
  const size_t relative = last == ',' ? internal::AfterRelativeClause(right, wide) : 0;
  if (!np || np->second + 1 != right.words.size() || !Capitalized(right.words[0])) {
    // "...," the White House press secretary, Josh Earnest, said, or "...,"
    // an aide, who ..., said. (Not after a quote that ends its sentence, nor
    // one running into the reporter's: "to challenge" Mr. Putin, adding ...)
    if ((last != ',' && last != '!' && last != '?') ||
        (!internal::TitlePhrase(right) && relative == 0)) {
      return after;
    }
    np = std::make_pair(size_t{0}, right.words.size() - 1);
  }
  for (size_t k = std::max(relative, right.words.size()); k < wide.words.size() && k < 24; ++k) {
    if (!internal::IsCueWord(wide.lower[k]) || wide.lower[k] == "according") continue;
    after.found = true;
    after.cue = {wide.words[k].start, wide.words[k].end};
    after.speaker = {right.words[np->first].start, right.words[np->second].end};
    // A title with no name ("Google's chief executive, Laszlo Bock,"):
    // the name in apposition speaks.
    const size_t m = right.words.size();
    if (!Capitalized(right.words[np->second]) && m < k && Capitalized(wide.words[m])) {
      const auto name = NpForward(wide, m, k);
      const size_t gap = name ? wide.words[name->second].end : 0;
      if (name && (name->second + 1 == k ||
                   text.substr(gap, wide.words[name->second + 1].start - gap).find(',') !=
                       std::string_view::npos)) {
        after.speaker = {wide.words[name->first].start, wide.words[name->second].end};
      }
    }
    break;
  }
  return after;
}

// The attribution before the quote: a cue in the left window, or a clause
// that introduces the quote with a colon and speaks through its subject
// ("Williamson concludes: ..." / "Pew Research: ...").
Attribution AttributionBefore(const TextWords& tw, const Windows& w, size_t open,
                              const std::unordered_set<std::string>& lowercase) {
  const std::string_view text = tw.text();
  const Clause left = MakeClause(tw, w.left, open);
  Attribution prior = FindAttribution(text, left, true, w.embedded ? 40 : 5, lowercase);
  if (prior.found || w.embedded || w.before <= w.left || text[w.before - 1] != ':' ||
      left.words.empty()) {
    return prior;
  }
  // The colon is the cue; the speaker is words first..last of `clause`.
  auto spoken_by = [&](const Clause& clause, size_t first, size_t last) {
    prior.found = true;
    prior.cue = {w.before - 1, w.before};
    prior.speaker = {clause.words[first].start, clause.words[last].end};
    return prior;
  };
  // "Pollsters agree - Carl Bialik: ...": a headline, a dash, the name.
  if (const size_t k = internal::LastBreak(text, left, " - "); k > 0) {
    const auto np = NpForward(left, k, left.words.size());
    if (np && Capitalized(left.words[k]) && np->second + 1 == left.words.size()) {
      return spoken_by(left, np->first, np->second);
    }
  }
  if (auto np = SubjectNp(text, left, left.words.size(), lowercase);
      np && left.lower[np->first] != "it") {  // ("Wait, it gets better:")
    return spoken_by(left, np->first, np->second);
  }
  // "… can be!— Cruz called them on it:": the subject of the last clause,
  // after a comma or a dash, when the sentence's own opening is no subject.
  if (const size_t k = internal::LastBreak(text, left, ","); k > 0) {
    const Clause last = MakeClause(tw, left.words[k].start, w.before - 1);
    const auto np = NpForward(last, 0, last.words.size());
    if (np && Capitalized(last.words[0]) && np->second + 1 < last.words.size() &&
        !internal::IsFunctionWord(last.lower[0]) && lowercase.count(last.lower[0]) == 0 &&
        !Capitalized(last.words[np->second + 1])) {
      return spoken_by(last, np->first, np->second);
    }
  }
  return prior;
}

// True when the clause after quote q ends with a comma and the next quote
// opens right after it: `"…," he wrote, "…"` splits one quote by its own cue.
bool SplitByCue(std::string_view text, const ArticleView& v, size_t q, const Windows& w) {
  return q + 1 < v.spans.size() && w.clause_end < w.window_end && text[w.clause_end] == ',' &&
         OnlySpace(text, w.clause_end + 1, v.spans[q + 1].open);
}

// The draft of quoted span q with its own attribution (after the quote
// first, unless it is embedded in the reporter's clause).
Draft MakeDraft(const ArticleView& v, size_t q, const Windows& w, text::ByteSpan content,
                const std::unordered_set<std::string>& lowercase) {
  const TextWords tw = v.Words();
  const std::string_view text = tw.text();
  Attribution after = AttributionAfter(tw, w, v.spans[q], lowercase);
  // "… found." He added, "In this case …": a quote that ends its sentence
  // is not spoken by a clause that introduces the next quote.
  const char last = content.end > content.start ? text[content.end - 1] : ' ';
  if (after.found && (last == '.' || last == '!' || last == '?') && q + 1 < v.spans.size() &&
      w.window_end == v.spans[q + 1].open && w.clause_end < w.window_end &&
      (text[w.clause_end] == ',' || text[w.clause_end] == ':') &&
      OnlySpace(text, w.clause_end + 1, w.window_end)) {
    after = Attribution{};
  }
  const Attribution prior = AttributionBefore(tw, w, v.spans[q].open, lowercase);
  // "She stated, "…" adding, "…"": a cue after the quote with no speaker
  // of its own gives way to a speaker before it.
  // So does a new sentence after a quote that ends its own, when a clause
  // before introduces it (O'Malley interjected: "…." He said Clinton …).
  const bool prior_speaks = prior.speaker.end > prior.speaker.start;
  const bool cue_opens = CueOpensQuote(text, prior, v.spans[q].open);
  const bool after_first =
      after.found && (!prior_speaks || (after.speaker.end > after.speaker.start && last != '.')) &&
      !(cue_opens && !SplitByCue(text, v, q, w));
  const Attribution& chosen =
      !w.embedded ? (after_first ? after : prior) : (prior.found ? prior : after);
  Draft draft;
  draft.span = v.spans[q];
  draft.window_end = w.window_end;
  draft.left = w.left;
  draft.window_ends_sentence = w.window_ends_sentence;
  draft.clause_end = w.clause_end;
  draft.clause_comma = w.clause_end < w.window_end && text[w.clause_end] == ',';
  draft.attributed = chosen.found;
  Quote& quote = draft.quote;
  quote.parts.push_back(content);
  // A quote opening in lower case and not followed by its attribution
  // (an email called it "just to pick up two delegates") is a fragment of
  // someone's words inside the reporter's sentence, unless the clause that
  // opens its sentence introduces it (He added, "actually, …"; told his
  // supporters, "our …"; Stop 25): after words set off by a comma before
  // the speaker (That, the panel said, "would help") the quote finishes the
  // reporter's sentence, unless they are an opening time phrase or
  // connective and the quote is a whole sentence (At one point, a woman
  // asked … and Clinton said, "as long as …."; But, he noted, "while ….");
  // so is a whole sentence after a clause of "as" and its speaker (As they
  // say about the doctor, "gifted hands …."; Stop 30).
  const unsigned char first = static_cast<unsigned char>(text[content.start]);
  const bool introduced =
      !w.embedded && prior_speaks &&
      (((cue_opens || internal::TellsAddressee(tw, prior.cue, w.before)) &&
        (text.substr(w.left, prior.speaker.start - w.left).find(',') == std::string_view::npos ||
         ((last == '.' || last == '!' || last == '?') &&
          internal::OpeningPhraseOnly(tw, w.left, prior.speaker.start)))) ||
       ((last == '.' || last == '!' || last == '?') &&
        internal::AsClauseBefore(tw, prior.speaker.start, w.before)));
  quote.embedded = w.embedded ? !internal::Utterance(tw, v.spans[q].open, first, last)
                              : first >= 'a' && first <= 'z' && !after.found && !introduced;
  // A scare quote (the so-called "reform") is the reporter's: no speaker.
  if (chosen.found && !(quote.embedded && internal::NamedTerm(tw, content, v.spans[q].open))) {
    quote.cue_span = chosen.cue;
    quote.cue = std::string(text.substr(chosen.cue.start, chosen.cue.end - chosen.cue.start));
    if (chosen.speaker.end > chosen.speaker.start) {
      quote.speaker_span = internal::CheckSpeaker(tw, chosen.speaker, lowercase);
    }
    quote.speaker = std::string(
        text.substr(quote.speaker_span.start, quote.speaker_span.end - quote.speaker_span.start));
  }
  return draft;
}

// "…" / - Sanders. : a quote that ends its paragraph, signed on the next
// line by a dash and a name (fact-check lists, letters), is that name's.
void SignedBelow(const ArticleView& v, const Windows& w,
                 const std::unordered_set<std::string>& lowercase, Draft& draft) {
  const std::string_view text = v.masked;
  const size_t next = w.paragraph + 1;
  if (draft.attributed || !draft.span.closed || next >= v.paragraphs.size() ||
      !OnlySpace(text, draft.span.close, v.paragraphs[next])) {
    return;
  }
  size_t p = v.paragraphs[next];
  const size_t end = internal::ParagraphEnd(text, v.paragraphs, next);
  size_t dash = p;
  for (std::string_view mark : {"-", "\xE2\x80\x94", "\xE2\x80\x93"}) {
    if (text.substr(p, mark.size()) == mark) dash = p + mark.size();
  }
  if (dash == p) return;
  const TextWords tw = v.Words();
  const Clause sign = MakeClause(tw, dash, end);
  const auto np = NpForward(sign, 0, sign.words.size());
  if (!np || !Capitalized(sign.words[0]) || !OnlySpace(text, dash, sign.words[0].start)) return;
  const size_t after = sign.words[np->second].end;
  if (after < end && text[after] != '.' && text[after] != ',') return;
  draft.attributed = true;
  Quote& quote = draft.quote;
  quote.cue_span = {p, dash};
  quote.cue = std::string(text.substr(p, dash - p));
  quote.speaker_span = internal::CheckSpeaker(tw, {sign.words[np->first].start, after}, lowercase);
  quote.speaker = std::string(
      text.substr(quote.speaker_span.start, quote.speaker_span.end - quote.speaker_span.start));
}

// Sam Lau said in a statement. "…": an unattributed quote that opens a
// sentence right after one ending with its cue (at most five words after
// it, and no quote in that sentence but a fragment embedded in the
// reporter's words: `… "felt bound to act" on it, Lowe said. "…"`) is that
// speaker's. `drafts` are the quotes before it.
void SpokenBefore(const ArticleView& v, size_t q, const Windows& w,
                  const std::unordered_set<std::string>& lowercase, std::vector<Draft>& drafts,
                  Draft& draft) {
  const std::string_view text = v.masked;
  if (draft.attributed) return;
  const size_t floor = std::max(v.paragraphs[w.paragraph], q > 0 ? v.spans[q - 1].close : 0);
  size_t end = draft.span.open;
  while (end > floor && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  if (end <= floor || !IsSentenceEndAt(text, end - 1, *v.words)) return;
  size_t start = end - 1;
  while (start > floor && !IsSentenceEndAt(text, start - 1, *v.words)) --start;
  // (Or a quote with no attribution that opens this sentence: `"Nobody was
  // happy" with the old times, she said. "…"`; it is the head, this quote
  // goes on from it.)
  Draft* head =
      !drafts.empty() && drafts.back().span.close == floor && !drafts.back().attributed &&
              !drafts.back().quote.embedded &&
              internal::OpensSentence(text, v.paragraphs, drafts.back().span.open, *v.words)
          ? &drafts.back()
          : nullptr;
  const bool fragment_before = !drafts.empty() && drafts.back().span.close == floor &&
                               (drafts.back().quote.embedded || head != nullptr);
  if (start == floor && q > 0 && v.spans[q - 1].close > v.paragraphs[w.paragraph] &&
      !fragment_before) {
    return;
  }
  const TextWords tw = v.Words();
  const Clause before = MakeClause(tw, start, end - 1);
  const Attribution a = FindAttribution(text, before, true, 5, lowercase);
  if (!a.found || a.speaker.end <= a.speaker.start) return;
  // (`"…," Levin said …, according to a release.`: the release reports, it
  // does not speak the head.)
  if (head != nullptr &&
      text::LowerWord(text.substr(a.cue.start, a.cue.end - a.cue.start)).starts_with("according")) {
    return;
  }
  // After a fragment, only a speaker written right before its cue or after
  // it: in `Lowe said she has spoken "endlessly" to Okafor, and said she
  // gets it.` the noun before ", and said" is not who speaks.
  if (start == floor && fragment_before && a.speaker.end <= a.cue.start &&
      !OnlySpace(text, a.speaker.end, a.cue.start)) {
    return;
  }
  Quote& quote = draft.quote;
  quote.speaker_span = internal::CheckSpeaker(tw, a.speaker, lowercase);
  if (quote.speaker_span.end <= quote.speaker_span.start) return;
  draft.attributed = true;
  quote.cue_span = a.cue;
  quote.cue = std::string(text.substr(a.cue.start, a.cue.end - a.cue.start));
  quote.speaker = std::string(
      text.substr(quote.speaker_span.start, quote.speaker_span.end - quote.speaker_span.start));
  if (head != nullptr) {
    head->attributed = true;
    internal::TakeAttribution(quote, head->quote);
  }
}

// `She called it "unfair," saying it means …`, `The senator, who called them
// "rapists," insists he'll …`: a participle or a cue right after the quote
// with no speaker of its own speaks through the subject before the quote.
void SpeakThroughSubject(const ArticleView& v, const Windows& w,
                         const std::unordered_set<std::string>& lowercase, Draft& draft) {
  Quote& quote = draft.quote;
  if (!draft.attributed || !quote.speaker.empty() || quote.cue_span.start < draft.span.close ||
      (!quote.cue.ends_with("ing") &&
       v.masked.find_first_not_of(" ,", draft.span.close) < quote.cue_span.start)) {
    return;
  }
  quote.speaker_span = internal::SubjectBeforeQuote(v.Words(), w.left, draft.span.open, lowercase);
  const text::ByteSpan s = quote.speaker_span;
  quote.speaker = std::string(v.masked.substr(s.start, s.end - s.start));
}

// "..." adding, "...": a participle cue right after the previous quote of
// its sentence, with no subject of its own, speaks in that quote's voice;
// after a term quoted in the reporter's clause that has no speaker (Lowe
// posted a course called "Ferries" on his page, writing "…"), through the
// subject before that term.
void SpeakThroughPreviousQuote(const ArticleView& v, const Windows& w,
                               const std::unordered_set<std::string>& lowercase,
                               const std::vector<Draft>& drafts, Draft& draft) {
  Quote& quote = draft.quote;
  if (drafts.empty() || !draft.attributed || !quote.speaker.empty() ||
      !quote.cue.ends_with("ing") || drafts.back().span.close != w.left) {
    return;
  }
  const Draft& prev = drafts.back();
  quote.speaker_span =
      !prev.quote.speaker.empty() || !prev.quote.embedded
          ? prev.quote.speaker_span
          : internal::SubjectBeforeQuote(v.Words(), prev.left, prev.span.open, lowercase);
  quote.speaker = std::string(
      v.masked.substr(quote.speaker_span.start, quote.speaker_span.end - quote.speaker_span.start));
}

// "...," Roe said on "Meet the Press." "...": the last draft is a title
// quoted in the attribution sentence of the one before it (embedded, same
// paragraph, no sentence end between them), which speaks on through it.
bool ThroughTitle(const ArticleView& v, const std::vector<Draft>& drafts) {
  if (drafts.size() < 2) return false;
  const Draft& title = drafts.back();
  const Draft& head = drafts[drafts.size() - 2];
  return title.quote.embedded && !head.quote.embedded && head.attributed &&
         !head.window_ends_sentence && head.window_end == title.span.open &&
         internal::ParagraphOf(v.paragraphs, head.span.open) ==
             internal::ParagraphOf(v.paragraphs, title.span.open);
}

// A continuation of the previous quote: no attribution of its own, or the very cue of
// the previous one ("...," Roe said, "..."), right after it in the same paragraph. It is
// joined to the head quote as one more part (returns true), or takes the head's speaker.
bool JoinContinuation(const ArticleView& v, const Windows& w, std::vector<Draft>& drafts,
                      Draft& draft) {
  if (drafts.empty()) return false;
  Draft& prev = drafts.back();
  const std::string_view text = v.masked;
  const bool own_cue =
      draft.attributed && (draft.quote.cue_span.start != prev.quote.cue_span.start ||
                           draft.quote.cue_span.end != prev.quote.cue_span.end);
  if (own_cue && !internal::TellsOnAfter(text, draft.span, draft.quote, prev.quote.speaker)) {
    return false;
  }
  const size_t open = draft.span.open;
  const bool title = ThroughTitle(v, drafts);
  size_t root = drafts.size() - (title ? 2 : 1);
  while (drafts[root].joined && root > 0) --root;
  const bool same_paragraph = internal::ParagraphOf(v.paragraphs, prev.span.open) == w.paragraph;
  bool adjacent = false;
  const char title_last = internal::LastContentChar(text, prev.span);
  if (title && same_paragraph && OnlySpace(text, prev.span.close, open) &&
      (title_last == '.' || title_last == '!' || title_last == '?')) {
    adjacent = true;  // "...," Roe said on "Meet the Press." "..."
  }
  if (same_paragraph && prev.clause_comma && prev.clause_end <= open) {
    adjacent = true;  // "...," Roe said, "..."
    for (size_t p = prev.clause_end; p < open; ++p) {
      if (text[p] != ',' && text[p] != ' ' && text[p] != '\n') adjacent = false;
    }
  }
  if (same_paragraph && prev.window_ends_sentence && prev.window_end <= open &&
      OnlySpace(text, prev.window_end, open)) {
    adjacent = true;  // "...," said Roe. "..."
  }
  // "...," Roe said. / "...": an unattributed quote opening the paragraph
  // after one that ends with the head's attribution goes on in Roe's voice.
  const size_t paragraph_start = v.paragraphs[w.paragraph];
  // (Not when its own sentence goes on to a cue and its speaker: `"Nobody
  // was happy" with the old times, she said.` is a new statement.)
  if (!same_paragraph && !draft.attributed && !prev.quote.embedded && w.paragraph > 0 &&
      !internal::SpokenLaterInSentence(v.Words(), w.clause_start, w.window_end) &&
      internal::ParagraphOf(v.paragraphs, prev.span.open) + 1 == w.paragraph &&
      prev.window_end <= paragraph_start && OnlySpace(text, prev.window_end, paragraph_start) &&
      OnlySpace(text, paragraph_start, open)) {
    adjacent = true;
  }
  Draft& head = drafts[root];
  if (!adjacent || !head.attributed) return false;
  // (The next sentence's cue tells what the speaker did next.)
  if (own_cue) internal::TakeAttribution(Quote{}, draft.quote);
  if (!w.embedded && internal::JoinsHead(v.Words(), head.quote, head.span.close)) {
    head.quote.parts.push_back(draft.quote.parts.front());
    draft.joined = true;
    head.window_end = w.window_end;
    prev.window_end = w.window_end;
    return true;
  }
  internal::TakeAttribution(head.quote, draft.quote);
  draft.attributed = true;
  return false;
}

// False for a draft not worth reporting: an unattributed single-mark or
// too short quote, or a title in marks ("Today" show, ''Opening Belle'',
// "Meet the Press"), inside the reporter's clause or unattributed.
bool Keep(const Draft& draft, const TextWords& text, const CompareOptions& options) {
  const Quote& quote = draft.quote;
  size_t quote_words = 0;
  for (const text::ByteSpan& part : quote.parts)
    quote_words += text.In(part.start, part.end).size();
  if (quote.speaker.empty() && (draft.span.single || (!draft.span.closed && !draft.span.runs_on) ||
                                quote_words < options.min_unattributed_quote_words)) {
    return false;
  }
  return !(
      (quote.embedded || quote.speaker.empty()) &&
      internal::TitleInMarks(text, text.In(quote.parts.front().start, quote.parts.back().end)));
}

// The Document sentence holding byte `pos` (the last one starting at or
// before it; the sentences are in text order), 0 when none.
size_t SentenceAt(const Document& document, size_t pos) {
  const auto after =
      std::upper_bound(document.sentences.begin(), document.sentences.end(), pos,
                       [](size_t p, const auto& sentence) { return p < sentence.start; });
  return after == document.sentences.begin() ? 0 : after - document.sentences.begin() - 1;
}

}  // namespace

namespace internal {

std::vector<Quote> ExtractQuotesWith(const Article& article, const Document& document,
                                     const CompareOptions& options,
                                     const BeforeResolution& before_resolution) {
  std::vector<Quote> out;
  if (article.text.empty()) return out;
  ArticleView view;  // not copied: `masked` may point into `storage`
  ViewArticle(article, document, view);
  const TextWords words = view.Words();
  const std::string_view text = view.masked;
  const ArticleNames names = NameArticle(words);
  NearbySpeakers speakers(words, names, CuedSpeakers(words, names));

  // Drafts: each quoted span with its attribution; continuations joined.
  std::vector<Draft> drafts;
  for (size_t q = 0; q < view.spans.size(); ++q) {
    const internal::QuotedSpan& span = view.spans[q];
    const text::ByteSpan content = TrimContent(text, span.content_start, span.content_end);
    if (content.end <= content.start) continue;
    const Windows w = FindWindows(view, q);
    Draft draft = MakeDraft(view, q, w, content, names.lowercase);
    SignedBelow(view, w, names.lowercase, draft);
    SpokenBefore(view, q, w, names.lowercase, drafts, draft);
    SpeakThroughSubject(view, w, names.lowercase, draft);
    SpeakThroughPreviousQuote(view, w, names.lowercase, drafts, draft);
    JoinContinuation(view, w, drafts, draft);
    drafts.push_back(std::move(draft));
  }

  // Keep, fill text and sentence, then resolve speakers.
  for (Draft& draft : drafts) {
    if (draft.joined || !Keep(draft, words, options)) continue;
    Quote& quote = draft.quote;
    quote.article = 0;
    std::string joined;
    for (const text::ByteSpan& part : quote.parts) {
      if (!joined.empty()) joined += " ... ";
      joined += text.substr(part.start, part.end - part.start);
    }
    quote.text = internal::CollapseSpaces(joined);
    quote.sentence = SentenceAt(document, quote.parts.front().start);
    internal::MarkNegated(words, quote);
    out.push_back(std::move(quote));
  }
  if (before_resolution) {
    before_resolution(
        QuoteContext{words, names, view.paragraphs, view.spans, document, GroupMentions(names)},
        out);
  }
  for (Quote& quote : out) ResolveSpeaker(words, names, speakers, quote);
  return out;
}

}  // namespace internal

}  // namespace concord::compare
