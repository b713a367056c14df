// concord quotes PATH...: direct quotes with speakers, cue verbs and the
// outlets that carry them; --polnear DIR scores the extractor against the
// PolNeAR attributions instead.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "batch.h"
#include "cli/options.h"
#include "commands.h"
#include "concord/api.h"
#include "concord/compare.h"
#include "concord/document.h"
#include "concord/format.h"
#include "concord/io.h"
#include "concord/quote_score.h"
#include "concord/text.h"
#include "story_input.h"

namespace concord::cli {
namespace {

struct QuotesFlags {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string sources;
  std::string polnear;
  std::string splits = "dev";
  bool no_clean = false;
  int threads = DefaultThreads();
};

// A PolNeAR file through the one file reader; false after a line on stderr.
bool ReadWhole(const std::filesystem::path& path, std::string* out) {
  Result<std::string> bytes = io::ReadFile(path.string());
  if (!bytes.ok()) {
    std::cerr << "concord quotes: --polnear: " << bytes.status().message() << "\n";
    return false;
  }
  *out = std::move(bytes).value();
  return true;
}

nlohmann::json PrfJson(const eval::PrfCounts& c) {
  return {{"precision", c.Precision()},         {"recall", c.Recall()},     {"f1", c.F1()},
          {"true_positives", c.true_positives}, {"predicted", c.predicted}, {"gold", c.gold}};
}

std::string PrfText(const eval::PrfCounts& c) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.3f %.3f %.3f", c.Precision(), c.Recall(), c.F1());
  return buffer;
}

// Scores every annotation file of DIR/<split>/attributions against the
// quotes extracted from the matching DIR/<split>/text file.
int RunPolnear(const QuotesFlags& flags) {
  const std::filesystem::path root(flags.polnear);
  nlohmann::json report = nlohmann::json::array();
  bool header = flags.format == "text";
  text::Tokenizer tokenizer;
  for (const std::string& split : SplitList(flags.splits)) {
    const std::filesystem::path ann_dir = root / split / "attributions";
    const std::filesystem::path text_dir = root / split / "text";
    std::error_code ec;
    if (!std::filesystem::is_directory(ann_dir, ec) ||
        !std::filesystem::is_directory(text_dir, ec)) {
      std::cerr << "concord quotes: --polnear: " << ann_dir.string() << " or " << text_dir.string()
                << " is not a folder\n";
      return 2;
    }
    if (header) {
      std::cout << "split  files  gold  predicted  exact P R F1  overlap>=50% P R F1  "
                   "speaker P R F1\n";
      header = false;
    }
    std::vector<std::filesystem::path> anns;
    for (const auto& entry : std::filesystem::directory_iterator(ann_dir, ec)) {
      if (entry.path().extension() == ".ann") anns.push_back(entry.path());
    }
    std::sort(anns.begin(), anns.end());
    eval::QuoteScores total;
    size_t files = 0;
    for (const std::filesystem::path& ann_path : anns) {
      // <article>_<annotator>.ann annotates <article>.txt.
      std::string stem = ann_path.stem().string();
      const size_t underscore = stem.rfind('_');
      if (underscore != std::string::npos) stem.resize(underscore);
      Article article;
      article.id = stem;
      std::string ann;
      if (!ReadWhole(text_dir / (stem + ".txt"), &article.text) || !ReadWhole(ann_path, &ann)) {
        return 2;
      }
      if (!text::IsValidUtf8(article.text)) {
        std::cerr << "concord quotes: " << stem << ".txt is not valid UTF-8; skipped\n";
        continue;
      }
      Result<std::vector<eval::GoldQuote>> gold = eval::ReadBratDirectQuotes(article.text, ann);
      if (!gold.ok()) {
        std::cerr << "concord quotes: " << ann_path.string() << ": " << gold.status().message()
                  << "\n";
        return 2;
      }
      const Document document = text::Analyze(article, tokenizer);
      const std::vector<compare::Quote> quotes = compare::ExtractQuotes(article, document);
      const eval::QuoteScores s = eval::ScoreQuotes(article.text, quotes, gold.value());
      total.exact += s.exact;
      total.overlap += s.overlap;
      total.speaker += s.speaker;
      ++files;
    }
    if (flags.format == "json") {
      report.push_back({{"split", split},
                        {"files", files},
                        {"exact", PrfJson(total.exact)},
                        {"overlap", PrfJson(total.overlap)},
                        {"speaker", PrfJson(total.speaker)}});
    } else {
      std::cout << split << "  " << files << "  " << total.exact.gold << "  "
                << total.exact.predicted << "  " << PrfText(total.exact) << "  "
                << PrfText(total.overlap) << "  " << PrfText(total.speaker) << "\n";
    }
  }
  if (flags.format == "json") std::cout << DumpJson(report) << "\n";
  return 0;
}

int Run(const QuotesFlags& flags) {
  if (Status s = api::CheckReportFormat(flags.format); !s.ok()) {
    std::cerr << "concord quotes: " << s.message() << "\n";
    return 2;
  }
  if (!flags.polnear.empty() && !flags.paths.empty()) {
    std::cerr << "concord quotes: give input paths or --polnear DIR, not both\n";
    return 2;
  }
  if (!flags.polnear.empty()) return RunPolnear(flags);
  if (flags.paths.empty()) {
    std::cerr << "concord quotes: give input paths, or --polnear DIR\n";
    return 2;
  }
  std::optional<StoryInput> input = ReadStoryInput("quotes", flags.paths, flags.sources);
  if (!input) return 2;
  size_t failures = input->failures;
  const std::vector<Cluster>& clusters = input->clusters;
  text::AnalyzeOptions analyze;
  analyze.clean.enabled = !flags.no_clean;
  failures += RunOrdered(
      clusters.size(), flags.threads,
      [&](size_t c) {
        ItemOutput item;
        const Cluster& cluster = clusters[c];
        std::optional<ComparedStory> story =
            CompareStory("quotes", cluster, analyze, compare::CompareOptions{}, item);
        if (!story) return item;
        item.out = api::QuotesReport(cluster, *story, flags.format);
        return item;
      },
      "quoted");
  return FinishBatch("quotes", failures);
}

}  // namespace

void RegisterQuotes(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<QuotesFlags>();
  CLI::App* cmd = app.add_subcommand(
      "quotes",
      "List the direct quotes of a story with speaker, cue verb, byte and character "
      "spans and the outlets that carry each; or score the extractor on PolNeAR.");
  cmd->add_option("paths", flags->paths, "Input files or folders ('-' = stdin)");
  cmd->add_option("--format,-f", flags->format,
                  "Output: text, md (table of speaker, quote, outlets) or json (one "
                  "object per story and line)")
      ->capture_default_str();
  cmd->add_option("--sources", flags->sources,
                  "Comma-separated outlet names for the articles, in input order");
  cmd->add_option("--polnear", flags->polnear,
                  "Score against PolNeAR: DIR holds <split>/text and <split>/attributions");
  cmd->add_option("--split", flags->splits, "PolNeAR splits to score, comma-separated (dev, train)")
      ->capture_default_str();
  cmd->add_flag("--no-clean", flags->no_clean, "Do not remove scraper noise");
  AddThreadsOption(cmd, &flags->threads);
  cmd->callback([flags, exit_code]() {
    *exit_code = RunWithThreads(flags->threads, [&] { return Run(*flags); });
  });
}

}  // namespace concord::cli
