// RunDataset: summarize, cut, score and time every cluster of a data set.
//
// Clusters are independent, so they run in parallel with TBB (one task per
// cluster; each Summarize call owns its tokenizer and buffers). Timing is
// wall time around the summarizing only, so that the ROUGE cost is not
// charged to the method. Per-cluster scores are kept by index and averaged
// in cluster order, so the figures do not depend on the thread count.
#include <sys/resource.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>

#include "concord/eval.h"
#include "concord/io.h"
#include "concord/summarize.h"
#include "concord/text.h"

namespace concord::eval {
namespace {

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Sentence lines of a text, split by concord's splitter.
std::vector<std::string> SplitLines(std::string_view raw) {
  const text::Normalized norm = text::Normalize(raw);
  std::vector<std::string> lines;
  for (const text::ByteSpan& span : text::SplitSentences(norm.text)) {
    const text::ByteSpan in_raw = text::ToOriginal(norm, span, raw);
    std::string line =
        text::CollapseWhitespace(raw.substr(in_raw.start, in_raw.end - in_raw.start));
    if (!line.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

// Writes one sentence a line, whole or not at all.
Status WriteLines(const std::filesystem::path& path, const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return io::WriteFile(path.string(), text);
}

std::string ReferenceLetter(size_t r) {
  return r < 26 ? std::string(1, static_cast<char>('A' + r)) : std::to_string(r);
}

// How the runner summarizes with `method`: the protocol's budget, cut at
// it.
SummarizeOptions SummarizeOptionsFor(const std::string& method, const DatasetOptions& options) {
  SummarizeOptions summarize_options;
  summarize_options.method = method;
  summarize_options.budget = options.words;
  summarize_options.truncate = true;
  summarize_options.parameters = options.parameters;
  summarize_options.duplicate_threshold = options.duplicate_threshold;
  summarize_options.analyze.scan_words = false;  // ROUGE reads no word scan
  return summarize_options;
}

}  // namespace

std::vector<std::vector<std::string>> ReferenceLines(const Cluster& cluster) {
  std::vector<std::vector<std::string>> references;
  for (const std::string& reference : cluster.references) {
    std::string_view text = reference;
    const size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) continue;
    text.remove_prefix(first);
    // Newser-style summaries open with "– " (en dash); strip it.
    if (text.substr(0, 3) == "\xE2\x80\x93")
      text.remove_prefix(3);
    else if (text.substr(0, 1) == "-")
      text.remove_prefix(1);
    std::vector<std::string> lines = SplitLines(text);
    if (!lines.empty()) references.push_back(std::move(lines));
  }
  return references;
}

namespace {

namespace fs = std::filesystem;

Status CheckDatasetOptions(const DatasetOptions& options) {
  for (const std::string& method : options.methods) {
    const std::vector<std::string>& known = MethodNames();
    if (std::find(known.begin(), known.end(), method) == known.end()) {
      return Status::InvalidArgument("unknown method '" + method + "'");
    }
  }
  if (options.words == 0) return Status::InvalidArgument("--words must be positive");
  for (const std::string& method : options.methods) {
    if (Status s = CheckOptions(SummarizeOptionsFor(method, options)); !s.ok()) return s;
  }
  return Status::Ok();
}

// out_dir/ids.tsv and every reference as out_dir/refs/NAME.A.txt, ...
Status WriteReferences(const std::string& out_dir, const std::vector<Cluster>& clusters,
                       const std::vector<std::string>& names,
                       const std::vector<std::vector<std::vector<std::string>>>& references) {
  std::error_code ec;
  fs::create_directories(fs::path(out_dir) / "refs", ec);
  if (ec) return Status::IoError(out_dir + ": cannot create: " + ec.message());
  const fs::path map = fs::path(out_dir) / "ids.tsv";
  if (Status s = io::WriteFile(map.string(), FormatIdMap(clusters, names)); !s.ok()) return s;
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (size_t r = 0; r < references[c].size(); ++r) {
      const fs::path path =
          fs::path(out_dir) / "refs" / (names[c] + "." + ReferenceLetter(r) + ".txt");
      if (Status s = WriteLines(path, references[c][r]); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

// One method's summaries of every cluster, and the wall time they took.
struct Summaries {
  std::vector<std::vector<std::string>> lines;  // by cluster
  std::vector<char> failed;                     // by cluster: nothing to summarize
  double seconds = 0;
};

Summaries SummarizeAll(const std::vector<Cluster>& clusters, const std::string& method,
                       const DatasetOptions& options) {
  const SummarizeOptions summarize_options = SummarizeOptionsFor(method, options);
  Summaries out;
  out.lines.resize(clusters.size());
  out.failed.assign(clusters.size(), 0);
  std::atomic<size_t> done{0};
  std::mutex progress_mutex;
  const auto start = std::chrono::steady_clock::now();
  tbb::parallel_for(size_t{0}, clusters.size(), [&](size_t c) {
    Result<Summary> summary = Summarize(clusters[c], summarize_options);
    if (summary.ok()) {
      for (const SummarySentence& s : summary.value().sentences) out.lines[c].push_back(s.text);
    } else {
      out.failed[c] = 1;
    }
    const size_t finished = ++done;
    if (options.progress) {
      std::lock_guard<std::mutex> lock(progress_mutex);
      options.progress(method, finished, clusters.size());
    }
  });
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

// The mean of the clusters' scores, measure by measure, into `result`
// (which counts the clusters scored).
void AddAverage(const std::vector<std::optional<RougeScores>>& scores, MethodReport& result) {
  for (const std::optional<RougeScores>& cluster : scores) {
    if (!cluster) continue;
    ++result.clusters;
    if (result.average.empty()) {
      for (const auto& [name, unused] : cluster->measures) {
        result.average.emplace_back(name, RougeScore{});
      }
    }
    for (size_t m = 0; m < result.average.size(); ++m) {
      const RougeScore& s = cluster->measures[m].second;
      result.average[m].second.recall += s.recall;
      result.average[m].second.precision += s.precision;
      result.average[m].second.f += s.f;
    }
  }
  if (result.clusters == 0) return;
  for (auto& [name, s] : result.average) {
    s.recall /= static_cast<double>(result.clusters);
    s.precision /= static_cast<double>(result.clusters);
    s.f /= static_cast<double>(result.clusters);
  }
}

// What RunMethods shares between methods.
struct Dataset {
  const std::vector<Cluster>& clusters;
  const std::vector<std::vector<std::vector<std::string>>>& references;
  const std::vector<std::string>& names;  // output file names
  size_t input_bytes = 0;
};

// One method: summarize (timed), write the summaries when asked, score
// (not timed).
Result<MethodReport> RunMethod(const std::string& method, const Dataset& data,
                               const RougeScorer& scorer, const DatasetOptions& options) {
  const size_t n = data.clusters.size();
  fs::path method_dir;
  if (!options.out_dir.empty()) {
    method_dir = fs::path(options.out_dir) / method;
    std::error_code ec;
    fs::create_directories(method_dir, ec);
    if (ec) return Status::IoError(method_dir.string() + ": cannot create: " + ec.message());
  }
  const Summaries summaries = SummarizeAll(data.clusters, method, options);
  std::vector<std::optional<RougeScores>> scores(n);
  tbb::parallel_for(size_t{0}, n, [&](size_t c) {
    // A cluster the method could not summarize (nothing left after
    // cleaning) is scored as an empty summary, not left out: leaving it
    // out would flatter the average against systems scored on every
    // cluster.
    if (data.references[c].empty()) return;
    Result<RougeScores> s = scorer.Score(summaries.lines[c], data.references[c]);
    if (s.ok()) scores[c] = std::move(s).value();
  });
  MethodReport result;
  result.method = method;
  result.seconds = summaries.seconds;
  for (size_t c = 0; c < n; ++c) {
    if (summaries.failed[c]) {
      ++result.failures;
    } else if (!method_dir.empty()) {
      const fs::path path = method_dir / (data.names[c] + ".txt");
      if (Status s = WriteLines(path, summaries.lines[c]); !s.ok()) return s;
    }
  }
  AddAverage(scores, result);
  const double seconds = summaries.seconds;
  result.clusters_per_second = seconds > 0 ? static_cast<double>(n) / seconds : 0;
  result.megabytes_per_second =
      seconds > 0 ? static_cast<double>(data.input_bytes) / 1e6 / seconds : 0;
  result.peak_rss_kb = PeakRssKb();
  return result;
}

// RunDataset inside the caller's arena.
Result<DatasetReport> RunMethods(const std::vector<Cluster>& clusters, const RougeScorer& scorer,
                                 const DatasetOptions& options) {
  if (Status s = CheckDatasetOptions(options); !s.ok()) return s;
  DatasetReport report;
  report.clusters = clusters.size();
  for (const Cluster& cluster : clusters) {
    for (const Article& article : cluster.articles) report.input_bytes += article.text.size();
  }
  // References once, shared by every method.
  std::vector<std::vector<std::vector<std::string>>> references(clusters.size());
  tbb::parallel_for(size_t{0}, clusters.size(),
                    [&](size_t c) { references[c] = ReferenceLines(clusters[c]); });
  // Output file names: never the ids themselves (they come from the data).
  const std::vector<std::string> names = OutputFileNames(clusters);
  if (!options.out_dir.empty()) {
    if (Status s = WriteReferences(options.out_dir, clusters, names, references); !s.ok()) {
      return s;
    }
  }
  const Dataset data{clusters, references, names, report.input_bytes};
  for (const std::string& method : options.methods) {
    Result<MethodReport> result = RunMethod(method, data, scorer, options);
    if (!result.ok()) return result.status();
    report.methods.push_back(std::move(result).value());
  }
  return report;
}

}  // namespace

Result<DatasetReport> RunDataset(const std::vector<Cluster>& clusters, const RougeScorer& scorer,
                                 const DatasetOptions& options) {
  if (options.threads < 0) return Status::InvalidArgument("threads must not be negative");
  // An arena of our own: a library call never changes the process-wide
  // thread settings (tbb::global_control) of the program that calls it.
  tbb::task_arena arena(options.threads > 0 ? options.threads : tbb::task_arena::automatic);
  std::optional<Result<DatasetReport>> report;
  arena.execute([&] { report.emplace(RunMethods(clusters, scorer, options)); });
  return std::move(*report);
}

std::string FormatReport(const DatasetReport& report) {
  std::string out =
      "| method | R-1 R | R-1 P | R-1 F | R-2 R | R-2 P | R-2 F | R-L F | R-SU4 F | "
      "clusters/s | MB/s | peak RSS MB |\n"
      "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  char buffer[64];
  auto percent = [&](const MethodReport& m, const char* name, int field) {
    for (const auto& [measure, s] : m.average) {
      if (measure == name) {
        const double v = field == 0 ? s.recall : field == 1 ? s.precision : s.f;
        std::snprintf(buffer, sizeof buffer, "%.2f", 100 * v);
        return std::string(buffer);
      }
    }
    return std::string("-");
  };
  for (const MethodReport& m : report.methods) {
    out += "| " + m.method + " | " + percent(m, "ROUGE-1", 0) + " | " + percent(m, "ROUGE-1", 1) +
           " | " + percent(m, "ROUGE-1", 2) + " | " + percent(m, "ROUGE-2", 0) + " | " +
           percent(m, "ROUGE-2", 1) + " | " + percent(m, "ROUGE-2", 2) + " | " +
           percent(m, "ROUGE-L", 2) + " | " + percent(m, "ROUGE-SU4", 2) + " | ";
    std::snprintf(buffer, sizeof buffer, "%.1f | %.2f | %.0f |\n", m.clusters_per_second,
                  m.megabytes_per_second, static_cast<double>(m.peak_rss_kb) / 1024.0);
    out += buffer;
  }
  return out;
}

}  // namespace concord::eval
