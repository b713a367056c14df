// `concord serve` as a real process on loopback with a real SQLite file:
// every route, CLI == API bytes, idempotent posts, restarts, bad requests
// (the server answers /healthz after each) and the token.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "cli/cli_runner.h"
#include "serve/example_story.h"
#include "serve/server_process.h"
#include "testing/temp_dir.h"

namespace concord {
namespace {

using nlohmann::json;
using testing::ExampleArticles;
using testing::Post;
using testing::ServerProcess;
using testing::TempDir;

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

// A story of `count` articles of about 300 words each, all on one event.
json BigStory(int count) {
  json articles = json::array();
  for (int i = 0; i < count; ++i) {
    std::string text;
    for (int s = 0; s < 20; ++s) {
      text += "Inspectors counted " + std::to_string(i * 20 + s) +
              " cracks in the harbor bridge cables on Monday, the council said in report " +
              std::to_string(s) + ". ";
    }
    articles.push_back({{"id", "big" + std::to_string(i)},
                        {"source", "Outlet " + std::to_string(i % 9)},
                        {"text", text}});
  }
  return articles;
}

// Connects to the server and sends the head of a POST whose body never
// comes: a worker waits for it until --read-timeout or until Close().
class SlowUpload {
 public:
  explicit SlowUpload(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) return;
    const std::string head =
        "POST /v1/summarize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: 1000\r\n\r\n{\"articles\":";
    sent_ = send(fd_, head.data(), head.size(), 0) == static_cast<ssize_t>(head.size());
  }
  ~SlowUpload() { Close(); }
  bool sent() const { return sent_; }
  void Close() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
  bool sent_ = false;
};

// --threads 1 --queue 1 with the one worker held by a slow upload: one
// request may wait in the queue, the others are answered 503 "overloaded"
// at once; every request gets an answer and the server serves afterwards.
TEST(ServerTest, ExcessLoadIsRefusedWith503NotQueued) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"), {"--threads", "1", "--queue", "1"});
  ASSERT_GT(server.port(), 0) << server.line();
  SlowUpload slow(server.port());
  ASSERT_TRUE(slow.sent());
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // the worker takes it
  constexpr int kRequests = 6;
  std::vector<std::optional<httplib::Result>> results(kRequests);
  std::atomic<int> answered{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < kRequests; ++i) {
    clients.emplace_back([&, i] {
      httplib::Client client = server.Client();
      results[i].emplace(
          Post(client, "/v1/summarize", {{"articles", {"The bridge closed on Monday."}}}));
      ++answered;
    });
  }
  // The refused ones answer while the worker is still held.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(4);
  while (answered < kRequests - 1 && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_GE(answered.load(), kRequests - 1);
  slow.Close();  // frees the worker for the queued request
  for (std::thread& t : clients) t.join();
  int refused = 0;
  int served = 0;
  for (const std::optional<httplib::Result>& answer : results) {
    ASSERT_TRUE(answer.has_value());
    const httplib::Result& res = *answer;
    ASSERT_TRUE(res) << "a request got no answer";
    if (res->status == 200) {
      ++served;
      continue;
    }
    ExpectError(res, 503, "overloaded");
    EXPECT_EQ(res->get_header_value("Retry-After"), "1");
    EXPECT_EQ(res->get_header_value("Connection"), "close");
    ++refused;
  }
  EXPECT_GE(refused, kRequests - 1);
  EXPECT_LE(served, 1);
  httplib::Client client = server.Client();
  ExpectHealthy(client);
  const httplib::Result after =
      Post(client, "/v1/summarize", {{"articles", {"A ferry sailed across the bay."}}});
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 200) << after->body;
}

// --timeout: a summarize, compare or quotes request past it is a 503
// "timeout", and the server keeps serving.
TEST(ServerTest, ARequestPastTheTimeLimitIs503Timeout) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"), {"--timeout", "0.001"});
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const json story = BigStory(60);
  for (const std::string command : {"summarize", "compare", "quotes"}) {
    SCOPED_TRACE(command);
    const httplib::Result res = Post(client, "/v1/" + command, {{"articles", story}});
    ExpectError(res, 503, "timeout");
    if (res) {
      EXPECT_EQ(res->get_header_value("Retry-After"), "1");
    }
    ExpectHealthy(client);
  }
  ExpectError(Post(client, "/v1/summarize", {{"articles", {"x"}}, {"options", {{"wrds", 1}}}}), 400,
              "bad_request");  // bad input is still a 400
  const testing::CliResult bad = testing::RunConcord("serve --port 0 --timeout nan");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--timeout"), std::string::npos) << bad.err;
}

// An article that copies a stored one names it in "duplicate_of"; after
// the stored one is deleted, a copy of it neither names it nor joins its
// old story (the grouper forgot it).
TEST(ServerTest, CopiesNameTheirOriginalUntilItIsDeleted) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const json example = ExampleArticles();
  ASSERT_FALSE(example.empty());
  const std::string text = example[0]["text"];
  auto post_one = [&](const std::string& id, const std::string& source) {
    const httplib::Result res = Post(
        client, "/v1/articles", {{"articles", {{{"id", id}, {"source", source}, {"text", text}}}}});
    EXPECT_TRUE(res && res->status == 200) << (res ? res->body : "no response");
    const json body = res ? json::parse(res->body, nullptr, false) : json();
    return body.is_object() ? body["articles"][0] : json::object();
  };
  const json original = post_one("orig", "Gazette");
  EXPECT_FALSE(original.contains("duplicate_of"));
  const json copy = post_one("copy", "Herald");
  EXPECT_EQ(copy.value("duplicate_of", ""), "orig");
  EXPECT_EQ(copy["story"], original["story"]);
  for (const std::string id : {"orig", "copy"}) {
    const httplib::Result removed = client.Delete(("/v1/articles/" + id).c_str());
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->status, 200) << removed->body;
  }
  const json again = post_one("again", "Courier");
  EXPECT_FALSE(again.contains("duplicate_of")) << again.dump();
  EXPECT_NE(again["story"], original["story"]);
}

// SIGTERM while batches of articles are being posted: every article the
// server acknowledged is in the store after a restart (a batch is one
// transaction: all of it or none).
TEST(ServerTest, StoppingDuringIngestLosesNoAcknowledgedArticle) {
  TempDir dir;
  const std::string db = dir.Path("c.db");
  constexpr int kBatch = 3;
  std::atomic<int> acknowledged{0};
  {
    ServerProcess server(db);
    ASSERT_GT(server.port(), 0) << server.line();
    std::thread poster([&] {
      httplib::Client client = server.Client();
      for (int i = 0; i < 200; ++i) {
        json batch = json::array();
        for (int j = 0; j < kBatch; ++j) {
          const int n = i * kBatch + j;
          const std::string text = "Report number " + std::to_string(n) +
                                   " says the harbor crane " + std::to_string(n * 7) +
                                   " was moved to pier " + std::to_string(n % 13) + " on Monday.";
          batch.push_back({{"id", "r" + std::to_string(n)}, {"text", text}});
        }
        const httplib::Result res = Post(client, "/v1/articles", {{"articles", batch}});
        if (!res || res->status != 200) break;
        acknowledged += kBatch;
      }
    });
    while (acknowledged < 5 * kBatch) std::this_thread::sleep_for(std::chrono::milliseconds(5));
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
  EXPECT_EQ(stored % kBatch, 0);                    // whole batches only
  EXPECT_LE(stored, acknowledged.load() + kBatch);  // at most the batch in flight
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
