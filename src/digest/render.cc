// The digest as Markdown and as JSON Lines (report.h).
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "concord/compare.h"
#include "concord/format.h"
#include "concord/text.h"
#include "digest/report.h"
#include "util/plural.h"

namespace concord::digest::internal {
namespace {

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i > 0 ? ", " : "") + items[i];
  return out;
}

// "3 articles from 2 outlets (A, B), 2026-03-04T08:00:00Z to ...".
std::string Byline(const StoryReport& story) {
  std::string line = util::Counted(story.article_ids.size(), "article", "articles") + " from " +
                     util::Counted(story.outlets.size(), "outlet", "outlets") + " (" +
                     Join(story.outlets) + ")";
  if (!story.first.empty()) {
    line += ", " + story.first;
    if (story.last != story.first) line += " to " + story.last;
  }
  return line;
}

// The compare report's headings two levels down, under the story's.
std::string Demote(const std::string& markdown) {
  std::istringstream in(markdown);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    out += (!line.empty() && line[0] == '#' ? "##" : "") + line + "\n";
  }
  return out;
}

}  // namespace

std::vector<std::string> LeftOutNotes(size_t listed, const Totals& totals) {
  std::vector<std::string> notes;
  const size_t planned = std::min(totals.planned, totals.stories);
  if (planned < totals.stories) notes.push_back(util::NotListed(totals.stories - planned));
  if (listed < planned) notes.push_back(util::NotSummarized(planned - listed));
  return notes;
}

std::string RenderMarkdown(const std::vector<StoryReport>& stories, const Totals& totals) {
  std::string out = "# Digest: " + util::Counted(stories.size(), "story", "stories") + " from " +
                    util::Counted(totals.articles, "article", "articles") + "\n";
  for (const std::string& note : LeftOutNotes(stories.size(), totals)) out += "\n" + note + ".\n";
  size_t number = 0;
  for (const StoryReport& story : stories) {
    // Article text, titles, outlets and ids are user text: escaped, as
    // summarize --format md escapes them, so a '*' or '[' stays a character.
    out += "\n## " + std::to_string(++number) + ". " + text::EscapeMarkdown(story.title) + "\n\n" +
           text::EscapeMarkdown(Byline(story)) + "\n\n";
    // A line a passage, as summarize --format md prints it.
    std::vector<io::PassagePart> parts;
    for (const SummaryLine& line : story.summary) {
      parts.push_back({text::EscapeMarkdown(line.text),
                       text::EscapeMarkdown(compare::SourcesLine(line.outlets, line.disputed_by)),
                       line.continues});
    }
    for (const std::string& line : io::PassageLines(parts, " [", "]")) out += "- " + line + "\n";
    for (const StoryReport::Copy& copy : story.copies) {
      out += "\n" + text::EscapeMarkdown(copy.id) + " (" + text::EscapeMarkdown(copy.outlet) +
             ") is a copy of " + text::EscapeMarkdown(copy.original) + ".\n";
    }
    if (!story.comparison_md.empty()) out += "\n" + Demote(story.comparison_md);
  }
  return out;
}

std::string RenderJsonLines(const std::vector<StoryReport>& stories, size_t first_rank) {
  std::string out;
  size_t rank = first_rank - 1;
  for (const StoryReport& story : stories) {
    nlohmann::json line;
    line["story"] = story.id;
    line["rank"] = ++rank;
    line["title"] = story.title;
    line["articles"] = story.article_ids;
    line["sources"] = story.outlets;
    line["first"] = story.first.empty() ? nlohmann::json(nullptr) : nlohmann::json(story.first);
    line["last"] = story.last.empty() ? nlohmann::json(nullptr) : nlohmann::json(story.last);
    nlohmann::json copies = nlohmann::json::array();
    for (const StoryReport::Copy& copy : story.copies) copies.push_back({copy.id, copy.original});
    line["copies"] = std::move(copies);
    nlohmann::json summary = nlohmann::json::array();
    for (const SummaryLine& s : story.summary) {
      nlohmann::json item = {{"text", s.text}, {"sources", s.outlets}, {"continues", s.continues}};
      if (!s.disputed_by.empty()) item["disputed_by"] = s.disputed_by;
      summary.push_back(std::move(item));
    }
    line["summary"] = std::move(summary);
    line["compare"] = story.comparison;
    out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return out;
}

}  // namespace concord::digest::internal
