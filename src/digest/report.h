// Internal: use include/concord/digest.h instead.
//
// One story of a digest as the writers need it, and the three writers
// (render.cc for Markdown and JSON Lines, html.cc for the HTML page).
#ifndef CONCORD_DIGEST_REPORT_H_
#define CONCORD_DIGEST_REPORT_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concord/article.h"
#include "concord/summarize.h"

namespace concord::digest::internal {

struct SummaryLine {
  std::string text;
  // Distinct (compare::DistinctOutlets), the sentence's own first: JSON
  // Lines lists them all, Markdown and HTML through compare::OutletList.
  std::vector<std::string> outlets;
  // Outlets that say otherwise (SummarySentence::disputed_by), distinct,
  // none of `outlets`.
  std::vector<std::string> disputed_by;
  bool continues = false;            // SummarySentence::continues
};

struct StoryReport {
  std::string id;     // "story-N" of the grouping
  std::string title;  // the grouping's representative headline
  std::vector<std::string> article_ids;
  std::vector<std::string> outlets;  // distinct, in order of appearance
  std::string first;                 // ISO 8601 or ""
  std::string last;
  // (copy id, copy outlet, original id) of collapsed near-copies.
  struct Copy {
    std::string id, outlet, original;
  };
  std::vector<Copy> copies;
  std::vector<SummaryLine> summary;
  nlohmann::json comparison;  // ComparisonToJson, or null
  std::string comparison_md;  // ComparisonToMarkdown, or ""
};

struct Totals {
  size_t articles = 0;
  size_t stories = 0;  // found by grouping
  size_t planned = 0;  // of those, told by --min-articles articles or more
};

// What the report says it left out: the stories told by too few articles,
// then those that could not be summarized ("" when none).
std::vector<std::string> LeftOutNotes(size_t listed, const Totals& totals);

std::string RenderMarkdown(const std::vector<StoryReport>& stories, const Totals& totals);
// Ranks from `first_rank` (1 for a whole digest).
std::string RenderJsonLines(const std::vector<StoryReport>& stories, size_t first_rank);
std::string RenderHtml(const std::vector<StoryReport>& stories, const Totals& totals);

// `text` with &, <, >, " and ' written as character references.
std::string EscapeHtml(std::string_view text);

}  // namespace concord::digest::internal

#endif  // CONCORD_DIGEST_REPORT_H_
