// Document: an article analysed once — noise removed, split into sentences,
// tokenized and stemmed. Every later stage (summarize, compare) reads it and
// nobody tokenizes again.
//
//   concord::text::Tokenizer tokenizer;
//   concord::Document doc = concord::text::Analyze(article, tokenizer);
//   for (const concord::Sentence& s : doc.sentences) use(s.text, s.tokens);
//
// Lifetime: the tokens' forms are views into Document::vocabulary, which the
// Document and its copies share: a Token (or a Sentence) copied out of
// every Document that holds that vocabulary dangles. Keep the Document.
//
// Thread safety: Analyze is thread-safe given one Tokenizer per thread;
// AnalyzeArticles is thread-safe given one `tokenizer` per thread.
#ifndef CONCORD_DOCUMENT_H_
#define CONCORD_DOCUMENT_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/article.h"
#include "concord/clean.h"
#include "concord/text.h"

namespace concord {

struct Sentence {
  size_t start = 0;  // byte span of the sentence in Article::text
  size_t end = 0;
  // The sentence as shown: Article::text[start, end) without the noise
  // removed inside it, whitespace runs collapsed to one space.
  std::string text;
  std::vector<text::Token> tokens;  // word tokens of `text` (views: see vocabulary)
  size_t index = 0;                 // position among the document's sentences
  size_t paragraph = 0;             // paragraph number, from 0
};

struct Document {
  // The distinct lower-case forms of the article's words with their stems,
  // ids by first sight (the sentences' tokens in order, then the scan's
  // words): the bytes every Token of `sentences` views and the terms that
  // `scan` numbers. Shared by the Document's copies and freed with the last
  // of them, so memory is the article's own vocabulary, never a process's.
  std::shared_ptr<const text::Vocabulary> vocabulary;
  std::vector<Sentence> sentences;
  std::vector<clean::Removal> removed;  // noise found in Article::text
  size_t words = 0;                     // word tokens in all sentences
  // The words of Article::text outside `removed`, with byte spans of
  // Article::text, case and shape flags and interned lower-case forms
  // (text::ScanWords), the forms in `vocabulary`. Compare reads names,
  // quotes and speakers from them. Empty when AnalyzeOptions::scan_words is
  // false.
  text::WordScan scan;
  // Article::text as compare reads it, filled with `scan`: the removed noise
  // blanked out with spaces (a hovercard glued between a name and "said"
  // disappears, and so do quotation marks inside noise) and each no-break
  // space (U+00A0, two bytes) written as two spaces. Same length as
  // Article::text, so every offset of `scan`, `sentences` and `removed`
  // points into both. Empty when AnalyzeOptions::scan_words is false.
  std::string masked_text;
  std::string_view Lower(const text::Word& w) const { return scan.Lower(w); }
};

namespace text {

struct AnalyzeOptions {
  clean::CleanOptions clean;  // scraper-noise removal (on by default)
  // Fill Document::scan. Compare (Align, ExtractQuotes) requires it; a
  // caller that only summarizes may leave it out (it is a tenth of the
  // analysis' instructions).
  bool scan_words = true;
  // A time limit (the server's --timeout): an article whose analysis has
  // not begun when it passes is left as an empty Document, so a big story
  // stops within one article's analysis of the limit. The caller must then
  // check the limit (CheckDeadline) and drop the result.
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

// `text` with the `removed` spans blanked out by spaces and each no-break
// space written as two spaces (Document::masked_text).
std::string MaskNoise(std::string_view text, const std::vector<clean::Removal>& removed);

// Cleans, normalises, splits and tokenizes `article.text`, and scans the
// words of the text left after cleaning (Document::scan). Never fails: an
// empty body gives a Document with no sentences.
Document Analyze(const Article& article, Tokenizer& tokenizer, const AnalyzeOptions& options = {});

// Analyze of each article, in order: the Documents of one story. With two
// or more articles they are analysed in parallel on the threads of the
// calling TBB arena (every core, or the arena the caller runs in), each
// thread with a Tokenizer of its own; `tokenizer` serves a single article.
// The result does not depend on the thread count.
std::vector<Document> AnalyzeArticles(const std::vector<Article>& articles, Tokenizer& tokenizer,
                                      const AnalyzeOptions& options = {});

// The sentences of one quotation that runs over sentences: first and last
// index, inclusive. A sentence in no such quotation is a passage of its own
// (first == last).
struct Passage {
  size_t first = 0;
  size_t last = 0;
};

// The passage of each of `sentences` (one Document's, in order): a sentence
// that leaves a quotation open (QuoteMarks) and the sentences after it up
// to the one that closes it. The quotation goes on into the next paragraph
// only when that paragraph opens with a mark (news style opens a quotation
// again at each paragraph it runs over); one never closed, or still open
// after `limit` sentences (a stray mark, a lost closing one), joins nothing.
// Shown by compare's report, so that what outlets agree on or report alone
// is never half a quotation. Linear in the sentences' bytes.
std::vector<Passage> QuotationPassages(const std::vector<Sentence>& sentences, size_t limit = 5);

}  // namespace text
}  // namespace concord

#endif  // CONCORD_DOCUMENT_H_
