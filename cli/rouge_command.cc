// `concord rouge SYSTEM_DIR REF_DIR [flags]`: ROUGE-1.5.5 scores of files.
//
// System summaries are SYSTEM_DIR/<id>.txt; the references of <id> are
// REF_DIR/<id>.<name>.txt (e.g. <id>.A.txt, <id>.B.txt) or every file in
// REF_DIR/<id>/; all one sentence a line. Flags carry the script's names.
// Prints the mean over files of each measure's R, P and F (the per-file
// figures are rounded as the script prints them), or with --json
// {"average": {measure: {R, P, F}}, "files": {id: {measure: {R, P, F}}}}.
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "concord/io.h"
#include "concord/rouge.h"
#include "concord/text.h"

namespace concord::cli {
namespace {

namespace fs = std::filesystem;

struct RougeArgs {
  std::string system_dir;
  std::string reference_dir;
  int max_n = 2;
  bool stem = false;
  bool remove_stopwords = false;
  int word_limit = 0;
  int byte_limit = 0;
  std::string aggregate = "A";
  double alpha = 0.5;
  int skip_distance = 0;
  bool skip_unigrams = false;
  bool no_rouge_l = false;
  std::string rouge_data;
  bool json = false;
  int threads = DefaultThreads();
};

struct Pair {
  std::string id;
  std::string system_path;
  std::vector<std::string> reference_paths;
};

// One line on stderr, exit code 2.
// The lines of a file, split on '\n' only (like the script's chomp), read
// with the one file reader. Binary data is refused: two images would
// otherwise score 1.0 against each other.
Result<std::vector<std::string>> ReadLines(const std::string& path) {
  Result<std::string> bytes = io::ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  const std::string& text = bytes.value();
  if (text::LooksBinary(text)) {
    return Status::ParseError(path + ": binary data, not a summary (one sentence a line)");
  }
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// "is not a folder" for an existing file, "does not exist" otherwise.
Status CheckFolder(const std::string& what, const std::string& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) return Status::Ok();
  if (fs::exists(path, error)) {
    return Status::InvalidArgument(what + " " + path + " is not a folder");
  }
  return Status::NotFound(what + " " + path + " does not exist");
}

bool IsTxt(const std::string& name) {
  return name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0;
}

// Pairs every SYSTEM_DIR/<id>.txt with its references.
Result<std::vector<Pair>> FindPairs(const std::string& system_dir,
                                    const std::string& reference_dir) {
  if (Status s = CheckFolder("system directory", system_dir); !s.ok()) return s;
  if (Status s = CheckFolder("reference directory", reference_dir); !s.ok()) return s;
  std::error_code error;
  std::vector<Pair> pairs;
  for (const auto& entry : fs::directory_iterator(system_dir, error)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file(error) || !IsTxt(name) || name[0] == '.') continue;
    pairs.push_back(Pair{name.substr(0, name.size() - 4), entry.path().string(), {}});
  }
  if (error) return Status::IoError(system_dir + ": " + error.message());
  if (pairs.empty()) {
    return Status::Empty("no system summaries (*.txt) in " + system_dir);
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const Pair& a, const Pair& b) { return a.id < b.id; });

  // <id>.<name>.txt files, indexed by <id>.
  std::map<std::string, std::vector<std::string>> flat;
  for (const auto& entry : fs::directory_iterator(reference_dir, error)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file(error) || !IsTxt(name)) continue;
    const std::string stem = name.substr(0, name.size() - 4);
    const std::size_t dot = stem.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == stem.size()) continue;
    flat[stem.substr(0, dot)].push_back(entry.path().string());
  }
  if (error) return Status::IoError(reference_dir + ": " + error.message());
  for (Pair& pair : pairs) {
    auto it = flat.find(pair.id);
    if (it != flat.end()) pair.reference_paths = it->second;
    const fs::path folder = fs::path(reference_dir) / pair.id;
    if (fs::is_directory(folder, error)) {
      for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file(error) && name[0] != '.') {
          pair.reference_paths.push_back(entry.path().string());
        }
      }
    }
    if (pair.reference_paths.empty()) {
      return Status::NotFound("no reference for " + pair.system_path +
                              " (expected " + reference_dir + "/" + pair.id +
                              ".*.txt or files in " + folder.string() + "/)");
    }
    std::sort(pair.reference_paths.begin(), pair.reference_paths.end());
  }
  return pairs;
}

Result<eval::RougeOptions> MakeOptions(const RougeArgs& args,
                                       const CLI::App& command) {
  eval::RougeOptions options;
  options.max_n = args.max_n;
  options.stem = args.stem;
  options.remove_stopwords = args.remove_stopwords;
  options.word_limit = args.word_limit;
  options.byte_limit = args.byte_limit;
  options.alpha = args.alpha;
  options.rouge_l = !args.no_rouge_l;
  if (command.count("-2") > 0) options.skip_distance = args.skip_distance;
  // ROUGE-1.5.5 silently ignores -u without -2; saying so is clearer.
  if (args.skip_unigrams && !options.skip_distance.has_value()) {
    return Status::InvalidArgument("-u (ROUGE-SU) needs -2 D, the skip distance");
  }
  options.skip_unigrams = args.skip_unigrams;
  if (args.aggregate == "A") {
    options.aggregate = eval::RougeOptions::Aggregate::kAverage;
  } else if (args.aggregate == "B") {
    options.aggregate = eval::RougeOptions::Aggregate::kBest;
  } else {
    return Status::InvalidArgument("-f must be A (model average) or B (best "
                                   "model), got '" + args.aggregate + "'");
  }
  if (args.max_n < 0) return Status::InvalidArgument("-n must be 0 or more");
  if (args.word_limit < 0) return Status::InvalidArgument("-l must be 0 or more");
  if (args.byte_limit < 0) return Status::InvalidArgument("-b must be 0 or more");
  if (args.word_limit > 0 && args.byte_limit > 0) {
    return Status::InvalidArgument("give -l (words) or -b (bytes), not both");
  }
  if (!(args.alpha >= 0 && args.alpha <= 1)) {
    std::ostringstream given;
    given << args.alpha;
    return Status::InvalidArgument("-p (alpha) must be between 0 and 1, got " +
                                   given.str());
  }
  return options;
}

Result<eval::RougeData> MakeData(const RougeArgs& args,
                                 const eval::RougeOptions& options) {
  if (!args.rouge_data.empty()) {
    Result<eval::RougeData> data = eval::LoadRougeData(args.rouge_data);
    if (!data.ok()) {
      return Status::InvalidArgument("--rouge-data: " + data.status().message());
    }
    return data;
  }
  if (options.remove_stopwords) {
    return Status::InvalidArgument(
        "-s needs ROUGE's SMART stopword list (smart_common_words.txt), which "
        "no Debian package ships: pass --rouge-data DIR, a ROUGE-1.5.5 data "
        "folder");
  }
  if (!options.stem) return eval::RougeData{};
  Result<eval::RougeData> data = eval::LoadDebianRougeData();
  if (!data.ok()) {
    return Status::InvalidArgument(
        "-m needs WordNet exception lists: " + data.status().message() +
        "; or pass --rouge-data DIR");
  }
  return data;
}

nlohmann::json ScoreJson(double r, double p, double f) {
  return nlohmann::json{{"R", r}, {"P", p}, {"F", f}};
}

int Run(const RougeArgs& args, const CLI::App& command) {
  Result<eval::RougeOptions> options = MakeOptions(args, command);
  if (!options.ok()) return BadInput("rouge", options.status().message());
  Result<eval::RougeData> data = MakeData(args, options.value());
  if (!data.ok()) return BadInput("rouge", data.status().message());
  Result<eval::RougeScorer> scorer =
      eval::RougeScorer::Create(options.value(), std::move(data).value());
  if (!scorer.ok()) return BadInput("rouge", scorer.status().message());
  Result<std::vector<Pair>> pairs = FindPairs(args.system_dir, args.reference_dir);
  if (!pairs.ok()) return BadInput("rouge", pairs.status().message());

  // Read every file first, so a bad one is reported before any work.
  const std::vector<Pair>& list = pairs.value();
  std::vector<std::vector<std::string>> systems(list.size());
  std::vector<std::vector<std::vector<std::string>>> references(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    Result<std::vector<std::string>> lines = ReadLines(list[i].system_path);
    if (!lines.ok()) return BadInput("rouge", lines.status().message());
    systems[i] = std::move(lines).value();
    for (const std::string& path : list[i].reference_paths) {
      Result<std::vector<std::string>> reference = ReadLines(path);
      if (!reference.ok()) return BadInput("rouge", reference.status().message());
      references[i].push_back(std::move(reference).value());
    }
  }

  // Score on --threads threads of an arena of our own; results land by
  // index, so the output does not depend on the thread count.
  std::vector<std::unique_ptr<Result<eval::RougeScores>>> results(list.size());
  tbb::task_arena arena(args.threads);
  arena.execute([&] {
    tbb::parallel_for(std::size_t{0}, list.size(), [&](std::size_t i) {
      results[i] = std::make_unique<Result<eval::RougeScores>>(
          scorer.value().Score(systems[i], references[i]));
    });
  });

  const std::vector<std::string> names = eval::RougeMeasureNames(options.value());
  std::map<std::string, std::array<double, 3>> sums;
  nlohmann::json files = nlohmann::json::object();
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!results[i]->ok()) {
      return BadInput("rouge", list[i].system_path + ": " + results[i]->status().message());
    }
    nlohmann::json file = nlohmann::json::object();
    for (const auto& [name, score] : results[i]->value().measures) {
      sums[name][0] += score.recall;
      sums[name][1] += score.precision;
      sums[name][2] += score.f;
      file[name] = ScoreJson(score.recall, score.precision, score.f);
    }
    files[list[i].id] = std::move(file);
  }
  const double count = static_cast<double>(list.size());
  if (args.json) {
    nlohmann::json average = nlohmann::json::object();
    for (const std::string& name : names) {
      average[name] = ScoreJson(sums[name][0] / count, sums[name][1] / count,
                                sums[name][2] / count);
    }
    nlohmann::json out = {{"average", average}, {"files", files}};
    std::cout << DumpJson(out, 1) << "\n";
    return 0;
  }
  std::printf("%-10s %8s %8s %8s   (mean over %zu files)\n", "measure", "R", "P",
              "F", list.size());
  for (const std::string& name : names) {
    std::printf("%-10s %8.5f %8.5f %8.5f\n", name.c_str(), sums[name][0] / count,
                sums[name][1] / count, sums[name][2] / count);
  }
  return 0;
}

}  // namespace

void RegisterRouge(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RougeArgs>();
  CLI::App* command = app.add_subcommand(
      "rouge",
      "Score system summaries against references with ROUGE, exactly as the "
      "official ROUGE-1.5.5 script does (same flags)");
  command->add_option("SYSTEM_DIR", args->system_dir,
                      "Folder of system summaries, <id>.txt, one sentence a line")
      ->required();
  command->add_option("REF_DIR", args->reference_dir,
                      "Folder of references: <id>.<name>.txt (e.g. <id>.A.txt) "
                      "or <id>/<any file>, one sentence a line")
      ->required();
  command->add_option("-n", args->max_n,
                      "Compute ROUGE-1 .. ROUGE-N (0: none)")
      ->capture_default_str()
      ->check(WholeNumber(0, 100));
  command->add_flag("-m", args->stem,
                    "Stem: WordNet exceptions, then ROUGE's Porter stemmer, on "
                    "tokens longer than 3 characters");
  command->add_flag("-s", args->remove_stopwords,
                    "Remove the SMART common words (needs --rouge-data)");
  command->add_option("-l", args->word_limit,
                      "Keep only the first N words of every summary (0: all)")
      ->check(WholeNumber(0, kMaxBudget));
  command->add_option("-b", args->byte_limit,
                      "Keep only the first N bytes of every summary (0: all)")
      ->check(WholeNumber(0, kMaxBudget));
  command->add_option("-f", args->aggregate,
                      "With several references: A = model average, B = best "
                      "reference")
      ->capture_default_str();
  command->add_option("-p", args->alpha,
                      "F-measure weight alpha in [0, 1]: F = PR / ((1-alpha)P + "
                      "alpha R); 0.5 is the harmonic mean")
      ->capture_default_str();
  command->add_option("-2", args->skip_distance,
                      "Compute ROUGE-S with skip-bigrams at most D words apart "
                      "(negative: any distance)")
      ->check(WholeNumber(-kMaxBudget, kMaxBudget));
  command->add_flag("-u", args->skip_unigrams,
                    "Count unigrams with the skip-bigrams (ROUGE-SU); needs -2");
  command->add_flag("-x", args->no_rouge_l, "Do not compute ROUGE-L");
  command->add_option("-e,--rouge-data", args->rouge_data,
                      "ROUGE-1.5.5 data folder (WordNet-2.0-Exceptions/*.exc, "
                      "smart_common_words.txt); default: Debian's wordnet-base "
                      "lists in /usr/share/wordnet, and no stopword list");
  command->add_flag("--json", args->json,
                    "Print {\"average\": ..., \"files\": ...} as JSON");
  AddThreadsOption(command, &args->threads);
  command->callback([args, command, exit_code] {
    *exit_code = Run(*args, *command);
  });
}

}  // namespace concord::cli
