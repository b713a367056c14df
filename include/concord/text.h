// Text primitives: UTF-8 repair, normalisation with an offset map, sentence
// splitting, word tokens with Snowball stems, stopwords.
//
// These functions know English news prose but nothing about articles or
// clusters; text::Analyze (document.h) chains them for one article.
//
//   concord::text::Normalized n = concord::text::Normalize(raw);
//   for (concord::text::ByteSpan s : concord::text::SplitSentences(n.text)) {
//     concord::text::ByteSpan in_original = concord::text::ToOriginal(n, s, raw);
//     ...
//   }
//   concord::text::Tokenizer tokenizer;  // one per thread
//   concord::text::Vocabulary vocabulary;  // outlives the tokens
//   std::vector<concord::text::Token> words =
//       tokenizer.Tokenize("U.S. troops", vocabulary);
//
// Thread safety: the free functions are thread-safe. A Tokenizer holds a
// Snowball stemmer and is thread-compatible: use one per thread. A
// Vocabulary is thread-compatible: one thread interns into it at a time.
#ifndef CONCORD_TEXT_H_
#define CONCORD_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace concord::text {

// A half-open byte range [start, end) in some text named by the caller.
struct ByteSpan {
  size_t start = 0;
  size_t end = 0;
  bool operator==(const ByteSpan&) const = default;
};

// ---- UTF-8 ---------------------------------------------------------------

struct Utf8Repair {
  std::string text;    // valid UTF-8
  size_t invalid = 0;  // number of invalid sequences replaced
};

// Returns `bytes` with every maximal invalid subsequence replaced by U+FFFD
// (the W3C/Unicode "substitution of maximal subparts" practice). Valid input
// comes back unchanged with invalid == 0.
Utf8Repair RepairUtf8(std::string_view bytes);

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);

// True when `bytes` is not text: more than 10% of its first 8 KiB are
// control characters other than tab, CR, LF and FF (NUL counts), or more
// than 10% of all its bytes are NUL. So a stray NUL or two in an article is
// not binary (ReplaceNul turns them into U+FFFD); an image or UTF-32 is.
// Empty input is not binary. UTF-16 (half NUL for English) is binary here:
// decode it first with DecodeUtf16.
bool LooksBinary(std::string_view bytes);

// Replaces every NUL byte of `text` by U+FFFD; returns how many.
size_t ReplaceNul(std::string& text);

// UTF-16 that starts with a byte-order mark (FF FE: little-endian, FE FF:
// big-endian) decoded to UTF-8 without the mark; an unpaired surrogate or a
// final odd byte becomes U+FFFD, counted in `invalid`. nullopt when `bytes`
// does not start with a UTF-16 byte-order mark.
std::optional<Utf8Repair> DecodeUtf16(std::string_view bytes);

// ---- Normalisation -------------------------------------------------------

// A span of the original to leave out of the normalised text (cleaning
// removals). It becomes a paragraph break, or one space when it sat inside a
// sentence (an inline hovercard).
struct Excision {
  ByteSpan span;
  bool breaks_paragraph = true;
};

struct Normalized {
  std::string text;  // normalised, valid UTF-8
  // to_original[i] is the byte offset in the original of text[i];
  // to_original.size() == text.size() + 1 and the last entry maps the end.
  // Offsets never decrease. Precisely:
  //  - a byte of a character kept as it is maps to the same byte;
  //  - every byte of a replacement ("..." for U+2026, '"' for U+201C) maps
  //    to the first byte of the character it replaces;
  //  - the " ", "\n" or "\n\n" written for a run of whitespace, line breaks
  //    and excisions maps to the first byte of that run;
  //  - the last entry is the offset just after the last character kept.
  // So a span [s, e) of `text` is the span [to_original[s], to_original[e])
  // of the original, which ends right after its last character and never
  // takes in the whitespace or removed noise that follows it.
  std::vector<uint32_t> to_original;
};

// The span of `original` that the non-empty `span` of `normalized.text`
// came from, ending right after the original character of its last byte:
// unlike [to_original[s], to_original[e]), it also leaves out characters
// that normalisation dropped (zero-width, soft hyphen) just after the span.
// REQUIRES: `normalized` is Normalize(original, ...); span.start < span.end
// <= normalized.text.size().
ByteSpan ToOriginal(const Normalized& normalized, ByteSpan span, std::string_view original);

// Normalises valid UTF-8 `original` for splitting:
//  - curly and other typographic quotes become ' or ", dashes (U+2010..2015,
//    U+2212) become '-', the ellipsis character becomes "...";
//  - non-breaking and other Unicode spaces become ' '; zero-width characters
//    and soft hyphens are dropped; runs of spaces and tabs become one space;
//  - a line break ("\n", "\r\n", "\r", U+0085, U+2028) stays "\n"; two or
//    more line breaks (with only whitespace between them), a form feed or
//    U+2029 become exactly "\n\n", a paragraph break;
//  - other control characters count as spaces; bidi marks (U+200E/F) are
//    dropped like zero-width characters;
//  - each excision is left out (sorted or not, overlaps allowed; spans
//    past the end are clipped);
//  - whitespace at the start and the end is dropped.
// REQUIRES: original is valid UTF-8 and shorter than 4 GiB. Ill-formed
// bytes (a broken REQUIRES) come out as U+FFFD, never as a crash.
Normalized Normalize(std::string_view original, const std::vector<Excision>& excisions = {});

// Returns `original` with whitespace runs (including line breaks) collapsed
// to one space and trimmed; nothing else changes. Used for display.
std::string CollapseWhitespace(std::string_view original);

// Returns `text` as Markdown shows it literally, for one line of a list item,
// heading or (with `table_cell`) a table cell: a backslash before each
// character that Markdown would act on (\ ` * _ [ ] < > | # ~ &), and before
// a leading "-", "+", "=" or a number's "." or ")" that would start a list or
// rule; line breaks become spaces. `|` is escaped everywhere, so the same
// text is safe in a cell. Used by every Markdown writer.
std::string EscapeMarkdown(std::string_view text);

// ---- Sentences -----------------------------------------------------------

// Splits normalised text (output of Normalize) into sentences. Returns byte
// spans into `text`, in order, non-overlapping, trimmed of whitespace, never
// empty. Knows news prose: abbreviations (U.S., Gen., Sen., Mr., Jan., Inc.,
// a.m., No. 5), initials (John F. Kennedy), decimals, times and money, a
// quote closing after the period, ellipses, "(CNN) -" datelines. A paragraph
// break always ends a sentence, and so does a line break after a line without
// final punctuation (headlines, bullets) unless the line ends in ',', ';',
// '-' or "(CNN)" or the next line starts in lower case (wrapped prose).
// A period after an abbreviation that may end a sentence (U.S., Inc., a.m.,
// Jan.) ends one only before a word that usually opens sentences ("The",
// "He", "But"), an opening quote or a line break: "in the U.S. The next day"
// splits, "the U.S. Army" does not, and "in the U.S. Obama said" is missed.
// Lower-cased, tokenised text ("fell 8.2 % . the report") splits at its
// free-standing periods, and a straight mark standing alone after the
// period (`a good day . " the mayor`) ends the sentence when it closes a
// quotation open there and opens the next one otherwise.
// sentence_splitter.cc's opening comment has the full rules. Cost: linear;
// it allocates besides the result only to read quotation marks before such
// a mark.
std::vector<ByteSpan> SplitSentences(std::string_view text);

// ---- Quotation marks -----------------------------------------------------

enum class QuoteMark { kOpen, kClose, kEither };

// The double quotation marks of `text` in order. Curly marks (U+201C,
// U+201D) say whether they open or close, and so do `` and '' (as some
// sites write them); a straight mark opens when it follows the start, a
// space or an opening bracket and comes before a non-space other than
// , ; : . ! ? ) ] (a period that opens an ellipsis, `"...we`, is not one),
// closes when it follows a non-space and comes before a space or the end,
// and may be either otherwise (tokenized text puts spaces on both sides,
// and writes `a " sheer farce ".`, where the mark before the period
// closes). The one reading of quotation marks of summarize, compare's
// report, eval and the splitter (compare's quote finder,
// src/compare/quote_marks.cc, reads its own, with the same rule for a
// mark before punctuation).
std::vector<QuoteMark> QuoteMarks(std::string_view text);

// The same marks, each with whether it is a straight " (a curly or ``
// mark says what it is; a straight one is read from its neighbours):
// what ReadQuotation and eval's readability check need to tell a nested
// quotation from one opened again.
struct QuoteMarkRead {
  QuoteMark mark;
  bool straight;
};
std::vector<QuoteMarkRead> ReadQuoteMarks(std::string_view text);

// Quotations open after some text (ReadQuotation).
struct QuotationState {
  size_t depth = 0;       // how many are open, the nested ones included
  bool definite = false;  // the outermost was opened by a mark that only opens
  bool straight = false;  // the outermost was opened by a straight mark
};

// The state after the marks of `text`, read from `state`. A closing mark
// closes the innermost quotation open (or none). An opening mark can never
// close one: while one is open, a curly or `` one opens a nested one (“…
// “shut” …”, as scrapers write inner quotations), unless it opens `text`
// itself, a new sentence or paragraph of a quotation that runs on, which
// opens the same quotation again; a straight one (writers nest only
// single marks in straight ones, so it is a closing mark misread) leaves
// the quotation open as it was. A curly opening mark inside a quotation a
// straight mark opened opens it again too (scraped text mixes styles:
// "... “..." is one quotation; writers who use straight marks do not nest
// curly double ones). A straight mark that may be either closes the
// innermost when one is open and opens one otherwise.
QuotationState ReadQuotation(std::string_view text, QuotationState state = {});

// True when `text` opens with a double quotation mark (leading spaces
// aside): a paragraph that goes on with a quotation opens it again.
bool OpensWithMark(std::string_view text);

// True when the marks of `text`, read from a closed state, leave a
// quotation open at its end (ReadQuotation).
bool EndsInsideQuotation(std::string_view text);

// ---- Vocabulary ----------------------------------------------------------

// The distinct lower-case forms of one analysis (one Document, or whatever
// one caller tokenizes), numbered 0, 1, 2, ... in the order of first sight,
// each with its stem and stopword flag once a Tokenizer has needed them.
//
// Lifetime: every view a Vocabulary gives out (Lower(), a Term's views, and
// so Token::lower and Token::stem) points into storage of its own that only
// grows and never moves, so the views stay valid while the Vocabulary lives,
// across moves of it, and die with it. A Token must not outlive the
// Vocabulary it was tokenized into: a Document owns its own
// (Document::vocabulary, shared by the Document's copies), and a caller that
// tokenizes outside a Document keeps one beside its tokens. Not copyable (a
// copy's tokens would point into the original); a moved-from one is empty.
// Memory is that of the distinct words seen, freed with the Vocabulary.
// Thread-compatible: one writer, or any number of readers.
class Vocabulary {
 public:
  struct Term {
    std::string_view lower;
    std::string_view stem;  // Snowball English stem; empty until stemmed
    bool stemmed = false;   // stem and stopword are set (Tokenizer does)
    bool stopword = false;
  };

  Vocabulary();
  ~Vocabulary();
  Vocabulary(Vocabulary&& other) noexcept;
  Vocabulary& operator=(Vocabulary&& other) noexcept;
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;

  // Room for `terms` terms in the look-up table and their bytes in the
  // first chunk (a guess; more still fit).
  void Reserve(size_t terms);

  // Gives back the spare room of the vector of terms and the look-up table,
  // once no more terms are expected (a Document's, after the analysis): ids
  // and views unchanged. A later Intern builds the table again; Find
  // without it compares the terms one by one.
  void ShrinkToFit();

  static constexpr uint32_t kNotFound = UINT32_MAX;

  // The id of `lower` (copied in on first sight).
  uint32_t Intern(std::string_view lower);
  // The id of `lower`, or kNotFound.
  uint32_t Find(std::string_view lower) const;
  // The id of `lower` whose hash is `hash` (util::ViewHash of it).
  uint32_t Intern(std::string_view lower, size_t hash);

  size_t size() const { return terms_.size(); }
  const Term& term(uint32_t id) const { return terms_[id]; }
  std::string_view Lower(uint32_t id) const { return terms_[id].lower; }

  // Sets the stem and stopword flag of term `id` (the stem is copied in, or
  // shares the bytes of the lower-case form when it is a prefix of it).
  void SetStem(uint32_t id, std::string_view stem, bool stopword);

  // A copy of `bytes` that lives as long as this Vocabulary: for a Token
  // built by hand (tests).
  std::string_view Keep(std::string_view bytes);

  // Bytes of terms held (forms and stems), for a caller that bounds it.
  size_t bytes() const { return bytes_; }

  // Forgets every term: views given out before dangle.
  void Clear();

 private:
  void Grow();

  std::vector<Term> terms_;
  std::vector<uint32_t> slots_;                  // ids, open addressing, a power of two long
  std::vector<std::unique_ptr<char[]>> chunks_;  // the bytes of the views
  char* free_ = nullptr;
  size_t left_ = 0;        // bytes free at free_
  size_t next_chunk_ = 0;  // size of the next chunk
  size_t bytes_ = 0;       // bytes copied in (bytes())
};

// ---- Tokens --------------------------------------------------------------

// A word of the text given to Tokenize: its span and views of its forms in
// the Vocabulary it was tokenized into (see Vocabulary, "Lifetime"): no
// string of its own. Compare the forms as strings.
struct Token {
  ByteSpan span;           // in the text given to Tokenize
  std::string_view lower;  // lower-cased; typographic apostrophes become '
  std::string_view stem;   // Snowball English stem of `lower`
  bool is_stopword = false;
  bool is_number = false;  // starts with a digit
};

// True for English function words: articles, pronouns, forms of be/have/do,
// modals, prepositions, conjunctions, common adverbs and their contractions
// (about 240 words written for concord). "said" and other verbs of saying
// are not stopwords (they carry attribution; IDF already weighs them
// little), nor are numbers or number words. REQUIRES: `lower` is lower case.
bool IsStopword(std::string_view lower);

// Splits text into word tokens: runs of letters and digits, keeping internal
// apostrophes (don't, Iran's), periods inside abbreviations and numbers
// (U.S., 3.5) and commas inside numbers (1,700); hyphens and all other
// punctuation separate words and are not returned. An acronym of one- or
// two-letter segments keeps its final period ("U.S." -> "u.s.") so it is
// the same token mid-sentence and at the end of one. A number (a token that
// starts with a digit) is its own stem. Invalid UTF-8 separates words.
// Each token's forms are interned in the caller's Vocabulary, stemmed once
// per Vocabulary; the Tokenizer also keeps a bounded cache of stems (cleared
// when full, so memory stays flat in a long process), so reuse one per
// thread.
struct Word;  // a word of ScanWords, below

class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // The tokens of `text`, their forms interned in `vocabulary`, which must
  // outlive them.
  std::vector<Token> Tokenize(std::string_view text, Vocabulary& vocabulary);

  // The same, also appending to *plain_words each token that is a run of
  // ASCII letters and digits only (no joiner, no other character), as a
  // Word of `text` with its term in `vocabulary` and its flags: what
  // ScanWords would read there, for text::Analyze to hand to it (see
  // ScanWords, `known`) so the word is read once.
  std::vector<Token> Tokenize(std::string_view text, Vocabulary& vocabulary,
                              std::vector<Word>* plain_words);

  // Snowball English stem of one lower-case word.
  std::string Stem(std::string_view lower);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---- Term weights ----------------------------------------------------------

// The smoothed inverse frequency: log((units + 1) / count) for a term
// found in `count` of a story's `units` (its sentences): the one idf of
// concord. Compare's alignment weighs its features with it and the
// summarizers their terms; the +1 keeps a term found in every unit above
// zero, so the two sentences of a two-sentence story can still be alike.
// Chosen on ECB+ pairs for the alignment and on train1000 for the
// summarizers (docs/compare.md, "One idf").
// REQUIRES: 0 < count <= units.
double InverseFrequency(double units, double count);

// ---- Words of the article text -------------------------------------------

// A word of the text it was scanned from, as compare reads articles: exact
// byte offsets (quotes, speakers and names are reported as spans of the
// input), case and shape flags, and its lower-case form as a term id.
struct Word {
  static constexpr uint32_t kNoTerm = UINT32_MAX;
  size_t start = 0;  // byte span in the scanned text
  size_t end = 0;
  uint32_t term = kNoTerm;   // id in WordScan::vocabulary; kNoTerm for a clipped word
  bool capitalized = false;  // first letter upper case, or "diGenova" (text/name_case.h)
  bool all_caps = false;     // two or more letters, all upper case
  bool is_number = false;    // starts with a digit
};

struct WordScan {
  std::vector<Word> words;  // in text order
  // The lower-case forms (LowerWord) that Word::term numbers.
  std::shared_ptr<const Vocabulary> vocabulary;
  std::string_view Lower(const Word& w) const { return vocabulary->Lower(w.term); }
};

// The words of `text` outside the `skip` spans (scraper noise), each with
// its lower-case form interned in `vocabulary` (a new one when null), which
// the scan keeps. Words are runs of letters and digits; an apostrophe
// between letters ("don't", "Iran's"), a comma or period between digits
// ("1,700", "3.5"), the periods of an abbreviation of single letters
// ("U.S.") and the period of a short title ("Gen.", "Mr.") stay inside.
// Unlike Tokenizer (which tokenizes a sentence's display text for the
// summarizers' stems), the offsets are those of `text` itself.
// text::Analyze runs it once per article (Document::scan), into the
// Document's vocabulary, with `known`: the words its Tokenizer already read
// (Tokenize's plain_words, mapped to offsets of `text`). Where the scan
// would read one of them the same (most words: not where its rules and the
// Tokenizer's differ, before a period, comma or apostrophe that joins, or
// a title's period), it takes that word and its term as they are instead
// of reading, lower-casing and interning it again; the result is the same
// as without `known`.
// REQUIRES: each word of `known` is a run of ASCII letters and digits of
// `text`, its term the id of its lower case in `vocabulary`, its flags
// those of its bytes; sorted by start.
WordScan ScanWords(std::string_view text, std::vector<ByteSpan> skip = {},
                   std::shared_ptr<Vocabulary> vocabulary = nullptr,
                   std::span<const Word> known = {});

// The part [start, end) of a scanned word, cut by a window of the text that
// ends or starts inside it, with its flags; term is Word::kNoTerm.
Word ClippedWord(std::string_view text, size_t start, size_t end);

// Lower case of a word (ASCII and Unicode letters via utf8proc), typographic
// apostrophes made straight: the form WordScan::vocabulary holds.
std::string LowerWord(std::string_view word);

}  // namespace concord::text

#endif  // CONCORD_TEXT_H_
