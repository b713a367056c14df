// `concord serve` against what the s29 hostile pass found: a Range header
// cut a JSON answer and kept 200; an update of a stored article was
// silently dropped; one invalid UTF-8 byte made a body "invalid JSON";
// articles were numbered from 0 and from 1 in one route's messages; ids
// "." and ".." could not be deleted; untitled stories were cut mid-word;
// an article without source was shown by its hash id. A real server on
// loopback, as the other serve tests.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "serve/example_story.h"
#include "serve/server_process.h"
#include "testing/temp_dir.h"

namespace concord {
namespace {

using nlohmann::json;
using testing::Post;
using testing::ServerProcess;
using testing::TempDir;

const char kBridge[] =
    "The harbor bridge closed on Monday for urgent repairs to its main cables after engineers "
    "found corrosion during a routine inspection of the deck last week.";

json Body(const httplib::Result& res) {
  return res ? json::parse(res->body, nullptr, false) : json();
}

// Every answer is a whole document: a valid Range is ignored (it was a cut
// body, 200 with Content-Range), on a GET and on a POST route.
TEST(ServeHostilePass, ARangeHeaderIsIgnored) {
  TempDir dir;
  ServerProcess server(dir.Path("r.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  for (const std::string range : {"bytes=0-5", "bytes=100-200", "bytes=2-3,5-6"}) {
    SCOPED_TRACE(range);
    const httplib::Result health = client.Get("/healthz", {{"Range", range}});
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    EXPECT_EQ(health->body, "{\"status\":\"ok\"}\n");
    EXPECT_FALSE(health->has_header("Content-Range"));
    const httplib::Result summary =
        client.Post("/v1/summarize", {{"Range", range}}, json{{"articles", {kBridge}}}.dump(),
                    "application/json");
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->status, 200);
    EXPECT_NE(summary->body.find("corrosion"), std::string::npos) << summary->body;
    EXPECT_FALSE(summary->has_header("Content-Range"));
  }
  // No answer offers ranges (a HEAD said "Accept-Ranges: bytes").
  const httplib::Result head = client.Head("/healthz");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->get_header_value("Accept-Ranges"), "none");
  const httplib::Result get = client.Get("/healthz");
  ASSERT_TRUE(get);
  EXPECT_EQ(get->get_header_value("Accept-Ranges"), "none");
}

// An outlet's update (same id, new text and time) replaces the stored
// article and its story's summary; the same article again changes nothing.
TEST(ServeHostilePass, ReplacingAnArticleUpdatesItsStory) {
  TempDir dir;
  const std::string db = dir.Path("u.db");
  json first = {{"id", "up1"},
                {"source", "Alpha"},
                {"published", "2031-03-14T08:00:00Z"},
                {"text",
                 "A fire at a chemical plant in Ludwigshafen killed 12 people on Tuesday, the "
                 "police said. The cause is not yet known."}};
  json update = first;
  update["published"] = "2031-03-14T10:00:00Z";
  update["text"] =
      "A fire at a chemical plant in Ludwigshafen killed 14 people on Tuesday, the police said. "
      "Investigators blamed a faulty valve.";
  std::string story;
  {
    ServerProcess server(db);
    ASSERT_GT(server.port(), 0) << server.line();
    httplib::Client client = server.Client();
    const json added = Body(Post(client, "/v1/articles", {{"articles", {first}}}));
    ASSERT_TRUE(added.is_object());
    story = added["articles"][0]["story"];
    const json same = Body(Post(client, "/v1/articles", {{"articles", {first}}}));
    EXPECT_EQ(same["articles"][0]["existed"], true);
    EXPECT_EQ(same["articles"][0]["replaced"], false);
    const json replaced = Body(Post(client, "/v1/articles", {{"articles", {update}}}));
    ASSERT_TRUE(replaced.is_object());
    EXPECT_EQ(replaced["articles"][0]["existed"], true);
    EXPECT_EQ(replaced["articles"][0]["replaced"], true);
    EXPECT_EQ(replaced["articles"][0]["story"], story);  // it was alone: the story keeps its id
    EXPECT_EQ(server.Stop(), 0);
  }
  ServerProcess server(db);  // what the answer said is on disk
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const json full = Body(client.Get(("/v1/stories/" + story).c_str()));
  ASSERT_TRUE(full.is_object());
  ASSERT_EQ(full["articles"].size(), 1u) << full.dump();
  EXPECT_EQ(full["articles"][0]["published"], "2031-03-14T10:00:00Z");
  const std::string summary = full["summary"].dump();
  EXPECT_NE(summary.find("14 people"), std::string::npos) << summary;
  EXPECT_EQ(summary.find("12 people"), std::string::npos) << summary;
  const json list = Body(client.Get("/v1/stories"));
  EXPECT_EQ(list["total"], 1) << list.dump();
}

// One invalid byte is repaired (U+FFFD) and said, on both kinds of route,
// as the command line repairs it; it was "request: invalid JSON".
TEST(ServeHostilePass, InvalidUtf8IsRepairedAndSaid) {
  TempDir dir;
  ServerProcess server(dir.Path("x.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const std::string text =
      "The bridge closed on Monday for repairs \xE9 to the main cables of the city.";
  const std::string body = "{\"articles\":[\"" + text + "\"]}";
  const httplib::Result summary = client.Post("/v1/summarize", body, "application/json");
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->status, 200) << summary->body;
  EXPECT_NE(summary->body.find("repairs \xEF\xBF\xBD to"), std::string::npos) << summary->body;
  EXPECT_EQ(summary->get_header_value("X-Concord-Warning"),
            "request: replaced 1 invalid UTF-8 sequence(s) with U+FFFD");
  const httplib::Result stored = client.Post("/v1/articles", body, "application/json");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, 200) << stored->body;
  EXPECT_EQ(Body(stored)["warnings"],
            json({"request: replaced 1 invalid UTF-8 sequence(s) with U+FFFD"}));
}

// Every message names an article "articles:N", N from 1 (the command
// line's file:line); "." and ".." are refused as "/" is.
TEST(ServeHostilePass, ArticlesAreNumberedOneWayAndDotIdsAreRefused) {
  TempDir dir;
  ServerProcess server(dir.Path("n.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const json fine = {{"id", "fine"}, {"text", kBridge}};
  const auto message = [&](const json& second) {
    const json answer = Body(Post(client, "/v1/articles", {{"articles", {fine, second}}}));
    return answer.is_object() ? answer["error"].value("message", "") : std::string();
  };
  EXPECT_EQ(message({{"id", "b"}, {"text", " "}}).rfind("articles:2: empty article", 0), 0u);
  EXPECT_EQ(message({{"id", "a/b"}, {"text", kBridge}}).rfind("articles:2: field \"id\"", 0), 0u);
  EXPECT_EQ(message({{"id", "b"}, {"published", "soon"}, {"text", kBridge}})
                .rfind("articles:2: field \"published\"", 0),
            0u);
  EXPECT_EQ(message({{"id", "b"}, {"txt", "x"}}).rfind("articles:2: unknown field", 0), 0u);
  for (const std::string id : {".", ".."}) {
    const std::string said = message({{"id", id}, {"text", kBridge}});
    EXPECT_EQ(said.rfind("articles:2: field \"id\" must not be '" + id + "'", 0), 0u) << said;
  }
  EXPECT_EQ(Body(client.Get("/v1/stories"))["total"], 0);
}

// A story without a title is named by its first line cut after a whole
// word, with "…"; an article with no source, url or id is "article N" by
// its place in the story, not its hash id.
TEST(ServeHostilePass, UntitledStoriesAndUnnamedOutletsReadWell) {
  TempDir dir;
  ServerProcess server(dir.Path("t.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const json articles = {
      {{"source", "Alpha"}, {"text", kBridge}},
      {{"text",
        "The harbor bridge closed on Monday for urgent repairs to its main cables, the city said "
        "on Monday evening."}}};
  const json added = Body(Post(client, "/v1/articles", {{"articles", articles}}));
  ASSERT_TRUE(added.is_object());
  const std::string story = added["articles"][0]["story"];
  ASSERT_EQ(added["articles"][1]["story"], story);
  const json list = Body(client.Get("/v1/stories"));
  ASSERT_EQ(list["stories"].size(), 1u) << list.dump();
  const std::string title = list["stories"][0]["title"];
  EXPECT_EQ(title,
            "The harbor bridge closed on Monday for urgent repairs to its main cables after "
            "engineers found corrosion during a\xE2\x80\xA6");
  EXPECT_EQ(list["stories"][0]["sources"], json({"Alpha", "article 2"}));
  const json full = Body(client.Get(("/v1/stories/" + story).c_str()));
  EXPECT_EQ(full["articles"][1]["source"], "article 2");
  ASSERT_TRUE(full["summary"].is_object()) << full.dump();
  for (const json& sentence : full["summary"]["sentences"]) {
    for (const json& outlet : sentence["sources"]) {
      EXPECT_EQ(outlet.get<std::string>().rfind("a-", 0), std::string::npos) << sentence.dump();
    }
  }
}

}  // namespace
}  // namespace concord
