// Internal to concord_compare; use concord/compare.h instead.
//
// The learned speaker choice (speaker_model.cc): a quote the rules of
// quote_speakers.cc leave without a speaker gets one of the names and
// pronouns around it, picked by a logistic model over a few features of
// each candidate (where it stands, whether a cue verb is next to it, how
// often the article names it). The weights are what `concord train --task
// speakers` learns on PolNeAR train (speaker_learn.cc);
// SpeakerModelTest.ShippedWeightsAreWhatTrainingLearns checks them.
#ifndef CONCORD_SRC_COMPARE_SPEAKER_MODEL_H_
#define CONCORD_SRC_COMPARE_SPEAKER_MODEL_H_

#include <array>
#include <cstddef>
#include <functional>
#include <vector>

#include "compare/quote_resolve.h"
#include "compare/quotes.h"
#include "compare/words.h"
#include "concord/compare.h"
#include "concord/document.h"

namespace concord::compare::internal {

inline constexpr size_t kSpeakerFeatures = 18;
extern const std::array<const char*, kSpeakerFeatures> kSpeakerFeatureNames;
using SpeakerVector = std::array<double, kSpeakerFeatures>;

// A possible speaker of one quote: a name or a pronoun outside quotation
// marks in the quote's paragraph or the one before; a name that qualifies a
// noun ("Stone's attorney", "the Russia investigation") is none.
struct SpeakerCandidate {
  text::ByteSpan span;
  SpeakerVector x{};
};

// What the features read: the article's words, names, paragraphs, quoted
// spans and sentences.
struct QuoteContext {
  const TextWords& words;
  const ArticleNames& names;
  const std::vector<size_t>& paragraphs;
  const std::vector<QuotedSpan>& spans;
  const Document& document;
  std::vector<size_t> mentions;  // names per group of `names` (GroupMentions)
};

// How many of the article's names fall in each group.
std::vector<size_t> GroupMentions(const ArticleNames& names);

// The candidates of `quote` with their features; `previous` is the speaker
// span of the quote before it (empty when none).
std::vector<SpeakerCandidate> SpeakerCandidates(const QuoteContext& c, const Quote& quote,
                                                text::ByteSpan previous);

// The model's score (log-odds) of a candidate.
double SpeakerScore(const SpeakerModel& model, const SpeakerVector& x);

// The candidate `model` picks (its index), or candidates.size() when none
// reaches the model's threshold.
size_t ChooseSpeaker(const SpeakerModel& model, const std::vector<SpeakerCandidate>& candidates);

// Gives each non-embedded quote of `quotes` (in text order) without a
// speaker the candidate `model` picks (speaker and speaker_span; the cue
// stays empty).
void LearnedSpeakers(const QuoteContext& c, const SpeakerModel& model, std::vector<Quote>& quotes);

// For training: the candidates of each quote of `quotes` (of those without
// a speaker only, unless `all`), in order; others get none.
std::vector<std::vector<SpeakerCandidate>> CandidatesOfQuotes(const QuoteContext& c,
                                                              const std::vector<Quote>& quotes,
                                                              bool all);

// ExtractQuotes (quotes.cc) with a step between finding the quotes and
// resolving their speakers: `before_resolution` sees the kept quotes (in text
// order, speakers as the rules found them) and may give them speakers.
using BeforeResolution = std::function<void(const QuoteContext&, std::vector<Quote>&)>;
std::vector<Quote> ExtractQuotesWith(const Article& article, const Document& document,
                                     const CompareOptions& options,
                                     const BeforeResolution& before_resolution);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_SPEAKER_MODEL_H_
