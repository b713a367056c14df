// The grouping options shared by `concord group` and `concord eval --task
// group`: --window, --threshold, --merge-threshold, --no-place-rule and,
// for group, --duplicate-threshold and --no-duplicates.
#ifndef CONCORD_CLI_GROUP_FLAGS_H_
#define CONCORD_CLI_GROUP_FLAGS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "concord/article.h"
#include "concord/group.h"
#include "concord/group_stream.h"
#include "concord/status.h"

namespace concord::cli {

struct GroupFlags {
  std::string window = "72h";
  double threshold = group::GroupOptions{}.join_threshold;
  double duplicate_threshold = group::GroupOptions{}.duplicate_threshold;
  double merge_threshold = group::GroupOptions{}.merge_threshold;
  bool no_duplicates = false;
  bool no_place_rule = false;  // --no-place-rule
};

void AddGroupOptions(CLI::App* cmd, GroupFlags* flags, bool with_duplicates);

// The options, or an error that names the option.
Result<group::GroupOptions> ToGroupOptions(const GroupFlags& flags);

// "72h", "3d", "90m", "3600s" or a number of hours, in seconds.
Result<double> ParseDuration(const std::string& text);

// The outlet listed in a story's "sources": OutletName (article.h) when the
// article names its source or URL, else none (an id is not an outlet).
inline std::string OutletOf(const Article& article, size_t index) {
  return article.source.empty() && article.url.empty() ? std::string() : OutletName(article, index);
}

// One line of `concord group`'s JSON Lines: {"story","articles","title",
// "sources","first","last","duplicates"} with the articles named by id:
// `id_of(position)` is the id of the article at that stream position.
nlohmann::json StoryJson(const group::Story& story,
                         const std::function<const std::string&(size_t)>& id_of);
nlohmann::json StoryJson(const group::StreamInput& input, const group::Story& story);

// `concord eval --task group --data FILE` (group_eval.cc).
struct GroupEvalFlags {
  std::string data;
  std::string half = "all";  // all, even or odd (gold stories by first appearance)
  unsigned seed = 1;         // shuffles a stream without times; 0 keeps file order
  GroupFlags group;
};
int RunGroupEval(const GroupEvalFlags& flags);

// --half, --seed, --window and --threshold for `concord eval --task group`.
void AddGroupEvalOptions(CLI::App* cmd, GroupEvalFlags* flags);

}  // namespace concord::cli

#endif  // CONCORD_CLI_GROUP_FLAGS_H_
