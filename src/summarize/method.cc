// CreateMethod: the factory of methods by name.
#include "summarize/method.h"

namespace concord::summarize::internal {

Result<std::unique_ptr<Method>> CreateMethod(const SummarizeOptions& options) {
  const std::string& name = options.method;
  if (name == "lead") return NewLeadMethod(options);
  if (name == "centroid") return NewCentroidMethod(options);
  if (name == "lexrank") return NewLexRankMethod(options);
  if (name == "textrank") return NewTextRankMethod(options);
  if (name == "mmr") return NewMmrMethod(options);
  if (name == "default" || name == "coverage") return NewCoverageMethod(options);
  if (name == "ilp") return NewCoverageMethod(options, /*exact=*/true);
  std::string known;
  for (const std::string& method : MethodNames()) known += (known.empty() ? "" : ", ") + method;
  return Status::InvalidArgument("unknown method '" + name + "' (known: " + known + ")");
}

}  // namespace concord::summarize::internal

namespace concord {

const std::vector<std::string>& MethodNames() {
  static const std::vector<std::string> kNames = {"default",  "lead", "centroid", "lexrank",
                                                  "textrank", "mmr",  "ilp"};
  return kNames;
}

}  // namespace concord
