// `concord eval --task group --data FILE`: group a labelled stream and score
// the stories against the gold labels (BCubed and pairwise P/R/F1).
//
// FILE is JSON Lines of articles with a gold "story" label, or Multi-News
// cluster lines (each document labelled with its cluster). A stream with no
// times is shuffled with --seed (a fixed Fisher-Yates over mt19937_64, the
// same on every platform); one with times is grouped in time order.
// --half even|odd keeps the gold stories of even or odd rank (by first
// appearance in the file), so thresholds chosen on one half are reported on
// the other.
#include <chrono>
#include <iomanip>
#include <iostream>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "cli/group_flags.h"
#include "cli/options.h"
#include "concord/cluster_metrics.h"
#include "concord/group_stream.h"

namespace concord::cli {
namespace {

// Keeps the articles whose gold story has an even (odd) rank.
void KeepHalf(group::StreamInput& input, const std::string& half) {
  std::unordered_map<std::string, size_t> rank;
  group::StreamInput kept;
  for (size_t i = 0; i < input.articles.size(); ++i) {
    const size_t r = rank.try_emplace(input.labels[i], rank.size()).first->second;
    if ((r % 2 == 0) != (half == "even")) continue;
    kept.articles.push_back(std::move(input.articles[i]));
    kept.where.push_back(std::move(input.where[i]));
    kept.labels.push_back(std::move(input.labels[i]));
  }
  kept.warnings = std::move(input.warnings);
  input = std::move(kept);
}

void Shuffle(group::StreamInput& input, unsigned seed) {
  std::mt19937_64 random(seed);
  for (size_t i = input.articles.size(); i > 1; --i) {
    const size_t j = static_cast<size_t>(random() % i);
    std::swap(input.articles[i - 1], input.articles[j]);
    std::swap(input.where[i - 1], input.where[j]);
    std::swap(input.labels[i - 1], input.labels[j]);
  }
}

std::string Cell(double x) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(4) << x;
  return out.str();
}

}  // namespace

int RunGroupEval(const GroupEvalFlags& flags) {
  Result<group::GroupOptions> options = ToGroupOptions(flags.group);
  if (!options.ok()) return BadInput("eval", options.status().message());
  if (flags.half != "all" && flags.half != "even" && flags.half != "odd") {
    return BadInput("eval", "--half must be all, even or odd");
  }
  Result<group::StreamInput> read = group::ReadStream({flags.data});
  if (!read.ok()) return BadInput("eval", read.status().message());
  group::StreamInput& input = read.value();
  if (Status s = group::CheckUniqueIds(input); !s.ok()) return BadInput("eval", s.message());
  for (size_t i = 0; i < input.articles.size(); ++i) {
    if (input.labels[i].empty()) {
      return BadInput("eval", input.where[i] + ": no gold \"story\" label");
    }
  }
  if (flags.half != "all") KeepHalf(input, flags.half);
  if (input.articles.empty()) return BadInput("eval", flags.data + ": no article to group");
  bool timed = false;
  for (const group::StreamArticle& a : input.articles) timed = timed || a.time.has_value();
  if (timed) {
    group::SortByTime(input);
  } else if (flags.seed != 0) {
    Shuffle(input, flags.seed);
  }
  for (size_t i = 0; i < input.articles.size(); ++i) {
    input.articles[i].outlet = OutletOf(input.articles[i].article, i);
  }

  const auto start = std::chrono::steady_clock::now();
  const group::Grouping grouping = group::GroupStream(input.articles, options.value());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::vector<std::string> predicted;
  predicted.reserve(grouping.story_of.size());
  for (const size_t story : grouping.story_of) predicted.push_back(std::to_string(story));
  Result<eval::ClusterScores> scores = eval::ScoreClusters(input.labels, predicted);
  if (!scores.ok()) return BadInput("eval", scores.status().message());
  size_t duplicates = 0;
  for (const group::Story& s : grouping.stories) duplicates += s.duplicates.size();
  const eval::ClusterScores& s = scores.value();
  std::cout << flags.data << ": half " << flags.half << ", "
            << (timed ? "time order" : "shuffled with seed " + std::to_string(flags.seed))
            << ", window " << flags.group.window << ", threshold " << flags.group.threshold
            << "\n\n"
            << "| articles | gold stories | stories | BCubed P | BCubed R | BCubed F1 | pair P | "
               "pair R | pair F1 | duplicates | seconds |\n"
            << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
            << "| " << s.items << " | " << s.gold_clusters << " | " << s.predicted_clusters << " | "
            << Cell(s.bcubed.precision) << " | " << Cell(s.bcubed.recall) << " | "
            << Cell(s.bcubed.f1) << " | " << Cell(s.pairwise.precision) << " | "
            << Cell(s.pairwise.recall) << " | " << Cell(s.pairwise.f1) << " | " << duplicates
            << " | " << std::setprecision(3) << seconds << " |\n";
  return 0;
}

}  // namespace concord::cli
