// The hostile inputs of docs/bad-input.md that are about size, shape,
// language and signals, and the empty-summary and title cases of issue 14:
// each feeds the input to the real binary and checks exit code, message and
// output. Sizes are smaller than the catalogue's where the behaviour is the
// same (the catalogue's figures come from scripts/bad-inputs).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <utility>

#include "cli/cli_runner.h"
#include "testing/temp_dir.h"

extern char** environ;

namespace concord::testing {
namespace {

std::string Sentence(int i) {
  return "Inspectors said on day " + std::to_string(i) + " that the harbor bridge crack in girder " +
         std::to_string(i % 97) + " had grown by " + std::to_string(i % 13) + " millimetres.\n";
}

// ---- Empty summaries (14.6) ----

TEST(BadInput, ChineseTextSaysWhyThereIsNoSummary) {
  TempDir dir;
  const std::string path = dir.Write(
      "zh.txt",
      "\xE6\xB8\xAF\xE5\x8F\xA3\xE5\xA4\xA7\xE6\xA1\xA5\xE5\x91\xA8\xE5\x9B\x9B\xE5\x85\xB3"
      "\xE9\x97\xAD\xE3\x80\x82\xE5\xB8\x82\xE9\x95\xBF\xE8\xA1\xA8\xE7\xA4\xBA\xE5\x85\xB3"
      "\xE9\x97\xAD\xE5\xB0\x86\xE6\x8C\x81\xE7\xBB\xAD\xE4\xB8\x89\xE5\x91\xA8\xE3\x80\x82\n");
  const CliResult r = RunConcord("summarize " + path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find("empty summary"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Chinese"), std::string::npos) << r.err;
  const CliResult cut = RunConcord("summarize " + path + " --truncate --bytes 12");
  EXPECT_EQ(cut.exit_code, 0) << cut.err;
  EXPECT_EQ(cut.out.rfind("\xE6\xB8\xAF\xE5\x8F\xA3\xE5\xA4\xA7\xE6\xA1\xA5 [zh]", 0), 0u)
      << cut.out;
}

// Every sentence that fits the budget leans on one before it that does
// not ("Officially, this ..."): the error says so, and a larger budget
// gives the summary.
TEST(BadInput, OnlyLeaningSentencesFitSaysWhy) {
  TempDir dir;
  const std::string text =
      "The council voted on Monday to close the old harbour bridge for repairs after engineers "
      "found deep cracks in two of its supports last week. Officially, this was never a "
      "surprise. Nevertheless, these numbers matter to the council.\n";
  dir.Write("a.txt", text);
  dir.Write("b.txt", text);
  const CliResult r = RunConcord("summarize " + dir.path() + " --words 12");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("within 12 words"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("leans on the one before it"), std::string::npos) << r.err;
  const CliResult whole = RunConcord("summarize " + dir.path() + " --words 30");
  EXPECT_EQ(whole.exit_code, 0) << whole.err;
  EXPECT_EQ(whole.out.rfind("The council voted on Monday", 0), 0u) << whole.out;
}

TEST(BadInput, ATooSmallByteBudgetSaysSo) {
  TempDir dir;
  const std::string path =
      dir.Write("a.txt", "The harbor bridge closed on Thursday after inspectors found a crack.\n");
  const CliResult r = RunConcord("summarize " + path + " --bytes 10");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find("longer than the budget of 10 bytes"), std::string::npos) << r.err;
}

TEST(BadInput, OnlyVeryShortSentencesSaySo) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", "Bridge shut. Crack found. Mayor speaks.\n");
  const CliResult r = RunConcord("summarize " + path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("4 words"), std::string::npos) << r.err;
}

TEST(BadInput, OneHugeSentenceIsCutWithTruncate) {
  // The catalogue's case is a 2 MB sentence; 20,000 words behave the same.
  std::string run_on;
  for (int i = 0; i < 20000; ++i) run_on += "word" + std::to_string(i) + " ";
  TempDir dir;
  const std::string path = dir.Write("a.txt", run_on + "end.\n");
  const CliResult plain = RunConcord("summarize " + path + " --words 50");
  EXPECT_EQ(plain.exit_code, 2);
  EXPECT_NE(plain.err.find("--truncate"), std::string::npos) << plain.err;
  const CliResult cut = RunConcord("summarize " + path + " --words 50 --truncate --format json");
  ASSERT_EQ(cut.exit_code, 0) << cut.err;
  const nlohmann::json j = nlohmann::json::parse(cut.out);
  ASSERT_EQ(j["sentences"].size(), 1u);
  EXPECT_TRUE(j["sentences"][0]["truncated"].get<bool>());
  EXPECT_EQ(j["stats"]["output_words"].get<int>(), 50);
}

// A word budget bounds bytes too: a word over 64 bytes counts as one word
// per 64 bytes when cut, so a giant token is cut, never printed whole.
TEST(BadInput, OneHugeTokenIsCutToTheBudgetInWordsOrBytes) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", std::string(200000, 'x') + "\n");
  const CliResult words = RunConcord("summarize " + path + " --truncate --words 50");
  ASSERT_EQ(words.exit_code, 0) << words.err;
  // A cut at a word budget says so ("…"); a byte budget has no room for it.
  EXPECT_EQ(words.out, std::string(50 * 64, 'x') + "\u2026 [a]\n");
  const CliResult bytes = RunConcord("summarize " + path + " --truncate --bytes 100");
  ASSERT_EQ(bytes.exit_code, 0) << bytes.err;
  EXPECT_EQ(bytes.out, std::string(100, 'x') + " [a]\n");
  // Two-byte characters: cuts fall between characters, never inside one.
  std::string accents;
  for (int i = 0; i < 50000; ++i) accents += "\xC3\xA9";  // U+00E9
  const std::string wide = dir.Write("b.txt", accents + "\n");
  const CliResult one = RunConcord("summarize " + wide + " --truncate --words 1");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, accents.substr(0, 64) + "\u2026 [b]\n");
  const CliResult odd = RunConcord("summarize " + wide + " --truncate --bytes 101");
  ASSERT_EQ(odd.exit_code, 0) << odd.err;
  EXPECT_EQ(odd.out, accents.substr(0, 100) + " [b]\n");
}

// ---- Titles (14.8) ----

TEST(BadInput, TheSameArticlesAsAFolderAndAsJsonLinesGiveTheSameSummary) {
  TempDir dir;
  const std::string a =
      "Harbor bridge closed\n\nThe harbor bridge closed on Thursday after inspectors found a "
      "crack in a beam. The mayor said it would stay shut for three weeks.\n";
  const std::string b =
      "Islanders brace for ferry queues\n\nResidents lined up for the ferry on Friday, a day "
      "after the harbor bridge closed because of a crack in a beam.\n";
  dir.Write("story/a.txt", a);
  dir.Write("story/b.txt", b);
  const nlohmann::json line_a = {{"id", "a"}, {"source", "a"}, {"text", a}};
  const nlohmann::json line_b = {{"id", "b"}, {"source", "b"}, {"text", b}};
  const std::string jsonl = dir.Write("story.jsonl", line_a.dump() + "\n" + line_b.dump() + "\n");
  const CliResult folder = RunConcord("summarize " + dir.Path("story"));
  const CliResult lines = RunConcord("summarize " + jsonl);
  ASSERT_EQ(folder.exit_code, 0) << folder.err;
  ASSERT_EQ(lines.exit_code, 0) << lines.err;
  EXPECT_EQ(folder.out, lines.out);
  EXPECT_EQ(folder.out.find("Harbor bridge closed\n"), std::string::npos) << folder.out;
  const CliResult piped = RunConcord("summarize - --sources a", a);
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.out.find("Harbor bridge closed ["), std::string::npos) << piped.out;
}

// ---- Size and shape ----

TEST(BadInput, ALargeFileOfSingleLinesIsSummarized) {
  // The catalogue's case is 300 MB; 1 MB of single lines (no paragraph
  // break, which once made analysis quadratic) takes the same path.
  std::string text;
  for (int i = 0; text.size() < 1000000; ++i) text += Sentence(i);
  TempDir dir;
  const std::string path = dir.Write("big.txt", text);
  const CliResult r = RunConcord("summarize " + path + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_FALSE(j["sentences"].empty());
  EXPECT_LE(j["stats"]["output_words"].get<int>(), 100);
}

TEST(BadInput, AFolderOfManyFilesGivesShortLines) {
  TempDir dir;
  for (int i = 0; i < 2000; ++i) {
    dir.Write("many/" + std::to_string(10000 + i) + ".txt",
              "---\nsource: Outlet " + std::to_string(i) + "\n---\n" + Sentence(i % 5));
  }
  const CliResult r = RunConcord("summarize " + dir.Path("many"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(" more]"), std::string::npos) << r.out.substr(0, 500);
  EXPECT_LT(r.out.size(), 5000u);
}

// Past the 512 MiB cap a file is refused before a byte is read. The file
// is sparse: 512 MiB + 1 byte of size, no disk used.
TEST(BadInput, AFileJustOverTheCapIsRefusedUnread) {
  TempDir dir;
  const std::string path = dir.Write("huge.txt", "The harbor bridge closed.\n");
  const uintmax_t cap = uintmax_t{512} << 20;
  std::filesystem::resize_file(path, cap + 1);
  const CliResult r = RunConcord("summarize " + path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find(path + ": too large (" + std::to_string(cap + 1) + " bytes; the limit is " +
                       std::to_string(cap) + ")"),
            std::string::npos)
      << r.err;
}

TEST(BadInput, AHugeJsonLineIsOneArticle) {
  std::string words;
  for (int i = 0; words.size() < 2000000; ++i) words += "word" + std::to_string(i) + " ";
  const nlohmann::json line = {{"id", "big"}, {"text", words + "end."}};
  TempDir dir;
  const std::string path = dir.Write("big.jsonl", line.dump() + "\n");
  const CliResult r = RunConcord("summarize " + path + " --words 20 --truncate");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("word0 word1 word2", 0), 0u) << r.out.substr(0, 200);
}

TEST(BadInput, DeeplyNestedJsonIsAnInvalidLine) {
  TempDir dir;
  const std::string path = dir.Write(
      "deep.jsonl", "{\"text\":" + std::string(100000, '[') + std::string(100000, ']') + "}\n");
  const CliResult r = RunConcord("summarize " + path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("deep.jsonl:1"), std::string::npos) << r.err;
}

TEST(BadInput, DocumentsThatAreNotArticlesAreNamed) {
  TempDir dir;
  const std::string empty = dir.Write("e.jsonl", "{\"id\":\"c\",\"documents\":[]}\n");
  const std::string null = dir.Write("n.jsonl", "{\"id\":\"c\",\"documents\":null}\n");
  const std::string numbers = dir.Write("d.jsonl", "{\"id\":\"c\",\"documents\":[1,2]}\n");
  const CliResult e = RunConcord("summarize " + empty);
  EXPECT_EQ(e.exit_code, 2);
  EXPECT_NE(e.err.find("has no documents"), std::string::npos) << e.err;
  const CliResult n = RunConcord("summarize " + null);
  EXPECT_EQ(n.exit_code, 2);
  EXPECT_NE(n.err.find("\"documents\" must be an array"), std::string::npos) << n.err;
  const CliResult d = RunConcord("summarize " + numbers);
  EXPECT_EQ(d.exit_code, 2);
  EXPECT_NE(d.err.find("document 1: must be a string or an object"), std::string::npos) << d.err;
}

// A story (cluster line) id that is no string or integer is refused as an
// article's is, naming file, line and field, by every command that reads
// stories; it used to become "line-N" in silence.
TEST(BadInput, AStoryIdThatIsNoIntegerIsRefusedNamingTheLine) {
  TempDir dir;
  const std::pair<const char*, const char*> cases[] = {
      {"1.5", "s.jsonl:1: field \"id\" must be a string or an integer"},
      {"1e30", "s.jsonl:1: field \"id\" is an integer past 64 bits: write it as a string"},
      {"18446744073709551616",
       "s.jsonl:1: field \"id\" is an integer past 64 bits: write it as a string"}};
  for (const auto& [id, message] : cases) {
    const std::string path =
        dir.Write("s.jsonl", "{\"id\":" + std::string(id) +
                                 ",\"documents\":[\"The bridge closed on Monday after a crack "
                                 "was found in a girder.\"]}\n");
    for (const char* command : {"summarize", "compare", "quotes", "group", "digest"}) {
      const CliResult r = RunConcord(std::string(command) + " " + path);
      EXPECT_EQ(r.exit_code, 2) << command << " " << id;
      EXPECT_NE(r.err.find(message), std::string::npos) << command << " " << id << ": " << r.err;
    }
  }
}

// A page with no article text is skipped; when nothing else is left, the
// error still names it, and says "no article text" once.
TEST(BadInput, APageWithoutArticleTextIsNamedWhenNothingIsLeft) {
  TempDir dir;
  const std::string page = dir.Write("blank.html", "<html><body><nav>Home</nav></body></html>");
  const CliResult r = RunConcord("summarize " + page);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("blank.html: no article text found"), std::string::npos) << r.err;
  const size_t first = r.err.find("no article text");
  EXPECT_EQ(r.err.find("no article text", first + 1), std::string::npos) << r.err;
}

// A pretty-printed JSON file, or a JSON array, is one document, not JSON
// Lines: the error says so and how to convert it.
TEST(BadInput, AJsonDocumentIsToldApartFromJsonLines) {
  TempDir dir;
  const std::string pretty =
      dir.Write("pretty.json", "{\n  \"text\": \"The bridge closed on Monday.\"\n}\n");
  const std::string array =
      dir.Write("list.json", "[{\"text\": \"The bridge closed on Monday.\"}]\n");
  for (const std::string& file : {pretty, array}) {
    const CliResult r = RunConcord("summarize " + file);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find(":1: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("one JSON document"), std::string::npos) << r.err;
  }
  const std::string lines = dir.Write("lines.jsonl", "{\"text\": 5}\n");
  const CliResult r = RunConcord("summarize " + lines);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.find("one JSON document"), std::string::npos) << r.err;
}

TEST(BadInput, IdenticalArticlesGiveOneSentenceBackedByAll) {
  std::string lines;
  for (int i = 0; i < 1000; ++i) {
    lines += nlohmann::json({{"id", "a" + std::to_string(i)},
                             {"source", "Outlet " + std::to_string(i)},
                             {"text", "The harbor bridge closed on Thursday after inspectors "
                                      "found a crack in a steel girder."}})
                 .dump() +
             "\n";
  }
  TempDir dir;
  const std::string path = dir.Write("same.jsonl", lines);
  const CliResult r = RunConcord("summarize " + path + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["sentences"].size(), 1u);
  EXPECT_EQ(j["sentences"][0]["sources"].size(), 1000u);
}

// ---- Languages ----

TEST(BadInput, GermanAndArabicAreSummarized) {
  TempDir dir;
  const std::string german = dir.Write(
      "de.txt",
      "Die Hafenbr\xC3\xBC""cke wurde am Donnerstag gesperrt, nachdem Pr\xC3\xBC""fer einen Riss "
      "in einem Stahltr\xC3\xA4ger gefunden hatten. Der B\xC3\xBCrgermeister sagte, die Sperrung "
      "werde mindestens drei Wochen dauern.\n");
  const CliResult de = RunConcord("summarize " + german + " --words 20");
  ASSERT_EQ(de.exit_code, 0) << de.err;
  EXPECT_EQ(de.out.rfind("Die Hafenbr\xC3\xBC""cke wurde", 0), 0u) << de.out;
  const std::string arabic = dir.Write(
      "ar.txt",
      "\xD8\xA3\xD8\xBA\xD9\x84\xD9\x82\xD8\xAA \xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xB7\xD8\xA7"
      "\xD8\xAA \xD8\xAC\xD8\xB3\xD8\xB1 \xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x86\xD8\xA7\xD8\xA1 "
      "\xD9\x8A\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD8\xAE\xD9\x85\xD9\x8A\xD8\xB3. \xD9\x88\xD9\x82"
      "\xD8\xA7\xD9\x84 \xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3 \xD8\xA7\xD9\x84\xD8\xA8\xD9\x84\xD8\xAF"
      "\xD9\x8A\xD8\xA9 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8\xA5\xD8\xBA\xD9\x84\xD8\xA7\xD9\x82 "
      "\xD8\xB3\xD9\x8A\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1 \xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD8\xA9 "
      "\xD8\xA3\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x8A\xD8\xB9.\n");
  const CliResult ar = RunConcord("summarize " + arabic + " --words 30");
  ASSERT_EQ(ar.exit_code, 0) << ar.err;
  EXPECT_EQ(ar.out.rfind("\xD8\xA3\xD8\xBA\xD9\x84\xD9\x82\xD8\xAA", 0), 0u) << ar.out;
}

// ---- Signals ----

TEST(BadInput, AClosedPipeEndsTheRunQuietly) {
  std::string lines;
  for (int c = 0; c < 300; ++c) {
    nlohmann::json docs = nlohmann::json::array();
    for (int d = 0; d < 3; ++d) docs.push_back(Sentence(c * 3 + d) + Sentence(c + d));
    lines += nlohmann::json({{"id", "c" + std::to_string(c)}, {"documents", docs}}).dump() + "\n";
  }
  TempDir dir;
  const std::string path = dir.Write("clusters.jsonl", lines);
  const std::string command = "bash -c '" + std::string(CONCORD_BINARY) + " summarize " + path +
                              " 2>" + dir.Path("err") + " | head -1 >" + dir.Path("out") +
                              "; exit ${PIPESTATUS[0]}'";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  // Killed by SIGPIPE (bash reports 128 + 13) or done before head closed.
  EXPECT_TRUE(WEXITSTATUS(status) == 141 || WEXITSTATUS(status) == 0) << WEXITSTATUS(status);
  std::ifstream out(dir.Path("out"));
  std::string first;
  ASSERT_TRUE(std::getline(out, first));
  EXPECT_EQ(first, "== c0 ==");  // the first line arrived whole
  std::ifstream err(dir.Path("err"));
  std::string message;
  EXPECT_FALSE(std::getline(err, message)) << "stderr: " << message;
}

TEST(BadInput, InterruptStopsARunPromptly) {
  // 20 MB: several seconds of work even on a fast, idle machine (3 MB took
  // about 0.45 s, so the run could end before the signal), and the signal
  // ends it at 300 ms, so the test stays short.
  std::string text;
  for (int i = 0; text.size() < 20000000; ++i) text += Sentence(i);
  TempDir dir;
  const std::string path = dir.Write("big.txt", text);
  const std::string out = dir.Path("out");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::string binary = CONCORD_BINARY;
  std::string command = "summarize";
  char* argv[] = {binary.data(), command.data(), const_cast<char*>(path.c_str()), nullptr};
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv, environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ASSERT_EQ(kill(pid, SIGINT), 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  // The default action: the process ends at once, by the signal.
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) << status;
}

}  // namespace
}  // namespace concord::testing
