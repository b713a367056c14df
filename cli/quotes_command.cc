// concord quotes PATH...: direct quotes with speakers, cue verbs and the
// outlets that carry them; --polnear DIR scores the extractor against the
// PolNeAR attributions instead.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
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
  std::string errors;  // --errors FILE: one line per scoring error
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

// The text of a span with its line breaks as spaces, at most `limit` bytes.
std::string Excerpt(std::string_view text, text::ByteSpan span, size_t limit = 160) {
  if (span.end <= span.start || span.end > text.size()) return "";
  std::string out(text.substr(span.start, std::min(span.end - span.start, limit)));
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

// One tab-separated line per error of one article: kind (missed: a gold
// quote no predicted quote overlaps; spurious: a predicted quote with no
// gold; no_speaker, wrong_speaker, extra_speaker: an overlap match whose
// speaker is absent, elsewhere, or given where the gold has no source),
// article, quote, predicted speaker, gold source, the 80 bytes before the
// quote's first part, and that part's byte offset.
void WriteErrors(const Article& article, const std::vector<compare::Quote>& quotes,
                 const std::vector<eval::GoldQuote>& gold,
                 const std::vector<eval::QuoteMatch>& matches, std::ostream& out) {
  const std::string_view text = article.text;
  for (const eval::QuoteMatch& m : matches) {
    const compare::Quote* q =
        m.predicted == eval::QuoteMatch::kNone ? nullptr : &quotes[m.predicted];
    const eval::GoldQuote* g = m.gold == eval::QuoteMatch::kNone ? nullptr : &gold[m.gold];
    const bool has_source = g != nullptr && g->source.end > g->source.start;
    const bool has_speaker = q != nullptr && !q->speaker.empty();
    std::string kind;
    if (q == nullptr || (g != nullptr && !m.overlap)) {
      kind = g != nullptr ? "missed" : "";
    } else if (g == nullptr) {
      kind = "spurious";
    } else if (!m.speaker && has_source) {
      kind = has_speaker ? "wrong_speaker" : "no_speaker";
    } else if (has_speaker && !has_source) {
      kind = "extra_speaker";
    }
    if (kind.empty()) continue;
    const text::ByteSpan first = g != nullptr ? g->parts.front() : q->parts.front();
    const size_t from = first.start > 80 ? first.start - 80 : 0;
    std::string quote;
    for (const text::ByteSpan& part : g != nullptr ? g->parts : q->parts) {
      quote += (quote.empty() ? "" : " | ") + Excerpt(text, part);
    }
    out << kind << '\t' << article.id << '\t' << quote << '\t'
        << (q != nullptr ? Excerpt(text, q->speaker_span) : "") << '\t'
        << (g != nullptr ? Excerpt(text, g->source) : "") << '\t'
        << Excerpt(text, {from, first.start}) << '\t' << first.start << '\n';
  }
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

// Scores one PolNeAR annotation file against the quotes extracted from
// its text, adding to `total` (and writing its errors when `errors` is
// open). Returns 0 when scored, 1 when skipped (not UTF-8), 2 after a line
// on stderr.
int ScoreFile(const std::filesystem::path& ann_path, const std::filesystem::path& text_dir,
              text::Tokenizer& tokenizer, std::ofstream& errors, eval::QuoteScores& total) {
  // <article>_<annotator>.ann annotates <article>.txt.
  const std::string stem = eval::PolnearArticle(ann_path.string());
  Article article;
  article.id = stem;
  std::string ann;
  if (!ReadWhole(text_dir / (stem + ".txt"), &article.text) || !ReadWhole(ann_path, &ann)) {
    return 2;
  }
  if (!text::IsValidUtf8(article.text)) {
    std::cerr << "concord quotes: " << stem << ".txt is not valid UTF-8; skipped\n";
    return 1;
  }
  Result<std::vector<eval::GoldQuote>> gold = eval::ReadBratDirectQuotes(article.text, ann);
  if (!gold.ok()) {
    std::cerr << "concord quotes: " << ann_path.string() << ": " << gold.status().message() << "\n";
    return 2;
  }
  const Document document = text::Analyze(article, tokenizer);
  const std::vector<compare::Quote> quotes = compare::ExtractQuotes(article, document);
  std::vector<eval::QuoteMatch> matches;
  const eval::QuoteScores s =
      eval::ScoreQuotes(article.text, quotes, gold.value(), errors.is_open() ? &matches : nullptr);
  if (errors.is_open()) WriteErrors(article, quotes, gold.value(), matches, errors);
  total.exact += s.exact;
  total.overlap += s.overlap;
  total.speaker += s.speaker;
  return 0;
}

// Scores every annotation file of DIR/<split>/attributions against the
// quotes extracted from the matching DIR/<split>/text file.
int RunPolnear(const QuotesFlags& flags) {
  nlohmann::json report = nlohmann::json::array();
  bool header = flags.format == "text";
  text::Tokenizer tokenizer;
  std::ofstream errors;
  if (!flags.errors.empty()) {
    errors.open(flags.errors);
    if (!errors) {
      std::cerr << "concord quotes: --errors: cannot write " << flags.errors << "\n";
      return 2;
    }
  }
  for (const std::string& split : SplitList(flags.splits)) {
    const Result<eval::PolnearFiles> listed =
        eval::ListPolnearSplit(flags.polnear, eval::ParsePolnearSplit(split));
    if (!listed.ok()) {
      std::cerr << "concord quotes: --polnear: " << listed.status().message() << "\n";
      return 2;
    }
    const std::filesystem::path text_dir = listed.value().text_dir;
    if (header) {
      std::cout << "split  files  gold  predicted  exact P R F1  overlap>=50% P R F1  "
                   "speaker P R F1\n";
      header = false;
    }
    eval::QuoteScores total;
    size_t files = 0;
    for (const std::filesystem::path ann_path : listed.value().annotations) {
      const int scored = ScoreFile(ann_path, text_dir, tokenizer, errors, total);
      if (scored == 2) return 2;
      files += scored == 0 ? 1 : 0;
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
  if (errors.is_open() && !errors.flush()) {
    std::cerr << "concord quotes: --errors: cannot write " << flags.errors << "\n";
    return 2;
  }
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
  if (!flags.errors.empty() && flags.polnear.empty()) {
    std::cerr << "concord quotes: --errors needs --polnear DIR\n";
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
  cmd->add_option("--split", flags->splits,
                  "PolNeAR splits to score, comma-separated (dev, train; train-a and train-b are "
                  "train's articles split about 70/30 by a hash of their names: read the errors "
                  "of train-a only, keep train-b unread to check that a rule generalises)")
      ->capture_default_str();
  cmd->add_option("--errors", flags->errors,
                  "With --polnear: write one tab-separated line per scoring error to FILE "
                  "(missed, spurious, no_speaker, wrong_speaker, extra_speaker; article, quote, "
                  "speaker, gold source, the text before the quote, its byte offset)");
  cmd->add_flag("--no-clean", flags->no_clean, "Do not remove scraper noise");
  AddThreadsOption(cmd, &flags->threads);
  cmd->callback([flags, exit_code]() {
    *exit_code = RunWithThreads(flags->threads, [&] { return Run(*flags); });
  });
}

}  // namespace concord::cli
