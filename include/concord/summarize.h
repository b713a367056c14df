// Summarize: a cluster of articles about one story -> a short extractive
// summary whose every sentence names the outlets that carry it.
//
//   concord::SummarizeOptions options;
//   options.budget = 120;  // words
//   concord::Result<concord::Summary> summary =
//       concord::Summarize(cluster, options);
//   if (!summary.ok()) return Fail(summary.status());
//   for (const concord::SummarySentence& s : summary.value().sentences)
//     Print(s.text, s.sources);
//
// Every output sentence is a sentence of one input article, unmodified but
// for whitespace and removed scraper noise; `article`, `start` and `end` say
// exactly where it came from. (With the default method's compress=1, a
// sentence may be a shorter form made of verbatim pieces of one, and
// `spans` lists them.) The same input and options give the same
// output, byte for byte.
//
// Methods (SummarizeOptions::method):
//   lead      round-robin: first sentence of each article, then the second...
//   centroid  closeness to the cluster's tf-idf centroid (Radev et al. 2004)
//   lexrank   PageRank over the cosine similarity graph (Erkan & Radev 2004)
//   textrank  PageRank over word-overlap similarity (Mihalcea & Tarau 2004)
//   mmr       maximal marginal relevance (Carbonell & Goldstein 1998)
//   default   concept coverage with position and cross-outlet support
//   ilp       the default's coverage problem solved exactly (GLPK), the
//             greedy filling what is left and standing in when it fails
//
// Thread safety: Summarize is thread-safe (it allocates its own state).
#ifndef CONCORD_SUMMARIZE_H_
#define CONCORD_SUMMARIZE_H_

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "concord/article.h"
#include "concord/clean.h"
#include "concord/document.h"
#include "concord/status.h"

namespace concord {

enum class BudgetUnit { kWords, kBytes, kSentences };

struct SummarizeOptions {
  // Behaviour
  std::string method = "default";        // see the list above; MethodNames()
  size_t budget = 100;                   // in `unit`; must be > 0
  BudgetUnit unit = BudgetUnit::kWords;  // words = whitespace-separated tokens
  // false: the summary never exceeds the budget (a sentence that does not
  // fit is skipped; a shorter one may still fit). true: the last sentence is
  // cut at the budget instead, as benchmarks want; when no sentence
  // qualifies at all, the first one is cut to the budget. Cuts fall on a
  // UTF-8 character boundary; cutting by words, a word over 64 bytes (a
  // giant token, text without spaces) counts as one word per 64 bytes.
  bool truncate = false;
  // Two sentences whose similarity (tf-idf cosine over stems and bigrams) is
  // at least this are near-duplicates: never both selected, and each backs
  // the other's outlets.
  double duplicate_threshold = 0.5;
  // Near-copies of whole articles (a wire story run by several outlets,
  // group::FindCopies) are collapsed before ranking: only one article of
  // each set of copies is ranked, the one with the most text (on a tie the
  // first, so an update that adds a sentence is the one read), so a copy never counts as
  // independent support; a copy still backs the summary sentences it
  // carries (its outlet is added to their sources). false: every article is
  // ranked as if independent.
  bool collapse_copies = true;
  // The reading order names a person in full before by surname: the
  // article blocks after the first are moved so that the one giving "Peter
  // Varga" comes before "Varga said" (docs/summarize.md, "Full names
  // first"). false: the order by earliest pick alone.
  bool full_names_first = true;
  text::AnalyzeOptions analyze;  // cleaning on by default
  // Expert: overrides of the default method's global parameters by name,
  // e.g. {"position_weight", 2.0}; DefaultParameterNames() lists them with
  // their defaults. An unknown name fails with kInvalidArgument.
  std::vector<std::pair<std::string, double>> parameters;
  // A time limit, checked between the stages of one story (before the
  // candidates are built, before the selection, before the outlets are
  // named): past it, kDeadlineExceeded "the request ran past its time limit
  // (before <stage>)". Cooperative: a stage that has started runs to its
  // end. None by default; concord serve sets it from --timeout.
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

struct SummarySentence {
  // As in the article (whitespace collapsed); a sentence of a quotation
  // printed without the rest of it has the quotation marks it lacks added
  // at its ends (text::MarksLacking; start..end name the article's
  // sentence, without them).
  std::string text;
  size_t article = 0;   // index into Cluster::articles
  size_t sentence = 0;  // index into that article's Document::sentences
  size_t start = 0;     // byte span in Article::text
  size_t end = 0;
  // Articles that carry this sentence or a near-identical one, the source
  // article first, then in cluster order.
  std::vector<size_t> sources;
  // Articles, not among `sources`, with a sentence that
  // negates this one ("The pier did not reopen on Friday" against "The pier
  // reopened on Friday"; compare's contradictions), in cluster order: the
  // writers print them after the sources ("disputed by ...").
  std::vector<size_t> disputed_by;
  double score = 0;        // the method's score, for inspection
  // Cut at the budget (options.truncate): `text` then ends with "…",
  // whatever it ends with ("The U.S.…"), and closes the quotations it
  // leaves open (text::WithCutShortEnding), unless a budget in bytes has
  // no room for them (a cut at a byte budget fills it, so never has).
  bool truncated = false;
  // A compressed sentence (the default method with parameter compress=1):
  // the byte spans of Article::text it keeps, in order, and `text` is their
  // characters with each whitespace run as one space, the spans joined by
  // one space (none before a span opening with , . ; : ! ?) and the first
  // letter upper-cased when the sentence's was; [start, end) then runs from
  // the first span to the last. Empty for a whole sentence. With
  // truncation, the spans are those of the form before the cut.
  std::vector<std::pair<size_t, size_t>> spans;
  // True when this sentence goes on a quotation the sentence before it in
  // the summary left open, and is the next sentence of the same article
  // ("Kerry said that \"nothing is off the table." then "All options are
  // available\" to the president."). Together they are one passage: the
  // text and Markdown writers print it on one line, so that a quotation
  // spanning sentences reads whole. Never true for the first sentence.
  // The passages are text::QuotationPassages of the article (compare's
  // report reads the same): a quotation never closed, or still open after
  // five sentences, or running into a paragraph that does not open with a
  // mark, joins nothing.
  bool continues = false;
  // True when its article's text ends inside this sentence, with no final
  // stop (a text cut short, as truncated feeds and data sets give it):
  // `text` then has "…" after its last word and the closing mark of any
  // quotation it leaves open (text::WithCutShortEnding), which start..end
  // do not hold, so that a reader sees the cut.
  bool cut_short = false;
};

struct SummaryStats {
  size_t articles = 0;
  size_t sentences = 0;  // candidate sentences after cleaning
  size_t input_words = 0;
  size_t output_words = 0;
  size_t removed_spans = 0;  // scraper noise removed
  size_t invalid_utf8 = 0;   // invalid sequences replaced while reading
  // What the method reports, when it has something to say: the `ilp`
  // method's solver outcome ("ilp: solved exactly (...)", or why the
  // greedy selection was used instead).
  std::string method_note;
};

struct Summary {
  std::vector<SummarySentence> sentences;  // in reading order
  std::vector<Document> documents;         // the analysis, one per article
  SummaryStats stats;
  // (copy, the article of its set that is ranked: the fullest, on a tie
  // the earliest) for every collapsed near-copy, by copy index
  // (SummarizeOptions::collapse_copies).
  std::vector<std::pair<size_t, size_t>> copies;
};

// The method names Summarize accepts, in a stable order.
const std::vector<std::string>& MethodNames();

// The default method's tunable parameters with their default values.
std::vector<std::pair<std::string, double>> DefaultParameterNames();

// Checks `options` without summarizing anything: a positive budget, a
// duplicate threshold in (0, 1], a known method and known parameter names
// (whatever the method: a misspelt name is an error, not ignored). Fails with kInvalidArgument
// naming the problem. Summarize runs the same checks.
Status CheckOptions(const SummarizeOptions& options);

// Analyses every article and summarizes the cluster.
// Fails with kInvalidArgument for an unknown method or a zero budget, and
// with kEmpty when the cluster has no article, no sentence survives
// cleaning, or the summary would be empty (every sentence longer than the
// budget, or none a candidate; the message says which). With truncate, when
// no sentence qualifies, the summary is the first sentence cut to the
// budget rather than nothing.
Result<Summary> Summarize(const Cluster& cluster, const SummarizeOptions& options);

// The same over documents analysed beforehand (documents[i] is
// cluster.articles[i] analysed); `documents` is moved into the result.
Result<Summary> SummarizeDocuments(const Cluster& cluster, std::vector<Document> documents,
                                   const SummarizeOptions& options);

}  // namespace concord

#endif  // CONCORD_SUMMARIZE_H_
