// default: concept coverage with position and cross-outlet support.
//
// The objective is the one of Gillick & Favre (2009, "A scalable global
// model for summarization"): a summary is worth the total weight of the
// distinct concepts it covers, each concept counted once however many
// sentences hold it, which is what makes repetition worthless. Concepts are
// stemmed word bigrams (not two stopwords) and content unigrams; a concept's
// weight grows with the number of articles that carry it (cross-outlet
// support: what several outlets report is what the story is about), and
// bigrams weigh more than unigrams.
// The objective is monotone submodular, so greedy selection by gain per
// unit of cost — with lazy re-evaluation (Minoux's accelerated greedy, used
// by Lin & Bilmes 2011) — is near-optimal; the cost is the sentence length
// raised to a power below 1 (Lin & Bilmes' scaling), so short sentences are
// not favoured outright. A prior multiplies each sentence's gain: its
// position (news puts the key facts first), a quotation, its article's
// closeness to the rest of the cluster, and a salience learned on training
// clusters (salience.h, learn.h).
// Candidates are filtered first (default_filters): fragments, questions,
// very long sentences; a sentence that leans on the previous one ("He
// added...") or continues a quotation is taken only after that one, and a
// quotation is taken whole once its opening is. When no pick opens an
// article, the lead swap (lead_swap.h) may put an opening sentence in place
// of the picks it costs least to lose.
// Cost: O(total tokens) to build concepts, then a heap of n candidates with
// lazy updates: about O(n log n + k * re-evaluations).
#include <tbb/parallel_invoke.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <queue>
#include <string>
#include <utility>
#include <vector>

#include "summarize/compress.h"
#include "summarize/concepts.h"
#include "summarize/coverage_greedy.h"
#include "summarize/coverage_ilp.h"
#include "summarize/coverage_params.h"
#include "summarize/coverage_search.h"
#include "summarize/lead_swap.h"
#include "summarize/method.h"
#include "summarize/referents.h"
#include "summarize/salience.h"
#include "text/lacking_marks.h"
#include "text/lead_in.h"

namespace concord::summarize::internal {
namespace {

// Each candidate's prior: position in its article, a quotation, its
// article's centrality and the learned salience (docs/summarize.md).
std::vector<double> Priors(const Corpus& corpus, const SalienceInputs& inputs,
                           const CoverageParams& params) {
  const size_t n = corpus.size();
  // The prior: position in the article and whether the sentence carries a
  // quotation (the learned salience below has a quotation feature too, but
  // the training text's quotation marks are damaged, so it weighs them
  // little).
  std::vector<double> prior(n);
  for (uint32_t i = 0; i < n; ++i) {
    prior[i] = 1.0 +
               params.position_weight /
                   (1.0 + static_cast<double>(corpus.index[i]) / params.position_scale) +
               (HasQuotationMark(corpus.sentence[i]->text) ? params.quote_weight : 0.0);
  }
  for (uint32_t i = static_cast<uint32_t>(corpus.originals); i < n; ++i) {
    prior[i] *= params.compress_weight;
  }
  // Articles far from what the others say (an off-topic page in the
  // cluster) give weaker candidates.
  if (params.article_weight > 0 && corpus.num_articles > 1) {
    for (uint32_t i = 0; i < n; ++i) {
      prior[i] *=
          std::pow(std::max(1e-3, inputs.centrality[corpus.article[i]]), params.article_weight);
    }
  }
  // The learned salience (salience.h): how much of the sentence a human
  // summary is expected to repeat.
  if (params.salience_exponent > 0) {
    const std::vector<SalienceVector> features = SalienceFeatures(corpus, inputs);
    for (uint32_t i = 0; i < n; ++i) {
      prior[i] *= std::pow(std::max(1e-3, Salience(params.salience_weights, features[i])),
                           params.salience_exponent);
    }
  }
  return prior;
}

QuotationUnits QuotationUnitsOf(const Corpus& corpus, const std::vector<uint32_t>& predecessor,
                                const std::vector<bool>& quote_piece) {
  const uint32_t n = static_cast<uint32_t>(corpus.size());
  QuotationUnits units{std::vector<bool>(n, false), std::vector<uint32_t>(n),
                       std::vector<bool>(n, false)};
  for (uint32_t i = 0; i < n; ++i) {
    units.end[i] = i;
    units.open[i] = EndsInsideQuotation(corpus.sentence[i]->text, /*definite=*/true);
    if (!units.open[i]) continue;
    for (uint32_t j = i + 1; j < n && predecessor[j] == j - 1 && quote_piece[j]; ++j) {
      units.end[i] = j;
      if (!EndsInsideQuotation(corpus.sentence[j]->text)) break;
    }
  }
  return units;
}

// The first sentence after `i` that holds a double quotation mark, through
// the pieces that go on with the quotation `i` opens (at most
// text::kLongQuotation): where the quotation closes, or where its speaker
// may be named; `i` when there is none.
uint32_t QuotationCloser(const Corpus& corpus, const SelectionInputs& in, uint32_t i) {
  const auto n = static_cast<uint32_t>(corpus.size());
  for (uint32_t j = i + 1;
       j < n && j - i <= text::kLongQuotation && in.predecessor[j] == j - 1 && in.quote_piece[j];
       ++j) {
    if (HoldsDoubleMark(corpus.sentence[j]->text)) return j;
  }
  return i;
}

// A quotation over sentences that sentence i opens: when it names no
// speaker, i waits for the sentence before it (bare_quotation_runs; read
// to the unit's end, or with bare_runs_to_close to the sentence that
// closes it); when i names none and the quotation names one after it
// closes, i's unit runs to that sentence (speaker_closes_run), and i
// waits for the sentence before when that speaker is a pronoun.
void RunsToTheirSpeakers(const Corpus& corpus, const CoverageParams& params, SelectionInputs& in) {
  for (uint32_t i = 0; i < corpus.originals; ++i) {
    if (!in.units.open[i]) continue;
    const uint32_t closer = QuotationCloser(corpus, in, i);
    const uint32_t last = params.bare_runs_to_close > 0 && closer > i ? closer : in.units.end[i];
    if (params.bare_quotation_runs > 0 && last > i && in.predecessor[i] != UINT32_MAX &&
        BareQuotationRun(corpus, i, last)) {
      in.wait_first[i] = true;
    } else if (params.speaker_closes_run > 0 && closer > i &&
               BareOpening(corpus.sentence[i]->text) &&
               SpeakerAfterClose(corpus.sentence[closer]->text)) {
      in.units.end[i] = std::max(in.units.end[i], closer);
      in.units.to_speaker[i] = true;
      if (params.pronoun_quotes_wait > 0 && in.predecessor[i] != UINT32_MAX &&
          PronounAfterClose(corpus.sentence[closer]->text)) {
        in.wait_first[i] = true;
      }
    }
  }
}

// The eligible sentences that open their article (its first three, the
// readability check's "opens the story"), shorter forms included.
std::vector<bool> LeadCandidates(const Corpus& corpus, const std::vector<bool>& eligible) {
  std::vector<bool> lead(eligible);
  for (size_t i = 0; i < lead.size(); ++i) lead[i] = lead[i] && corpus.index[i] < 3;
  return lead;
}

// The candidates that fill what the well-formed ones leave: the readable
// article sentences (`clean`: only those a reader can take alone, and no
// "He" after a sentence that names no one). A shorter form does not fill:
// it is there to be weighed, and a short filler picked for its length
// reads as a stray line.
std::vector<bool> FillCandidates(const Corpus& corpus, const SelectionInputs& in,
                                 const CoverageParams& params, bool clean) {
  std::vector<bool> fill = clean ? CleanFillEligibility(corpus, params) : FillEligibility(corpus);
  for (size_t i = corpus.originals; i < corpus.size(); ++i) fill[i] = false;
  if (clean && !in.no_referent.empty()) {
    for (size_t i = 0; i < corpus.originals; ++i) fill[i] = fill[i] && !in.no_referent[i];
  }
  return fill;
}

// The inputs are independent reads of the corpus, so they are computed on
// the threads of the caller's arena: the concepts and their weights beside
// the filters and the features that do not need them, then the priors
// beside the quotation units. One big story (hundreds of articles) takes
// about half the time; each result is the same whichever thread computes
// it.
SelectionInputs PrepareInputs(const Corpus& corpus, const CoverageParams& params) {
  const auto n = static_cast<uint32_t>(corpus.size());
  SelectionInputs in;
  std::vector<double> centrality;
  std::vector<bool> inside_quotation;
  std::vector<bool> orphan(n, false);
  tbb::parallel_invoke(
      [&] {
        in.concepts = BuildConcepts(corpus);
        in.weight = ConceptWeights(corpus, in.concepts, params);
      },
      [&] { in.eligible = DefaultEligibility(corpus, params); },
      [&] {
        centrality = ArticleCentrality(corpus);
        inside_quotation = InsideQuotation(corpus);
      });
  tbb::parallel_invoke(
      [&] {
        in.prior = Priors(corpus, {in.concepts, in.weight, centrality, inside_quotation}, params);
      },
      [&] {
        in.predecessor.assign(n, UINT32_MAX);
        in.quote_piece.assign(n, false);
        std::vector<bool> leaning(n, false);
        // "He added ...", a bare quotation, and a quotation "she" speaks.
        const auto leans = [&](uint32_t i) {
          const std::string_view text = corpus.sentence[i]->text;
          return OpensLeaning(*corpus.sentence[i]) ||
                 (params.pronoun_quotes_wait > 0 && PronounSpeaksQuotation(text)) ||
                 (params.pronoun_asides_wait > 0 && PronounAside(text)) ||
                 (params.connective_asides_wait > 0 && ConnectiveAside(text)) ||
                 (params.lead_in_waits > 0 && !text::PointingAfterLeadIn(text).empty());
        };
        const auto originals = static_cast<uint32_t>(corpus.originals);
        for (uint32_t i = 0; i < originals; ++i) {
          if (i == 0 || corpus.article[i - 1] != corpus.article[i]) {
            orphan[i] = leans(i);
            continue;
          }
          in.predecessor[i] = i - 1;
          leaning[i] = leans(i);
          in.quote_piece[i] = params.split_quotes > 0 ? inside_quotation[i]
                                                      : IsQuotationPiece(*corpus.sentence[i]);
        }
        // A shorter form leans on what its sentence leans on, unless the
        // word it leaned by was left out ("But ..."); it is never inside a
        // quotation (compress.h).
        for (uint32_t i = originals; i < n; ++i) {
          in.predecessor[i] = in.predecessor[corpus.origin[i]];
          leaning[i] = leans(i);
          orphan[i] = orphan[corpus.origin[i]] && leaning[i];
        }
        in.wait_first = leaning;
        if (params.split_quotes > 0) {
          for (uint32_t i = 0; i < n; ++i) in.wait_first[i] = leaning[i] || in.quote_piece[i];
        }
        in.units = QuotationUnitsOf(corpus, in.predecessor, in.quote_piece);
        RunsToTheirSpeakers(corpus, params, in);
      });
  // A sentence that leans on the one before it while nothing is before it
  // (an article that opens "\"We will rebuild,\" she said." or "But ...")
  // has nothing to resolve it in any summary: it is not a candidate, and
  // another outlet's copy that says who speaks is taken instead (found by
  // the hostile pass of stop 29; docs/summarize.md, "Openers with nothing
  // before them"). It may still fill what the others leave (Fill).
  for (uint32_t i = 0; i < n; ++i) {
    if (orphan[i]) in.eligible[i] = false;
  }
  // A "He" whose sentence before names no one ("Oslo was calm on Friday
  // evening.") is not a candidate either: another outlet's copy after the
  // sentence that names him is taken instead, or none (pronoun_needs_person;
  // referents.h, found by the hostile pass of stop 29).
  if (params.pronoun_needs_person > 0) {
    in.no_referent = PronounsWithNoOneBefore(corpus, in.wait_first);
    for (uint32_t i = 0; i < n; ++i) {
      if (in.no_referent[i]) in.eligible[i] = false;
    }
  }
  return in;
}

// Pick among the well-formed candidates first; fill what they leave from
// the readable sentences a reader can take alone (fill_filter), and only
// when that leaves the summary empty (short or odd inputs) from any
// readable one; a leaning sentence still after the one it leans on.
void Fill(const Corpus& corpus, const SelectionInputs& inputs, const CoverageParams& params,
          Greedy& greedy) {
  greedy.Run(inputs.eligible, /*must_wait=*/inputs.wait_first);
  const bool clean = params.fill_filter > 0;
  if (!greedy.Full()) {
    greedy.Run(FillCandidates(corpus, inputs, params, clean), /*must_wait=*/inputs.wait_first);
  }
  if (clean && greedy.Empty()) {
    greedy.Run(FillCandidates(corpus, inputs, params, false), /*must_wait=*/inputs.wait_first);
  }
}

// True when the default improves the greedy's selection on the solver's
// objective at this budget (solver_from_words).
bool SearchesAt(const CoverageParams& params, const Budget& budget) {
  return params.solver_from_words > 0 && budget.unit == BudgetUnit::kWords &&
         static_cast<double>(budget.limit) >= params.solver_from_words;
}

// The greedy's selection improved by a local search on the exact solver's
// objective (coverage_search.h), the greedy filling what is left; the
// greedy's own when the search finds no better.
Selection Searched(const CoverageInputs& view, const SelectionInputs& inputs, const Budget& budget,
                   const CoverageParams& params, Selection greedy_selection) {
  std::vector<uint32_t> candidate;
  CoverageParams lazy = params;  // near-duplicates asked only of the pairs a move tries
  lazy.ilp_duplicates = 0;
  const CoverageProblem problem = BuildCoverageProblem(view, budget, lazy, candidate);
  const ExcludedFn near_duplicates = [&](uint32_t a, uint32_t b) {
    return params.ilp_duplicates > 0 &&
           NearDuplicates(view.corpus, candidate[a], candidate[b], budget.duplicate_threshold);
  };
  std::vector<uint32_t> index(view.corpus.size(), UINT32_MAX);
  for (uint32_t j = 0; j < candidate.size(); ++j) index[candidate[j]] = j;
  std::vector<uint32_t> start;
  for (const Pick& pick : greedy_selection.picks) {
    if (index[pick.candidate] != UINT32_MAX) start.push_back(index[pick.candidate]);
  }
  const SearchResult found = ImproveCoverage(problem, start, &near_duplicates);
  if (found.moves == 0) return greedy_selection;
  std::vector<uint32_t> chosen;
  for (uint32_t j : found.chosen) chosen.push_back(candidate[j]);
  Greedy greedy(view.corpus, budget, inputs, params);
  char note[96];
  std::snprintf(note, sizeof(note), "search: %d moves, objective %.2f -> %.2f", found.moves,
                found.start, found.objective);
  greedy.TakeFirst(chosen, note);
  Fill(view.corpus, inputs, params, greedy);
  return greedy.TakeSelection();
}

class CoverageMethod : public Method {
 public:
  explicit CoverageMethod(const CoverageParams& params) : params_(params) {}

  void AddCandidates(Corpus& corpus) const override {
    if (params_.compress <= 0) return;
    AddCompressions(corpus, static_cast<unsigned>(params_.compress_rules),
                    static_cast<size_t>(params_.compress_min_words), params_.compress_forms > 0);
  }

  Selection Select(const Corpus& corpus, const Budget& budget) const override {
    const SelectionInputs inputs = PrepareInputs(corpus, params_);
    const CoverageInputs view{corpus,
                              inputs.concepts,
                              inputs.weight,
                              inputs.prior,
                              inputs.eligible,
                              inputs.predecessor,
                              inputs.wait_first,
                              inputs.units,
                              inputs.quote_piece};
    Greedy greedy(corpus, budget, inputs, params_);
    // With the exact solver, its picks come first (the greedy fills what
    // they leave); when it fails, the greedy selects alone.
    if (params_.solver > 0) {
      const IlpSelection exact = SelectExactly(view, budget, params_);
      greedy.TakeFirst(exact.chosen, exact.note);
    }
    if (params_.lead_first > 0 && params_.solver <= 0) {
      greedy.Run(LeadCandidates(corpus, inputs.eligible), /*must_wait=*/inputs.wait_first,
                 /*max_picks=*/1);
    }
    Fill(corpus, inputs, params_, greedy);
    Selection selection = greedy.TakeSelection();
    if (params_.solver <= 0 && SearchesAt(params_, budget)) {
      selection = Searched(view, inputs, budget, params_, std::move(selection));
    }
    // No pick opens an article: an opening sentence in place of the picks
    // it costs least to lose (lead_swap.h), the greedy filling what is left.
    const std::vector<uint32_t> kept = LeadSwap(view, budget, params_.lead_swap, selection);
    if (kept.empty()) return selection;
    Greedy swapped(corpus, budget, inputs, params_);
    swapped.TakeFirst(kept, selection.note);
    Fill(corpus, inputs, params_, swapped);
    return swapped.TakeSelection();
  }

 private:
  CoverageParams params_;
};

}  // namespace

std::vector<double> ConceptWeights(const Corpus& corpus, const Concepts& concepts,
                                   const CoverageParams& params) {
  std::vector<double> weight(concepts.size());
  for (size_t c = 0; c < weight.size(); ++c) {
    const ConceptStats& stats = concepts.stats[c];
    const double support = stats.articles;
    weight[c] =
        std::pow(support, params.support_exponent) * (stats.bigram ? 1.0 : params.unigram_weight);
    if (corpus.num_articles > 1 && support < 2) weight[c] *= params.single_source_weight;
    weight[c] *= 1.0 + params.repetition_weight * std::log(stats.sentences);
  }
  return weight;
}

namespace {

struct Parameter {
  const char* name;
  double CoverageParams::*member;
};

constexpr Parameter kParameters[] = {
    {"support_exponent", &CoverageParams::support_exponent},
    {"unigram_weight", &CoverageParams::unigram_weight},
    {"single_source_weight", &CoverageParams::single_source_weight},
    {"repetition_weight", &CoverageParams::repetition_weight},
    {"position_weight", &CoverageParams::position_weight},
    {"quote_weight", &CoverageParams::quote_weight},
    {"position_scale", &CoverageParams::position_scale},
    {"length_exponent", &CoverageParams::length_exponent},
    {"min_words", &CoverageParams::min_words},
    {"max_words", &CoverageParams::max_words},
    {"split_quotes", &CoverageParams::split_quotes},
    {"article_weight", &CoverageParams::article_weight},
    {"salience_exponent", &CoverageParams::salience_exponent},
    {"furniture_filter", &CoverageParams::furniture_filter},
    {"cut_short_min_words", &CoverageParams::cut_short_min_words},
    {"fill_filter", &CoverageParams::fill_filter},
    {"whole_quotes", &CoverageParams::whole_quotes},
    {"lead_first", &CoverageParams::lead_first},
    {"lead_swap", &CoverageParams::lead_swap},
    {"pronoun_quotes_wait", &CoverageParams::pronoun_quotes_wait},
    {"bare_quotation_runs", &CoverageParams::bare_quotation_runs},
    {"pronoun_asides_wait", &CoverageParams::pronoun_asides_wait},
    {"connective_asides_wait", &CoverageParams::connective_asides_wait},
    {"lead_in_waits", &CoverageParams::lead_in_waits},
    {"pronoun_needs_person", &CoverageParams::pronoun_needs_person},
    {"pair_waiting", &CoverageParams::pair_waiting},
    {"speaker_closes_run", &CoverageParams::speaker_closes_run},
    {"bare_runs_to_close", &CoverageParams::bare_runs_to_close},
    {"solver", &CoverageParams::solver},
    {"ilp_concepts", &CoverageParams::ilp_concepts},
    {"ilp_prior_exponent", &CoverageParams::ilp_prior_exponent},
    {"ilp_sentence_weight", &CoverageParams::ilp_sentence_weight},
    {"ilp_duplicates", &CoverageParams::ilp_duplicates},
    {"ilp_nodes", &CoverageParams::ilp_nodes},
    {"ilp_time_limit_ms", &CoverageParams::ilp_time_limit_ms},
    {"solver_from_words", &CoverageParams::solver_from_words},
    {"cut_by_prefix", &CoverageParams::cut_by_prefix},
    {"compress", &CoverageParams::compress},
    {"compress_rules", &CoverageParams::compress_rules},
    {"compress_min_words", &CoverageParams::compress_min_words},
    {"compress_forms", &CoverageParams::compress_forms},
    {"compress_weight", &CoverageParams::compress_weight},
};

}  // namespace

Status ApplyParameters(const std::vector<std::pair<std::string, double>>& overrides,
                       CoverageParams& params) {
  for (const auto& [name, value] : overrides) {
    if (!std::isfinite(value)) {
      return Status::InvalidArgument("parameter '" + name + "' must be a finite number");
    }
    bool found = false;
    for (size_t k = 0; k < kSalienceFeatures; ++k) {
      if (name == std::string("salience_") + kSalienceFeatureNames[k]) {
        params.salience_weights[k] = value;
        found = true;
      }
    }
    for (const Parameter& p : kParameters) {
      if (name == p.name) {
        params.*p.member = value;
        found = true;
      }
    }
    if (!found) {
      std::string known;
      for (const Parameter& p : kParameters)
        known += (known.empty() ? "" : ", ") + std::string(p.name);
      for (const char* feature : kSalienceFeatureNames)
        known += ", salience_" + std::string(feature);
      return Status::InvalidArgument("unknown parameter '" + name + "' (known: " + known + ")");
    }
  }
  // Ranges: what the formulas need to stay finite and meaningful.
  auto not_negative = [](const char* name, double value) {
    return value >= 0 ? Status::Ok()
                      : Status::InvalidArgument(std::string("parameter '") + name +
                                                "' must not be negative");
  };
  for (const auto& [name, value] :
       {std::pair<const char*, double>{"support_exponent", params.support_exponent},
        {"unigram_weight", params.unigram_weight},
        {"single_source_weight", params.single_source_weight},
        {"repetition_weight", params.repetition_weight},
        {"position_weight", params.position_weight},
        {"quote_weight", params.quote_weight},
        {"length_exponent", params.length_exponent},
        {"min_words", params.min_words},
        {"article_weight", params.article_weight},
        {"salience_exponent", params.salience_exponent},
        {"split_quotes", params.split_quotes},
        {"ilp_prior_exponent", params.ilp_prior_exponent},
        {"ilp_sentence_weight", params.ilp_sentence_weight},
        {"ilp_nodes", params.ilp_nodes},
        {"solver_from_words", params.solver_from_words},
        {"compress_min_words", params.compress_min_words},
        {"compress_weight", params.compress_weight},
        {"lead_swap", params.lead_swap}}) {
    if (Status s = not_negative(name, value); !s.ok()) return s;
  }
  if (!(params.position_scale > 0)) {
    return Status::InvalidArgument("parameter 'position_scale' must be positive");
  }
  if (!(params.ilp_concepts >= 1 && params.ilp_time_limit_ms >= 1)) {
    return Status::InvalidArgument(
        "parameters 'ilp_concepts' and 'ilp_time_limit_ms' must be at least 1");
  }
  if (!(params.compress_rules >= 0 && params.compress_rules <= static_cast<double>(kAllCompressRules) &&
        params.compress_rules == std::floor(params.compress_rules))) {
    return Status::InvalidArgument(
        "parameter 'compress_rules' must be a whole number from 0 to 63 (a sum of rule bits)");
  }
  if (params.max_words < params.min_words) {
    return Status::InvalidArgument("parameter 'max_words' must not be below 'min_words'");
  }
  // Cast to a count later: a bound keeps the cast defined.
  if (params.compress_min_words > 1e6) {
    return Status::InvalidArgument("parameter 'compress_min_words' must be at most 1000000");
  }
  return Status::Ok();
}

Result<std::unique_ptr<Method>> NewCoverageMethod(const SummarizeOptions& options, bool exact) {
  CoverageParams params;
  if (exact) params.solver = 1;
  if (Status s = ApplyParameters(options.parameters, params); !s.ok()) return s;
  return std::unique_ptr<Method>(std::make_unique<CoverageMethod>(params));
}

}  // namespace concord::summarize::internal

namespace concord {

std::vector<std::pair<std::string, double>> DefaultParameterNames() {
  const summarize::internal::CoverageParams defaults;
  std::vector<std::pair<std::string, double>> out;
  for (const auto& p : summarize::internal::kParameters) {
    out.emplace_back(p.name, defaults.*p.member);
  }
  for (size_t k = 0; k < summarize::internal::kSalienceFeatures; ++k) {
    out.emplace_back(std::string("salience_") + summarize::internal::kSalienceFeatureNames[k],
                     defaults.salience_weights[k]);
  }
  return out;
}

}  // namespace concord
