// Grouping options of the command line (group_flags.h).
#include "cli/group_flags.h"

#include <cmath>
#include <cstdlib>

namespace concord::cli {

Result<double> ParseDuration(const std::string& text) {
  const Status bad = Status::InvalidArgument("--window: '" + text +
                                             "' is not a duration (e.g. 72h, 3d, 90m, 3600s)");
  if (text.empty()) return bad;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  const std::string unit(end);
  double scale = 0;
  if (unit.empty() || unit == "h")
    scale = 3600;
  else if (unit == "d")
    scale = 86400;
  else if (unit == "m")
    scale = 60;
  else if (unit == "s")
    scale = 1;
  if (scale == 0 || end == text.c_str() || !std::isfinite(value) || !(value > 0)) return bad;
  return value * scale;
}

void AddGroupOptions(CLI::App* cmd, GroupFlags* flags, bool with_duplicates) {
  cmd->add_option("--window", flags->window,
                  "Time window: a story with no article this recent is closed (72h, 3d, 90m)")
      ->capture_default_str();
  cmd->add_option("--threshold", flags->threshold,
                  "Join a story when the cosine to its centroid reaches this, in [0, 1]")
      ->capture_default_str();
  cmd->add_option("--merge-threshold", flags->merge_threshold,
                  "After an article joins a story, merge that story with the most similar open "
                  "story when their centroids' cosine reaches this, in [0, 1] (1: off)")
      ->capture_default_str();
  cmd->add_flag("--no-place-rule", flags->no_place_rule,
                "Let an article join a story that states its event in another place "
                "(docs/group.md, \"Places that exclude each other\")");
  if (!with_duplicates) return;
  cmd->add_option("--duplicate-threshold", flags->duplicate_threshold,
                  "Near-duplicate when the lead shingles' resemblance reaches this, in [0, 1]")
      ->capture_default_str();
  cmd->add_flag("--no-duplicates", flags->no_duplicates, "Do not look for near-duplicates");
}

void AddGroupEvalOptions(CLI::App* cmd, GroupEvalFlags* flags) {
  cmd->add_option("--half", flags->half,
                  "--task group: all, even or odd gold stories (by first appearance)")
      ->capture_default_str();
  cmd->add_option("--seed", flags->seed,
                  "--task group: shuffles a stream without times (0: file order)")
      ->capture_default_str();
  AddGroupOptions(cmd, &flags->group, /*with_duplicates=*/false);
}

Result<group::GroupOptions> ToGroupOptions(const GroupFlags& flags) {
  group::GroupOptions options;
  Result<double> window = ParseDuration(flags.window);
  if (!window.ok()) return window.status();
  options.window_seconds = window.value();
  if (!(flags.threshold >= 0 && flags.threshold <= 1)) {
    return Status::InvalidArgument("--threshold must be in [0, 1]");
  }
  if (!(flags.duplicate_threshold >= 0 && flags.duplicate_threshold <= 1)) {
    return Status::InvalidArgument("--duplicate-threshold must be in [0, 1]");
  }
  options.join_threshold = flags.threshold;
  options.merge_threshold = flags.merge_threshold;
  options.duplicate_threshold = flags.duplicate_threshold;
  options.find_duplicates = !flags.no_duplicates;
  options.place_rule = !flags.no_place_rule;
  if (Status s = group::Grouper::Validate(options); !s.ok()) return s;
  return options;
}

nlohmann::json StoryJson(const group::Story& story,
                         const std::function<const std::string&(size_t)>& id_of) {
  nlohmann::json line;
  line["story"] = story.id;
  nlohmann::json ids = nlohmann::json::array();
  for (const size_t a : story.articles) ids.push_back(id_of(a));
  line["articles"] = std::move(ids);
  line["title"] = story.title;
  line["sources"] = story.sources;
  line["first"] = story.first ? nlohmann::json(group::FormatTime(*story.first)) : nullptr;
  line["last"] = story.last ? nlohmann::json(group::FormatTime(*story.last)) : nullptr;
  nlohmann::json duplicates = nlohmann::json::array();
  for (const auto& [copy, original] : story.duplicates) {
    duplicates.push_back({id_of(copy), id_of(original)});
  }
  line["duplicates"] = std::move(duplicates);
  return line;
}

nlohmann::json StoryJson(const group::StreamInput& input, const group::Story& story) {
  return StoryJson(
      story, [&input](size_t a) -> const std::string& { return input.articles[a].article.id; });
}

}  // namespace concord::cli
