// Speed and memory of extract::ExtractPage.
//
// BM_ExtractScrapingHub: every page of the ScrapingHub benchmark
// (../shared/data/article-extraction-benchmark/html, 181 pages, 31.5 MB),
// inflated before timing, extracted one after another on one core; reports
// pages/s and bytes/s. Skipped with a message when the data is absent.
// BM_ExtractHugePage: one generated 50 MB page (paragraphs inside nested
// divs); reports the process's peak resident memory, which the 16 MiB cut
// (ExtractOptions::max_html_bytes) bounds.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "bench_text.h"
#include "concord/extract.h"

namespace {

namespace fs = std::filesystem;

std::string SharedDir() {
  if (const char* env = std::getenv("CONCORD_SHARED_DIR")) return env;
  return std::string(CONCORD_SOURCE_DIR) + "/../shared";
}

const std::vector<std::string>& ScrapingHubPages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    const fs::path dir = SharedDir() + "/data/article-extraction-benchmark/html";
    std::error_code ec;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      std::ifstream in(file, std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      concord::Result<std::string> page = concord::extract::Gunzip(bytes, file.string());
      if (page.ok()) out.push_back(std::move(page).value());
    }
    return out;
  }();
  return pages;
}

void BM_ExtractScrapingHub(benchmark::State& state) {
  const std::vector<std::string>& pages = ScrapingHubPages();
  if (pages.empty()) {
    state.SkipWithError("ScrapingHub pages absent (../shared/data/article-extraction-benchmark)");
    return;
  }
  size_t bytes = 0;
  for (const std::string& p : pages) bytes += p.size();
  size_t chars = 0;
  for (auto _ : state) {
    for (const std::string& p : pages) chars += concord::extract::ExtractPage(p).text.size();
  }
  benchmark::DoNotOptimize(chars);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetLabel("pages of the ScrapingHub benchmark; items/s = pages/s");
}
BENCHMARK(BM_ExtractScrapingHub)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ExtractHugePage(benchmark::State& state) {
  const std::string prose = concord::bench::GeneratedProse(4096, 7);
  std::string page = "<html><head><title>Huge</title></head><body>";
  while (page.size() < (size_t{50} << 20))
    page += "<div class=\"item\"><p>" + prose + "</p></div>\n";
  size_t chars = 0;
  for (auto _ : state) chars += concord::extract::ExtractPage(page).text.size();
  benchmark::DoNotOptimize(chars);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
  state.counters["page_MB"] = static_cast<double>(page.size()) / (1 << 20);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_ExtractHugePage)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

BENCHMARK_MAIN();
