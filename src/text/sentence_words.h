// Internal to src/text: use concord/text.h (SplitSentences) instead.
//
// What the sentence splitter reads around a terminal: byte classes, the
// letter case of a character, the word after a terminal, and the shapes of
// a few words (acronyms, Roman numerals). Kept apart from
// sentence_splitter.cc, which holds the decisions.
#ifndef CONCORD_SRC_TEXT_SENTENCE_WORDS_H_
#define CONCORD_SRC_TEXT_SENTENCE_WORDS_H_

#include <cstddef>
#include <string_view>

namespace concord::internal {

inline bool IsWhite(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
inline bool IsTerminal(char c) { return c == '.' || c == '?' || c == '!'; }
inline bool IsClosing(char c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'; }
inline bool IsOpening(char c) { return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

enum class Case { kUpper, kLower, kDigit, kOther };

// The case of the character at text[pos] (Unicode letters and digits
// included). REQUIRES: pos < text.size().
Case CaseAt(std::string_view text, size_t pos);

// The word after a terminal.
struct NextWord {
  bool at_end = false;        // nothing but whitespace follows
  bool crossed_line = false;  // a line break lies before it
  bool opened_quote = false;  // an opening quote precedes it
  Case letter_case = Case::kOther;
  std::string_view word;  // its leading ASCII letters and apostrophes
  size_t word_end = 0;
};

// The word that starts at text[pos] past whitespace and opening marks.
NextWord ReadNextWord(std::string_view text, size_t pos);

// True when a verb of saying is the second or third word from `next` on
// (`"Why?" Smith asked`, `"Why?" Aunt Rosa asked`), or the fourth or fifth
// after capitalised words only, a title and a name (`"Why now?" Senator
// Ann Lee asked`). A title's or an initial's period does not stop the
// reading (`"Never!" Mr. Calderón told CNBC`).
bool SpeechVerbFollows(std::string_view text, const NextWord& next);

// True when a closed quotation's speaker and verb follow it, so that the
// sentence goes on (`"Really?" Mina laughed`, `". . ." Smith said`): a
// verb of saying follows (SpeechVerbFollows) and `next` opens no sentence
// or is a title ("Mr.", which opens sentences too).
bool SpeakerFollows(std::string_view text, const NextWord& next);

// True when `next` continues a time or date after "p.m." or "Oct.": a
// weekday, a month or a time zone, also one written with periods ("E.T.";
// see ContinuesClockTime).
bool ContinuesTime(std::string_view text, const NextWord& next);

// True for "II", "XIV": a capital Roman numeral after "Pt." or "Vol.".
bool IsRomanNumeral(std::string_view word);

// The value of `word` read as a Roman numeral written the usual way, all in
// capitals or all in lower case, from the letters I V X L C ("IV" 4, "xii"
// 12, "C" 100); 0 for anything else ("IIII", "civil", "Iv", "VX").
int RomanNumeralValue(std::string_view word);

// True for a word that can mark an item of a list when it opens a sentence
// with a period after it: one or two digits ("2."), one letter ("b.") or a
// Roman numeral ("II.", "iv.").
bool IsListMarkerWord(std::string_view word);

// True for a short unit ("mi", "kg"), one spelt with periods ("m.p.h") or
// a rate of two ("km/h").
bool IsCompoundUnit(std::string_view word);

// True when every letter of `word` is a capital: "DEC", "P.M".
bool IsAllCapitals(std::string_view word);

// True for "a.m", "p.m", "A.M", "P.M" (the word before its last period).
bool IsClockSuffix(std::string_view word);

// True for a rate of two single letters written with a slash ("y/y",
// "q/q", "m/m"): a word of its own, not an initial after a slash.
bool IsLetterRatio(std::string_view word);

// True when the word at text[word_start] is a short unit after a number
// ("26.2 mi", "$1.2 bn") or glued to one ("5kg", "$3bn"); `word` is the word
// without its period and the sentence starts at text[sentence_start].
bool IsUnitAfterNumber(std::string_view text, size_t sentence_start, size_t word_start,
                       std::string_view word);

// True for "U.S", "a.m", "J.R.R", "Ph.D": two or more period-separated
// segments of one or two ASCII letters.
bool IsAcronym(std::string_view word);

// Past the reference marks that start at text[pos] ("[4]", "[12][13]",
// "[a]": Wikipedia's notes after the final punctuation, or superscript
// digits, "¹²", or one note number in parentheses glued to the period and
// followed by whitespace, "altitude.(3) Cooks"); pos itself when there are
// none.
size_t PastNoteMarks(std::string_view text, size_t pos);

// The length of an emoticon (":)", ";-)", ":(", ":D", ":P") that starts at
// text[pos] and is followed by whitespace or the end; 0 for anything else.
size_t EmoticonLength(std::string_view text, size_t pos);

}  // namespace concord::internal

#endif  // CONCORD_SRC_TEXT_SENTENCE_WORDS_H_
