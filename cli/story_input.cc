// The input reading that compare and quotes share (see story_input.h).
#include "cli/story_input.h"

#include <iostream>
#include <sstream>

#include "cli/options.h"
#include "concord/api.h"
#include "concord/io.h"
#include "concord/text.h"

namespace concord::cli {

std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream in(list);
  std::string item;
  while (std::getline(in, item, ',')) out.push_back(item);
  return out;
}

std::optional<StoryInput> ReadStoryInput(std::string_view command,
                                         const std::vector<std::string>& paths,
                                         const std::string& sources) {
  Result<io::Inputs> inputs = io::ReadInputs(paths);
  if (!inputs.ok()) {
    std::cerr << "concord " << command << ": " << inputs.status().message() << "\n";
    return std::nullopt;
  }
  for (const std::string& warning : inputs.value().warnings) {
    std::cerr << "concord " << command << ": warning: " << warning << "\n";
  }
  for (const std::string& problem : inputs.value().problems) {
    std::cerr << "concord " << command << ": " << problem << "\n";
  }
  StoryInput input;
  input.failures = inputs.value().problems.size();
  input.clusters = std::move(inputs.value().clusters);
  std::vector<Cluster>& clusters = input.clusters;
  const std::vector<std::string> names = SplitList(sources);
  for (size_t a = 0; a < names.size(); ++a) {
    if (names[a].find_first_not_of(" \t") == std::string::npos) {
      std::cerr << "concord " << command << ": " << api::EmptySourceMessage(a, names.size())
                << "\n";
      return std::nullopt;
    }
  }
  if (!names.empty()) {
    if (clusters.size() != 1 || clusters[0].articles.size() != names.size()) {
      std::cerr << "concord " << command << ": --sources gives " << names.size()
                << " names but the input has "
                << (clusters.size() == 1 ? clusters[0].articles.size() : clusters.size())
                << (clusters.size() == 1 ? " articles" : " stories") << "\n";
      return std::nullopt;
    }
    for (size_t a = 0; a < names.size(); ++a) {
      clusters[0].articles[a].source = ValidUtf8(names[a]);  // JSON output needs UTF-8
    }
  }
  return input;
}

int FinishBatch(std::string_view command, size_t failures) {
  std::cout.flush();
  if (failures == 0) return 0;
  std::cerr << "concord " << command << ": " << failures << " item(s) failed\n";
  return 2;
}

std::optional<ComparedStory> CompareStory(std::string_view command, const Cluster& cluster,
                                          const text::AnalyzeOptions& analyze,
                                          const compare::CompareOptions& options,
                                          ItemOutput& item) {
  Result<ComparedStory> story = api::CompareCluster(cluster, analyze, options);
  if (!story.ok()) {
    item.failed = true;
    item.err = "concord " + std::string(command) + ": " + cluster.id + ": " +
               story.status().message() + "\n";
    return std::nullopt;
  }
  return std::move(story).value();
}

}  // namespace concord::cli
