// Sentence splitting for English news prose.
//
// What it computes. SplitSentences cuts normalised text (see Normalize) into
// sentences: spans in order, trimmed, never empty. It is a rule-based
// splitter in the tradition of the Punkt and Stanford CoreNLP rules, tuned
// for reporting rather than learnt: news has a small, stable vocabulary of
// abbreviations (titles, months, states, company suffixes) and a few
// layouts (datelines, headlines, bullet lines) that rules get right.
//
// Candidates. Only three things can end a sentence:
//  1. a paragraph break ("\n\n"): always a boundary;
//  2. a line break: a boundary unless the line already ended in terminal
//     punctuation (rule 3 decided there), ends in ',', ';' or '-' (a
//     dateline such as "WASHINGTON (Reuters) -" or a broken line), ends in a
//     one-word parenthesis ("(CNN)"), or the next line starts in lower case
//     (hard-wrapped prose). So headlines and bullets without final
//     punctuation end at their line break;
//  3. a run of '.', '?', '!' followed by closing quotes or brackets and then
//     whitespace. The boundary falls after the closing marks, so
//     `he said." Next` keeps the quote with its sentence.
//
// Deciding at a terminal. Let W be the word before the run and N the word
// after it (past whitespace and opening quotes or brackets):
//  - '?' or '!': a boundary unless N is lower case (`"Why?" he asked`) or,
//    after a closing quote, N is not a sentence opener and a verb of saying
//    follows within three words (`"Why?" Smith asked`).
//  - an ellipsis ("..." or ". . ."): a boundary only when N is
//    capitalised, so "he paused... then left" stays whole.
//  - a period standing alone (" . ", as in lower-cased, tokenised corpora
//    like Multi-News): always a boundary.
//  - a period after a title (Mr., Sen., Gen.) or a never-final abbreviation
//    (vs., e.g.): never a boundary. After No., Vol., Fig., Pt.: not before
//    a number ("No. 5", "Pt. II"), otherwise as an ordinary word ("No. We
//    won't.").
//  - a period after an initial (F., J.R.R., or lower-cased j.), an acronym
//    (U.S., a.m.), a
//    month (Jan.) or an abbreviation that may end a sentence (Inc., St.,
//    Calif., etc.): THE HEURISTIC for sentence-final abbreviations. Not a
//    boundary before a lower-case word, a digit or other punctuation;
//    before a capitalised word, a boundary only when that word usually
//    opens sentences and seldom continues a name ("The", "He", "But", "In";
//    see IsSentenceOpener), when an opening quote comes first, or when a
//    line break comes first. So "in the U.S. The next day" splits while
//    "the U.S. Army", "John F. Kennedy", "3:30 p.m. Tuesday" and "Apple Inc.
//    Chief" do not. It fails on a sentence that ends in an abbreviation and
//    is followed by a name ("in the U.S. Obama said"), which is rare in
//    edited prose.
//  - a period after any other word: a boundary, also before a lower-case
//    word (damaged or lower-cased text such as "fell 8.2 % . the report"),
//    except after a closing quote or bracket before a lower-case word
//    ("(R-Ariz.) said"), and except a list number at the start of a line
//    ("1. Preheat"). In a compound ("R-Ariz", "Jones/Sen") the part after
//    the last hyphen or slash is the word looked up.
//  - a period glued to the next word ("said.The"): a boundary when W is an
//    ordinary lower-case word and N a capitalised one; otherwise (3.5,
//    U.S., example.com) not.
// Decimals, times, money and web addresses never reach these rules: their
// periods are not followed by whitespace.
//
// Cost. One pass; the rules run only at terminals and line breaks and look
// at a few bytes around them; the word lists are hash sets. No allocation
// besides the output vector.
#include <utf8proc.h>

#include <string>

#include "concord/text.h"
#include "text/abbreviations.h"
#include "text/utf8_internal.h"

namespace concord::text {
namespace {

using internal::AbbreviationKind;

bool IsWhite(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' ||
         c == '\v';
}
bool IsTerminal(char c) { return c == '.' || c == '?' || c == '!'; }
bool IsClosing(char c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
}
bool IsOpening(char c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{';
}
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

enum class Case { kUpper, kLower, kDigit, kOther };

Case CaseAt(std::string_view text, size_t pos) {
  const char c = text[pos];
  if (IsAsciiUpper(c)) return Case::kUpper;
  if (IsAsciiLower(c)) return Case::kLower;
  if (IsDigit(c)) return Case::kDigit;
  if (static_cast<unsigned char>(c) < 0x80) return Case::kOther;
  int32_t code_point = 0;
  internal::DecodeUtf8(reinterpret_cast<const unsigned char*>(text.data()) +
                           pos,
                       text.size() - pos, &code_point);
  if (code_point < 0) return Case::kOther;
  switch (utf8proc_category(code_point)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return Case::kUpper;
    case UTF8PROC_CATEGORY_LL:
      return Case::kLower;
    case UTF8PROC_CATEGORY_ND:
      return Case::kDigit;
    default:
      return Case::kOther;
  }
}

// The word after a terminal.
struct NextWord {
  bool at_end = false;       // nothing but whitespace follows
  bool crossed_line = false;  // a line break lies before it
  bool opened_quote = false;  // an opening quote precedes it
  Case letter_case = Case::kOther;
  std::string_view word;  // its leading ASCII letters and apostrophes
  size_t word_end = 0;
};

size_t ScanLetters(std::string_view text, size_t pos) {
  while (pos < text.size() && (IsAsciiLetter(text[pos]) || text[pos] == '\''))
    ++pos;
  return pos;
}

NextWord ReadNextWord(std::string_view text, size_t pos) {
  NextWord next;
  while (pos < text.size() && IsWhite(text[pos])) {
    if (text[pos] == '\n') next.crossed_line = true;
    ++pos;
  }
  while (pos < text.size() && IsOpening(text[pos])) {
    if (text[pos] == '"' || text[pos] == '\'') next.opened_quote = true;
    ++pos;
  }
  if (pos >= text.size()) {
    next.at_end = true;
    return next;
  }
  next.letter_case = CaseAt(text, pos);
  next.word_end = ScanLetters(text, pos);
  next.word = text.substr(pos, next.word_end - pos);
  return next;
}

// True when a verb of saying is among the three words from `next` on.
bool SpeechVerbFollows(std::string_view text, const NextWord& next) {
  size_t pos = next.word_end;
  std::string_view word = next.word;
  for (int count = 0; count < 3; ++count) {
    char lower[16];
    if (!word.empty() && word.size() <= sizeof(lower)) {
      for (size_t k = 0; k < word.size(); ++k) {
        lower[k] = IsAsciiUpper(word[k]) ? static_cast<char>(word[k] + 32)
                                         : word[k];
      }
      if (internal::IsSpeechVerb(std::string_view(lower, word.size()))) {
        return true;
      }
    }
    if (pos >= text.size() || text[pos] != ' ') return false;
    const size_t start = pos + 1;
    pos = ScanLetters(text, start);
    word = text.substr(start, pos - start);
    if (word.empty()) return false;
  }
  return false;
}

// True for "II", "XIV": a capital Roman numeral after "Pt." or "Vol.".
bool IsRomanNumeral(std::string_view word) {
  if (word.empty() || word.size() > 6) return false;
  for (char c : word) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
  }
  return true;
}

// True for "U.S", "a.m", "J.R.R", "Ph.D": two or more period-separated
// segments of one or two ASCII letters.
bool IsAcronym(std::string_view word) {
  size_t segments = 0;
  size_t length = 0;
  for (char c : word) {
    if (c == '.') {
      if (length == 0 || length > 2) return false;
      ++segments;
      length = 0;
    } else if (IsAsciiLetter(c)) {
      ++length;
    } else {
      return false;
    }
  }
  return segments >= 1 && length >= 1 && length <= 2;
}

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text) {}

  std::vector<ByteSpan> Run() {
    const size_t n = text_.size();
    size_t i = 0;
    while (i < n) {
      const char c = text_[i];
      if (c == '\n') {
        i = AtLineBreak(i);
      } else if (IsTerminal(c)) {
        i = AtTerminal(i);
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

  bool LineBreakEnds(size_t i, size_t next) const {
    size_t k = i;
    while (k > start_ && IsWhite(text_[k - 1])) --k;
    if (k == start_) return false;
    const char last = text_[k - 1];
    size_t m = k;
    while (m > start_ && IsClosing(text_[m - 1])) --m;
    if (m > start_ && IsTerminal(text_[m - 1])) return false;
    if (last == ',' || last == ';' || last == '-') return false;
    if (last == ')' && EndsInOneWordParenthesis(k)) return false;
    return CaseAt(text_, next) != Case::kLower;
  }

  // "(CNN)", "(Reuters)": a dateline that belongs to the next line.
  bool EndsInOneWordParenthesis(size_t close_end) const {
    size_t k = close_end - 1;  // at ')'
    size_t letters = 0;
    while (k > start_ && IsAsciiLetter(text_[k - 1]) && letters < 24) {
      --k;
      ++letters;
    }
    return letters > 0 && k > start_ && text_[k - 1] == '(';
  }

  size_t AtTerminal(size_t i) {
    const size_t n = text_.size();
    size_t run_end = i;
    int periods = 0;
    bool question = false;
    if (text_.compare(i, 5, ". . .") == 0) {  // a spaced ellipsis
      periods = 3;
      run_end = i + 5;
      while (run_end + 1 < n && text_[run_end] == ' ' &&
             text_[run_end + 1] == '.') {
        run_end += 2;
      }
    }
    while (run_end < n && IsTerminal(text_[run_end])) {
      if (text_[run_end] == '.') ++periods;
      else question = true;
      ++run_end;
    }
    size_t end = run_end;
    bool quote_closed = false;
    const bool closed = end < n && IsClosing(text_[end]);
    while (end < n && IsClosing(text_[end])) {
      if (text_[end] == '"' || text_[end] == '\'') quote_closed = true;
      ++end;
    }
    if (end >= n) return end;  // Run() emits the last sentence
    if (!IsWhite(text_[end])) {
      if (GluedBoundary(i, run_end, end, periods, question)) Emit(end);
      return end;
    }
    const NextWord next = ReadNextWord(text_, end);
    if (next.at_end) return end;
    const bool standalone = i == start_ || IsWhite(text_[i - 1]);
    bool boundary = false;
    if (question) {
      boundary = standalone ||
                 (next.letter_case != Case::kLower &&
                  !(quote_closed && !internal::IsSentenceOpener(next.word) &&
                    SpeechVerbFollows(text_, next)));
    } else if (periods >= 2) {
      boundary = next.letter_case == Case::kUpper;
    } else if (standalone) {
      boundary = true;
    } else {
      boundary = PeriodEnds(i, closed, next);
    }
    if (boundary) Emit(end);
    return end;
  }

  // A single period after a word, followed by whitespace.
  bool PeriodEnds(size_t period, bool closed, const NextWord& next) const {
    size_t word_start = period;
    while (word_start > start_ && !IsWhite(text_[word_start - 1])) {
      --word_start;
    }
    while (word_start < period && IsOpening(text_[word_start])) ++word_start;
    std::string_view word = text_.substr(word_start, period - word_start);
    // "(R-Ariz.)", "Brown/Sen.": judge the last part of a compound.
    const size_t joint = word.find_last_of("-/");
    if (joint != std::string_view::npos && joint + 1 < word.size()) {
      word_start += joint + 1;
      word.remove_prefix(joint + 1);
    }
    if (word.empty() || IsClosing(word.back())) {
      return true;  // `called it "great".` or `(see below).`
    }
    AbbreviationKind kind = AbbreviationKind::kNone;
    // One letter: an initial ("John F. Kennedy", lower-cased "edward j.").
    const bool initial = word.size() == 1 && IsAsciiLetter(word[0]);
    if (initial || IsAcronym(word)) {
      kind = AbbreviationKind::kAmbiguous;
    } else {
      kind = internal::LookUpAbbreviation(word);
    }
    switch (kind) {
      case AbbreviationKind::kTitle:
      case AbbreviationKind::kNeverEnds:
        return false;
      case AbbreviationKind::kNumbered:
        if (next.letter_case == Case::kDigit ||
            (IsRomanNumeral(next.word) &&
             !internal::IsSentenceOpener(next.word))) {
          return false;  // "No. 5", "Pt. II"
        }
        break;
      case AbbreviationKind::kMonth:
      case AbbreviationKind::kAmbiguous:
        if (next.letter_case != Case::kUpper) return false;
        if (initial && next.crossed_line) return false;  // wrapped "John F."
        return next.crossed_line || next.opened_quote ||
               internal::IsSentenceOpener(next.word);
      case AbbreviationKind::kNone:
        break;
    }
    // An ordinary word.
    // `"Go home." he said`, "(see Fig. 2.) and": a quote or bracket closed
    // inside a sentence that goes on.
    if (next.letter_case == Case::kLower && closed) return false;
    if (word.size() <= 2 && IsDigit(word[0]) && IsDigit(word.back())) {
      size_t k = word_start;
      while (k > start_ && text_[k - 1] == ' ') --k;
      if (k == start_ || text_[k - 1] == '\n') return false;  // "1. Preheat"
    }
    return true;
  }

  // "said.The": a period between an ordinary word and a capitalised one.
  bool GluedBoundary(size_t i, size_t run_end, size_t end, int periods,
                     bool question) const {
    if (run_end - i != 1 || end != run_end) return false;
    if (periods != 1 && !question) return false;
    if (end + 1 >= text_.size() || !IsAsciiUpper(text_[end]) ||
        !IsAsciiLower(text_[end + 1])) {
      return false;
    }
    size_t k = i;
    while (k > start_ && IsAsciiLower(text_[k - 1])) --k;
    if (k > start_ && IsAsciiUpper(text_[k - 1])) --k;
    if (i - k < 3) return false;
    if (k > start_ && !IsWhite(text_[k - 1]) && !IsOpening(text_[k - 1])) {
      return false;
    }
    return internal::LookUpAbbreviation(text_.substr(k, i - k)) ==
           AbbreviationKind::kNone;
  }

  std::string_view text_;
  size_t start_ = 0;
  std::vector<ByteSpan> spans_;
};

}  // namespace

std::vector<ByteSpan> SplitSentences(std::string_view text) {
  return Splitter(text).Run();
}

}  // namespace concord::text
