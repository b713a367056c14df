// `concord serve` as a real process on loopback with a real SQLite file:
// every route, CLI == API bytes, idempotent posts, restarts, bad requests
// (the server answers /healthz after each) and the token.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "cli/cli_runner.h"
#include "concord/io.h"
#include "serve/server_process.h"
#include "testing/temp_dir.h"

namespace concord {
namespace {

using nlohmann::json;
using testing::ServerProcess;
using testing::TempDir;

// The bundled example story as JSON articles.
json ExampleArticles() {
  Result<io::Inputs> in =
      io::ReadInputs({std::string(CONCORD_SOURCE_DIR) + "/examples/harbor-bridge"});
  EXPECT_TRUE(in.ok());
  json articles = json::array();
  if (!in.ok()) return articles;
  for (const Article& a : in.value().clusters[0].articles) {
    articles.push_back({{"id", a.id},
                        {"source", a.source},
                        {"url", a.url},
                        {"title", a.title},
                        {"published", a.published},
                        {"text", a.text}});
  }
  return articles;
}

httplib::Result Post(httplib::Client& client, const std::string& path, const json& body) {
  return client.Post(path.c_str(), body.dump(), "application/json");
}

void ExpectError(const httplib::Result& res, int status, const std::string& code) {
  ASSERT_TRUE(res) << "no response";
  EXPECT_EQ(res->status, status) << res->body;
  const json body = json::parse(res->body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << res->body;
  EXPECT_EQ(body["error"]["code"], code) << res->body;
  EXPECT_TRUE(body["error"]["message"].is_string());
}

void ExpectHealthy(httplib::Client& client) {
  const httplib::Result res = client.Get("/healthz");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

TEST(ServerTest, StatelessRoutesAnswerWhatTheCliPrints) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const json articles = ExampleArticles();
  std::string lines;
  for (const json& a : articles) lines += a.dump() + "\n";
  const std::string path = dir.Write("story.jsonl", lines);
  for (const std::string command : {"summarize", "compare", "quotes"}) {
    for (const std::string format : {"json", "md", "text"}) {
      SCOPED_TRACE(command + " " + format);
      const testing::CliResult cli =
          testing::RunConcord(command + " " + path + " --format " + format);
      ASSERT_EQ(cli.exit_code, 0) << cli.err;
      const httplib::Result res =
          Post(client, "/v1/" + command,
               {{"id", "story.jsonl"}, {"articles", articles}, {"options", {{"format", format}}}});
      ASSERT_TRUE(res);
      EXPECT_EQ(res->status, 200) << res->body;
      EXPECT_EQ(res->body, cli.out);
      const std::string type = res->get_header_value("Content-Type");
      EXPECT_EQ(type.substr(0, 9), format == "json" ? "applicati"
                                   : format == "md" ? "text/mark"
                                                    : "text/plai");
    }
  }
  const httplib::Result page =
      Post(client, "/v1/extract",
           {{"articles",
             {{{"html",
                "<html><body><article><p>The ferry left late again on "
                "Tuesday, the operator said.</p></article></body></html>"}}}}});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("ferry left late"), std::string::npos);
}

TEST(ServerTest, ArticlesFormStoriesIdempotentlyAndSurviveARestart) {
  TempDir dir;
  const std::string db = dir.Path("c.db");
  std::string story;
  {
    ServerProcess server(db);
    ASSERT_GT(server.port(), 0) << server.line();
    httplib::Client client = server.Client();
    const httplib::Result first = Post(client, "/v1/articles", {{"articles", ExampleArticles()}});
    ASSERT_TRUE(first);
    ASSERT_EQ(first->status, 200) << first->body;
    const json added = json::parse(first->body);
    ASSERT_EQ(added["articles"].size(), 3u);
    story = added["articles"][0]["story"];
    for (const json& a : added["articles"]) {
      EXPECT_EQ(a["story"], story);  // one event, one story
      EXPECT_EQ(a["existed"], false);
    }
    const httplib::Result again = Post(client, "/v1/articles", {{"articles", ExampleArticles()}});
    ASSERT_TRUE(again);
    const json repeated = json::parse(again->body);
    for (size_t i = 0; i < 3; ++i) {
      EXPECT_EQ(repeated["articles"][i]["id"], added["articles"][i]["id"]);
      EXPECT_EQ(repeated["articles"][i]["existed"], true);
    }
    EXPECT_EQ(server.Stop(), 0);
  }
  ServerProcess server(db);
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const httplib::Result list = client.Get("/v1/stories?order=widest&limit=5");
  ASSERT_TRUE(list);
  ASSERT_EQ(list->status, 200) << list->body;
  const json stories = json::parse(list->body);
  EXPECT_EQ(stories["total"], 1);
  ASSERT_EQ(stories["stories"].size(), 1u);
  EXPECT_EQ(stories["stories"][0]["id"], story);
  EXPECT_EQ(stories["stories"][0]["articles"], 3);
  EXPECT_EQ(stories["stories"][0]["sources"].size(), 3u);
  const httplib::Result detail = client.Get(("/v1/stories/" + story).c_str());
  ASSERT_TRUE(detail);
  ASSERT_EQ(detail->status, 200);
  const json full = json::parse(detail->body);
  EXPECT_EQ(full["articles"].size(), 3u);
  EXPECT_FALSE(full["summary"]["sentences"].empty());
  EXPECT_TRUE(full["compare"]["shared"].is_array());
  EXPECT_TRUE(full["quotes"]["quotes"].is_array());
  // A different event after the restart is a new story, not a reused id.
  const httplib::Result other = Post(
      client, "/v1/articles",
      {{"articles", json::array({{{"url", "https://other.example/volcano"},
                                  {"text",
                                   "A volcano on the northern island erupted overnight, sending "
                                   "ash over three villages. Flights were cancelled across the "
                                   "region."}}})}});
  ASSERT_TRUE(other);
  ASSERT_EQ(other->status, 200) << other->body;
  const json added = json::parse(other->body);
  EXPECT_NE(added["articles"][0]["story"], story);
  // Deleting its only article removes the story.
  const std::string id = added["articles"][0]["id"];
  const httplib::Result removed = client.Delete(("/v1/articles/" + id).c_str());
  ASSERT_TRUE(removed);
  EXPECT_EQ(removed->status, 200) << removed->body;
  ExpectError(
      client.Get(("/v1/stories/" + added["articles"][0]["story"].get<std::string>()).c_str()), 404,
      "not_found");
  ExpectError(client.Delete(("/v1/articles/" + id).c_str()), 404, "not_found");
  const httplib::Result metrics = client.Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("concord_requests_total{route=\"/v1/articles\",code=\"200\"} 1"),
            std::string::npos)
      << metrics->body;
  EXPECT_NE(metrics->body.find("concord_articles 3"), std::string::npos);
  EXPECT_NE(metrics->body.find("concord_stories 1"), std::string::npos);
}

TEST(ServerTest, BadRequestsGetJsonErrorsAndTheServerKeepsServing) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  ExpectError(client.Post("/v1/summarize", "{\"articles\":", "application/json"), 400,
              "bad_request");
  ExpectHealthy(client);
  ExpectError(Post(client, "/v1/summarize", {{"articles", {{{"text", 3}}}}}), 400, "bad_request");
  ExpectError(Post(client, "/v1/summarize", {{"articles", {"x y z."}}, {"options", {{"wrds", 1}}}}),
              400, "bad_request");
  ExpectError(Post(client, "/v1/articles", {{"articles", json::array()}}), 400, "bad_request");
  ExpectError(client.Post("/v1/summarize", "\xff\xfe{", "application/json"), 400, "bad_request");
  ExpectHealthy(client);
  ExpectError(client.Post("/v1/summarize", "{}", "text/plain"), 415, "unsupported_media_type");
  ExpectError(client.Get("/v1/nothing"), 404, "not_found");
  const httplib::Result page = client.Get("/");  // the web page
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type").substr(0, 9), "text/html");
  ExpectError(client.Get("/../etc/passwd"), 404, "not_found");
  ExpectError(client.Get("/missing.js"), 404, "not_found");
  ExpectError(client.Get("/v1/summarize"), 405, "method_not_allowed");
  ExpectError(client.Delete("/v1/stories"), 405, "method_not_allowed");
  ExpectError(client.Get("/v1/stories?order=oldest"), 400, "bad_request");
  ExpectError(client.Get("/v1/stories?limit=-1"), 400, "bad_request");
  ExpectError(client.Get("/v1/stories/nope"), 404, "not_found");
  const std::string huge = "{\"articles\":[\"" + std::string((size_t{32} << 20) + 16, 'a') + "\"]}";
  const httplib::Result big = client.Post("/v1/summarize", huge, "application/json");
  if (big) ExpectError(big, 413, "payload_too_large");  // or the server closed the connection
  ExpectHealthy(client);
}

TEST(ServerTest, TokenGuardsWrites) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"), {"--token", "s3cret"});
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const json body = {{"articles", {"The bridge closed on Monday after a crack was found."}}};
  ExpectError(Post(client, "/v1/summarize", body), 401, "unauthorized");
  ExpectError(Post(client, "/v1/articles", body), 401, "unauthorized");
  client.set_bearer_token_auth("wrong");
  ExpectError(Post(client, "/v1/articles", body), 401, "unauthorized");
  client.set_bearer_token_auth("s3cret");
  const httplib::Result ok = Post(client, "/v1/summarize", body);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  httplib::Client reader = server.Client();
  const httplib::Result list = reader.Get("/v1/stories");
  ASSERT_TRUE(list);
  EXPECT_EQ(list->status, 200);
}

// SIGTERM while articles are being posted: every article the server
// acknowledged is in the store after a restart.
TEST(ServerTest, StoppingDuringIngestLosesNoAcknowledgedArticle) {
  TempDir dir;
  const std::string db = dir.Path("c.db");
  std::atomic<int> acknowledged{0};
  {
    ServerProcess server(db);
    ASSERT_GT(server.port(), 0) << server.line();
    std::thread poster([&] {
      httplib::Client client = server.Client();
      for (int i = 0; i < 200; ++i) {
        const std::string text = "Report number " + std::to_string(i) + " says the harbor crane " +
                                 std::to_string(i * 7) + " was moved to pier " +
                                 std::to_string(i % 13) + " on Monday.";
        const httplib::Result res =
            Post(client, "/v1/articles",
                 {{"articles", {{{"id", "r" + std::to_string(i)}, {"text", text}}}}});
        if (!res || res->status != 200) break;
        ++acknowledged;
      }
    });
    while (acknowledged < 5) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    EXPECT_EQ(server.Stop(), 0);
    poster.join();
  }
  ServerProcess server(db);
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const httplib::Result metrics = client.Get("/metrics");
  ASSERT_TRUE(metrics);
  const std::string key = "\nconcord_articles ";  // the sample, not its TYPE line
  const size_t at = metrics->body.find(key);
  ASSERT_NE(at, std::string::npos);
  const int stored = std::stoi(metrics->body.substr(at + key.size()));
  EXPECT_GE(stored, acknowledged.load());
  EXPECT_LE(stored, acknowledged.load() + 1);  // at most the one in flight
}

TEST(ServerTest, AnUnusableStoreIsOneLineAndExitTwo) {
  TempDir dir;
  const std::string folder = dir.Path("sub");
  const testing::CliResult result = testing::RunConcord("serve --port 0 --db " + dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("concord serve: --db: "), std::string::npos) << result.err;
  const testing::CliResult port = testing::RunConcord("serve --port 70000");
  EXPECT_EQ(port.exit_code, 2);
  EXPECT_NE(port.err.find("--port"), std::string::npos) << port.err;
}

}  // namespace
}  // namespace concord
