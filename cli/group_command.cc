// `concord group INPUT...`: a stream of articles into stories, JSON Lines
// (one story a line, in order of first appearance) or Markdown.
//
// The command streams: it reads one article at a time (group::StreamReader),
// puts the stream in time order through a bounded buffer (group::TimeOrder,
// --reorder articles), groups (group::Grouper, which prepares the next
// articles on the other --threads while it decides on one:
// Grouper::AddAll) and writes every story as soon as no later article can
// join it and every older story is written.
// What it keeps for the whole stream is every id (to reject a duplicate id)
// and the story of every article; the rest is bounded by the window and
// the buffer. --format md is written at the end (its heading counts the
// stories).
#include <cstdint>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/group_flags.h"
#include "cli/options.h"
#include "concord/group.h"
#include "concord/group_stream.h"
#include "src/util/plural.h"

namespace concord::cli {
namespace {

// Largest --reorder: ten million held articles would already take tens of
// gigabytes.
constexpr long long kMaxReorder = 10'000'000;

struct GroupCommandFlags {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  size_t reorder = 10000;
  GroupFlags group;
  int threads = DefaultThreads();
};

std::string TimeOrEmpty(const std::optional<int64_t>& time) {
  return time ? group::FormatTime(*time) : std::string();
}

// Writes the stories as they finish. Knows the id and outlet of every
// article of a story not written yet, by stream position.
class StoryWriter {
 public:
  explicit StoryWriter(bool markdown) : markdown_(markdown) {}

  void Remember(size_t position, const group::StreamArticle& article) {
    pending_.emplace(position, Pending{article.article.id, article.outlet});
  }

  void Write(const std::vector<group::Story>& stories) {
    for (const group::Story& story : stories) {
      ++stories_;
      if (markdown_) {
        WriteMarkdown(story);
      } else {
        const nlohmann::json line =
            StoryJson(story, [this](size_t a) -> const std::string& { return pending_.at(a).id; });
        std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      }
      for (const size_t a : story.articles) pending_.erase(a);
    }
  }

  // Markdown: the heading, then the stories.
  void Finish(size_t articles) {
    if (!markdown_) return;
    std::cout << "# " << util::Counted(stories_, "story", "stories") << " from "
              << util::Counted(articles, "article", "articles") << "\n"
              << body_.str();
  }

 private:
  struct Pending {
    std::string id;
    std::string outlet;
  };

  void WriteMarkdown(const group::Story& story) {
    std::ostringstream& out = body_;
    out << "\n## " << story.title << "\n\n"
        << story.id << ": " << story.articles.size()
        << (story.articles.size() == 1 ? " article" : " articles");
    if (!story.sources.empty()) {
      out << " from " << story.sources.size()
          << (story.sources.size() == 1 ? " outlet" : " outlets");
    }
    if (story.first) {
      out << ", " << TimeOrEmpty(story.first);
      if (story.last != story.first) out << " to " << TimeOrEmpty(story.last);
    }
    out << "\n\n";
    for (const size_t a : story.articles) {
      const Pending& article = pending_.at(a);
      out << "- " << article.id;
      if (!article.outlet.empty()) out << " (" << article.outlet << ")";
      for (const auto& [copy, original] : story.duplicates) {
        if (copy == a) out << ": a copy of " << pending_.at(original).id;
      }
      out << "\n";
    }
  }

  bool markdown_;
  std::unordered_map<size_t, Pending> pending_;
  size_t stories_ = 0;
  std::ostringstream body_;
};

// The stream through the reorder buffer into the grouper and the writer:
// the reader, the id check and the buffer hand out the articles in order
// (Next), the grouper groups them while the other threads prepare the
// next ones (Grouper::AddAll), and the writer writes every story that
// finished (Added). Next and Added run on this thread.
class Pipeline {
 public:
  Pipeline(const GroupCommandFlags& flags, const group::GroupOptions& options)
      : order_(flags.reorder), grouper_(options), writer_(flags.format == "md") {}

  // Reads, orders, groups and writes the whole stream. Fails (the message
  // naming the file and line) on a bad input or a duplicate id: what was
  // grouped before it is written, what the buffer holds is not.
  Status Run(group::StreamReader& reader) {
    Status failed = Status::Ok();
    grouper_.AddAll([&](group::StreamArticle& slot) { return Next(reader, slot, failed); },
                    [&](const group::StreamArticle& article, size_t, const std::optional<size_t>&) {
                      Added(article);
                    });
    return failed;
  }

  // Writes the last stories and says what happened.
  int Finish() {
    if (articles_ == 0) {
      std::cerr << "concord group: the input holds no article: no story\n";
      return 0;
    }
    writer_.Write(grouper_.TakeFinished(/*all=*/true));
    const group::Grouping counts = grouper_.Finish();
    if (order_.moved() > 0) {
      // A folder has no order of its own (its files are read by name), so
      // the line speaks of the order read, not of the input's.
      std::cerr << "concord group: grouped in publication order, which is not the order read ("
                << order_.moved() << " articles moved; a folder is read in file-name order)";
      if (counts.out_of_order > 0) {
        std::cerr << "; " << counts.out_of_order
                  << " arrived more than --reorder articles late and were grouped at the "
                     "stream clock";
      }
      std::cerr << "\n";
    }
    if (counts.without_text > 0) {
      std::cerr << "concord group: " << counts.without_text
                << " article(s) with neither text nor title, each a story of its own\n";
    }
    writer_.Finish(articles_);
    return 0;
  }

 private:
  // The next article in time order, moved into `slot`; null at the end of
  // the stream or at a failure (then in `failed`). Reads until the buffer
  // is full, then drains it at the end.
  const group::StreamArticle* Next(group::StreamReader& reader, group::StreamArticle& slot,
                                   Status& failed) {
    group::StreamItem item;
    while (!order_.full() && !(ended_ && !order_.empty())) {
      if (ended_) return nullptr;
      Result<bool> more = reader.Next(item);
      for (const std::string& warning : reader.TakeWarnings()) {
        std::cerr << "concord group: " << warning << "\n";
      }
      if (!more.ok()) {
        failed = more.status();
        return nullptr;
      }
      if (!more.value()) {
        ended_ = true;
      } else if (Status s = Push(std::move(item)); !s.ok()) {
        failed = s;
        return nullptr;
      }
    }
    slot = std::move(order_.Pop().article);
    slot.outlet = OutletOf(slot.article, handed_out_++);
    return &slot;
  }

  // Fails naming both places when the id was seen before.
  Status Push(group::StreamItem item) {
    const auto [seen, inserted] = first_at_.try_emplace(item.article.article.id, item.where);
    if (!inserted) {
      return Status::InvalidArgument(item.where + ": duplicate id \"" + seen->first +
                                     "\" (first at " + seen->second + ")");
    }
    order_.Push(std::move(item));
    return Status::Ok();
  }

  // After the grouper added `article`: the stories it finished are written.
  void Added(const group::StreamArticle& article) {
    writer_.Remember(articles_++, article);
    writer_.Write(grouper_.TakeFinished());
  }

  // Next's
  group::TimeOrder order_;
  std::unordered_map<std::string, std::string> first_at_;  // id -> where
  bool ended_ = false;
  size_t handed_out_ = 0;
  // Added's
  group::Grouper grouper_;
  StoryWriter writer_;
  size_t articles_ = 0;
};

int Run(const GroupCommandFlags& flags) {
  Result<group::GroupOptions> options = ToGroupOptions(flags.group);
  if (!options.ok()) return BadInput("group", options.status().message());
  if (flags.format != "jsonl" && flags.format != "md") {
    return BadInput("group", "--format must be jsonl or md, not '" + flags.format + "'");
  }
  group::StreamReadOptions limits;
  limits.max_stream_bytes = SIZE_MAX;  // streamed: memory follows the longest line
  group::StreamReader reader(flags.inputs, limits);
  Pipeline pipeline(flags, options.value());
  if (Status s = pipeline.Run(reader); !s.ok()) return BadInput("group", s.message());
  return pipeline.Finish();
}

}  // namespace

void RegisterGroup(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<GroupCommandFlags>();
  CLI::App* cmd = app.add_subcommand(
      "group",
      "Group a stream of articles (folders, text files, JSON Lines of {\"id\",\"source\",\"url\","
      "\"published\",\"title\",\"text\"}) into stories, in publication order, and mark "
      "near-duplicates. Writes one story a line: {\"story\",\"articles\",\"title\",\"sources\","
      "\"first\",\"last\",\"duplicates\"}. Streams: memory is bounded by the window, not the "
      "input. docs/group.md explains the features and thresholds.");
  cmd->add_option("inputs", flags->inputs, "Files, folders or - (standard input)")->required();
  cmd->add_option("--format,-f", flags->format, "jsonl or md")->capture_default_str();
  cmd->add_option("--reorder", flags->reorder,
                  "Articles held to put a stream in time order; one arriving later is grouped "
                  "at the stream clock (0: none)")
      ->check(WholeNumber(0, kMaxReorder))
      ->capture_default_str();
  AddGroupOptions(cmd, &flags->group, /*with_duplicates=*/true);
  AddThreadsOption(cmd, &flags->threads);
  cmd->callback([flags, exit_code]() {
    *exit_code = RunWithThreads(flags->threads, [&] { return Run(*flags); });
  });
}

}  // namespace concord::cli
