// The reading path, stage by stage and whole: JSON Lines parsing, scraper
// noise detection, normalisation, sentence splitting, tokenizing with
// stemming, and text::Analyze (all of them, per article) — in bytes of
// article text per second, over 64 KB to 2 MB of input.
//
// Input: Multi-News articles from ../shared when present, else generated
// prose (bench_text.h); every result carries the source as its label. The
// tokenizer is reused across iterations, as a worker thread would, so its
// stem cache is warm: that is the steady state of a batch run.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concord/clean.h"
#include "concord/document.h"
#include "concord/io.h"
#include "concord/text.h"
#include "micro/bench_text.h"

namespace {

using concord::Article;
using concord::bench::ArticlesOfSize;
using concord::bench::TextBytes;
using concord::bench::TextSource;

void Finish(benchmark::State& state, size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(bytes));
  state.SetLabel(TextSource());
}

// Multi-News-style cluster lines holding the articles, 5 to a cluster.
std::string AsJsonLines(const std::vector<Article>& articles) {
  std::string out;
  for (size_t i = 0; i < articles.size(); i += 5) {
    nlohmann::json line;
    line["id"] = "cluster-" + std::to_string(i / 5);
    line["documents"] = nlohmann::json::array();
    for (size_t j = i; j < articles.size() && j < i + 5; ++j) {
      line["documents"].push_back(articles[j].text);
    }
    line["summaries"] = {"A summary."};
    out += line.dump() + "\n";
  }
  return out;
}

void BM_ParseJsonLines(benchmark::State& state) {
  const std::string jsonl = AsJsonLines(ArticlesOfSize(static_cast<size_t>(state.range(0))));
  for (auto _ : state) {
    concord::io::Inputs inputs;
    std::vector<Article> loose;
    concord::io::ParseJsonLines(jsonl, "bench.jsonl", inputs, loose);
    benchmark::DoNotOptimize(inputs.clusters.data());
  }
  Finish(state, jsonl.size());
}

void BM_FindNoise(benchmark::State& state) {
  const std::vector<Article> articles = ArticlesOfSize(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    for (const Article& article : articles) {
      std::vector<concord::clean::Removal> noise = concord::clean::FindNoise(article.text);
      benchmark::DoNotOptimize(noise.data());
    }
  }
  Finish(state, TextBytes(articles));
}

void BM_Normalize(benchmark::State& state) {
  const std::vector<Article> articles = ArticlesOfSize(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    for (const Article& article : articles) {
      concord::text::Normalized norm = concord::text::Normalize(article.text);
      benchmark::DoNotOptimize(norm.text.data());
    }
  }
  Finish(state, TextBytes(articles));
}

void BM_SplitSentences(benchmark::State& state) {
  const std::vector<Article> articles = ArticlesOfSize(static_cast<size_t>(state.range(0)));
  std::vector<std::string> normalized;
  for (const Article& article : articles) {
    normalized.push_back(concord::text::Normalize(article.text).text);
  }
  for (auto _ : state) {
    for (const std::string& text : normalized) {
      std::vector<concord::text::ByteSpan> spans = concord::text::SplitSentences(text);
      benchmark::DoNotOptimize(spans.data());
    }
  }
  Finish(state, TextBytes(articles));
}

void BM_TokenizeAndStem(benchmark::State& state) {
  const std::vector<Article> articles = ArticlesOfSize(static_cast<size_t>(state.range(0)));
  concord::text::Tokenizer tokenizer;
  for (auto _ : state) {
    for (const Article& article : articles) {
      concord::text::Vocabulary vocabulary;  // one an article, as a Document has
      std::vector<concord::text::Token> tokens = tokenizer.Tokenize(article.text, vocabulary);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  Finish(state, TextBytes(articles));
}

// Clean + normalise + split + tokenize + stem, and the word scan that
// compare and quotes read: the whole analysis.
void AnalyzeArticles(benchmark::State& state, const concord::text::AnalyzeOptions& options) {
  const std::vector<Article> articles = ArticlesOfSize(static_cast<size_t>(state.range(0)));
  concord::text::Tokenizer tokenizer;
  size_t sentences = 0;
  for (auto _ : state) {
    sentences = 0;
    for (const Article& article : articles) {
      concord::Document doc = concord::text::Analyze(article, tokenizer, options);
      sentences += doc.sentences.size();
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  Finish(state, TextBytes(articles));
  state.counters["sentences"] = static_cast<double>(sentences);
}

void BM_AnalyzeArticles(benchmark::State& state) { AnalyzeArticles(state, {}); }

// The analysis summarize, eval and train run: no word scan (only compare,
// quotes and the JSON alignment read it).
void BM_AnalyzeForSummary(benchmark::State& state) {
  concord::text::AnalyzeOptions options;
  options.scan_words = false;
  AnalyzeArticles(state, options);
}

// The whole read path from JSON Lines bytes: parse, then analyse.
void BM_ReadAndAnalyze(benchmark::State& state) {
  const std::string jsonl = AsJsonLines(ArticlesOfSize(static_cast<size_t>(state.range(0))));
  concord::text::Tokenizer tokenizer;
  for (auto _ : state) {
    concord::io::Inputs inputs;
    std::vector<Article> loose;
    concord::io::ParseJsonLines(jsonl, "bench.jsonl", inputs, loose);
    for (const concord::Cluster& cluster : inputs.clusters) {
      for (const Article& article : cluster.articles) {
        concord::Document doc = concord::text::Analyze(article, tokenizer);
        benchmark::DoNotOptimize(doc.sentences.data());
      }
    }
  }
  Finish(state, jsonl.size());
}

constexpr int64_t kMin = int64_t{64} << 10;
constexpr int64_t kMax = int64_t{2} << 20;  // validation-full250 holds 2.6 MB

// 64 KB, 256 KB, 1 MB, 2 MB.
void Sizes(benchmark::internal::Benchmark* b) {
  b->RangeMultiplier(4)->Range(kMin, kMax)->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_ParseJsonLines)->Apply(Sizes);
BENCHMARK(BM_FindNoise)->Apply(Sizes);
BENCHMARK(BM_Normalize)->Apply(Sizes);
BENCHMARK(BM_SplitSentences)->Apply(Sizes);
BENCHMARK(BM_TokenizeAndStem)->Apply(Sizes);
BENCHMARK(BM_AnalyzeArticles)->Apply(Sizes);
BENCHMARK(BM_AnalyzeForSummary)->Apply(Sizes);
BENCHMARK(BM_ReadAndAnalyze)->Apply(Sizes);

}  // namespace

BENCHMARK_MAIN();
