// Digest: the driver. Reads like its table of contents (digest.h).
#include "concord/digest.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <utility>

#include "concord/format.h"
#include "concord/group_stream.h"
#include "concord/text.h"
#include "digest/report.h"

namespace concord::digest {
namespace {

using internal::StoryReport;

// The articles as a stream in publication order (untimed ones stay after
// the article before them); a time that cannot be read is a warning.
group::StreamInput ToStream(std::vector<Article> articles, std::vector<std::string>& warnings) {
  group::StreamInput input;
  for (size_t i = 0; i < articles.size(); ++i) {
    group::StreamArticle item;
    item.article = std::move(articles[i]);
    if (!item.article.published.empty()) {
      Result<int64_t> time = group::ParseTime(item.article.published);
      if (time.ok()) {
        item.time = time.value();
      } else {
        warnings.push_back(item.article.id + ": \"published\": " + time.status().message() +
                           "; placed where it stands");
      }
    }
    item.outlet = OutletName(item.article, i);
    input.where.push_back(item.article.id);
    input.labels.emplace_back();
    input.articles.push_back(std::move(item));
  }
  group::SortByTime(input);
  return input;
}

// Summarizes and compares one story; the report, or an error.
Result<StoryReport> Report(const group::Story& story, const group::StreamInput& input,
                           const DigestOptions& options) {
  StoryReport report;
  report.id = story.id;
  report.title = story.title;
  if (story.first) report.first = group::FormatTime(*story.first);
  if (story.last) report.last = group::FormatTime(*story.last);
  Cluster cluster;
  cluster.id = story.id;
  std::set<std::string> seen;
  for (const size_t a : story.articles) {
    const group::StreamArticle& item = input.articles[a];
    cluster.articles.push_back(item.article);
    report.article_ids.push_back(item.article.id);
    if (seen.insert(item.outlet).second) report.outlets.push_back(item.outlet);
  }
  // Analyse once; compare, then summarize (which takes the documents).
  text::Tokenizer tokenizer;
  std::vector<Document> documents =
      text::AnalyzeArticles(cluster.articles, tokenizer, options.summarize.analyze);
  if (cluster.articles.size() <= options.max_compared_articles) {
    Result<compare::Comparison> comparison =
        compare::Compare(cluster.articles, documents, options.compare);
    if (comparison.ok()) {
      if (options.format == Format::kMarkdown) {
        report.comparison_md =
            io::ComparisonToMarkdown(comparison.value(), cluster.articles, documents);
      } else {
        report.comparison = io::ComparisonToJson(comparison.value(), cluster.articles, documents);
      }
    }
  }
  Result<Summary> summary = SummarizeDocuments(cluster, std::move(documents), options.summarize);
  if (!summary.ok()) return summary.status();
  for (const SummarySentence& s : summary.value().sentences) {
    internal::SummaryLine line;
    line.text = s.text;
    for (const size_t a : s.sources) line.outlets.push_back(OutletName(cluster.articles[a], a));
    report.summary.push_back(std::move(line));
  }
  for (const auto& [copy, original] : summary.value().copies) {
    report.copies.push_back({cluster.articles[copy].id, OutletName(cluster.articles[copy], copy),
                             cluster.articles[original].id});
  }
  return report;
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "md" || name == "markdown") return Format::kMarkdown;
  if (name == "jsonl" || name == "json") return Format::kJsonLines;
  if (name == "html") return Format::kHtml;
  return std::nullopt;
}

Result<DigestResult> Digest(std::vector<Article> articles, const DigestOptions& options) {
  if (options.min_articles == 0) {
    return Status::InvalidArgument("--min-articles must be at least 1");
  }
  if (Status s = group::Grouper::Validate(options.group); !s.ok()) return s;
  if (Status s = CheckOptions(options.summarize); !s.ok()) return s;
  if (articles.empty()) return Status::Empty("no articles in the input");
  DigestResult result;
  result.articles = articles.size();

  // Group the stream in publication order.
  const group::StreamInput input = ToStream(std::move(articles), result.warnings);
  const group::Grouping grouping = group::GroupStream(input.articles, options.group);
  result.stories = grouping.stories.size();

  // The stories told often enough, summarized and compared in parallel.
  std::vector<size_t> chosen;
  for (size_t s = 0; s < grouping.stories.size(); ++s) {
    if (grouping.stories[s].articles.size() >= options.min_articles) chosen.push_back(s);
  }
  std::vector<std::optional<StoryReport>> reports(chosen.size());
  std::vector<std::string> errors(chosen.size());
  std::mutex progress_mutex;
  size_t done = 0;
  tbb::parallel_for(size_t{0}, chosen.size(), [&](size_t i) {
    Result<StoryReport> report = Report(grouping.stories[chosen[i]], input, options);
    if (report.ok()) {
      reports[i] = std::move(report).value();
    } else {
      errors[i] = grouping.stories[chosen[i]].id + ": " + report.status().message() + " (left out)";
    }
    if (options.progress) {
      std::lock_guard<std::mutex> lock(progress_mutex);
      options.progress(++done, chosen.size());
    }
  });

  // Most outlets first; ties: more articles, then first appearance.
  std::vector<StoryReport> listed;
  for (size_t i = 0; i < chosen.size(); ++i) {
    if (!errors[i].empty()) result.warnings.push_back(errors[i]);
    if (reports[i]) listed.push_back(std::move(*reports[i]));
  }
  std::stable_sort(listed.begin(), listed.end(), [](const StoryReport& a, const StoryReport& b) {
    if (a.outlets.size() != b.outlets.size()) return a.outlets.size() > b.outlets.size();
    return a.article_ids.size() > b.article_ids.size();
  });
  result.listed = listed.size();

  // Render.
  const internal::Totals totals{result.articles, result.stories};
  switch (options.format) {
    case Format::kMarkdown:
      result.output = internal::RenderMarkdown(listed, totals);
      break;
    case Format::kJsonLines:
      result.output = internal::RenderJsonLines(listed);
      break;
    case Format::kHtml:
      result.output = internal::RenderHtml(listed, totals);
      break;
  }
  return result;
}

}  // namespace concord::digest
