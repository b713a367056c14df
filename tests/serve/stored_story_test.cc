// What `concord serve` stores for a story, over a real server and SQLite
// file: the comparison marks the lines its summary already shows
// ("in_summary", api::StoryReports), the stored reports are the commands'
// JSON, and a store written by an older version is computed again on open.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
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

// Runs `sql` on the SQLite file `db` (outside the server), calling
// `row(text of column 0, text of column 1)` for each row it gives.
void RunSql(const std::string& db, const std::string& sql,
            const std::function<void(const std::string&, const std::string&)>& row = nullptr) {
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(handle, sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
      << sqlite3_errmsg(handle);
  int step = SQLITE_ROW;
  while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
    auto text = [&](int column) {
      const unsigned char* t = sqlite3_column_text(statement, column);
      return t != nullptr ? std::string(reinterpret_cast<const char*>(t)) : std::string();
    };
    if (row) row(text(0), sqlite3_column_count(statement) > 1 ? text(1) : "");
  }
  EXPECT_EQ(step, SQLITE_DONE) << sqlite3_errmsg(handle);
  sqlite3_finalize(statement);
  sqlite3_close(handle);
}

// The groups of a comparison's "shared" and "unique" lists.
std::vector<json> Groups(const json& compare) {
  std::vector<json> out;
  for (const char* list : {"shared", "unique"}) {
    if (compare.contains(list)) out.insert(out.end(), compare[list].begin(), compare[list].end());
  }
  return out;
}

// Adds the bundled example to a new store at `db`; its story's id.
std::string AddExample(const std::string& db) {
  ServerProcess server(db);
  EXPECT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const httplib::Result added = Post(client, "/v1/articles", {{"articles", ExampleArticles()}});
  EXPECT_TRUE(added);
  if (!added) return "";
  EXPECT_EQ(added->status, 200) << added->body;
  EXPECT_EQ(server.Stop(), 0);
  return json::parse(added->body)["articles"][0]["story"];
}

// GET /v1/stories/{id} from a server on `db`, parsed (null on failure).
json StoryOf(const std::string& db, const std::string& story) {
  ServerProcess server(db);
  EXPECT_GT(server.port(), 0) << server.line();
  httplib::Client client = server.Client();
  const httplib::Result detail = client.Get(("/v1/stories/" + story).c_str());
  EXPECT_TRUE(detail);
  if (!detail) return json();
  EXPECT_EQ(detail->status, 200) << detail->body;
  EXPECT_EQ(server.Stop(), 0);
  return json::parse(detail->body, nullptr, false);
}

// A slow, separate statement of "this line repeats the summary" over the
// API's JSON alone (the web page's own copy of the rule before stop 28): the
// group's line is a summary sentence's text, or the member it shows (its
// sentence, with its marks, or its quotation) holds the byte span of a
// summary sentence of the same article (a compressed summary sentence has
// other text than its sentence).
bool RepeatsBySpan(const json& group, const json& story) {
  const std::string line = group["shown"];
  const json& sentences = story["summary"]["sentences"];
  for (const json& s : sentences) {
    if (s["text"] == line) return true;
  }
  for (const json& m : group["sentences"]) {
    const json& article = story["articles"][m["article"].get<size_t>()]["id"];
    json span = m;
    if (m.contains("passage") && m["passage"]["text"] == line) {
      span = m["passage"];
    } else if (m.value("text", "") != line && m.value("quoted", "") != line) {
      continue;
    }
    for (const json& s : sentences) {
      if (s["article"] == article && s["start"] >= span["start"] && s["end"] <= span["end"]) {
        return true;
      }
    }
  }
  return false;
}

TEST(StoredStoryTest, TheComparisonMarksEveryLineThatRepeatsTheSummary) {
  TempDir dir;
  const std::string db = dir.Path("c.db");
  const std::string id = AddExample(db);
  const json story = StoryOf(db, id);
  ASSERT_TRUE(story.is_object());
  size_t marked = 0;
  for (const json& group : Groups(story["compare"])) {
    ASSERT_TRUE(group.contains("in_summary")) << group.dump();
    ASSERT_TRUE(group["in_summary"].is_boolean()) << group.dump();
    EXPECT_EQ(group["in_summary"].get<bool>(), RepeatsBySpan(group, story)) << group["shown"];
    marked += group["in_summary"].get<bool>();
  }
  // The quote two outlets carry word for word (the summary's other
  // sentences are shown under other members of their groups).
  EXPECT_EQ(marked, 1u) << story["compare"].dump();
  // The mark is all that was added: the reports are the commands' JSON.
  std::string lines;
  for (const json& a : ExampleArticles()) lines += a.dump() + "\n";
  const std::string path = dir.Write("story.jsonl", lines);
  for (const std::string command : {"summarize", "compare", "quotes"}) {
    const testing::CliResult cli = testing::RunConcord(command + " " + path + " --format json");
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    json printed = json::parse(cli.out);
    json stored = story[command == "summarize" ? "summary" : command];
    stored["id"] = printed["id"];
    for (const char* list : {"shared", "unique"}) {
      if (!stored.contains(list)) continue;
      for (json& group : stored[list]) group.erase("in_summary");
    }
    EXPECT_EQ(stored, printed) << command;
  }
}

// A store written by an older version (`version`) lacks `field` in its
// comparisons' groups: opening it computes every story again, so that each
// group has the field, and writes the current version.
void ExpectOlderStoreComputedAgain(int version, const std::string& field) {
  TempDir dir;
  const std::string db = dir.Path("c.db");
  const std::string story = AddExample(db);
  // The file as that version wrote it: the same rows, without the field.
  std::vector<std::pair<std::string, std::string>> rows;
  RunSql(db, "SELECT id, compare FROM stories",
         [&](const std::string& id, const std::string& compare) {
           rows.push_back({id, compare});
         });
  ASSERT_EQ(rows.size(), 1u);
  json compare = json::parse(rows[0].second);
  ASSERT_FALSE(compare["shared"].empty());
  for (const char* list : {"shared", "unique"}) {
    for (json& group : compare[list]) {
      EXPECT_TRUE(group.contains(field));
      group.erase(field);
    }
  }
  std::string quoted = compare.dump();
  for (size_t at = quoted.find('\''); at != std::string::npos; at = quoted.find('\'', at + 2)) {
    quoted.insert(at, 1, '\'');
  }
  RunSql(db, "UPDATE stories SET compare='" + quoted + "'");
  RunSql(db, "PRAGMA user_version=" + std::to_string(version));
  const json detail = StoryOf(db, story);
  ASSERT_TRUE(detail.is_object());
  const std::vector<json> groups = Groups(detail["compare"]);
  ASSERT_FALSE(groups.empty());
  size_t marked = 0;
  for (const json& group : groups) {
    ASSERT_TRUE(group.contains("shown")) << group.dump();
    EXPECT_FALSE(group["shown"].get<std::string>().empty()) << group.dump();
    ASSERT_TRUE(group.contains("in_summary")) << group.dump();
    marked += group["in_summary"].get<bool>();
  }
  EXPECT_EQ(marked, 1u);  // as when the story was first stored
  std::string found;
  RunSql(db, "PRAGMA user_version", [&](const std::string& v, const std::string&) { found = v; });
  EXPECT_EQ(found, "3");
}

// Schema version 1 stored comparisons whose groups had no "shown" (the
// line compare's reports show; the web page prints it).
TEST(StoredStoryTest, AVersionOneStoreIsComputedAgainSoEveryGroupHasItsShownLine) {
  ExpectOlderStoreComputedAgain(1, "shown");
}

// Schema version 2 stored comparisons whose groups had no "in_summary"
// (whether the line repeats a summary sentence; the web page leaves it out).
TEST(StoredStoryTest, AVersionTwoStoreIsComputedAgainSoEveryGroupHasItsMark) {
  ExpectOlderStoreComputedAgain(2, "in_summary");
}

// What `concord serve --db NAME` (in `dir`) prints on standard error
// until it listens; the server is then stopped.
std::string OpeningMessages(const TempDir& dir, const std::string& name) {
  const std::string script =
      "cd " + dir.Path("") + " && (" + std::string(CONCORD_BINARY) + " serve --db " + name +
      " --port 0 --bind 127.0.0.1 >out 2>err & echo $! >pid); "
      "for i in $(seq 300); do grep -q listening out 2>/dev/null && break; sleep 0.1; done; "
      "kill $(cat pid)";
  EXPECT_EQ(std::system(script.c_str()), 0);
  std::ifstream err(dir.Path("err"));
  return std::string(std::istreambuf_iterator<char>(err), std::istreambuf_iterator<char>());
}

// A large store says what it does while it opens (the articles grouped
// again), on standard error, before the server listens; a small one says
// nothing. 1,000 short articles are written straight into the file.
TEST(StoredStoryTest, ALargeStoreSaysItsProgressWhileItOpens) {
  TempDir dir;
  AddExample(dir.Path("small.db"));
  EXPECT_EQ(OpeningMessages(dir, "small.db"), "");
  const std::string db = dir.Path("big.db");
  AddExample(db);
  RunSql(db,
         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
         "INSERT INTO articles (id, url, source, outlet, title, published, text, story, grouped) "
         "SELECT 'bulk-' || i, '', 'Bulk Wire', 'Bulk Wire', '', '', 'Ferry line ' || i || "
         "' changed its timetable on Monday, the harbor office said.', 's1', 1 FROM n");
  const std::string err = OpeningMessages(dir, "big.db");
  EXPECT_NE(err.find("grouping the stored articles again: 0 of 1003"), std::string::npos) << err;
  EXPECT_NE(err.find("grouping the stored articles again: 1003 of 1003"), std::string::npos) << err;
}

}  // namespace
}  // namespace concord
