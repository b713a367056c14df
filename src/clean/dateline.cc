// The dateline that opens an article: "WASHINGTON — ", "FERGUSON, Mo. -- ",
// "Denver (AP) – ", "Salt lake city ( ap ) — ".
//
// A dateline says where one outlet filed its report; it is not part of what
// happened, and printed in a summary of many outlets it reads as scraper
// junk ("WASHINGTON - And on the second day ..." opening a summary, or
// "WASHINGTON ― House Minority Leader ..." as its seventh sentence). On
// BASIL's 100 events, 19 summaries of 100 words carried one (3 of them
// after the first sentence). The rule reads shape and a short list of
// function words, not letter case, since the training text is lower-cased
// after its first letter ("Des moines, iowa ( ap ) — republican leaders
// ..."):
//   place      1 to 4 words of letters (inner '.', '\'' and '-' allowed);
//   state      optionally ", " and 1 to 3 such words ("Mo.", "N.H."), or
//              a month and a day of a wire's date ("march 11", "Dec. 3");
//   agency     optionally "(" 1 to 3 words ")" ("(AP)", "( reuters )");
//   dash       a run of 1 to 3 of - – — ―, with a space on each side, or,
//              when every letter of the place is a capital, none needed
//              ("WASHINGTON—Joining", "WASHINGTON ―House");
//   what follows: at least five words, the first opening with a letter, a
//              digit or a quotation mark.
// No word of the place or state may be a function word ("His chances were
// slim — of ..." and "John Boehner is setting expectations high -- but"
// are prose), nor "file" (an AP caption, "FILE - In this photo"), nor an
// initial or a title ("Stephen K. Bannon — ", "Mr. Smith — "); every word
// of the place opens with a capital unless a state or an agency follows it
// ("Rihanna dramatically fell ill — " and "Littoral combat ship - " open
// training documents); and in cased text, what follows a place in mixed
// case with neither opens with a capital ("Paris — the city of light — is
// ..." is prose).
// Only the first line of prose is read (noise.cc): a dateline opens the
// report.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "clean/rules.h"
#include "util/calendar.h"

namespace concord::internal::clean {
namespace {

constexpr std::array<std::string_view, 48> kFunctionWords = {
    "a",    "an",   "the",  "and", "or",   "but",  "of",   "in",    "on",  "at",   "to",   "for",
    "by",   "with", "from", "as",  "is",   "are",  "was",  "were",  "be",  "been", "has",  "have",
    "had",  "he",   "she",  "it",  "they", "we",   "i",    "you",   "his", "her",  "its",  "their",
    "this", "that", "not",  "no",  "said", "says", "will", "would", "who", "what", "file", "our"};

// A person's titles, in lower case ("Mr. Smith — a former senator — said
// ..." is prose; no dateline names a place with one).
constexpr std::array<std::string_view, 18> kTitles = {
    "mr.",  "mrs.", "ms.",  "dr.",   "mr",   "mrs", "ms",   "dr",   "sen.",
    "rep.", "gov.", "gen.", "prof.", "rev.", "lt.", "col.", "sgt.", "pres."};

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The bytes of the letter at `pos`, or 0: an ASCII letter, or a two-byte
// UTF-8 character from U+00C0 on (the accented Latin letters, "SÃO PAULO";
// never a dash, a curly quotation mark or a no-break space).
size_t LetterAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  if (IsAsciiLetter(s[pos])) return 1;
  const auto lead = static_cast<unsigned char>(s[pos]);
  if (lead >= 0xC3 && lead <= 0xDF && pos + 1 < s.size() &&
      (static_cast<unsigned char>(s[pos + 1]) & 0xC0) == 0x80) {
    return 2;
  }
  return 0;
}

// The case of the letter at `pos`: 'l' lower, 'u' upper, 0 none (not a
// letter, or one of a script without case, as Arabic). Reads ASCII and the
// two-byte letters of Latin-1, Greek and Cyrillic ("Москва — столица
// России" has its case told as "Paris — the city" has).
char CaseAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c >= 'a' && c <= 'z') return 'l';
  if (c >= 'A' && c <= 'Z') return 'u';
  if (pos + 1 >= s.size()) return 0;
  const unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[pos + 1]) & 0x3Fu);
  if (c < 0xC3 || c > 0xD4 || (static_cast<unsigned char>(s[pos + 1]) & 0xC0) != 0x80) return 0;
  if ((code >= 0xC0 && code <= 0xDE && code != 0xD7) || (code >= 0x391 && code <= 0x3AB) ||
      (code >= 0x400 && code <= 0x42F)) {
    return 'u';
  }
  if ((code >= 0xDF && code <= 0xFF && code != 0xF7) || (code >= 0x3AC && code <= 0x3CE) ||
      (code >= 0x430 && code <= 0x45F)) {
    return 'l';
  }
  return 0;
}

// The dash characters: "-" and the UTF-8 en dash, em dash and horizontal bar.
size_t DashAt(std::string_view s, size_t pos) {
  if (pos < s.size() && s[pos] == '-') return 1;
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x95"}) {
    if (s.substr(pos, dash.size()) == dash) return dash.size();
  }
  return 0;
}

// What the words of a place tell.
struct WordShape {
  bool upper = true;           // no lower-case letter (CaseAt)
  bool capitalized = true;     // every word opens with a capital (or a letter without case)
  bool function_word = false;  // a word of kFunctionWords
  bool initial = false;  // a person's name: a word of one letter and a period ("K.") or a title
};

// Reads words separated by single spaces from `pos` while each is a word of
// letters, up to `most`; returns the count (0: none), moves `pos` past the
// last one and notes their shape.
size_t ReadWords(std::string_view s, size_t& pos, size_t most, WordShape& shape) {
  size_t count = 0;
  size_t at = pos;
  while (count < most && LetterAt(s, at) > 0) {
    size_t end = at;
    std::string lower;
    for (;;) {
      if (const size_t letter = LetterAt(s, end); letter > 0) {
        if (CaseAt(s, end) == 'l') shape.upper = false;
        for (size_t k = end; k < end + letter; ++k) {
          lower.push_back(s[k] >= 'A' && s[k] <= 'Z' ? static_cast<char>(s[k] - 'A' + 'a') : s[k]);
        }
        end += letter;
      } else if (end < s.size() &&
                 (s[end] == '.' || s[end] == '\'' || (s[end] == '-' && LetterAt(s, end + 1) > 0))) {
        lower.push_back(s[end]);
        ++end;
      } else {
        break;
      }
    }
    if (CaseAt(s, at) == 'l') shape.capitalized = false;
    for (std::string_view w : kFunctionWords)
      shape.function_word = shape.function_word || lower == w;
    shape.initial = shape.initial || (lower.size() == 2 && lower[1] == '.');
    for (std::string_view t : kTitles) shape.initial = shape.initial || lower == t;
    ++count;
    pos = end;
    if (end + 1 < s.size() && s[end] == ' ' && LetterAt(s, end + 1) > 0) {
      at = end + 1;
    } else {
      break;
    }
  }
  return count;
}

// True when the sentence that opens `s` (up to a stop and a space) holds
// a capital letter. The training text is lower-cased after the first
// letter of each sentence, so only its later sentences hold capitals.
bool SentenceHoldsCapital(std::string_view s) {
  for (size_t k = 0; k < s.size(); ++k) {
    if (CaseAt(s, k) == 'u') return true;
    if ((s[k] == '.' || s[k] == '!' || s[k] == '?') && (k + 1 == s.size() || s[k + 1] == ' ')) {
      return false;
    }
  }
  return false;
}

size_t SkipSpaces(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  return pos;
}

// True when what follows the dash reads as the report's first sentence.
bool OpensProse(std::string_view rest) {
  if (rest.empty()) return false;
  const char c = rest[0];
  const bool opens = LetterAt(rest, 0) > 0 || (c >= '0' && c <= '9') || c == '"' || c == '\'' ||
                     rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x98");
  size_t words = 1;
  for (size_t k = 1; k < rest.size(); ++k) {
    if (rest[k] == ' ' && rest[k - 1] != ' ') ++words;
  }
  // "Carpooling -- which has never really taken off -- is ...": an aside.
  for (std::string_view relative : {"which ", "who ", "whose ", "whom "}) {
    if (rest.starts_with(relative)) return false;
  }
  return opens && words >= 5;
}

// A wire dateline gives the day in the state's place ("Sochi, february 6
// ( ria novosti ) –", "WASHINGTON, Dec. 3 --"). When the last of the words
// from `start` to `pos` is a month and a day of one or two digits follows
// it, returns the end of the day, else `pos`. The month keeps a poll or a
// score ("Obama, Romney 47 - 45 ...") from reading as a date.
size_t DayEnd(std::string_view line, size_t start, size_t pos) {
  size_t end = pos + 1;
  while (end < line.size() && end - pos <= 2 && line[end] >= '0' && line[end] <= '9') ++end;
  if (pos >= line.size() || line[pos] != ' ' || end == pos + 1 ||
      (end < line.size() && line[end] != ' ')) {
    return pos;
  }
  std::string_view word = line.substr(start, pos - start);
  word.remove_prefix(word.rfind(' ') == std::string_view::npos ? 0 : word.rfind(' ') + 1);
  std::string lower;
  for (char c : word) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  return util::MonthOf(lower) >= 0 ? end : pos;
}

}  // namespace

size_t DatelineEnd(std::string_view line) {
  size_t pos = 0;
  WordShape place;
  if (ReadWords(line, pos, 4, place) == 0 || place.initial) return 0;
  bool qualified = false;  // a state or an agency follows the place
  WordShape rest;          // of the state and the agency: only function words count
  if (line.substr(pos, 2) == ", ") {
    pos += 2;
    const size_t state = pos;
    if (ReadWords(line, pos, 3, rest) == 0) return 0;
    qualified = true;
    pos = DayEnd(line, state, pos);
  }
  size_t after = SkipSpaces(line, pos);
  if (after < line.size() && line[after] == '(') {
    size_t inside = SkipSpaces(line, after + 1);
    WordShape agency;
    if (ReadWords(line, inside, 3, agency) == 0) return 0;
    inside = SkipSpaces(line, inside);
    if (inside >= line.size() || line[inside] != ')') return 0;
    pos = inside + 1;
    after = SkipSpaces(line, pos);
    qualified = true;
  }
  if (place.function_word || rest.function_word || !(place.capitalized || qualified)) return 0;
  const bool space_before = after > pos;
  size_t dash_end = after;
  for (size_t dashes = 0; dashes < 3; ++dashes) {
    const size_t d = DashAt(line, dash_end);
    if (d == 0) break;
    dash_end += d;
  }
  if (dash_end == after) return 0;
  const size_t end = SkipSpaces(line, dash_end);
  const bool spaced = space_before && end > dash_end;
  const bool wide_dash = dash_end - after > 1;  // not a lone hyphen
  if (!spaced && !(place.upper && wide_dash)) return 0;
  // Cased text opens a report's first sentence with a capital: after a
  // place in mixed case with neither state nor agency, a lower-case word
  // in a sentence that holds capitals is the sentence going on ("Paris —
  // the city of light — is hosting the Olympic Games"). Training text,
  // lower case after the first letter of each sentence, holds none there.
  if (!qualified && !place.upper && CaseAt(line, end) == 'l' &&
      SentenceHoldsCapital(line.substr(end))) {
    return 0;
  }
  return OpensProse(line.substr(end)) ? end : 0;
}

}  // namespace concord::internal::clean
