#include "fuzz/checks.h"

namespace concord::fuzz {

const std::vector<Target>& Targets() {
  static const std::vector<Target> targets = {
      {"utf8", CheckUtf8},           {"sentences", CheckSentences},
      {"tokenizer", CheckTokenizer}, {"text_reader", CheckTextReader},
      {"jsonl", CheckJsonLines},     {"rouge_text", CheckRougeText},
      {"params", CheckParams},       {"clean", CheckClean},
      {"summarize", CheckSummarize}, {"cli", CheckCli},
      {"extract", CheckExtract},     {"request", CheckRequest},
  };
  return targets;
}

}  // namespace concord::fuzz
