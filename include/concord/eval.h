// The dataset runner: summarize every cluster of a data set with one or more
// methods, cut each summary to the budget, score it against the cluster's
// references with ROUGE (rouge.h), and time it.
//
// The project protocol (../shared/data/multinews/MANIFEST.md): summaries cut
// to 300 words, one sentence a line; references stripped of a leading "– "
// and split one sentence a line; ROUGE-1.5.5 with -n 2 -2 4 -u -m -f A
// -p 0.5; F-measure macro-averaged over clusters.
//
//   concord::eval::DatasetOptions options;
//   options.methods = {"lead", "default"};
//   concord::Result<concord::eval::DatasetReport> report =
//       concord::eval::RunDataset(clusters, scorer, options);
//   std::cout << concord::eval::FormatReport(report.value());
//
// Thread safety: RunDataset runs clusters on `threads` threads of a TBB
// arena of its own (it never changes process-wide thread settings); the
// progress callback is called from one thread at a time.
#ifndef CONCORD_EVAL_H_
#define CONCORD_EVAL_H_

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "concord/article.h"
#include "concord/rouge.h"
#include "concord/status.h"

namespace concord::eval {

struct DatasetOptions {
  // Behaviour
  std::vector<std::string> methods = {"default"};  // summarize.h method names
  size_t words = 300;  // budget; summaries are cut at it (truncate)
  double duplicate_threshold = 0.5;  // SummarizeOptions::duplicate_threshold
  // Overrides of the default method's parameters (SummarizeOptions).
  std::vector<std::pair<std::string, double>> parameters;
  // When set, each summary is written to <out_dir>/<method>/<name>.txt and
  // each cluster's references to <out_dir>/refs/<name>.<A..>.txt, one
  // sentence a line, so that any other ROUGE can check the figures. <name>
  // is the cluster's file name from OutputFileNames (never the id used as a
  // path); <out_dir>/ids.tsv maps names to ids. Each file is written whole
  // or not at all (io::WriteFile).
  std::string out_dir;
  // Performance
  int threads = 0;  // 0: every core; negative is an error
  // Called after each cluster: (clusters done, clusters in all) for the
  // current method.
  std::function<void(const std::string& method, size_t done, size_t total)> progress;
};

struct MethodReport {
  std::string method;
  // Mean over the scored clusters of each measure (R, P, F).
  std::vector<std::pair<std::string, RougeScore>> average;
  size_t clusters = 0;   // scored (every cluster with references)
  // Clusters the method could not summarize (e.g. nothing left after
  // cleaning); they are scored as empty summaries.
  size_t failures = 0;
  double seconds = 0;    // wall time to summarize (not to score)
  double clusters_per_second = 0;
  double megabytes_per_second = 0;  // article text summarized per second
  long peak_rss_kb = 0;  // the process's peak resident set after this method
};

struct DatasetReport {
  std::vector<MethodReport> methods;
  size_t clusters = 0;
  size_t input_bytes = 0;  // article text of all clusters
};

// The references of `cluster` prepared by the protocol: one vector of
// sentence lines per reference.
std::vector<std::vector<std::string>> ReferenceLines(const Cluster& cluster);

// Runs every method over `clusters`. Clusters without references are not
// scored. Fails with InvalidArgument for an unknown method, and with IoError
// (naming the file) when out_dir or a file in it cannot be written.
Result<DatasetReport> RunDataset(const std::vector<Cluster>& clusters,
                                 const RougeScorer& scorer, const DatasetOptions& options);

// Safe, unique file names for the clusters' ids, in cluster order, for
// files inside an output folder: only [A-Za-z0-9._-], not starting with '.',
// at most 64 bytes, distinct even ignoring case, and deterministic. An id
// that already is such a name (and not taken by an earlier cluster) keeps
// it; any other id gets its cleaned form plus "-" and 8 hex digits of a hash
// of the id (and "-<cluster number>" if that is taken too). An id is never
// followed as a path: "../x", "/tmp/x" and "a/b" all stay inside the folder.
std::vector<std::string> OutputFileNames(const std::vector<Cluster>& clusters);

// The ids.tsv text: a "file\tid" header, then one "<name>\t<id>" line per
// cluster, with backslash, tab, newline, CR and other control bytes of the id
// escaped as \\, \t, \n, \r and \xHH.
std::string FormatIdMap(const std::vector<Cluster>& clusters,
                        const std::vector<std::string>& names);

// A Markdown table: per method, R-L, R-SU4 (R, P, F, in percent),
// clusters/s, MB/s, peak RSS.
std::string FormatReport(const DatasetReport& report);

}  // namespace concord::eval

#endif  // CONCORD_EVAL_H_
