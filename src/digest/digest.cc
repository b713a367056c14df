// Digest: the driver. Reads like its table of contents (digest.h).
#include "concord/digest.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <mutex>
#include <optional>
#include <set>
#include <utility>

#include "concord/compare.h"
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
Result<StoryReport> Report(const PlannedStory& story, const DigestOptions& options) {
  StoryReport report;
  report.id = story.id;
  report.title = story.title;
  report.first = story.first;
  report.last = story.last;
  Cluster cluster;
  cluster.id = story.id;
  cluster.articles = story.articles;
  std::set<std::string> seen;
  for (size_t a = 0; a < story.articles.size(); ++a) {
    report.article_ids.push_back(story.articles[a].id);
    if (seen.insert(story.outlets[a]).second) report.outlets.push_back(story.outlets[a]);
  }
  // Analyse once; compare, then summarize (which takes the documents and
  // hands them back in the summary, for the comparison's report).
  text::Tokenizer tokenizer;
  std::vector<Document> documents =
      text::AnalyzeArticles(cluster.articles, tokenizer, options.summarize.analyze);
  std::optional<compare::Comparison> comparison;
  if (cluster.articles.size() <= options.max_compared_articles) {
    Result<compare::Comparison> compared =
        compare::Compare(cluster.articles, documents, options.compare);
    if (compared.ok()) comparison = std::move(compared).value();
  }
  Result<Summary> summary = SummarizeDocuments(cluster, std::move(documents), options.summarize);
  if (!summary.ok()) return summary.status();
  if (comparison) {
    const std::vector<Document>& analysed = summary.value().documents;
    // A summary sentence is shown once, with the summary's outlets.
    std::vector<compare::SentenceRef> shown;
    for (const SummarySentence& s : summary.value().sentences) {
      shown.push_back({s.article, s.sentence});
    }
    const io::LeftOut left = io::LeaveOutShown(*comparison, analysed, shown);
    if (options.format == Format::kMarkdown) {
      report.comparison_md =
          io::ComparisonToMarkdown(*comparison, cluster.articles, analysed, left);
    } else {
      report.comparison = io::ComparisonToJson(*comparison, cluster.articles, analysed);
      report.comparison["in_summary"] = {{"shared", left.shared}, {"unique", left.unique}};
    }
  }
  for (const SummarySentence& s : summary.value().sentences) {
    internal::SummaryLine line;
    line.text = s.text;
    line.continues = s.continues;
    // Each outlet once, as summarize names them (two articles of one outlet
    // are one name); the writers cut a long list as summarize does.
    for (const size_t a : s.sources) line.outlets.push_back(OutletName(cluster.articles[a], a));
    line.outlets = compare::DistinctOutlets(line.outlets);
    std::vector<std::string> disputing;
    for (const size_t a : s.disputed_by) disputing.push_back(OutletName(cluster.articles[a], a));
    line.disputed_by = compare::DisputingOutlets(line.outlets, disputing);
    report.summary.push_back(std::move(line));
  }
  for (const auto& [copy, original] : summary.value().copies) {
    report.copies.push_back({cluster.articles[copy].id, OutletName(cluster.articles[copy], copy),
                             cluster.articles[original].id});
  }
  return report;
}

// The distinct outlets of a story, as Report counts them.
size_t OutletCount(const group::Story& story, const group::StreamInput& input) {
  std::set<std::string> outlets;
  for (const size_t a : story.articles) outlets.insert(input.articles[a].outlet);
  return outlets.size();
}

// The reports of `stories` in parallel, in their order; the ones that
// cannot be summarized are left out with a warning.
std::vector<StoryReport> Reports(const std::vector<PlannedStory>& stories,
                                 const DigestOptions& options, std::vector<std::string>& warnings) {
  std::vector<std::optional<StoryReport>> reports(stories.size());
  std::vector<std::string> errors(stories.size());
  std::mutex progress_mutex;
  size_t done = 0;
  tbb::parallel_for(size_t{0}, stories.size(), [&](size_t i) {
    Result<StoryReport> report = Report(stories[i], options);
    if (report.ok()) {
      reports[i] = std::move(report).value();
    } else {
      // Summarize's messages name the story already ("story-1: empty ...").
      const std::string& message = report.status().message();
      const std::string prefix = stories[i].id + ": ";
      errors[i] = (message.starts_with(prefix) ? "" : prefix) + message + " (left out)";
    }
    if (options.progress) {
      std::lock_guard<std::mutex> lock(progress_mutex);
      options.progress(++done, stories.size());
    }
  });
  std::vector<StoryReport> listed;
  for (size_t i = 0; i < stories.size(); ++i) {
    if (!errors[i].empty()) warnings.push_back(errors[i]);
    if (reports[i]) listed.push_back(std::move(*reports[i]));
  }
  return listed;
}

Status CheckDigestOptions(const DigestOptions& options) {
  if (options.min_articles == 0) {
    return Status::InvalidArgument("--min-articles must be at least 1");
  }
  if (Status s = group::Grouper::Validate(options.group); !s.ok()) return s;
  return CheckOptions(options.summarize);
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "md" || name == "markdown") return Format::kMarkdown;
  if (name == "jsonl" || name == "json") return Format::kJsonLines;
  if (name == "html") return Format::kHtml;
  return std::nullopt;
}

Result<DigestPlan> PlanDigest(std::vector<Article> articles, const DigestOptions& options) {
  if (Status s = CheckDigestOptions(options); !s.ok()) return s;
  if (articles.empty()) return Status::Empty("no articles in the input");
  DigestPlan plan;
  plan.articles = articles.size();

  // Group the stream in publication order.
  group::StreamInput input = ToStream(std::move(articles), plan.warnings);
  const group::Grouping grouping = group::GroupStream(input.articles, options.group);
  plan.found = grouping.stories.size();

  // The stories told often enough: most outlets first; ties: more
  // articles, then first appearance.
  struct Ranked {
    size_t story, outlets, articles;
  };
  std::vector<Ranked> chosen;
  for (size_t s = 0; s < grouping.stories.size(); ++s) {
    const group::Story& story = grouping.stories[s];
    if (story.articles.size() >= options.min_articles) {
      chosen.push_back({s, OutletCount(story, input), story.articles.size()});
    }
  }
  std::stable_sort(chosen.begin(), chosen.end(), [](const Ranked& a, const Ranked& b) {
    if (a.outlets != b.outlets) return a.outlets > b.outlets;
    return a.articles > b.articles;
  });
  for (const Ranked& ranked : chosen) {
    const group::Story& story = grouping.stories[ranked.story];
    PlannedStory planned;
    planned.id = story.id;
    planned.title = story.title;
    if (story.first) planned.first = group::FormatTime(*story.first);
    if (story.last) planned.last = group::FormatTime(*story.last);
    for (const size_t a : story.articles) {  // each article is in one story
      planned.articles.push_back(std::move(input.articles[a].article));
      planned.outlets.push_back(input.articles[a].outlet);
    }
    plan.stories.push_back(std::move(planned));
  }
  return plan;
}

Result<DigestPart> DigestStories(const std::vector<PlannedStory>& stories, size_t first_rank,
                                 const DigestOptions& options) {
  if (Status s = CheckDigestOptions(options); !s.ok()) return s;
  for (const PlannedStory& story : stories) {
    if (story.articles.empty() || story.outlets.size() != story.articles.size()) {
      return Status::InvalidArgument(story.id + ": a planned story needs its articles and " +
                                     "one outlet per article");
    }
  }
  // JSON Lines whatever options.format says: the reports carry the
  // comparison in the form the renderer needs.
  DigestOptions json_options = options;
  json_options.format = Format::kJsonLines;
  DigestPart part;
  const std::vector<StoryReport> listed = Reports(stories, json_options, part.warnings);
  part.listed = listed.size();
  part.output = internal::RenderJsonLines(listed, first_rank);
  return part;
}

Result<DigestResult> Digest(std::vector<Article> articles, const DigestOptions& options) {
  Result<DigestPlan> plan = PlanDigest(std::move(articles), options);
  if (!plan.ok()) return plan.status();
  DigestResult result;
  result.articles = plan.value().articles;
  result.stories = plan.value().found;
  result.warnings = std::move(plan.value().warnings);
  const std::vector<StoryReport> listed = Reports(plan.value().stories, options, result.warnings);
  result.listed = listed.size();

  // Render.
  const internal::Totals totals{result.articles, result.stories, plan.value().stories.size()};
  switch (options.format) {
    case Format::kMarkdown:
      result.output = internal::RenderMarkdown(listed, totals);
      break;
    case Format::kJsonLines:
      result.output = internal::RenderJsonLines(listed, 1);
      break;
    case Format::kHtml:
      result.output = internal::RenderHtml(listed, totals);
      break;
  }
  return result;
}

}  // namespace concord::digest
