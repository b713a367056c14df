// Sentence splitting for English news prose (other languages: below).
//
// What it computes. SplitSentences cuts normalised text (see Normalize) into
// sentences: spans in order, trimmed, never empty. It is a rule-based
// splitter in the tradition of the Punkt and Stanford CoreNLP rules, tuned
// for reporting rather than learnt: news has a small, stable vocabulary of
// abbreviations (titles, months, states, company suffixes) and a few
// layouts (datelines, headlines, bullet lines) that rules get right.
//
// Candidates. Only five things can end a sentence:
//  1. a paragraph break ("\n\n"): always a boundary;
//  2. a line break: a boundary unless the line already ended in terminal
//     punctuation (rule 3 decided there), ends in ',', ';' or '-' (a
//     dateline such as "WASHINGTON (Reuters) -" or a broken line), ends in a
//     one-word parenthesis ("(CNN)") or in a word no sentence or headline
//     ends in ("I went to\nLondon"; IsDanglingWord), or the next line starts
//     in lower case (hard-wrapped prose) but not with a first list marker
//     ("leave:\na. Lock") and the lines are not a list (short lines, none
//     ending in punctuation: "tents\nsleeping bags\ncamp stoves"; see
//     list_items.h). So headlines and bullets without final punctuation end
//     at their line break;
//  3. a run of '.', '?', '!' followed by closing quotes or brackets (and
//     reference marks such as "[1]", "[2][5]", "[a]", "²" or "(3)") and then
//     whitespace. The boundary falls after the closing marks, so `he
//     said." Next` keeps the quote with its sentence, and after an emoticon
//     that follows ("It worked! :) The"), which belongs to its sentence.
//     In tokenized text a straight mark standing alone after the run
//     (`a good day . " the mayor`) joins the sentence when a quotation is
//     open at the run (internal::OpenQuotation, read as ReadQuotation
//     reads marks) and opens the next one otherwise. A closing one counts
//     for '?' and '!' as a closing quote does, but for the case of the word
//     after it (read past the mark), which says nothing in lower-cased
//     text: only a verb of saying keeps the run whole (`mean? " Clinton
//     asked`, `that? " she said`, `why? " asks Jo`; `time? " He went on`
//     and `oh! " the crowd left` end). A period's rules are unchanged,
//     but they too read the word past a closing mark;
//  4. a list item: a bullet ("•", "⁃") after whitespace, or the next marker
//     of a list that opened its line ("1.) a 2.) b", "a. x b. y", "i. x
//     ii. y"), unless the item before it ends in ',', ';', "and" or "or"
//     ("(a) roads; (b) bridges" is one sentence). The
//     periods of markers at the start of a line or after a bullet are
//     skipped, so "1. Preheat" and "• 9. first" never end at "1." or "9.";
//  5. an emoticon (":)", ";-)", ":(") after a space, before a capitalised
//     word on the same line: "Thanks :) See you" ends as "Thanks! See you"
//     would.
//
// Deciding at a terminal. Let W be the word before the run and N the word
// after it (past whitespace and opening quotes or brackets):
//  - '?' or '!': a boundary unless N is lower case (`"Why?" he asked`), it
//    closes an aside set off by dashes ("and -- voila! -- you have cake";
//    ClosesDashedAside) or, after a closing quote, N is not a sentence
//    opener (but a title, "Mr.", may be) and a verb of saying follows
//    within three words, or within five when all before it are
//    capitalised, a title and a name (`"Why?" Smith asked`, `"Really?"
//    Mina laughed`, `"Never!" Mr. Calderón told CNBC`, `"Why now?"
//    Senator Ann Lee asked`; any form of some eighty verbs). A capitalised
//    common word is the writer's sign of a new sentence, as English writes
//    the attribution in lower case (`"Why now?" the senator asked`): so
//    `"Why now?" The council met` and `"Go!" Police cleared it` end.
//    "Yahoo!" and "Jeopardy!" end only before a sentence opener.
//  - a closing quote followed by a parenthesis and the final punctuation is
//    a citation of the quote: `"... stairways [...]" (Lee 55).` is one.
//  - an ellipsis ("...", "....", ". . . ."): a boundary only when N is
//    capitalised, so "he paused... then left" stays whole; never for three
//    spaced dots (". . . I didn't", an omission, as the standard test lists
//    have it) but when a quote or bracket closes them (`"Closed . . ."
//    The rest`; not before a verb of saying, `". . ." Smith said`, as after
//    "?"), dots in brackets ("[...]", "(. . .)"), dots that open the
//    sentence or dots the two words before come again after ("I thought...
//    I thought", a speaker starting over; RepeatsWordsBefore). A
//    period on a word followed by spaced dots ("compounds. . . . The")
//    ends the sentence there and the dots open the next one.
//  - a period standing alone (" . ", as in lower-cased, tokenised corpora
//    like Multi-News): always a boundary.
//  - a period after a title (Mr., Sen., Gen.) or a never-final abbreviation
//    (vs., e.g., a.k.a., "(ret.)"): never a boundary, but for a title that
//    ends an address before a pronoun no surname spells ("Thanks, Dr.
//    We'll"; IsPronounNoNameSpells). After No., N°., Vol.,
//    Fig., Pt., Bldg.: not before a number, a Roman numeral or a capital
//    letter standing alone ("No. 5", "Pt. II", "Fig. B"), otherwise as an
//    ordinary word ("No. We won't.", "No. A man").
//  - "a.m." and "p.m.", and a month or weekday as edited text writes it
//    ("Aug.", "Fri."): before a capitalised word a boundary, unless the
//    word continues the time ("5 p.m. Monday", "8 p.m. ET", "Sat. Oct.
//    5") or the time opened the sentence ("At 5 a.m. Mr. Smith left").
//  - a list marker opening the sentence ("II. The second part", "iv. the
//    end", "2. Mix") or a note label ("N.B. The", "P.S. Bring"): never a
//    boundary; the marker belongs to its item.
//  - "etc.", a short unit after a number or glued to it ("26.2 mi. in
//    length", "1.2 bn. dollars", "5kg."), "I" after a word in lower case
//    or after "Not", "Nor", "Than" ("you and I.", "Not I."; not "by I. M.
//    Sato", IsInitialI), a capital
//    letter after a decimal ("101.3 F.", "49.95 W.") or after a noun it
//    labels ("plan B.", "vitamin D."): a boundary before a capital or an
//    opening quote, not before a lower-case word or a digit.
//  - a period after an initial (F., J.R.R., or lower-cased j.), an acronym
//    (U.S., a.m.), a month in damaged text (jan.) or an abbreviation that
//    may end a sentence (Inc., St., Calif.; "Dr." after a capitalised word
//    is a street, "Mulberry Dr."): THE HEURISTIC for sentence-final
//    abbreviations. Not a boundary before a lower-case word, a digit or
//    other punctuation; before a capitalised word, a boundary only when
//    that word usually opens sentences and seldom continues a name ("The",
//    "He", "But", "In", also in capitals, "THE"; see IsSentenceOpener),
//    when an opening quote comes first, or when a line break comes first
//    (but a wrapped "John F.\nKennedy" goes on; "Helen B.\nShe" does
//    not). After an abbreviation written as edited text writes it ("Co.",
//    "D.C.", not "u.s.") in the middle of its sentence, also before a
//    plural subject of news ("Acme Co. Shares rose", "in Washington, D.C.
//    Investors were"; IsSubjectNoun) or a sentence adverb ("Hollis Inc.
//    Eventually it"; IsSentenceAdverb), an imperative verb after a word
//    of two or more letters ("in the U.K. Ask an accountant";
//    IsImperativeOpener), a capitalised word and an auxiliary after a
//    word that is no acronym nor "St.", "Mt.", "Ft.", "Bros." ("by Lark
//    Co. Entry is free"; AuxiliaryFollows) and, after an acronym, before
//    a country ("in the U.K. Britain's"; IsCountryName). After any of them before a sentence
//    adverb and a comma ("the u.s. Overall, prices").
//    Never after a dateline ("NEWTOWN, Conn. Parents of ..."). So "in the
//    U.S. The next day" splits while "the U.S. Army", "John F. Kennedy",
//    "3:30 p.m. Tuesday" and "Apple Inc. Chief" do not. It fails on a
//    sentence that ends in an abbreviation and is followed by a name ("in
//    the U.S. Obama said") or by another capitalised common word ("on Main
//    St. Roads will close"), which is rare in edited prose. (Punkt's
//    orthographic rule, a word the text also writes in lower case opens a
//    sentence, was tried: it split "King Jr. Day" and "Univ. Press".)
//  - a period after any other word: a boundary, also before a lower-case
//    word (damaged or lower-cased text such as "fell 8.2 % . the report"),
//    except after a closing quote or bracket before a lower-case word
//    ("(R-Ariz.) said"), except a list number at the start of a line
//    ("1. Preheat"), "1" after a colon ("Steps: 1. Rinse") or numbering
//    items inside it before a lower-case word ("need: 1. a pass, 2. a
//    map", "parts: i. survey, ii. clear"; MarksItemInSentence), and "op.
//    cit.". In a compound ("R-Ariz",
//    "Jones/Sen", not "km/h" or "y/y") the part after the last hyphen or
//    slash is the word looked up.
//  - a period glued to the next word ("said.The"): a boundary when W is an
//    ordinary lower-case word or a number ("bought 1,000.That", "lost
//    3-1.The"; GluedBoundary in boundary_cues.h) and N a
//    capitalised one or "I" or "A" ("Tuesday.I bought"), also after an
//    opening bracket ("the lake.(It was lovely.)"), and the token
//    holds no '@' or '/' ("Jane.Doe@x.org");
//    otherwise (3.5, U.S., example.com) not.
// Decimals, times, money and web addresses never reach these rules: their
// periods are not followed by whitespace.
//
// Other languages. The rules are English, but news in German, French,
// Spanish and Russian is read where its words say so (foreign_cues.h):
// initials of any cased script ("В. В. Путин"), a day before a German or
// Nordic month ("am 3. Mai"; a month English spells the same way only
// after a German date word, so "won 9 to 3. April was" ends), the Russian
// "г." after a number, and a non-Latin word's period before a lower-case
// word ("т. е."). abbreviations.cc adds those languages' abbreviations
// that spell no English word ("bzw.", "Mrd.", "Mlle", "Sra.", "EE. UU.",
// "тыс.", "янв."); German capitalises every noun, so "Mrd." before a
// capital ends a sentence only before an English opener. Those English
// writes as initials or a name count only as the other language writes
// them: "v.a." and "d.h." in lower case, "Ing." in title case.
//
// Lists (markers, bullets, blocks of list lines) are tracked by
// internal::ListTracker (list_items.h).
//
// Cost. One pass; the rules run only at terminals, line breaks, bullets and
// (inside a list line) spaces, and look at a few bytes around them; a block
// of lower-case lines is scanned once; the word lists are hash sets. No
// allocation besides the output vector, but for reading quotation marks
// (once per sentence) when a spaced straight mark follows a terminal.
#include <algorithm>
#include <string>

#include "concord/text.h"
#include "text/abbreviations.h"
#include "text/boundary_cues.h"
#include "text/foreign_cues.h"
#include "text/list_items.h"
#include "text/open_quotation.h"
#include "text/preceding_words.h"
#include "text/sentence_words.h"

namespace concord::text {
namespace {

using internal::AbbreviationKind;
using internal::AfterDecimal;
using internal::AfterLabelNoun;
using internal::AfterLowerCaseWord;
using internal::Case;
using internal::CaseAt;
using internal::DriveAfterName;
using internal::EndsDateline;
using internal::IsAcronym;
using internal::IsAsciiLetter;
using internal::IsAsciiLower;
using internal::IsAsciiUpper;
using internal::IsClosing;
using internal::IsDigit;
using internal::IsOpening;
using internal::IsRomanNumeral;
using internal::IsTerminal;
using internal::IsUnitAfterNumber;
using internal::IsWhite;
using internal::NextWord;
using internal::OpensSentence;
using internal::ReadNextWord;
using internal::SpeakerFollows;
using internal::SpeechVerbFollows;

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text), lists_(text), quotes_(text) {}

  std::vector<ByteSpan> Run() {
    const size_t n = text_.size();
    size_t i = lists_.AtLineStart(0);
    while (i < n) {
      const char c = text_[i];
      if (c == '\n') {
        i = AtLineBreak(i);
        if (i < n) i = lists_.AtLineStart(i);
      } else if (IsTerminal(c)) {
        i = AtTerminal(i);
      } else if (c == '\xE2' && i > 0 && IsWhite(text_[i - 1]) && lists_.BulletOpensItem(i)) {
        Emit(i);  // "... first item • 10. second item"
        i = lists_.AfterBullet(i);
      } else if (lists_.open() && text_[i - 1] == ' ' && lists_.NextItem(i)) {
        // "1.) first item 2.) second item", but not "(a) roads; (b) bridges".
        if (!ContinuesEnumeration(i)) Emit(i);
        i = lists_.item_end();
      } else if ((c == ':' || c == ';') && i > 0 && IsWhite(text_[i - 1]) &&
                 internal::EmoticonLength(text_, i) > 0) {
        i = AtEmoticon(i);
      } else {
        ++i;
      }
    }
    Emit(n);
    return std::move(spans_);
  }

 private:
  // Ends the current sentence at `end` (trimmed) and starts the next there.
  void Emit(size_t end) {
    size_t a = start_;
    size_t b = end;
    while (a < b && IsWhite(text_[a])) ++a;
    while (b > a && IsWhite(text_[b - 1])) --b;
    if (a < b) spans_.push_back({a, b});
    start_ = end;
  }

  size_t AtLineBreak(size_t i) {
    size_t j = i;
    int breaks = 0;
    while (j < text_.size() && IsWhite(text_[j])) {
      if (text_[j] == '\n') ++breaks;
      ++j;
    }
    if (breaks >= 2 || j >= text_.size() || LineBreakEnds(i, j)) Emit(i);
    return j;
  }

  bool LineBreakEnds(size_t i, size_t next) {
    size_t k = i;
    while (k > start_ && IsWhite(text_[k - 1])) --k;
    if (k == start_) return false;
    const char last = text_[k - 1];
    size_t m = k;
    while (m > start_ && IsClosing(text_[m - 1])) --m;
    if (m > start_ && IsTerminal(text_[m - 1])) return false;
    if (last == ',' || last == ';' || last == '-') return false;
    if (last == ')' && internal::EndsInOneWordParenthesis(text_, start_, k)) return false;
    // "I went to\nLondon": no sentence or headline ends in "to" or "the".
    if (internal::IsDanglingWord(WordBefore(k))) return false;
    if (CaseAt(text_, next) != Case::kLower) return true;
    internal::ListMarker item;  // "Before you leave:\na. Lock the door"
    if (internal::ParseListMarker(text_, next, &item) && (item.value == 1 || item.roman == 1)) {
      return true;
    }
    // A lower-case line: wrapped prose, unless the lines form a list.
    size_t line_start = i;
    while (line_start > 0 && text_[line_start - 1] != '\n') --line_start;
    return lists_.LinesFormList(line_start);
  }

  // True when the item before the marker at text_[i] ends in ',' or ';' or
  // in "and" or "or": an enumeration inside one sentence ("(a) the first
  // case; (b) the second; and (c) the third").
  bool ContinuesEnumeration(size_t i) const {
    size_t k = i;
    while (k > start_ && text_[k - 1] == ' ') --k;
    if (k > start_ && (text_[k - 1] == ',' || text_[k - 1] == ';')) return true;
    const std::string_view word = WordBefore(k);
    return word == "and" || word == "or";
  }

  size_t AtTerminal(size_t i) {
    const size_t n = text_.size();
    size_t run_end = i;
    int periods = 0;
    bool question = false;
    int spaced_dots = 0;
    if (text_.compare(i, 5, ". . .") == 0) {  // a spaced ellipsis
      spaced_dots = 3;
      run_end = i + 5;
      while (run_end + 1 < n && text_[run_end] == ' ' && text_[run_end + 1] == '.') {
        run_end += 2;
        ++spaced_dots;
      }
      periods = 3;
    }
    while (run_end < n && IsTerminal(text_[run_end])) {
      if (text_[run_end] == '.')
        ++periods;
      else
        question = true;
      ++run_end;
    }
    size_t end = run_end;
    bool quote_closed = false;
    const bool closed = end < n && IsClosing(text_[end]);
    while (end < n && IsClosing(text_[end])) {
      if (text_[end] == '"' || text_[end] == '\'') quote_closed = true;
      ++end;
    }
    end = internal::PastNoteMarks(text_, end);  // "martyr.[1] The"
    // "It worked! :) The": the emoticon belongs to the sentence it closes.
    if (end + 1 < n && text_[end] == ' ') {
      const size_t emoticon = internal::EmoticonLength(text_, end + 1);
      if (emoticon > 0) end += 1 + emoticon;
    }
    if (end >= n) return end;  // Run() emits the last sentence
    if (!IsWhite(text_[end])) {
      if (internal::GluedBoundary(text_, start_, i, run_end, end, periods, question)) Emit(end);
      return end;
    }
    // `a good day ? " Nobody`: a spaced mark that closes the quotation,
    // and the word after it.
    const size_t spaced_close = end == run_end ? quotes_.ClosingMarkEnd(spans_, start_, i, end) : 0;
    const NextWord next = ReadNextWord(text_, std::max(end, spaced_close));
    if (next.at_end) return end;
    // "compounds. . . . The": the period ends the sentence and the ellipsis
    // opens the next one.
    if (spaced_dots >= 4 && !closed && i > 0 && !IsWhite(text_[i - 1]) && !next.crossed_line &&
        next.letter_case == Case::kUpper) {
      Emit(i + 1);
      return i + 1;
    }
    if (quote_closed && internal::CitationFollows(text_, end)) return end;  // `." (Smith 5).`
    const bool standalone = i == start_ || IsWhite(text_[i - 1]);
    bool boundary = false;
    if (question) {
      boundary = !internal::ClosesDashedAside(text_, start_, i, end) &&
                 ExclamationEnds(i, run_end, quote_closed, spaced_close > 0, next);
    } else if (periods >= 2) {
      boundary = EllipsisEnds(i, spaced_dots, closed, next) &&
                 !(quote_closed && SpeakerFollows(text_, next));
    } else if (standalone) {
      boundary = true;
    } else {
      boundary = PeriodEnds(i, closed, next);
    }
    if (!boundary) return end;
    end = std::max(end, spaced_close);
    Emit(end);
    return end;
  }

  // An emoticon after a space, which ends its sentence as a '!' would when
  // a capitalised word follows on the same line: "Thanks :) See you".
  size_t AtEmoticon(size_t i) {
    const size_t end = i + internal::EmoticonLength(text_, i);
    const NextWord next = ReadNextWord(text_, end);
    if (!next.at_end && !next.crossed_line && next.letter_case == Case::kUpper) Emit(end);
    return end;
  }

  // A run with '?' or '!'. `spaced`: a spaced mark closes a quotation
  // after it, in tokenized text, where a lower-case word may open a
  // sentence; only a verb of saying keeps the quotation with what follows
  // (`who? " she asked`, `who? " asked Smith`, `who? " Smith asked`).
  bool ExclamationEnds(size_t i, size_t run_end, bool quote_closed, bool spaced,
                       const NextWord& next) const {
    if (i == start_ || IsWhite(text_[i - 1])) return true;
    if (spaced) {
      return !internal::IsCommonSpeechVerb(next.word) &&
             (internal::IsSentenceOpener(next.word) || !SpeechVerbFollows(text_, next));
    }
    if (next.letter_case == Case::kLower) return false;
    // "Yahoo! Inc." is a name; "Yahoo! The" ends.
    if (run_end - i == 1 && text_[i] == '!' && internal::IsExclaimedName(WordBefore(i))) {
      return next.crossed_line || internal::IsSentenceOpener(next.word);
    }
    return !(quote_closed && SpeakerFollows(text_, next));
  }

  // An ellipsis: "...", "....", ". . ." or ". . . .". Only a capitalised
  // word after it can start a sentence, and not after the three spaced
  // dots of an omission (". . . I didn't") unless a closing quote or
  // bracket ends them (`"Closed until . . ." The`), an omission in brackets
  // ("[...]") or an ellipsis that opens the sentence.
  bool EllipsisEnds(size_t i, int spaced_dots, bool closed, const NextWord& next) const {
    if (next.letter_case != Case::kUpper) return false;
    size_t k = i;
    while (k > start_ && IsWhite(text_[k - 1])) --k;
    if (k == start_) return false;
    if (text_[i - 1] == '[' || text_[i - 1] == '(') return false;  // "[...]", "(. . .)"
    if (internal::RepeatsWordsBefore(text_, start_, i, next)) return false;
    return spaced_dots != 3 || closed;  // `"Closed until . . ." The rest`
  }

  // The ASCII letters just before text_[i].
  std::string_view WordBefore(size_t i) const {
    size_t k = i;
    while (k > start_ && IsAsciiLetter(text_[k - 1])) --k;
    return text_.substr(k, i - k);
  }

  // A single period after a word, followed by whitespace.
  bool PeriodEnds(size_t period, bool closed, const NextWord& next) const {
    size_t word_start = period;
    while (word_start > start_ && !IsWhite(text_[word_start - 1])) {
      --word_start;
    }
    while (word_start < period && IsOpening(text_[word_start])) ++word_start;
    std::string_view word = text_.substr(word_start, period - word_start);
    // "(R-Ariz.)", "Brown/Sen.": judge the last part of a compound, but
    // not of a unit such as "km/h".
    const size_t joint = word.find_last_of("-/");
    if (joint != std::string_view::npos && joint + 1 < word.size() &&
        !internal::IsCompoundUnit(word) && !internal::IsLetterRatio(word)) {
      word_start += joint + 1;
      word.remove_prefix(joint + 1);
    }
    if (word.empty() || IsClosing(word.back())) {
      return true;  // `called it "great".` or `(see below).`
    }
    if ((word == "op" || word == "loc") && next.word == "cit") return false;  // "op. cit."
    // "I. The first part. II. The second": a list marker opening the
    // sentence belongs to the item after it.
    // So does a note label: "N.B. The office shuts early."
    if (!next.crossed_line && (internal::IsListMarkerWord(word) || internal::IsNoteLabel(word)) &&
        OpensSentence(text_, start_, word_start)) {
      return false;
    }
    if (internal::IsClockSuffix(word)) return TimeWordEnds(word, word_start, next);
    const bool initial =
        (word.size() == 1 && IsAsciiLetter(word[0])) || internal::IsNonAsciiInitials(word);
    const AbbreviationKind kind = KindInContext(word, word_start);
    switch (kind) {
      case AbbreviationKind::kTitle:
        // "Thanks, Dr. We'll see": a title that ends an address.
        return internal::IsPronounNoNameSpells(next.word);
      case AbbreviationKind::kNeverEnds:
        return false;
      case AbbreviationKind::kNumbered:
        if (next.letter_case == Case::kDigit || internal::IsDesignator(text_, next)) {
          return false;  // "No. 5", "Pt. II", "Fig. B"
        }
        break;
      case AbbreviationKind::kMonth:
        // "in Aug. Rent is due": a month or a weekday goes on only with a
        // date, a time or another date word ("Sat. Oct. 5"), as a clock
        // time does. Not in damaged text, which writes "sept." and
        // capitalises any word after a period ("the sept. Issue"), nor after
        // a determiner: "the Sept. Fed meeting" names a month's event.
        if (IsAsciiUpper(word[0]) && !internal::AfterDeterminer(text_, start_, word_start)) {
          return TimeWordEnds(word, word_start, next);
        }
        [[fallthrough]];
      case AbbreviationKind::kAmbiguous:
        if (next.letter_case != Case::kUpper) return false;
        // A wrapped "John F.\nKennedy", but not "vitamin C." or "was
        // Helen B.\nShe": no surname is a sentence opener.
        if (initial && next.crossed_line && !AfterLowerCaseWord(text_, start_, word_start) &&
            !internal::IsSentenceOpener(next.word)) {
          return false;
        }
        if (!next.crossed_line && EndsDateline(text_, start_, word_start)) return false;
        return next.crossed_line || next.opened_quote || internal::IsSentenceOpener(next.word) ||
               OpensAfterName(word, word_start, next) || internal::AdverbWithComma(text_, next);
      case AbbreviationKind::kTrailing:
        return next.letter_case == Case::kUpper || next.opened_quote;
      case AbbreviationKind::kNone:
        break;
    }
    // An ordinary word.
    // `"Go home." he said`, "(see Fig. 2.) and": a quote or bracket closed
    // inside a sentence that goes on.
    if (next.letter_case == Case::kLower && closed) return false;
    // "am 3. Mai", "т. е.", "тыс. человек": other languages' ordinals and
    // abbreviations (foreign_cues.h).
    if (internal::OrdinalBeforeMonth(text_, word_start, word, next) ||
        internal::NonAsciiBeforeLowerCase(text_, word, next)) {
      return false;
    }
    return !internal::MarksItemInSentence(text_, start_, word_start, word, next);
  }

  // True when `next_word` opens a sentence after the abbreviation `word`
  // at text_[word_start] although it is no usual opener: a plural subject
  // ("Acme Co. Shares rose", "in Washington, D.C. Investors were"), a
  // sentence adverb ("in the U.S. Separately, it") or,
  // after an acronym, a country ("in the U.K. Britain's economy"; no
  // acronym's name goes on with one). Only after an abbreviation written
  // as in edited text ("Co.", "U.K.", not "u.s." or "U.s.": damaged text
  // capitalises any word after a period, "the u.s. Shares the river") that
  // does not open its sentence ("U.S. Stocks closed lower").
  bool OpensAfterName(std::string_view word, size_t word_start, const NextWord& next) const {
    const std::string_view next_word = next.word;
    const bool acronym = IsAcronym(word);
    for (char c : word) {
      if (IsAsciiLower(c) && (acronym || c == word[0])) return false;
    }
    if (OpensSentence(text_, start_, word_start)) return false;
    return internal::IsSubjectNoun(next_word) || internal::IsSentenceAdverb(next_word) ||
           (word.size() > 1 && internal::IsImperativeOpener(next_word)) ||
           (!acronym && word.size() > 1 && !internal::NameGoesOnAfter(word) &&
            internal::AuxiliaryFollows(text_, next)) ||
           (acronym && internal::IsCountryName(next_word));
  }

  // The kind of abbreviation `word` (at text_[word_start], before a period)
  // is here. One letter is an initial ("John F. Kennedy", lower-cased
  // "edward j."), but the pronoun in "you and I.", a unit or compass point
  // after a number ("101.3 F.", "49.9 W.") and a label ("plan B.", "vitamin
  // D.") end a list or a measure. So does a short unit after a number
  // ("26.2 mi. in length", "1.2 bn. dollars", "5kg.").
  AbbreviationKind KindInContext(std::string_view word, size_t word_start) const {
    if (word.size() == 1 && IsAsciiLetter(word[0])) {
      if ((word[0] == 'I' && !internal::IsInitialI(text_, start_, word_start) &&
           (AfterLowerCaseWord(text_, start_, word_start) ||
            internal::AfterElidingWord(text_, start_, word_start))) ||
          (IsAsciiUpper(word[0]) && (AfterDecimal(text_, start_, word_start) ||
                                     AfterLabelNoun(text_, start_, word_start)))) {
        return AbbreviationKind::kTrailing;
      }
      return AbbreviationKind::kAmbiguous;
    }
    // "В. В. Путин", "Ł. Nowak": initials of any cased script.
    if (internal::IsNonAsciiInitials(word)) return AbbreviationKind::kAmbiguous;
    // "2025 г. Закон": the year, which ends a sentence as a unit does.
    if (IsUnitAfterNumber(text_, start_, word_start, word) ||
        internal::IsYearAfterNumber(text_, start_, word_start, word)) {
      return AbbreviationKind::kTrailing;
    }
    // "on Mulberry Dr. Her house": Drive after a street's name, which may
    // end a sentence, not Doctor before a name.
    if (word == "Dr" && DriveAfterName(text_, start_, word_start)) {
      return AbbreviationKind::kAmbiguous;
    }
    const AbbreviationKind kind = internal::LookUpAbbreviation(word);
    if (kind == AbbreviationKind::kNone && IsAcronym(word)) {
      return AbbreviationKind::kAmbiguous;
    }
    return kind;
  }

  // After "a.m.", "p.m.", a month or a weekday: a capitalised word starts
  // a sentence unless it continues the time ("5 p.m. Monday", "8 p.m. ET",
  // "Fri. Oct. 5") or the time opened the sentence ("At 5 a.m. Mr. Smith
  // left", "By Oct. Smith had gone"): "left at 6 P.M. Mr. Smith".
  bool TimeWordEnds(std::string_view time_word, size_t word_start, const NextWord& next) const {
    if (next.letter_case != Case::kUpper) return false;
    if (next.crossed_line || next.opened_quote) return true;
    if (internal::ContinuesTime(text_, next)) return false;
    // In text set in capitals ("IN DEC. AND JAN.", "AT 5 P.M. AND") a
    // capital says nothing: only a sentence opener starts a sentence.
    if (internal::IsAllCapitals(time_word) && next.word.size() >= 2 &&
        internal::IsAllCapitals(next.word)) {
      return internal::IsSentenceOpener(next.word);
    }
    size_t a = start_;
    while (a < word_start && IsWhite(text_[a])) ++a;
    size_t b = a;
    while (b < word_start && IsAsciiLetter(text_[b])) ++b;
    if (!internal::OpensTimePhrase(text_.substr(a, b - a))) return true;
    int words = 0;
    for (size_t k = a; k < word_start; ++k) {
      if (text_[k] == ',' || text_[k] == '\n') return true;
      words += text_[k] == ' ';
    }
    return words > 5;
  }

  std::string_view text_;
  size_t start_ = 0;
  std::vector<ByteSpan> spans_;
  internal::ListTracker lists_;
  internal::OpenQuotation quotes_;
};

}  // namespace

std::vector<ByteSpan> SplitSentences(std::string_view text) { return Splitter(text).Run(); }

}  // namespace concord::text
