// The outlets a digest names behind a summary sentence: each once, and a
// long list cut as summarize cuts it (compare::OutletList), in Markdown,
// HTML and JSON Lines.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concord/digest.h"

namespace concord::testing {
namespace {

const char kBridge[] =
    "The harbor bridge in Port Alder was closed on Thursday after inspectors found a crack in "
    "a main steel girder. Mayor Ilsa Varga said the bridge would stay closed for three weeks.";

Article Make(const std::string& id, const std::string& source, const std::string& text) {
  Article a;
  a.id = id;
  a.source = source;
  a.text = text;
  a.published = "2031-03-14T0" + std::to_string(id.size() % 10) + ":00:00Z";
  return a;
}

std::string DigestOf(const std::vector<Article>& articles, digest::Format format) {
  digest::DigestOptions options;
  options.format = format;
  Result<digest::DigestResult> result = digest::Digest(articles, options);
  EXPECT_TRUE(result.ok()) << result.status().message();
  return result.ok() ? result.value().output : "";
}

// Two Wire articles and one Courier article of one story.
std::vector<Article> TwoFromOneOutlet() {
  return {Make("a1", "Wire", kBridge),
          Make("a2", "Wire",
               "Port Alder closed its harbor bridge on Thursday because inspectors found a crack "
               "in a steel girder. Ferry operators said they would add extra crossings."),
          Make("a3", "Courier", kBridge)};
}

TEST(DigestOutlets, AnOutletIsNamedOnceInEveryFormat) {
  const std::vector<Article> articles = TwoFromOneOutlet();
  const std::string md = DigestOf(articles, digest::Format::kMarkdown);
  EXPECT_NE(md.find("[Wire, Courier]"), std::string::npos) << md;
  EXPECT_EQ(md.find("Wire, Wire"), std::string::npos) << md;
  const std::string html = DigestOf(articles, digest::Format::kHtml);
  EXPECT_NE(html.find(">Wire, Courier<"), std::string::npos) << html;
  EXPECT_EQ(html.find("Wire, Wire"), std::string::npos) << html;
  const std::string jsonl = DigestOf(articles, digest::Format::kJsonLines);
  const nlohmann::json story = nlohmann::json::parse(jsonl.substr(0, jsonl.find('\n')));
  bool both = false;
  for (const nlohmann::json& line : story["summary"]) {
    const std::vector<std::string> sources = line["sources"];
    EXPECT_EQ(std::count(sources.begin(), sources.end(), "Wire"), 1) << jsonl;
    both = both || sources == std::vector<std::string>{"Wire", "Courier"};
  }
  EXPECT_TRUE(both) << jsonl;
}

TEST(DigestOutlets, ALongListIsCutAsSummarizeCutsIt) {
  // 14 articles from 13 outlets (the first twice), all with the sentence.
  std::vector<Article> articles;
  for (int i = 0; i < 14; ++i) {
    articles.push_back(
        Make("n" + std::to_string(i), "Outlet " + std::to_string(i == 13 ? 0 : i), kBridge));
  }
  const std::string md = DigestOf(articles, digest::Format::kMarkdown);
  EXPECT_NE(md.find("Outlet 9 + 3 more]"), std::string::npos) << md;
  EXPECT_EQ(md.find("Outlet 10"), md.find("Outlet 10,")) << md;  // only in the byline
  const std::string html = DigestOf(articles, digest::Format::kHtml);
  EXPECT_NE(html.find("Outlet 9 + 3 more<"), std::string::npos) << html;
  // JSON Lines lists every outlet, once.
  const std::string jsonl = DigestOf(articles, digest::Format::kJsonLines);
  const nlohmann::json story = nlohmann::json::parse(jsonl.substr(0, jsonl.find('\n')));
  EXPECT_EQ(story["summary"][0]["sources"].size(), 13u) << jsonl;
}

}  // namespace
}  // namespace concord::testing
