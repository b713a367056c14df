// digest: what `concord digest` prints, whole (digest_jsonl, for
// concord.digest) or in two steps for concord.dask digest: digest_plan
// groups and ranks the stories of the input files on the driver, and
// digest_part summarizes and compares a run of those stories on a worker
// (concord/digest.h: PlanDigest, DigestStories). A planned story travels
// from the driver to a worker as one JSON object (StoryJson) holding its
// articles, so workers read no input file.
#include "concord/digest.h"

#include <pybind11/stl.h>
#include <tbb/task_arena.h>

#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "cli/digest_flags.h"
#include "concord/group_stream.h"
#include "python/binding.h"

namespace py = pybind11;

namespace concord::python {
namespace {

// The checked options, with the CLI's messages (ValueError).
digest::DigestOptions OptionsOf(const cli::DigestSettings& settings) {
  Result<digest::DigestOptions> options = cli::ToDigestOptions(settings);
  if (!options.ok()) throw py::value_error(options.status().message());
  return std::move(options).value();
}

// Counts as Python gives them: a negative one fails the check as 0 does.
size_t CountOf(long long value) { return value < 0 ? 0 : static_cast<size_t>(value); }

cli::DigestSettings SettingsOf(long long min_articles, const std::string& format, long long words,
                               bool keep_copies, const std::string& window, double threshold,
                               double duplicate_threshold, double merge_threshold,
                               bool no_duplicates, bool truncate = false) {
  cli::DigestSettings settings;
  settings.min_articles = CountOf(min_articles);
  settings.format = format;
  settings.words = CountOf(words);
  settings.keep_copies = keep_copies;
  settings.group =
      cli::GroupFlags{window, threshold, duplicate_threshold, merge_threshold, no_duplicates};
  settings.truncate = truncate;
  return settings;
}

// Runs `work` on `threads` threads (0: every core).
template <typename Work>
auto InArena(int threads, Work work) {
  tbb::task_arena arena(threads > 0 ? threads : tbb::task_arena::automatic);
  return arena.execute(work);
}

// The articles of a stream as the CLI's digest reads them: ids checked,
// the reader's warnings appended to `warnings`.
std::vector<Article> ArticlesOf(group::StreamInput input, std::vector<std::string>& warnings) {
  if (Status s = group::CheckUniqueIds(input); !s.ok()) throw InputError(s.message());
  warnings.insert(warnings.end(), input.warnings.begin(), input.warnings.end());
  std::vector<Article> articles;
  for (group::StreamArticle& item : input.articles) articles.push_back(std::move(item.article));
  if (articles.empty()) throw InputError("the input holds no article");
  return articles;
}

nlohmann::json StoryJson(const digest::PlannedStory& story) {
  nlohmann::json articles = nlohmann::json::array();
  for (const Article& a : story.articles) {
    articles.push_back({{"id", a.id},
                        {"source", a.source},
                        {"url", a.url},
                        {"title", a.title},
                        {"published", a.published},
                        {"text", a.text},
                        {"invalid_utf8", a.invalid_utf8}});
  }
  return {{"id", story.id},     {"title", story.title},     {"first", story.first},
          {"last", story.last}, {"outlets", story.outlets}, {"articles", std::move(articles)}};
}

// A planned story back from StoryJson's bytes; InputError when they are not.
digest::PlannedStory PlannedStoryOf(const std::string& bytes) {
  try {
    const nlohmann::json j = nlohmann::json::parse(bytes);
    digest::PlannedStory story;
    story.id = j.at("id").get<std::string>();
    story.title = j.at("title").get<std::string>();
    story.first = j.at("first").get<std::string>();
    story.last = j.at("last").get<std::string>();
    story.outlets = j.at("outlets").get<std::vector<std::string>>();
    for (const nlohmann::json& a : j.at("articles")) {
      Article article;
      article.id = a.at("id").get<std::string>();
      article.source = a.at("source").get<std::string>();
      article.url = a.at("url").get<std::string>();
      article.title = a.at("title").get<std::string>();
      article.published = a.at("published").get<std::string>();
      article.text = a.at("text").get<std::string>();
      article.invalid_utf8 = a.at("invalid_utf8").get<size_t>();
      story.articles.push_back(std::move(article));
    }
    return story;
  } catch (const nlohmann::json::exception& e) {
    throw InputError(std::string("a planned story is not digest_plan's: ") + e.what());
  }
}

// `concord digest --format FORMAT` over JSON Lines `contents` named `name`:
// (report bytes, warnings).
std::tuple<py::bytes, std::vector<std::string>> DigestJsonl(const py::handle& contents_object,
                                                            const std::string& name,
                                                            const cli::DigestSettings& settings,
                                                            int threads) {
  const digest::DigestOptions options = OptionsOf(settings);
  const std::string contents = BytesOf(contents_object, "articles");
  std::vector<std::string> warnings;
  std::string out;
  {
    py::gil_scoped_release release;
    group::StreamInput input;
    if (Status s = group::ParseStreamLines(contents, name, input); !s.ok()) {
      throw InputError(s.message());
    }
    std::vector<Article> articles = ArticlesOf(std::move(input), warnings);
    Result<digest::DigestResult> result =
        InArena(threads, [&] { return digest::Digest(std::move(articles), options); });
    if (!result.ok()) throw InputError(result.status().message());
    warnings.insert(warnings.end(), result.value().warnings.begin(), result.value().warnings.end());
    out = std::move(result.value().output);
  }
  return {py::bytes(out), warnings};
}

// The ranked stories of the files `paths` (read as `concord digest` reads
// them): (one StoryJson bytes per story, articles read, stories found,
// warnings).
std::tuple<std::vector<py::bytes>, size_t, size_t, std::vector<std::string>> Plan(
    const std::vector<std::string>& paths, const cli::DigestSettings& settings, int threads) {
  const digest::DigestOptions options = OptionsOf(settings);
  std::vector<std::string> stories, warnings;
  size_t articles_read = 0, found = 0;
  {
    py::gil_scoped_release release;
    group::StreamReadOptions read_options;
    read_options.parse_times = false;  // PlanDigest reads and warns about them
    Result<group::StreamInput> read = group::ReadStream(paths, read_options);
    if (!read.ok()) throw InputError(read.status().message());
    std::vector<Article> articles = ArticlesOf(std::move(read).value(), warnings);
    Result<digest::DigestPlan> plan =
        InArena(threads, [&] { return digest::PlanDigest(std::move(articles), options); });
    if (!plan.ok()) throw InputError(plan.status().message());
    articles_read = plan.value().articles;
    found = plan.value().found;
    warnings.insert(warnings.end(), plan.value().warnings.begin(), plan.value().warnings.end());
    for (const digest::PlannedStory& story : plan.value().stories) {
      stories.push_back(
          StoryJson(story).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
  }
  std::vector<py::bytes> out(stories.begin(), stories.end());
  return {out, articles_read, found, warnings};
}

// The JSON Lines of planned `stories` ranked from `first_rank`: (bytes,
// stories listed, warnings).
std::tuple<py::bytes, size_t, std::vector<std::string>> Part(
    const std::vector<py::bytes>& story_objects, size_t first_rank,
    const cli::DigestSettings& settings, int threads) {
  const digest::DigestOptions options = OptionsOf(settings);
  if (first_rank < 1) throw py::value_error("first_rank must be at least 1");
  std::vector<std::string> bytes;
  for (const py::bytes& b : story_objects) bytes.push_back(b.cast<std::string>());
  Result<digest::DigestPart> part = Status::Ok();
  {
    py::gil_scoped_release release;
    std::vector<digest::PlannedStory> stories;
    for (const std::string& b : bytes) stories.push_back(PlannedStoryOf(b));
    part = InArena(threads, [&] { return digest::DigestStories(stories, first_rank, options); });
  }
  if (!part.ok()) throw InputError(part.status().message());
  return {py::bytes(part.value().output), part.value().listed, part.value().warnings};
}

}  // namespace

void RegisterDigest(py::module_& m) {
  const group::GroupOptions group_defaults;
  m.def(
      "digest_jsonl",
      [](const py::handle& contents, const std::string& name, long long min_articles,
         const std::string& format, long long words, bool keep_copies, const std::string& window,
         double threshold, double duplicate_threshold, double merge_threshold, bool no_duplicates,
         int threads, bool truncate) {
        return DigestJsonl(
            contents, name,
            SettingsOf(min_articles, format, words, keep_copies, window, threshold,
                       duplicate_threshold, merge_threshold, no_duplicates, truncate),
            threads);
      },
      py::arg("contents"), py::arg("name"), py::arg("min_articles") = 2, py::arg("format") = "md",
      py::arg("words") = 100, py::arg("keep_copies") = false, py::arg("window") = "72h",
      py::arg("threshold") = group_defaults.join_threshold,
      py::arg("duplicate_threshold") = group_defaults.duplicate_threshold,
      py::arg("merge_threshold") = group_defaults.merge_threshold, py::arg("no_duplicates") = false,
      py::arg("threads") = 0, py::arg("truncate") = false,
      "What `concord digest NAME` prints for JSON Lines `contents`: (bytes, warnings).");
  m.def(
      "digest_plan",
      [](const std::vector<std::string>& paths, long long min_articles, long long words,
         bool keep_copies, const std::string& window, double threshold, double duplicate_threshold,
         double merge_threshold, bool no_duplicates, int threads) {
        return Plan(paths,
                    SettingsOf(min_articles, "jsonl", words, keep_copies, window, threshold,
                               duplicate_threshold, merge_threshold, no_duplicates),
                    threads);
      },
      py::arg("paths"), py::arg("min_articles") = 2, py::arg("words") = 100,
      py::arg("keep_copies") = false, py::arg("window") = "72h",
      py::arg("threshold") = group_defaults.join_threshold,
      py::arg("duplicate_threshold") = group_defaults.duplicate_threshold,
      py::arg("merge_threshold") = group_defaults.merge_threshold,
      py::arg("no_duplicates") = false, py::arg("threads") = 0,
      "Groups and ranks the files' articles as `concord digest` does: "
      "(stories, articles, stories found, warnings).");
  m.def(
      "digest_part",
      [](const std::vector<py::bytes>& stories, long long first_rank, long long words,
         bool keep_copies, int threads) {
        cli::DigestSettings settings;
        settings.format = "jsonl";
        settings.words = CountOf(words);
        settings.keep_copies = keep_copies;
        return Part(stories, CountOf(first_rank), settings, threads);
      },
      py::arg("stories"), py::arg("first_rank"), py::arg("words") = 100,
      py::arg("keep_copies") = false, py::arg("threads") = 0,
      "The digest's JSON Lines of planned stories ranked from first_rank: "
      "(bytes, listed, warnings).");
}

}  // namespace concord::python
