// `concord group INPUT...`: a stream of articles into stories, JSON Lines
// (one story a line, in order of first appearance) or Markdown.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/commands.h"
#include "cli/group_flags.h"
#include "concord/group.h"
#include "concord/group_stream.h"

namespace concord::cli {
namespace {

struct GroupCommandFlags {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  GroupFlags group;
};

std::string TimeOrEmpty(const std::optional<int64_t>& time) {
  return time ? group::FormatTime(*time) : std::string();
}

void WriteJsonLines(const group::StreamInput& input, const group::Grouping& grouping) {
  for (const group::Story& story : grouping.stories) {
    const nlohmann::json line = StoryJson(input, story);
    std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

void WriteMarkdown(const group::StreamInput& input, const group::Grouping& grouping) {
  std::cout << "# " << grouping.stories.size() << " stories from " << input.articles.size()
            << " articles\n";
  for (const group::Story& story : grouping.stories) {
    std::cout << "\n## " << story.title << "\n\n"
              << story.id << ": " << story.articles.size()
              << (story.articles.size() == 1 ? " article" : " articles");
    if (!story.sources.empty()) {
      std::cout << " from " << story.sources.size()
                << (story.sources.size() == 1 ? " outlet" : " outlets");
    }
    if (story.first) {
      std::cout << ", " << TimeOrEmpty(story.first);
      if (story.last != story.first) std::cout << " to " << TimeOrEmpty(story.last);
    }
    std::cout << "\n\n";
    std::vector<std::string> copy_of(story.articles.size());
    for (size_t i = 0; i < story.articles.size(); ++i) {
      const group::StreamArticle& a = input.articles[story.articles[i]];
      std::cout << "- " << a.article.id;
      if (!a.outlet.empty()) std::cout << " (" << a.outlet << ")";
      for (const auto& [copy, original] : story.duplicates) {
        if (copy == story.articles[i]) {
          std::cout << ": a copy of " << input.articles[original].article.id;
        }
      }
      std::cout << "\n";
    }
  }
}

int Run(const GroupCommandFlags& flags) {
  Result<group::GroupOptions> options = ToGroupOptions(flags.group);
  if (!options.ok()) return BadInput("group", options.status().message());
  if (flags.format != "jsonl" && flags.format != "md") {
    return BadInput("group", "--format must be jsonl or md, not '" + flags.format + "'");
  }
  Result<group::StreamInput> read = group::ReadStream(flags.inputs);
  if (!read.ok()) return BadInput("group", read.status().message());
  group::StreamInput& input = read.value();
  if (Status s = group::CheckUniqueIds(input); !s.ok()) return BadInput("group", s.message());
  for (const std::string& warning : input.warnings)
    std::cerr << "concord group: " << warning << "\n";
  if (input.articles.empty()) {
    std::cerr << "concord group: the input holds no article: no story\n";
    return 0;
  }
  if (const size_t moved = group::SortByTime(input); moved > 0) {
    std::cerr << "concord group: the input was not in time order (" << moved
              << " articles moved): grouped in publication order\n";
  }
  for (size_t i = 0; i < input.articles.size(); ++i) {
    input.articles[i].outlet = OutletOf(input.articles[i].article, i);
  }
  const group::Grouping grouping = group::GroupStream(input.articles, options.value());
  if (grouping.without_text > 0) {
    std::cerr << "concord group: " << grouping.without_text
              << " article(s) with neither text nor title, each a story of its own\n";
  }
  if (flags.format == "md") {
    WriteMarkdown(input, grouping);
  } else {
    WriteJsonLines(input, grouping);
  }
  return 0;
}

}  // namespace

void RegisterGroup(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<GroupCommandFlags>();
  CLI::App* cmd = app.add_subcommand(
      "group",
      "Group a stream of articles (folders, text files, JSON Lines of {\"id\",\"source\",\"url\","
      "\"published\",\"title\",\"text\"}) into stories, in publication order, and mark "
      "near-duplicates. Writes one story a line: {\"story\",\"articles\",\"title\",\"sources\","
      "\"first\",\"last\",\"duplicates\"}. docs/group.md explains the features and thresholds.");
  cmd->add_option("inputs", flags->inputs, "Files, folders or - (standard input)")->required();
  cmd->add_option("--format,-f", flags->format, "jsonl or md")->capture_default_str();
  AddGroupOptions(cmd, &flags->group, /*with_duplicates=*/true);
  cmd->callback([flags, exit_code]() { *exit_code = Run(*flags); });
}

}  // namespace concord::cli
