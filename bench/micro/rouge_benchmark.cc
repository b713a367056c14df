// ROUGE scoring speed: one system summary against one reference under the
// project protocol (-n 2 -2 4 -u -m -f A -p 0.5), over summary lengths.
// Texts are generated from a Zipf-like vocabulary of 2,000 words in
// sentences of 20 words; no data files are needed (no WordNet exceptions,
// Porter only). The dataset bar (5,622 pairs of ~300/~230 words under 2 s)
// means BM_RougeScore/300 must stay under ~350 us; measured 2025-11 on the
// 2-core dev machine (RelWithDebInfo, loaded): ~260 us CPU.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "concord/rouge.h"

namespace {

std::vector<std::string> MakeText(int words, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<double> weights(2000);
  for (std::size_t i = 0; i < weights.size(); ++i) weights[i] = 1.0 / (i + 1.0);
  std::discrete_distribution<int> word(weights.begin(), weights.end());
  std::vector<std::string> lines;
  std::string line;
  for (int w = 0; w < words; ++w) {
    if (!line.empty()) line += ' ';
    line += "word" + std::to_string(word(rng)) + (w % 3 == 0 ? "ing" : "s");
    if (w % 20 == 19) {
      lines.push_back(line + ".");
      line.clear();
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

void BM_RougeScore(benchmark::State& state) {
  const int words = static_cast<int>(state.range(0));
  concord::Result<concord::eval::RougeOptions> options =
      concord::eval::ParseRougeFlags("-n 2 -2 4 -u -m -f A -p 0.5");
  concord::Result<concord::eval::RougeScorer> scorer =
      concord::eval::RougeScorer::Create(options.value(), concord::eval::RougeData{});
  const std::vector<std::string> system = MakeText(words, 1);
  const std::vector<std::vector<std::string>> references = {
      MakeText(words * 230 / 300, 2)};
  for (auto _ : state) {
    concord::Result<concord::eval::RougeScores> scores =
        scorer.value().Score(system, references);
    benchmark::DoNotOptimize(scores);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RougeScore)->Arg(50)->Arg(100)->Arg(300)->Arg(600)->Arg(2000);

}  // namespace

BENCHMARK_MAIN();
