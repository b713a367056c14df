// concord compare PATH...: what the outlets agree on, what only one reports,
// who said what.
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "concord/compare.h"
#include "concord/document.h"
#include "concord/io.h"

namespace concord::cli {
namespace {

struct CompareFlags {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string sources;
  bool no_clean = false;
  double threshold = compare::CompareOptions().match_threshold;
};

std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream in(list);
  std::string item;
  while (std::getline(in, item, ',')) out.push_back(item);
  return out;
}

int Run(const CompareFlags& flags) {
  if (flags.format != "text" && flags.format != "md" && flags.format != "markdown" &&
      flags.format != "json") {
    std::cerr << "concord compare: --format must be text, md or json (got '" << flags.format
              << "')\n";
    return 2;
  }
  if (!(flags.threshold > 0.0 && flags.threshold <= 1.0)) {
    std::cerr << "concord compare: --threshold must be in (0, 1]\n";
    return 2;
  }
  Result<io::Inputs> inputs = io::ReadInputs(flags.paths);
  if (!inputs.ok()) {
    std::cerr << "concord compare: " << inputs.status().message() << "\n";
    return 2;
  }
  for (const std::string& warning : inputs.value().warnings) {
    std::cerr << "concord compare: warning: " << warning << "\n";
  }
  for (const std::string& problem : inputs.value().problems) {
    std::cerr << "concord compare: " << problem << "\n";
  }
  size_t failures = inputs.value().problems.size();
  std::vector<Cluster> clusters = inputs.value().clusters;
  const std::vector<std::string> sources = SplitList(flags.sources);
  if (!sources.empty()) {
    if (clusters.size() != 1 || clusters[0].articles.size() != sources.size()) {
      std::cerr << "concord compare: --sources gives " << sources.size()
                << " names but the input has "
                << (clusters.size() == 1 ? clusters[0].articles.size() : clusters.size())
                << (clusters.size() == 1 ? " articles" : " stories") << "\n";
      return 2;
    }
    for (size_t a = 0; a < sources.size(); ++a) clusters[0].articles[a].source = sources[a];
  }
  compare::CompareOptions options;
  options.match_threshold = flags.threshold;
  text::AnalyzeOptions analyze;
  analyze.clean.enabled = !flags.no_clean;
  text::Tokenizer tokenizer;
  for (size_t c = 0; c < clusters.size(); ++c) {
    const Cluster& cluster = clusters[c];
    std::vector<Document> documents;
    for (const Article& article : cluster.articles) {
      documents.push_back(text::Analyze(article, tokenizer, analyze));
    }
    Result<compare::Comparison> result = compare::Compare(cluster.articles, documents, options);
    if (!result.ok()) {
      ++failures;
      std::cerr << "concord compare: " << cluster.id << ": " << result.status().message()
                << "\n";
      continue;
    }
    if (flags.format == "json") {
      nlohmann::json j = compare::ToJson(result.value(), cluster.articles, documents);
      j["id"] = cluster.id;
      std::cout << j.dump() << "\n";
      continue;
    }
    if (c > 0) std::cout << "\n";
    if (clusters.size() > 1) {
      std::cout << (flags.format == "text" ? "== " : "<!-- ") << cluster.id
                << (flags.format == "text" ? " ==\n" : " -->\n");
    }
    std::cout << (flags.format == "text"
                      ? compare::ToText(result.value(), cluster.articles, documents)
                      : compare::ToMarkdown(result.value(), cluster.articles, documents));
  }
  std::cout.flush();
  if (failures > 0) {
    std::cerr << "concord compare: " << failures << " item(s) failed\n";
    return 2;
  }
  return 0;
}

}  // namespace

void RegisterCompare(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<CompareFlags>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare the outlets of one story: content several outlets carry, what only one "
      "reports, different numbers, quotes with speakers, names written several ways.");
  cmd->add_option("paths", flags->paths,
                  "Input files or folders ('-' = stdin); loose articles form one story, "
                  "each JSON Lines cluster line is its own")
      ->required();
  cmd->add_option("--format,-f", flags->format,
                  "Output: text, md or json (one JSON object per story and line)")
      ->capture_default_str();
  cmd->add_option("--sources", flags->sources,
                  "Comma-separated outlet names for the articles, in input order "
                  "(overrides file names and metadata)");
  cmd->add_option("--threshold", flags->threshold,
                  "Similarity at which two sentences count as the same content (0-1)")
      ->capture_default_str();
  cmd->add_flag("--no-clean", flags->no_clean, "Do not remove scraper noise");
  cmd->callback([flags, exit_code]() { *exit_code = Run(*flags); });
}

}  // namespace concord::cli
