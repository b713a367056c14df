// Internal: use include/concord/summarize.h instead.
//
// The global parameters of the default method and its candidate filter. They
// are few on purpose and never fitted to single clusters. The content
// weights (repetition, single source, unigram, quote, word bounds) were
// chosen by coordinate ascent on the first 2,000 clusters of
// multinews/train-trunc10000 (bench/datasets/tune.sh, at 75 words: the
// same share of a truncated cluster as 300 words of a full one); the
// length exponent was refitted on the train1000 sample at 50, 75, 100 and
// 300 words (docs/summarize.md, "Every length"). The two
// position settings cannot be learned there, since training articles are cut
// after ~160 words, so they were chosen on validation-full250 from a 4 x 3
// grid (docs/benchmarks.md, "How the default was tuned"). The article
// weight was chosen on the same 2,000 training clusters (1 among 0, 0.5, 1,
// 2); the salience weights are learned (salience.h) and their exponent was
// chosen on a split of the training file (docs/summarize.md); split_quotes
// is a switch (1: a quotation's pieces may be picked, each after the one
// before it, and a quotation is taken whole once opened; 0: never);
// furniture_filter and whole_quotes are switches chosen on training
// clusters (docs/summarize.md, "Readability"), and so is lead_swap's
// tolerance; solver_from_words was chosen on train1000 at 50 to 400 words.
#ifndef CONCORD_SUMMARIZE_COVERAGE_PARAMS_H_
#define CONCORD_SUMMARIZE_COVERAGE_PARAMS_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/status.h"
#include "summarize/compress.h"
#include "summarize/concepts.h"
#include "summarize/corpus.h"
#include "summarize/salience.h"

namespace concord::summarize::internal {

struct CoverageParams {
  double support_exponent = 1.0;       // weight = articles^exponent
  double unigram_weight = 0.3;         // a unigram concept against a bigram
  double single_source_weight = 0.25;  // concepts only one article carries
  double repetition_weight = 4.0;      // weight *= 1 + w * ln(sentences)
  double position_weight = 30.0;       // prior = 1 + w / (1 + index / scale)
  double position_scale = 10.0;
  double quote_weight = 2.0;      // prior += w for a sentence with a quote
  double length_exponent = 0.85;  // gain / words^exponent
  double min_words = 4;           // shorter candidates are dropped
  double max_words = 50;          // longer ones too
  double split_quotes = 1;        // 1: a quotation's later pieces follow its opening
  double article_weight = 1;      // prior *= centrality of the article^w
  double salience_exponent = 2;   // prior *= learned salience^this
  // 1: headlines, captions and credit lines (no final stop, "Getty
  // Images", "click here"...) are not candidates (they may still fill).
  double furniture_filter = 1;
  // With furniture_filter: an article's last sentence that its text is cut
  // short inside (no final stop) is left for last too when it has fewer
  // words than this ("At the time of the"); a longer one stays a candidate
  // and is printed with "…" (summarize.cc, MarkCuts). 12: the largest
  // of 8, 12, 16, 20 that the rule of "Readability" keeps on train1000.
  double cut_short_min_words = 12;
  // 1: a sentence that leaves a quotation open is weighed with the pieces
  // that close it and taken only when they all fit.
  double whole_quotes = 1;
  // 1: the first pick is the best of the sentences that open an article
  // (its first three), so that the summary reads from the story's start
  // whatever the position prior; 0: no such phase.
  double lead_first = 0;
  // Above 0: when no pick opens an article, the opening sentence whose swap
  // for one or two picks loses least of the covered concept weight is
  // swapped in, if the loss is at most this share of it (lead_swap.h; 1:
  // whenever one fits). 0.2: the largest share of those tried whose cost
  // stays within the readability rule on all of train-trunc10000 as on
  // its first 1,000 clusters (docs/summarize.md, "The lead swap").
  double lead_swap = 0.2;
  // 1: a sentence whose quotation a pronoun speaks ("..." she said) waits
  // for the sentence before it, as a leaning one does.
  double pronoun_quotes_wait = 1;
  // 1: a quotation of several sentences with no attribution inside it
  // waits for the sentence before it, as a bare one-sentence quotation does.
  double bare_quotation_runs = 1;
  // 1: a sentence whose speaker is a pronoun set off by commas ("The
  // problem, he said, is ...", "..., she added.") waits for the sentence
  // before it, which names who "he" is.
  double pronoun_asides_wait = 1;
  // > 0: a sentence with a connective set off after its first words
  // ("Fox, however, ...", ConnectiveAside) waits for the one before it.
  double connective_asides_wait = 1;
  // 1: a sentence that opens with a lead-in adverb and then a pointing
  // word ("Officially, this wasn't correct.", text::PointingAfterLeadIn)
  // waits for the sentence before it, as "This wasn't correct." does.
  double lead_in_waits = 1;
  // 1: a sentence whose subject is "he" or "she" (referents.h) is no
  // candidate when the sentence before it in its article, which it waits
  // for, names no person or role ("Oslo was calm on Friday evening."):
  // another outlet's copy after the sentence naming him is taken, or none.
  // Only cased text is read (lower-cased text cannot show a name).
  double pronoun_needs_person = 1;
  // 1: a sentence that waits for the one before it is also weighed
  // together with it, as one candidate (both taken at once); 2: and when
  // that one waits too, the three in a row are one candidate; 0: it only
  // follows once that one is taken on its own.
  double pair_waiting = 2;
  // 1: a quotation over sentences that opens a sentence with no speaker
  // named and names it after its close, a few sentences on ("\"We will
  // win. ... We always do,\" Smith said."), is taken to that sentence or
  // not at all (its unit runs to it; none of its pieces may repeat a
  // pick), so its opening never reads as the outlet's words; when the
  // speaker is a pronoun ("he said"), the opening also waits for the
  // sentence before it, as with pronoun_quotes_wait.
  double speaker_closes_run = 1;
  // 1: bare_quotation_runs reads a run to the sentence that closes its
  // quotation, through pieces without marks; 0: to the unit's end (the
  // first piece without marks).
  double bare_runs_to_close = 1;
  // 1: what the well-formed candidates leave of the budget is filled only
  // with sentences a reader can take alone (no headline, caption or credit
  // line, no colon ending, at least min_words words); the rest fill only a
  // summary that would otherwise be empty. 0: any readable sentence fills.
  double fill_filter = 1;
  // 1: select by solving the coverage problem exactly (coverage_ilp.h,
  // GLPK), the greedy filling what is left; 0: greedy (lazy, by gain per
  // word^length_exponent).
  double solver = 0;
  // At budgets of at least this many words (0: never), the greedy's
  // selection is improved on the exact solver's objective by a local
  // search (coverage_search.h), which reaches the solver's optimum on 93%
  // of train1000's clusters at 200 words for a few percent of its time;
  // the greedy fills what is left, as after the solver. 200: the smallest
  // budget from which it passes the project's rule on train1000 at every
  // length measured (50 to 400 words; docs/summarize.md, "The solver's
  // objective in the default"). --method ilp does not search.
  double solver_from_words = 200;
  // 1: when the budget is in words and the last sentence is cut at it
  // (--truncate, as eval does), a candidate that does not fit whole is
  // weighed by the concepts of the words a cut keeps, not of the whole
  // sentence, so the cut sentence is the one whose opening says most
  // (chosen on train1000: docs/summarize.md, "The cut at the budget").
  double cut_by_prefix = 1;
  double ilp_concepts = 200;        // the heaviest concepts kept in the problem
  double ilp_prior_exponent = 1;    // concept weight *= (best prior / top prior)^this
  double ilp_sentence_weight = 8;   // objective += w * mean weight * prior / top prior a sentence
  double ilp_duplicates = 1;        // 1: no two near-duplicates (else concepts alone)
  double ilp_nodes = 2000;          // branch-and-bound nodes before the greedy is used (0: always)
  double ilp_time_limit_ms = 2000;  // a backstop on the solve's time
  // 1: a sentence of at least compress_min_words words is offered in a
  // shorter form too, made of verbatim pieces of itself (compress.h; the
  // rules are the bits of compress_rules), and the objective picks one of
  // the two or neither.
  double compress = 1;
  double compress_rules = kDefaultCompressRules;  // 49: no attribution, no aside
  double compress_min_words = 0;
  double compress_forms = 0;  // 1: each rule's own form too, beside the shortest
  double compress_weight = 1;  // a shorter form's prior *= this
  SalienceVector salience_weights = kTrainedSalienceWeights;
};

// The weight of each concept: support, kind, single source, repetition.
std::vector<double> ConceptWeights(const Corpus& corpus, const Concepts& concepts,
                                   const CoverageParams& params);

// Applies SummarizeOptions::parameters to `params`; fails naming an
// unknown parameter.
Status ApplyParameters(const std::vector<std::pair<std::string, double>>& overrides,
                       CoverageParams& params);

// Candidates the default method may pick: the basic filter plus length
// bounds, no questions, no all-caps furniture, no headline, caption or
// credit line (furniture_filter; an article's last sentence only when it is
// a credit line), and no piece of a split quotation when split_quotes is 0.
std::vector<bool> DefaultEligibility(const Corpus& corpus, const CoverageParams& params);

// The candidates that may fill a budget the eligible ones could not: any
// readable sentence but all-caps furniture (pieces of a split quotation
// only after the sentence before them).
std::vector<bool> FillEligibility(const Corpus& corpus);

// FillEligibility without what reads as a stray line in a summary: a
// headline, caption or credit line (furniture_filter's test), a sentence
// ending in a colon, one under min_words words.
std::vector<bool> CleanFillEligibility(const Corpus& corpus, const CoverageParams& params);

// True when `text` holds a straight or an opening curly double quote.
bool HasQuotationMark(std::string_view text);

// True for a piece of a quotation split over sentences (it opens or closes
// a quotation it does not contain whole).
bool IsQuotationPiece(const Sentence& sentence);

// True for a candidate that starts inside a quotation the sentences before
// it in its article opened and did not close: it continues a quotation
// and cannot stand without them.
std::vector<bool> InsideQuotation(const Corpus& corpus);

// True when the sentence's own quotation marks leave a quotation open at
// its end (it goes on in the next sentence, or was never closed; a nested
// one closes only itself: text::ReadQuotation). With `definite`, only when
// the mark that opened it is an opening one by its form (a curly or ``
// mark, or a straight one before a word after a space), not a straight
// mark with spaces on both sides (tokenized text).
bool EndsInsideQuotation(std::string_view text, bool definite = false);

// True for a headline, caption or credit line: no final stop (. ! ? or an
// ellipsis, before closing quotes and brackets), a credit or
// call-to-action marker ("Getty Images", "click here", a URL...), or a
// caption with no verb (text::LooksLikeCaption).
bool LooksLikeFurniture(std::string_view text);

// True for a credit or call-to-action line: "Photograph by", "Getty
// Images", "click here", "sign up", a URL...
bool CreditLine(std::string_view text);

// True when the sentence leans on the sentence before it: it opens with
// "He", "But", "This"... ("He added that..."), or it is a bare quotation
// whose speaker is named before. The default method takes it only together
// with that sentence.
bool OpensLeaning(const Sentence& sentence);

// True when the whole text is one quotation with no attribution inside it:
// it opens and closes with a double mark and holds no other (or, with
// curly marks, one more opening mark: a quote nested with double marks
// whose inner closing mark was dropped).
bool BareQuotation(std::string_view text);

// True when a quotation opens the sentence and a pronoun speaks it after
// it closes ("\"We can bake for two more days,\" she said."): who "she"
// is, the sentence before says. The default takes it only after that one,
// as a leaning sentence (not a salience feature: OpensLeaning is). The
// close is text::OpeningQuotationEnd's, so mixed marks (`“...," she
// wrote.`) count as well as matching ones.
bool PronounSpeaksQuotation(std::string_view text);

// True when sentences `first` to `last` of one article, read together, are
// one quotation with no attribution inside it (it opens the first and
// closes the last, with no other quotation mark).
bool BareQuotationRun(const Corpus& corpus, uint32_t first, uint32_t last);

// True when `text` holds a double quotation mark, straight or curly.
bool HoldsDoubleMark(std::string_view text);

// True when the sentence opens with a double quotation mark and holds no
// other: a quotation that goes on in the next sentences, with no speaker
// named in it.
bool BareOpening(std::string_view text);

// True when words follow the first double quotation mark of a sentence
// that starts inside a quotation: the mark closes it, and what follows
// names its speaker ("... the Presidency,\" Trump said.").
bool SpeakerAfterClose(std::string_view text);

// True when that speaker is a pronoun ("... work to do,\" he said."):
// who "he" is, the sentence before the quotation says.
bool PronounAfterClose(std::string_view text);

// True when a pronoun set off by commas speaks in the sentence: ", he
// said," or ", she added." (he, she, they; a past or present cue verb).
bool PronounAside(std::string_view text);

// True when a connective set off by commas follows the sentence's first
// words ("Fox, however, isn't worried ...", "The council , meanwhile ,
// ..."): it leans on what came before as one that opens the sentence
// does. At most four words before it.
bool ConnectiveAside(std::string_view text);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_COVERAGE_PARAMS_H_
