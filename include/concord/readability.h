// Readability checks of extractive summaries: what a reader notices and
// ROUGE does not (docs/summarize.md, "Readability").
//
//   std::vector<concord::eval::ReadSentence> lines = ...;  // one summary
//   concord::eval::SummaryChecks checks = concord::eval::CheckSummary(lines);
//   // checks.sentences[i].flags[kUnresolvedOpener] ...
//
// Every check is a simple rule on the summary's own text plus where each
// sentence came from (article and position); none needs the references.
// RunReadability summarizes a data set and adds the checks up.
#ifndef CONCORD_READABILITY_H_
#define CONCORD_READABILITY_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/article.h"
#include "concord/status.h"

namespace concord::eval {

// A person a summary sentence names (filled by RunReadability from
// compare's name finder; tests set it by hand). Only people whose full
// name some article of the cluster gives are listed.
struct PersonName {
  size_t person = 0;  // one id per person in the summary
  bool full = false;  // the full name ("Peter Varga"), else the surname ("Varga", "Mr. Varga")
};

// One summary sentence with its origin.
struct ReadSentence {
  std::string text;
  size_t article = 0;      // index of its article in the cluster
  size_t index = 0;        // position among that article's sentences
  bool truncated = false;  // cut at the budget
  // Its article's text ends inside it (SummarySentence::cut_short): the
  // source was cut short, and the summary printed it with "…".
  bool cut_short = false;
  // True when the sentence is one of the first three of some article (its
  // own, or an identical sentence elsewhere).
  bool opens_article = false;
  std::vector<PersonName> persons;  // in the order the sentence names them
};

enum Check : size_t {
  kUnbalancedQuote,   // a quotation opened and not closed in the summary, or closed unopened
  kUnresolvedOpener,  // "He ...", "But ...", "The company ..." with no referent before it
  kNearDuplicate,     // shares half its word 3-grams with an earlier sentence
  kOverLong,          // over 60 words
  kCutQuotation,      // ends inside a quotation the next summary sentence does not continue
  kFurniture,         // headline, caption or credit line
  kFragment,          // only punctuation, or at most two words
  kLateOpening,       // (first sentence only) not among the first 3 of any article
  kCutBySource,       // its article's text is cut short inside it (printed with "…")
  kSurnameFirst,      // a surname before the summary's later sentence with the full name
  kSurnameOnly,       // a surname whose full name the summary never gives (its articles do)
  kCheckCount
};

// The checks' short names, in Check order ("unbalanced_quote", ...).
const std::array<std::string_view, kCheckCount>& CheckNames();

struct SentenceChecks {
  std::array<bool, kCheckCount> flags{};
};

struct SummaryChecks {
  std::vector<SentenceChecks> sentences;  // one per input sentence
};

// The checks of one summary, sentences in reading order.
SummaryChecks CheckSummary(const std::vector<ReadSentence>& summary);

// Single checks, exposed for tests and for the summarizer's filters.
bool LooksLikeFurniture(std::string_view sentence);  // captions, credits, headlines
bool IsFragment(std::string_view sentence);          // punctuation only or <= 2 words

struct CheckTotal {
  size_t sentences = 0;               // sentences flagged
  size_t summaries = 0;               // summaries with at least one flagged sentence
  std::vector<std::string> examples;  // the first few flagged sentences
};

struct ReadabilityReport {
  std::string method;
  size_t summaries = 0;
  size_t sentences = 0;
  size_t failures = 0;  // clusters that gave no summary
  std::array<CheckTotal, kCheckCount> totals;
};

struct ReadabilityOptions {
  std::vector<std::string> methods = {"default"};
  size_t words = 100;  // budget; sentences are never cut (what a reader gets)
  std::vector<std::pair<std::string, double>> parameters;
  double duplicate_threshold = 0.5;
  int threads = 0;
  size_t examples = 3;  // flagged sentences kept per check
};

// Summarizes every cluster with each method and adds up the checks. Fails
// with InvalidArgument for an unknown method or bad options.
Result<std::vector<ReadabilityReport>> RunReadability(const std::vector<Cluster>& clusters,
                                                      const ReadabilityOptions& options);

// A Markdown table per method (check, sentences, % of sentences, summaries,
// % of summaries), or one JSON object holding every method.
std::string FormatReadability(const std::vector<ReadabilityReport>& reports);
std::string FormatReadabilityJson(const std::vector<ReadabilityReport>& reports);

}  // namespace concord::eval

#endif  // CONCORD_READABILITY_H_
