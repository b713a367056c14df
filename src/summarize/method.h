// Internal: use include/concord/summarize.h instead.
//
// Method: one summarization algorithm. Each lives in its own file
// (lead.cc, centroid.cc, lexrank.cc, textrank.cc, mmr.cc, coverage.cc) and
// is created by name through CreateMethod (the factory habit of
// sentencepiece's ModelFactory). A method returns the candidates it picks,
// in the order it picked them; budgeted selection is shared (select.h).
#ifndef CONCORD_SUMMARIZE_METHOD_H_
#define CONCORD_SUMMARIZE_METHOD_H_

#include <memory>
#include <string>
#include <vector>

#include "concord/status.h"
#include "concord/summarize.h"
#include "summarize/corpus.h"
#include "summarize/select.h"

namespace concord::summarize::internal {

class Method {
 public:
  virtual ~Method() = default;
  // Picks candidates of `corpus` within `budget`; returns them in picking
  // order with their scores.
  virtual Selection Select(const Corpus& corpus, const Budget& budget) const = 0;
  // Adds the method's own candidates to the corpus before Select: the
  // default method's shorter forms of long sentences (compress.h), when
  // its compress parameter asks for them. Others add nothing.
  virtual void AddCandidates(Corpus& /*corpus*/) const {}
};

// REQUIRES: nothing; fails with kInvalidArgument naming unknown methods.
Result<std::unique_ptr<Method>> CreateMethod(const SummarizeOptions& options);

// One factory function per file.
std::unique_ptr<Method> NewLeadMethod(const SummarizeOptions& options);
std::unique_ptr<Method> NewCentroidMethod(const SummarizeOptions& options);
std::unique_ptr<Method> NewLexRankMethod(const SummarizeOptions& options);
std::unique_ptr<Method> NewTextRankMethod(const SummarizeOptions& options);
std::unique_ptr<Method> NewMmrMethod(const SummarizeOptions& options);
// exact: the coverage problem solved by GLPK (the `ilp` method, solver=1).
Result<std::unique_ptr<Method>> NewCoverageMethod(const SummarizeOptions& options,
                                                  bool exact = false);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_METHOD_H_
