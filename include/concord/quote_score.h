// Scoring extracted quotes against gold attributions (PolNeAR).
//
//   Result<std::vector<concord::eval::GoldQuote>> gold =
//       concord::eval::ReadBratDirectQuotes(article.text, ann_file_text);
//   concord::eval::QuoteScores s = concord::eval::ScoreQuotes(
//       article.text, concord::compare::ExtractQuotes(article, doc), gold.value());
//
// Evaluation sits at the end of the data flow: it reads compare's Quotes
// and never the other way round (docs/DESIGN.md).
//
// Thread safety: pure functions, thread-safe.
#ifndef CONCORD_QUOTE_SCORE_H_
#define CONCORD_QUOTE_SCORE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/article.h"
#include "concord/compare.h"
#include "concord/status.h"
#include "concord/text.h"

namespace concord::eval {

// ---- Scoring against gold attributions (PolNeAR) --------------------------

// A gold direct quote: the content of an attribution whose every part is
// enclosed in quotation marks, and its source.
struct GoldQuote {
  std::vector<text::ByteSpan> parts;  // byte spans in the article text
  text::ByteSpan source;              // empty when the attribution has none
};

// Reads a brat standoff file of PolNeAR (`T<n>\tSource|Cue|Content|
// Attribution START END[;START END]\ttext` and `E<n>\tAttribution:T.. ...`
// lines; offsets count Unicode code points of `text`) and returns the
// attributions whose Content parts are each quoted. Fails with ParseError
// naming the line when a line is malformed or an offset is past the text.
Result<std::vector<GoldQuote>> ReadBratDirectQuotes(std::string_view text, std::string_view ann);

// One annotation file of a PolNeAR split: its article (id: the text's
// name) and the gold direct quotes the file marks in it.
struct PolnearFile {
  Article article;
  std::vector<GoldQuote> gold;
};

// A split name as given (`dev`, `train`, `train-a`): the folder it reads
// and, for `<folder>-a` / `<folder>-b`, the part of that folder's articles
// it keeps. The parts are fixed by the article's name alone: an article is
// in part b when the FNV-1a 64-bit hash of its name (the text's file name
// without `.txt`) is 7, 8 or 9 modulo 10 (about 30%), else in part a; all
// annotation files of an article fall in the same part. `train-a` is the
// part whose errors are read to choose rules, `train-b` the part nobody
// reads (docs/compare.md).
struct PolnearSplit {
  std::string folder;
  char part = 0;  // 0: every article; 'a' or 'b': that part
};
PolnearSplit ParsePolnearSplit(std::string_view split);
// Whether the article named `article` belongs to `split` (always when the
// split has no part).
bool InPolnearSplit(const PolnearSplit& split, std::string_view article);

// The annotation files DIR/<folder>/attributions/<article>_<annotator>.ann
// of the split's part, in name order, and the folder of their texts
// (DIR/<folder>/text); fails naming the two folders when either is not one.
struct PolnearFiles {
  std::vector<std::string> annotations;
  std::string text_dir;
};
Result<PolnearFiles> ListPolnearSplit(const std::string& dir, const PolnearSplit& split);
// The article an annotation file annotates: its name without the extension
// and the annotator's "_<annotator>".
std::string PolnearArticle(const std::string& annotation_path);

// Reads every DIR/<folder>/attributions/<article>_<annotator>.ann (in name
// order) with DIR/<folder>/text/<article>.txt, keeping the articles of the
// split's part (ParsePolnearSplit); a text that is not UTF-8 is skipped.
// Fails naming the folder or file that cannot be read or parsed.
Result<std::vector<PolnearFile>> ReadPolnearSplit(const std::string& dir, const std::string& split);

struct PrfCounts {
  size_t true_positives = 0;
  size_t predicted = 0;
  size_t gold = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
  PrfCounts& operator+=(const PrfCounts& other);
};

struct QuoteScores {
  PrfCounts exact;    // every part equal after trimming marks/punctuation
  PrfCounts overlap;  // words shared >= 50% of both the gold and the quote
  PrfCounts speaker;  // overlap match whose speaker span overlaps the source
};

// One row of the matching, for reading the errors: a predicted quote and
// the gold quote it was paired with (kNone for an unmatched side).
struct QuoteMatch {
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t predicted = kNone;  // index in `predicted` (never an embedded quote)
  size_t gold = kNone;       // index in `gold`
  bool overlap = false;      // counted as an overlap match
  bool speaker = false;      // counted as a speaker match
};

// Scores the non-embedded `predicted` quotes of one article against `gold`
// (one-to-one matching, greedy by overlap). `text` is the article text.
// With `matches`, it also receives every pair, then every unmatched
// predicted quote, then every unmatched gold quote.
QuoteScores ScoreQuotes(std::string_view text, const std::vector<compare::Quote>& predicted,
                        const std::vector<GoldQuote>& gold,
                        std::vector<QuoteMatch>* matches = nullptr);

}  // namespace concord::eval

#endif  // CONCORD_QUOTE_SCORE_H_
