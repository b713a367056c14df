// The sentence-similarity graph of LexRank and TextRank (summarize/graph.h),
// per 1,000 sentences, over 1,000 to 30,000 sentences of one cluster.
//
// BuildGraph finds pairs through an inverted index: exact up to kDenseLimit
// (3,000) sentences, where cost follows the pairs that share a term (close
// to n^2 in a cluster about one story); above it, terms found in more than
// max(64, n/50) sentences stop creating pairs, which keeps 10 MB clusters
// usable. The items/s figure is sentences per second, so a flat figure means
// linear growth and a falling one quadratic. BM_BuildCorpus (tf-idf vectors)
// and BM_PageRank are timed beside it for scale.
//
// Input: Multi-News sentences from ../shared, else generated prose
// (bench_text.h). Sentences are those Analyze keeps; the corpus is built
// outside the timed loop except in BM_BuildCorpus.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <map>
#include <vector>

#include "concord/document.h"
#include "micro/bench_text.h"
#include "summarize/corpus.h"
#include "summarize/graph.h"

namespace {

using concord::Document;
using concord::summarize::internal::BuildCorpus;
using concord::summarize::internal::BuildGraph;
using concord::summarize::internal::Corpus;
using concord::summarize::internal::Dot;
using concord::summarize::internal::Graph;
using concord::summarize::internal::PageRank;

// Analysed documents holding at least `sentences` sentences, trimmed to
// exactly that many. Cached per size: analysing 30,000 sentences takes a
// while and every benchmark of that size needs the same documents.
const std::vector<Document>& DocumentsWithSentences(size_t sentences) {
  static std::map<size_t, std::vector<Document>> cache;
  auto found = cache.find(sentences);
  if (found != cache.end()) return found->second;
  std::vector<Document> documents;
  concord::text::Tokenizer tokenizer;
  size_t have = 0;
  // About 160 bytes of text per kept sentence in news; ask for more and
  // stop when there are enough.
  for (const concord::Article& article : concord::bench::ArticlesOfSize(sentences * 200)) {
    if (have >= sentences) break;
    Document doc = concord::text::Analyze(article, tokenizer);
    if (have + doc.sentences.size() > sentences) doc.sentences.resize(sentences - have);
    have += doc.sentences.size();
    documents.push_back(std::move(doc));
  }
  return cache.emplace(sentences, std::move(documents)).first->second;
}

void Finish(benchmark::State& state, size_t sentences) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(sentences));
  state.SetLabel(concord::bench::TextSource());
}

void BM_BuildCorpus(benchmark::State& state) {
  const std::vector<Document>& documents =
      DocumentsWithSentences(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    Corpus corpus = BuildCorpus(documents);
    benchmark::DoNotOptimize(corpus.vectors.data());
  }
  Finish(state, static_cast<size_t>(state.range(0)));
}

// LexRank's graph: tf-idf cosine, edges at 0.1 and above.
void BM_SimilarityGraph(benchmark::State& state) {
  const Corpus corpus = BuildCorpus(DocumentsWithSentences(static_cast<size_t>(state.range(0))));
  size_t edges = 0;
  for (auto _ : state) {
    Graph graph = BuildGraph(
        corpus,
        [&](uint32_t i, uint32_t j) {
          return static_cast<float>(Dot(corpus.vectors[i], corpus.vectors[j]));
        },
        0.1f);
    edges = 0;
    for (const auto& list : graph.edges) edges += list.size();
    benchmark::DoNotOptimize(graph.edges.data());
  }
  Finish(state, corpus.size());
  state.counters["edges"] = static_cast<double>(edges / 2);
}

void BM_PageRank(benchmark::State& state) {
  const Corpus corpus = BuildCorpus(DocumentsWithSentences(static_cast<size_t>(state.range(0))));
  const Graph graph = BuildGraph(
      corpus,
      [&](uint32_t i, uint32_t j) {
        return static_cast<float>(Dot(corpus.vectors[i], corpus.vectors[j]));
      },
      0.1f);
  for (auto _ : state) {
    std::vector<double> rank = PageRank(graph);
    benchmark::DoNotOptimize(rank.data());
  }
  Finish(state, corpus.size());
}

void Sizes(benchmark::internal::Benchmark* b) {
  for (int64_t n : {1000, 3000, 3001, 10000, 30000}) b->Arg(n);
  b->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_BuildCorpus)->Apply(Sizes);
BENCHMARK(BM_SimilarityGraph)->Apply(Sizes);
BENCHMARK(BM_PageRank)->Apply(Sizes);

}  // namespace

BENCHMARK_MAIN();
