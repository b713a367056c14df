// Each summarization method per cluster: Summarize (analysis included) on
// one cluster of 16 KB (a typical Multi-News cluster is 10 KB), 128 KB and
// 1 MB, at the benchmark budget of 300 words cut at the budget. Reports
// bytes of article text per second; a method whose MB/s falls as the
// cluster grows is superlinear in sentences. BM_SummarizeDocuments/<method>
// times the method alone on documents analysed beforehand, so that the
// share of the analysis is the difference of the two.
//
// Input: Multi-News articles from ../shared, else generated prose
// (bench_text.h). Methods are registered from MethodNames(), so a new
// method is benchmarked without editing this file.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "concord/document.h"
#include "concord/summarize.h"
#include "micro/bench_text.h"

namespace {

concord::SummarizeOptions Options(const std::string& method) {
  concord::SummarizeOptions options;
  options.method = method;
  options.budget = 300;
  options.truncate = true;
  return options;
}

void Finish(benchmark::State& state, const concord::Cluster& cluster) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(concord::bench::TextBytes(cluster.articles)));
  state.SetLabel(concord::bench::TextSource());
}

void BM_Summarize(benchmark::State& state, const std::string& method) {
  const concord::Cluster cluster =
      concord::bench::ClusterOfSize(static_cast<size_t>(state.range(0)));
  const concord::SummarizeOptions options = Options(method);
  for (auto _ : state) {
    concord::Result<concord::Summary> summary = concord::Summarize(cluster, options);
    if (!summary.ok()) {
      state.SkipWithError(summary.status().message().c_str());
      break;
    }
    benchmark::DoNotOptimize(summary.value().sentences.data());
  }
  Finish(state, cluster);
}

void BM_SummarizeDocuments(benchmark::State& state, const std::string& method) {
  const concord::Cluster cluster =
      concord::bench::ClusterOfSize(static_cast<size_t>(state.range(0)));
  const concord::SummarizeOptions options = Options(method);
  concord::text::Tokenizer tokenizer;
  std::vector<concord::Document> analysed;
  for (const concord::Article& article : cluster.articles) {
    analysed.push_back(concord::text::Analyze(article, tokenizer, options.analyze));
  }
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<concord::Document> documents = analysed;
    state.ResumeTiming();
    concord::Result<concord::Summary> summary =
        concord::SummarizeDocuments(cluster, std::move(documents), options);
    if (!summary.ok()) {
      state.SkipWithError(summary.status().message().c_str());
      break;
    }
    benchmark::DoNotOptimize(summary.value().sentences.data());
  }
  Finish(state, cluster);
}

}  // namespace

int main(int argc, char** argv) {
  for (const std::string& method : concord::MethodNames()) {
    for (const auto& [name, function] :
         {std::pair{"BM_Summarize/", &BM_Summarize},
          std::pair{"BM_SummarizeDocuments/", &BM_SummarizeDocuments}}) {
      benchmark::RegisterBenchmark((name + method).c_str(), function, method)
          ->Arg(16 << 10)
          ->Arg(128 << 10)
          ->Arg(1 << 20)
          ->Unit(benchmark::kMillisecond);
    }
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
