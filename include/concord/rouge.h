// ROUGE, computed exactly as the official ROUGE-1.5.5.pl script does.
//
// ROUGE (Lin 2004) scores a system summary by its overlap with one or more
// reference ("model") summaries written by people:
//   ROUGE-N    clipped n-gram overlap, for N = 1 .. max_n;
//   ROUGE-L    summary-level union longest common subsequence over sentences;
//   ROUGE-S/SU skip-bigrams (word pairs in order, at most `skip_distance`
//              words apart; SU also counts unigrams).
// Each measure gives recall R (hits / reference n-grams), precision P (hits /
// system n-grams) and the F-measure F = P R / ((1 - alpha) P + alpha R).
//
// The numbers match the script to the last printed digit: the 56 cases x 6
// flag sets of ../shared/data/rouge-vectors, every R, P and F, are tests.
// Every option carries the script's flag name. Text goes through the
// script's pipeline: lower-case ASCII; truncation (-l words / -b bytes, on the
// raw lines, before tokenizing); tokens are the runs of [a-z0-9] (so "e-mail"
// is two tokens, "$1,700" is "1" and "700", accented letters drop out);
// stopwords out (-s); with -m, tokens longer than 3 characters are replaced
// by their WordNet exception (went -> go) or else by ROUGE's own Porter stem.
// docs/rouge.md lists the script's quirks that this reproduces on purpose.
//
//   concord::Result<concord::eval::RougeData> data =
//       concord::eval::LoadDebianRougeData();        // or LoadRougeData(dir)
//   concord::eval::RougeOptions options;             // -n 2, -2 4 -u, -m ...
//   options.stem = true;
//   options.skip_distance = 4;
//   options.skip_unigrams = true;
//   concord::Result<concord::eval::RougeScorer> scorer =
//       concord::eval::RougeScorer::Create(options, data.value());
//   concord::Result<concord::eval::RougeScores> scores =
//       scorer.value().Score(system_lines, {reference_a_lines, reference_b_lines});
//   double rouge2_f = scores.value().Find("ROUGE-2")->f;
//
// Thread safety: RougeData, RougeOptions and RougeScores are values.
// RougeScorer::Score is const and may be called from many threads at once.
#ifndef CONCORD_ROUGE_H_
#define CONCORD_ROUGE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "concord/status.h"

namespace concord::eval {

// The two data files of the ROUGE-1.5.5 distribution that scores depend on.
struct RougeData {
  // WordNet exception lists (used by -m): inflected form -> first base form
  // of its line ("went go" gives went -> go). Built like the script's
  // WordNet-2.0.exc.db: a later line overwrites an earlier one with the same
  // form, files read as verb, noun, adv, adj (so "better", in adv.exc as
  // well and in adj.exc as good, maps to good, as the official scores need).
  // The value is used as is: it is not stemmed again (mice -> mouse, while
  // the word "mouse" stems to "mous").
  std::unordered_map<std::string, std::string> exceptions;
  // The SMART common words (used by -s), one a line.
  std::unordered_set<std::string> stopwords;
  // False when no stopword list was loaded (the Debian default); then
  // remove_stopwords is refused.
  bool has_stopwords = false;
  // Where it came from, for messages ("/usr/share/wordnet").
  std::string source;
};

// Loads `dir` laid out like ROUGE-1.5.5's data folder:
// dir/WordNet-2.0-Exceptions/{adj,adv,noun,verb}.exc and
// dir/smart_common_words.txt.
// Returns NotFound naming the first missing file, IoError when one cannot be
// read, ParseError when one holds a NUL byte (not a text list).
Result<RougeData> LoadRougeData(const std::string& dir);

// The default when the user names no data folder: Debian's wordnet-base
// exception lists in `wordnet_dir` ({adj,adv,noun,verb}.exc), WordNet 3.0.
// They differ from ROUGE's WordNet 2.0 lists in 14 lines (docs/rouge.md
// lists them and their effect). There is no stopword list
// (has_stopwords == false). Errors as LoadRougeData.
inline constexpr std::string_view kDebianWordNetDir = "/usr/share/wordnet";
Result<RougeData> LoadDebianRougeData(
    const std::string& wordnet_dir = std::string(kDebianWordNetDir));

struct RougeOptions {
  // ---- Behaviour: what is computed (script flag in brackets) ----

  // [-n N] ROUGE-1 .. ROUGE-N; 0 computes none. Default 2.
  int max_n = 2;
  // [-x off] ROUGE-L. Default on.
  bool rouge_l = true;
  // [-2 D] Skip-bigrams at most D words apart (D = 4 gives ROUGE-S4 /
  // ROUGE-SU4); a negative D has no limit (ROUGE-S*). Default: not computed.
  std::optional<int> skip_distance;
  // [-u] Count unigrams with the skip-bigrams (ROUGE-SU). Like the script,
  // the last token of a text adds no unigram, and a one-token text counts
  // nothing. Only with skip_distance. Default off.
  bool skip_unigrams = false;

  // ---- Behaviour: how text is read ----

  // [-m] WordNet exceptions, then ROUGE's Porter stemmer, on tokens longer
  // than 3 characters. Default off.
  bool stem = false;
  // [-s] Drop the SMART common words before counting. REQUIRES: the
  // RougeData has a stopword list. Default off.
  bool remove_stopwords = false;
  // [-l N] Keep only the first N whitespace-separated words of the system
  // summary and of every reference (raw words: "U.S.-led" is one). 0: no
  // limit. At most one of word_limit and byte_limit.
  int word_limit = 0;
  // [-b N] Keep only the first N bytes, counted over the lines without the
  // spaces that join them. For ROUGE-L the script applies this per sentence
  // (a bug kept on purpose, see docs/rouge.md). 0: no limit.
  int byte_limit = 0;

  // ---- Behaviour: how scores are formed ----

  // [-f A|B] With several references: kAverage sums hits and counts over all
  // of them (P's denominator is the system count times the number of
  // references); kBest keeps the reference with the highest recall (the
  // first one on ties; for ROUGE-N/S compared at 5 decimals like the
  // script).
  enum class Aggregate { kAverage, kBest };
  Aggregate aggregate = Aggregate::kAverage;
  // [-p alpha] F = P R / ((1 - alpha) P + alpha R); 0.5 is the harmonic mean,
  // alpha -> 1 favours precision. REQUIRES: 0 <= alpha <= 1.
  double alpha = 0.5;
  // True (default): R and P are rounded to 5 decimals and F is computed from
  // the rounded values and rounded, which is what the script prints and
  // averages. False: full double precision.
  bool round_like_script = true;
};

// One measure for one system summary.
struct RougeScore {
  double recall = 0;
  double precision = 0;
  double f = 0;
  // The counts behind them, summed over references with kAverage, those of
  // the chosen reference with kBest. ROUGE-L: hits are union-LCS tokens,
  // model_count reference tokens, peer_count system tokens.
  std::int64_t hits = 0;
  std::int64_t model_count = 0;
  std::int64_t peer_count = 0;
};

// All measures for one system summary, in the script's order:
// ROUGE-1 .. ROUGE-N, ROUGE-L, then ROUGE-S<D>/ROUGE-SU<D> (or S*/SU*).
struct RougeScores {
  std::vector<std::pair<std::string, RougeScore>> measures;

  // The measure called `name` ("ROUGE-2", "ROUGE-L", "ROUGE-SU4"), or nullptr.
  // The pointer is valid while this object is alive and unchanged.
  const RougeScore* Find(std::string_view name) const;
};

// Parses ROUGE-1.5.5 command-line flags into options, e.g.
// "-n 2 -2 4 -u -m -f A -p 0.5". Understood: -n N, -m, -s, -l N, -b N,
// -f A|B, -p ALPHA, -2 D, -u, -x; accepted with no effect (they only steer
// the script's own output and sampling): -a, -d, -t 0, -c N, -r N, -z SPL.
// Returns InvalidArgument naming the flag for anything else, a missing or
// malformed value, or a value out of range (-p 2, -f C, -n -1).
// Unset flags keep the script's defaults, which differ from RougeOptions'
// for -n: without -n no ROUGE-N is computed.
Result<RougeOptions> ParseRougeFlags(std::string_view flags);

// The measure names that `options` produces, in order.
std::vector<std::string> RougeMeasureNames(const RougeOptions& options);

// Scores system summaries against references with fixed options and data.
class RougeScorer {
 public:
  // Checks `options` and keeps a copy of `data`. Returns InvalidArgument
  // naming the option when: max_n < 0; word_limit or byte_limit < 0, or both
  // set; alpha outside [0, 1] (or NaN); skip_unigrams without
  // skip_distance; nothing to compute (max_n == 0, no ROUGE-L, no skip
  // bigrams); remove_stopwords and `data` has no stopword list.
  static Result<RougeScorer> Create(const RougeOptions& options,
                                    RougeData data);

  // Scores one system summary against its references. Each string is one
  // line of a sentence-per-line file (the script's SPL format): an empty
  // string is skipped like an empty line, a line of blanks is kept as an
  // empty sentence, and a '\n' inside a string counts as a blank.
  // Any bytes are accepted; non-ASCII bytes separate tokens.
  // Returns InvalidArgument when `references` is empty, and when one pair of
  // sentences is too long for ROUGE-L's table (reference tokens x system
  // tokens / 64 past 2^24, e.g. two "sentences" of 32,000 tokens each).
  Result<RougeScores> Score(
      const std::vector<std::string>& system_lines,
      const std::vector<std::vector<std::string>>& references) const;

  const RougeOptions& options() const { return options_; }
  const RougeData& data() const { return data_; }

 private:
  RougeScorer(const RougeOptions& options, RougeData data, std::uint64_t id)
      : options_(options), data_(std::move(data)), id_(id) {}

  RougeOptions options_;
  RougeData data_;
  std::uint64_t id_;  // unique per Create; keys the per-thread stem cache
};

// The script's rounding: `value` printed with "%.5f" and read back.
double RoundLikeRouge(double value);

}  // namespace concord::eval

#endif  // CONCORD_ROUGE_H_
