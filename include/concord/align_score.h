// Scoring compare's cross-outlet alignment against labelled sentence pairs
// built from ECB+ (Cybulska & Vossen 2014): news articles in topics, each
// topic two sub-topics (two events of one type), with event mentions linked
// across documents into coreference chains.
//
//   Result<std::vector<concord::eval::EcbStory>> stories =
//       concord::eval::ReadEcbPlus("ECB+", "ECBplus_coreference_sentences.csv");
//   concord::eval::AlignScores s =
//       concord::eval::ScoreAlignment(stories.value(), compare_options);
//
// The pairs. A story is one sub-topic (its documents, each an outlet). Two
// scored sentences of different documents are a positive pair when they
// mention one event (an event mention of each, ACTION_* or NEG_ACTION_*, in
// one cross-document chain), a negative pair otherwise. The scored
// sentences are those with an event mention, or, given the official list of
// sentences annotated for coreference, those listed. Predicted pairs are
// the pairs of scored sentences of different documents that compare::Align
// puts in one content group.
//
// Thread safety: pure functions, thread-safe.
#ifndef CONCORD_ALIGN_SCORE_H_
#define CONCORD_ALIGN_SCORE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/compare.h"
#include "concord/quote_score.h"
#include "concord/status.h"

namespace concord::eval {

struct EcbSentence {
  size_t number = 0;                // the `sentence` attribute of its tokens
  std::string text;                 // the tokens joined as prose
  std::vector<std::string> events;  // cross-document event chains, sorted
  bool scored = false;              // in the pairs' universe
};

struct EcbDocument {
  std::string name;  // file name without ".xml" ("1_10ecbplus")
  std::vector<EcbSentence> sentences;
};

struct EcbStory {
  int topic = 0;
  std::string name;  // "<topic>_ecb" or "<topic>_ecbplus"
  std::vector<EcbDocument> documents;
};

// One ECB+ XML document: its tokens joined into sentences (no space before
// closing punctuation, none after opening brackets), each sentence's
// cross-document event chains, and `scored` set for sentences with an event
// mention. The XML is read by libxml2 (character references decoded).
// Fails with ParseError "<name>:<line>: ..." when the XML is not well formed
// (libxml2's message) or a token or token_anchor has no numeric t_id (a
// token no numeric sentence, an anchor no token).
Result<EcbDocument> ParseEcbDocument(std::string_view xml, const std::string& name);

// Every `<topic>/<topic>_<n>ecb.xml` and `..ecbplus.xml` under `dir`,
// grouped into sub-topic stories ordered by topic, then ecb before ecbplus,
// documents by number. When `sentences_csv` is not empty it is the list of
// sentences annotated for coreference (`Topic,File,Sentence Number` lines,
// File as "10ecbplus"), and only those are scored. Fails when `dir` holds no
// document, or a file cannot be read or parsed (the message names its path
// and line).
Result<std::vector<EcbStory>> ReadEcbPlus(const std::string& dir, const std::string& sentences_csv);

struct AlignScores {
  size_t stories = 0;
  size_t sentences = 0;  // scored sentences
  PrfCounts pairs;       // true_positives, predicted, gold pairs
};

// Aligns each story (compare::Align with `options`; each ECB+ sentence is
// one Document sentence, each document its own outlet) and counts the
// pairs.
AlignScores ScoreAlignment(const std::vector<EcbStory>& stories,
                           const compare::CompareOptions& options);

}  // namespace concord::eval

#endif  // CONCORD_ALIGN_SCORE_H_
