// api::Run against the built `concord` binary: the same articles and
// options give the same bytes; bad requests fail with a message that names
// what is wrong.
#include "concord/api.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "concord/io.h"
#include "testing/temp_dir.h"

namespace concord {
namespace {

using nlohmann::json;
using testing::RunConcord;
using testing::TempDir;

// The bundled example story read as the command reads it.
std::vector<Article> ExampleArticles() {
  Result<io::Inputs> in =
      io::ReadInputs({std::string(CONCORD_SOURCE_DIR) + "/examples/harbor-bridge"});
  EXPECT_TRUE(in.ok()) << in.status().message();
  if (!in.ok() || in.value().clusters.empty()) return {};
  return in.value().clusters[0].articles;
}

json ArticleJson(const Article& a) {
  return {{"id", a.id},       {"source", a.source},       {"url", a.url},
          {"title", a.title}, {"published", a.published}, {"text", a.text}};
}

// The example as story.jsonl in `dir` (for the command) and as a request.
std::string WriteStory(const TempDir& dir, json* request) {
  std::string lines;
  (*request)["id"] = "story.jsonl";  // the command names the story after its file
  (*request)["articles"] = json::array();
  for (const Article& a : ExampleArticles()) {
    lines += ArticleJson(a).dump() + "\n";
    (*request)["articles"].push_back(ArticleJson(a));
  }
  return dir.Write("story.jsonl", lines);
}

struct Case {
  std::string command;
  std::string flags;
  json options;
};

TEST(ApiTest, EveryCommandPrintsWhatTheCliPrints) {
  TempDir dir;
  json request;
  const std::string path = WriteStory(dir, &request);
  ASSERT_EQ(request["articles"].size(), 3u);
  const std::vector<Case> cases = {
      {"summarize", "", json::object()},
      {"summarize", "--format json --words 60", {{"format", "json"}, {"words", 60}}},
      {"summarize",
       "--format md --method lexrank --sentences 2 --explain",
       {{"format", "md"}, {"method", "lexrank"}, {"sentences", 2}, {"explain", true}}},
      {"summarize",
       "--sources A,B,C --bytes 300 --truncate",
       {{"sources", "A,B,C"}, {"bytes", 300}, {"truncate", true}}},
      {"compare", "--format json", {{"format", "json"}}},
      {"compare", "--threshold 0.4", {{"threshold", 0.4}}},
      {"compare", "--format md --no-clean", {{"format", "md"}, {"no-clean", true}}},
      {"quotes", "", json::object()},
      {"quotes", "--format json", {{"format", "json"}}},
      {"quotes", "--format md", {{"format", "md"}}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.command + " " + c.flags);
    const testing::CliResult cli = RunConcord(c.command + " " + path + " " + c.flags);
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    json with_options = request;
    with_options["options"] = c.options;
    Result<std::string> api = api::Run(c.command, with_options);
    ASSERT_TRUE(api.ok()) << api.status().message();
    EXPECT_FALSE(api.value().empty());
    EXPECT_EQ(api.value(), cli.out);
  }
}

TEST(ApiTest, SplitAndExtractPrintWhatTheCliPrints) {
  TempDir dir;
  const std::string text = "Dr. Lane spoke first.  Then   the mayor answered.\nA third line";
  const std::string text_path = dir.Write("t.txt", text);
  for (const std::string format : {"text", "json"}) {
    const testing::CliResult cli = RunConcord("split " + text_path + " --format " + format);
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    Result<std::string> api =
        api::Run("split", {{"text", text}, {"options", {{"format", format}}}});
    ASSERT_TRUE(api.ok()) << api.status().message();
    EXPECT_EQ(api.value(), cli.out);
  }
  const std::string html =
      "<html><head><title>Ferry late again</title></head><body><article><h1>Ferry late "
      "again</h1><p>The morning ferry left forty minutes late on Tuesday, the third delay "
      "this week, the operator said.</p><p>Passengers waited on the pier in the rain while "
      "crews fixed a ramp.</p></article></body></html>";
  const std::string page_path = dir.Write("p.html", html);
  const testing::CliResult cli = RunConcord("extract " + page_path + " --url https://x.example/a");
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  Result<std::string> api = api::Run(
      "extract",
      {{"articles", {{{"id", page_path}, {"url", "https://x.example/a"}, {"html", html}}}}});
  ASSERT_TRUE(api.ok()) << api.status().message();
  EXPECT_EQ(api.value(), cli.out);
}

TEST(ApiTest, PlainStringsAndHtmlAreArticles) {
  const json request = {
      {"articles",
       {"The council voted to close the bridge on Monday. Repairs will take a month.",
        {{"html",
          "<html><body><article><p>The bridge closes on Monday after a council vote, "
          "officials said. Repairs take a month.</p></article></body></html>"},
         {"url", "https://news.example/bridge"}}}},
      {"options", {{"format", "json"}}}};
  Result<std::string> out = api::Run("summarize", request);
  ASSERT_TRUE(out.ok()) << out.status().message();
  const json summary = json::parse(out.value());
  EXPECT_EQ(summary["id"], "story");
  EXPECT_FALSE(summary["sentences"].empty());
  EXPECT_EQ(api::MediaType("summarize", request), "application/json");
  EXPECT_EQ(api::MediaType("compare", {{"options", {{"format", "md"}}}}),
            "text/markdown; charset=utf-8");
  EXPECT_EQ(api::MediaType("quotes", json::object()), "text/plain; charset=utf-8");
}

// An integer id is read in decimal, as every JSON Lines reader reads it.
TEST(ApiTest, AnIntegerIdIsReadAsTheReadersReadIt) {
  const json request = {
      {"articles",
       {{{"id", 17}, {"text", "The council voted to close the bridge on Monday."}},
        {{"id", "b"}, {"text", "The bridge closes on Monday after a council vote."}}}},
      {"options", {{"format", "json"}}}};
  Result<std::string> out = api::Run("summarize", request);
  ASSERT_TRUE(out.ok()) << out.status().message();
  const json summary = json::parse(out.value());
  ASSERT_FALSE(summary["sentences"].empty());
  bool named = false;
  for (const json& sentence : summary["sentences"]) {
    for (const json& id : sentence["articles"]) named = named || id == "17";
  }
  EXPECT_TRUE(named) << summary.dump();
  Result<std::string> bad = api::Run(
      "summarize", {{"articles", {{{"id", 1.5}, {"text", "The council voted on Monday."}}}}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("field \"id\" must be a string or an integer"),
            std::string::npos)
      << bad.status().message();
}

// A .txt file's bytes ("file") are read as the command reads the file: the
// example's files sent this way give the command's bytes; the file's name
// names the outlet only when nothing else does.
TEST(ApiTest, TextFilesAreReadAsTheCommandReadsThem) {
  const std::string folder = std::string(CONCORD_SOURCE_DIR) + "/examples/harbor-bridge";
  json request = {{"id", "harbor-bridge"}, {"articles", json::array()}};
  for (const char* name : {"courier.txt", "ledger.txt", "wire.txt"}) {
    Result<std::string> bytes = io::ReadFile(folder + "/" + name);
    ASSERT_TRUE(bytes.ok()) << bytes.status().message();
    request["articles"].push_back({{"id", name}, {"name", name}, {"file", bytes.value()}});
  }
  Result<std::string> out = api::Run("summarize", request);
  ASSERT_TRUE(out.ok()) << out.status().message();
  const testing::CliResult cli = RunConcord("summarize " + folder);
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(out.value(), cli.out);

  const std::string plain = "Ferry crews repaired the ramp on Monday. Sailings resume today.";
  json named = {{"articles", {{{"file", plain}, {"name", "tide.txt"}}}},
                {"options", {{"format", "json"}}}};
  Result<std::string> by_name = api::Run("summarize", named);
  ASSERT_TRUE(by_name.ok()) << by_name.status().message();
  EXPECT_EQ(json::parse(by_name.value())["sentences"][0]["sources"][0], "tide");
  named["articles"][0]["source"] = "Tide Times";
  Result<std::string> by_source = api::Run("summarize", named);
  ASSERT_TRUE(by_source.ok()) << by_source.status().message();
  EXPECT_EQ(json::parse(by_source.value())["sentences"][0]["sources"][0], "Tide Times");
}

// Each bad request fails with InvalidArgument naming what is wrong.
TEST(ApiTest, BadRequestsNameTheProblem) {
  const json one = {"A sentence about the bridge. Another one about the vote."};
  const std::vector<std::pair<json, std::string>> cases = {
      {{{"articles", one}, {"options", {{"wrds", 5}}}}, "unknown option \"wrds\" for summarize"},
      {{{"articles", one}, {"options", {{"format", "xml"}}}},
       "--format must be text, md or json (got 'xml')"},
      {{{"articles", one}, {"options", {{"words", -3}}}}, "--words: must be a whole number"},
      {{{"articles", one}, {"options", {{"words", "ten"}}}}, "--words: must be a whole number"},
      {{{"articles", one}, {"options", {{"words", "10"}}}}, "(got the string \"10\")"},
      {{{"articles", one}, {"options", {{"words", 2.5}}}}, "(got '2.5')"},
      {{{"articles", one}, {"options", {{"duplicate-threshold", 2}}}},
       "--duplicate-threshold must be in (0, 1] (got 2)"},
      {{{"articles", one}, {"options", {{"words", 5}, {"bytes", 9}}}},
       "give one of --words, --bytes, --sentences"},
      {{{"articles", one}, {"options", {{"method", "nope"}}}}, "--method: unknown method 'nope'"},
      {{{"articles", one}, {"options", {{"set", {{"no_such", 1}}}}}}, "no_such"},
      {{{"articles", one}, {"options", {{"sources", "A,B"}}}}, "--sources gives 2 names"},
      {{{"articles", one}, {"options", {{"sources", ","}}}}, "--sources: name 1 of 1 is empty"},
      {{{"articles", one}, {"options", 3}}, "\"options\" must be an object"},
      {{{"articles", "text"}}, "\"articles\" must be an array"},
      {{{"articles", json::array()}}, "\"articles\" is empty"},
      {{{"articles", {42}}}, "articles:1: must be a string or an object"},
      {{{"articles", {{{"text", 1}}}}}, "articles:1: field \"text\" must be a string"},
      {{{"articles", {{{"txt", "x"}}}}}, "articles:1: unknown field \"txt\""},
      {{{"articles", {{{"text", "a"}, {"html", "b"}}}}},
       "give one of \"text\", \"html\" and \"file\""},
      {{{"articles", {{{"name", "a.txt"}}}}}, "give one of \"text\", \"html\" and \"file\""},
      {{{"articles", {{{"file", "---\nsource: X\nThe bridge closed.\n"}, {"name", "a.txt"}}}}},
       "articles:1: a.txt:3: front matter line needs 'field: value'"},
      {{{"articles", {"   "}}}, "articles:1: empty article"},
      {{{"articles", one}, {"extra", 1}}, "unknown field \"extra\""},
  };
  for (const auto& [request, expected] : cases) {
    SCOPED_TRACE(request.dump());
    Result<std::string> out = api::Run("summarize", request);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(out.status().message().find(expected), std::string::npos) << out.status().message();
  }
  EXPECT_FALSE(api::Run("nosuch", {{"articles", one}}).ok());
  EXPECT_FALSE(api::Run("compare", {{"articles", one}, {"options", {{"threshold", 0}}}}).ok());
  EXPECT_FALSE(api::Run("split", {{"text", 5}}).ok());
  EXPECT_FALSE(api::Run("extract", {{"articles", {{{"text", "x"}}}}}).ok());
}

// An article with nothing to name it is "article N" (s29: a plain string
// was the outlet "articles:1", its id); one with an id keeps the id.
TEST(ApiTest, APlainStringIsTheOutletArticleN) {
  const std::string text = "The ferry left late on Tuesday after a storm, the operator said.";
  Result<Cluster> story =
      api::ReadStory({{"articles", {text, {{"text", text}}, {{"id", "x7"}, {"text", text}}}}});
  ASSERT_TRUE(story.ok()) << story.status().message();
  EXPECT_EQ(OutletName(story.value().articles[0], 0), "article 1");
  EXPECT_EQ(OutletName(story.value().articles[1], 1), "article 2");
  EXPECT_EQ(OutletName(story.value().articles[2], 2), "x7");
  EXPECT_EQ(story.value().articles[0].id, "articles:1");
  Result<Cluster> left = api::ReadStory({{"articles", {text}}}, /*number_unnamed=*/false);
  ASSERT_TRUE(left.ok());
  EXPECT_EQ(left.value().articles[0].source, "");
}

// Invalid UTF-8 is repaired and said, as the command line's readers do
// (s29: one byte made the whole body "invalid JSON").
TEST(ApiTest, ParseRequestRepairsInvalidUtf8) {
  std::vector<std::string> warnings;
  Result<json> request = api::ParseRequest("{\"articles\":[\"caf\xE9 au lait\"]}", &warnings);
  ASSERT_TRUE(request.ok()) << request.status().message();
  EXPECT_EQ(request.value()["articles"][0], "caf\xEF\xBF\xBD au lait");
  EXPECT_EQ(warnings,
            std::vector<std::string>{"request: replaced 1 invalid UTF-8 sequence(s) with U+FFFD"});
}

TEST(ApiTest, ParseRequestRefusesWhatIsNotAnObject) {
  EXPECT_TRUE(api::ParseRequest(R"({"articles":[]})").ok());
  EXPECT_EQ(api::ParseRequest("{\"a\":").status().code(), StatusCode::kParseError);
  EXPECT_EQ(api::ParseRequest("[1,2]").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(api::ParseRequest("\xff\xfe").status().code(), StatusCode::kParseError);
  EXPECT_EQ(api::ParseRequest(std::string(100000, '[')).status().code(), StatusCode::kParseError);
}

}  // namespace
}  // namespace concord
