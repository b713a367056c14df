// `concord serve` against requests a hostile user sent (s28): chunked
// bodies over the limit, integer ids, ids with "/", and statuses that got
// the wrong class or an undocumented code. A real server on loopback; raw
// sockets where httplib's client would not send the bytes.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>

#include "serve/example_story.h"
#include "serve/server_process.h"
#include "testing/temp_dir.h"

namespace concord {
namespace {

using nlohmann::json;
using testing::Post;
using testing::ServerProcess;
using testing::TempDir;

constexpr size_t kMaxBody = size_t{32} << 20;  // ServeOptions::max_body

// Sends `head`, then (when `chunked_bytes` > 0) a chunked body of that many
// bytes and its last chunk, then `after`, on one connection; returns every
// byte the server sent until it closed the connection (or 30 s passed).
// Sending stops at the first failure, as when the server has closed.
std::string Exchange(int port, const std::string& head, size_t chunked_bytes = 0,
                     const std::string& after = "") {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
    close(fd);
    return "";
  }
  timeval timeout{30, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
  std::thread writer([&] {
    auto put = [fd](const std::string& bytes) {
      return send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) ==
             static_cast<ssize_t>(bytes.size());
    };
    if (!put(head)) return;
    if (chunked_bytes > 0) {
      const std::string chunk = "10000\r\n" + std::string(0x10000, 'a') + "\r\n";
      for (size_t sent = 0; sent < chunked_bytes; sent += 0x10000) {
        if (!put(chunk)) return;
      }
      if (!put("0\r\n\r\n")) return;
    }
    put(after);
  });
  std::string received;
  char buffer[65536];
  for (;;) {
    const ssize_t n = recv(fd, buffer, sizeof(buffer), 0);
    if (n <= 0) break;
    received.append(buffer, static_cast<size_t>(n));
  }
  shutdown(fd, SHUT_RDWR);
  writer.join();
  close(fd);
  return received;
}

// The number of responses in `received` (status lines).
int Responses(const std::string& received) {
  int count = 0;
  for (size_t at = received.find("HTTP/1.1 "); at != std::string::npos;
       at = received.find("HTTP/1.1 ", at + 1)) {
    ++count;
  }
  return count;
}

// The status and the error code of the first response in `received`.
std::pair<int, std::string> FirstAnswer(const std::string& received) {
  if (received.rfind("HTTP/1.1 ", 0) != 0) return {0, "no response: " + received};
  const int status = std::stoi(received.substr(9, 3));
  const size_t body = received.find("\r\n\r\n");
  const json error = json::parse(received.substr(body + 4), nullptr, false, true);
  // The body is followed by nothing else when the connection was closed.
  if (!error.is_object()) return {status, received.substr(body + 4)};
  return {status, error["error"].value("code", "")};
}

const char kPostHead[] =
    "POST /v1/summarize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
const char kPipelined[] = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

void ExpectHealthy(const ServerProcess& server) {
  httplib::Client client = server.Client();
  const httplib::Result res = client.Get("/healthz");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

// httplib 0.11 applies its payload limit only to a body with
// Content-Length; a chunked one it read whole (37 MB answered 200, 159 MB
// took the server to 4.4 GB). Now 413, the body read no further than the
// limit, and the connection closed: a request sent after the body is not
// answered (it would be taken from the unread rest of the body).
TEST(ServeRequestEdges, AChunkedBodyOverTheLimitIs413AndClosesTheConnection) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  const std::string head = std::string(kPostHead) + "Transfer-Encoding: chunked\r\n\r\n";
  const std::string over = Exchange(server.port(), head, kMaxBody + 0x10000, kPipelined);
  EXPECT_EQ(FirstAnswer(over), std::make_pair(413, std::string("payload_too_large")));
  EXPECT_EQ(Responses(over), 1) << over.substr(0, 600);
  // A small chunked body is read as before.
  const std::string body =
      R"({"articles":["The bridge closed on Monday after a crack was found."]})";
  std::ostringstream chunk;
  chunk << std::hex << body.size() << "\r\n" << body << "\r\n0\r\n\r\n";
  const std::string small = Exchange(
      server.port(), std::string(kPostHead) +
                         "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunk.str());
  EXPECT_EQ(small.rfind("HTTP/1.1 200", 0), 0u) << small.substr(0, 300);
  ExpectHealthy(server);
}

// A request refused before its body is read (415 here) closes its
// connection too, and a DELETE or GET with a body is refused.
TEST(ServeRequestEdges, AnAnswerBeforeTheBodyIsReadClosesTheConnection) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  const std::string pipelined = kPipelined;  // the body is a request
  const std::string refused =
      Exchange(server.port(),
               "POST /v1/summarize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
               "Content-Length: " +
                   std::to_string(pipelined.size()) + "\r\n\r\n" + pipelined);
  EXPECT_EQ(FirstAnswer(refused), std::make_pair(415, std::string("unsupported_media_type")));
  EXPECT_EQ(Responses(refused), 1) << refused;
  for (const std::string method : {"DELETE /v1/articles/x", "GET /v1/stories"}) {
    const std::string answer = Exchange(
        server.port(),
        method + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n", 0x10000);
    EXPECT_EQ(FirstAnswer(answer), std::make_pair(400, std::string("bad_request"))) << method;
    EXPECT_EQ(Responses(answer), 1) << answer.substr(0, 600);
  }
  ExpectHealthy(server);
}

// POST /v1/articles named an article with an integer id "a-<hash>" (the
// same text with another integer id "existed"), while the CLI and
// /v1/summarize keep the digits.
TEST(ServeRequestEdges, AnIntegerIdIsKeptAsItsDigits) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const std::string text =
      "Rivertown voters approved a new library tax on Tuesday by a wide margin, officials said.";
  for (const int id : {77, 78}) {
    const httplib::Result res = Post(
        client, "/v1/articles", {{"articles", {{{"id", id}, {"source", "Int"}, {"text", text}}}}});
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json added = json::parse(res->body)["articles"][0];
    EXPECT_EQ(added["id"], std::to_string(id));
    EXPECT_EQ(added["existed"], false);
  }
  const httplib::Result removed = client.Delete("/v1/articles/77");
  ASSERT_TRUE(removed);
  EXPECT_EQ(removed->status, 200) << removed->body;
}

// An id with "/" was stored but could never be deleted (httplib decodes
// "%2F" before routing): POST /v1/articles refuses it, naming the article,
// and stores nothing of the batch.
TEST(ServeRequestEdges, AnIdWithASlashIsRefusedNamingTheArticle) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const json articles = {
      {{"id", "fine"}, {"text", "The harbor bridge was closed on Thursday after a crack."}},
      {{"id", "nyt/2016/a"},
       {"text", "The harbor bridge was closed on Thursday, officials said."}}};
  const httplib::Result res = Post(client, "/v1/articles", {{"articles", articles}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400) << res->body;
  const json error = json::parse(res->body, nullptr, false);
  ASSERT_TRUE(error.is_object()) << res->body;
  EXPECT_EQ(error["error"]["code"], "bad_request");
  const std::string message = error["error"]["message"];
  EXPECT_NE(message.find("articles:2: "), std::string::npos) << message;
  EXPECT_NE(message.find("\"id\""), std::string::npos) << message;
  const httplib::Result list = client.Get("/v1/stories");
  ASSERT_TRUE(list);
  EXPECT_EQ(json::parse(list->body)["total"], 0) << list->body;
  // The stateless routes still take such an id: it names no URL there.
  const httplib::Result summary = Post(client, "/v1/summarize", {{"articles", articles}});
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->status, 200) << summary->body;
}

// A publication time the grouper cannot read is refused, naming the
// article and the field, and nothing of the batch is stored; a readable
// one is stored.
TEST(ServeRequestEdges, AnUnreadablePublishedTimeIsRefusedNamingTheArticle) {
  TempDir dir;
  ServerProcess server(dir.Path("t.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  json articles = {{{"id", "a"},
                    {"published", "2031-03-14T08:00:00Z"},
                    {"text", "The harbor bridge was closed on Thursday after a crack."}},
                   {{"id", "b"},
                    {"published", "yesterday"},
                    {"text", "The harbor bridge was closed on Thursday, officials said."}}};
  const httplib::Result res = Post(client, "/v1/articles", {{"articles", articles}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400) << res->body;
  const std::string message = json::parse(res->body)["error"]["message"];
  EXPECT_NE(message.find("articles:2: "), std::string::npos) << message;
  EXPECT_NE(message.find("\"published\""), std::string::npos) << message;
  EXPECT_NE(message.find("yesterday"), std::string::npos) << message;
  const httplib::Result none = client.Get("/v1/stories");
  ASSERT_TRUE(none);
  EXPECT_EQ(json::parse(none->body)["total"], 0) << none->body;
  articles[1]["published"] = "Thu, 14 Mar 2031 09:00:00 EST";
  const httplib::Result fixed = Post(client, "/v1/articles", {{"articles", articles}});
  ASSERT_TRUE(fixed);
  EXPECT_EQ(fixed->status, 200) << fixed->body;
}

// An article stored with a "/" in its id before such ids were refused (made
// here by renaming one in the file) is deleted through "%2F": the DELETE
// route takes the whole rest of the path.
TEST(ServeRequestEdges, AnIdWithASlashStoredEarlierCanStillBeDeleted) {
  TempDir dir;
  const std::string db = dir.Path("c.db");
  {
    ServerProcess server(db);
    ASSERT_GT(server.port(), 0) << server.line();
    httplib::Client client = server.Client();
    const httplib::Result res = Post(
        client, "/v1/articles",
        {{"articles", {{{"id", "old"}, {"text", "The harbor bridge was closed on Thursday."}}}}});
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(server.Stop(), 0);
  }
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(handle, "UPDATE articles SET id='nyt/2016/a' WHERE id='old'", nullptr,
                         nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(handle);
  sqlite3_close(handle);
  ServerProcess server(db);
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const httplib::Result removed = client.Delete("/v1/articles/nyt%2F2016%2Fa");
  ASSERT_TRUE(removed);
  EXPECT_EQ(removed->status, 200) << removed->body;
  const httplib::Result list = client.Get("/v1/stories");
  ASSERT_TRUE(list);
  EXPECT_EQ(json::parse(list->body, nullptr, false).value("total", -1), 0) << list->body;
}

// Every error code the server sends is one docs/api.md lists.
void ExpectDocumentedCode(const std::string& code) {
  std::ifstream file(std::string(CONCORD_SOURCE_DIR) + "/docs/api.md");
  std::stringstream text;
  text << file.rdbuf();
  EXPECT_NE(text.str().find("| `" + code + "` |"), std::string::npos)
      << code << " is not in docs/api.md's table of errors";
}

// Media types are case-insensitive and may carry parameters; a malformed
// Content-Length is a 400, not a 413; a URL over the limit is a 414 with a
// documented code (it was "error").
TEST(ServeRequestEdges, StatusesAreClassifiedAndCodesDocumented) {
  TempDir dir;
  ServerProcess server(dir.Path("c.db"));
  ASSERT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const std::string body =
      R"({"articles":["The bridge closed on Monday after a crack was found."]})";
  for (const std::string type :
       {"Application/JSON", "application/json; charset=utf-8", "APPLICATION/JSON ;charset=UTF-8"}) {
    const httplib::Result res = client.Post("/v1/summarize", body, type.c_str());
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << type << ": " << res->body;
  }
  const httplib::Result other = client.Post("/v1/summarize", body, "application/jsonx");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 415);
  const std::pair<int, std::string> negative =
      FirstAnswer(Exchange(server.port(), std::string(kPostHead) + "Content-Length: -5\r\n\r\n{}"));
  EXPECT_EQ(negative, std::make_pair(400, std::string("bad_request")));
  const std::pair<int, std::string> no_body =
      FirstAnswer(Exchange(server.port(), std::string(kPostHead) + "Connection: close\r\n\r\n"));
  EXPECT_EQ(no_body, std::make_pair(400, std::string("bad_request")));
  const httplib::Result long_url = client.Get(("/" + std::string(100000, 'a')).c_str());
  ASSERT_TRUE(long_url);
  EXPECT_EQ(long_url->status, 414);
  const std::pair<int, std::string> uri = {long_url->status,
                                           json::parse(long_url->body)["error"]["code"]};
  EXPECT_EQ(uri, std::make_pair(414, std::string("uri_too_long")));
  httplib::Headers range = {{"Range", "bytes=x"}};
  const httplib::Result bad_range = client.Get("/healthz", range);
  ASSERT_TRUE(bad_range);
  EXPECT_EQ(bad_range->status, 416);
  for (const std::string code :
       {"payload_too_large", "bad_request", "uri_too_long", "range_not_satisfiable"}) {
    ExpectDocumentedCode(code);
  }
  ExpectDocumentedCode(json::parse(bad_range->body)["error"]["code"]);
  ExpectHealthy(server);
}

}  // namespace
}  // namespace concord
