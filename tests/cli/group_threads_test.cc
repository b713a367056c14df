// `concord group` on several threads: the features of the next articles are
// computed ahead of the grouper (Grouper::AddAll), and the stories, the
// messages and a failure in the middle of the stream must be those of one
// thread. Each run is a separate `concord` process on a stream of short
// invented articles written by the test.
#include <gtest/gtest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

// `count` JSON Lines articles, twenty minutes apart from 2024-05-01 (a
// few a little out of order), about a dozen invented events that come and
// go over the days, each article in words of its own drawn from its
// event's, some copied word for word (near-duplicates), a few with neither
// title nor text.
std::string InventedStream(size_t count) {
  const std::vector<std::string> places = {"Port Alder", "Norvale",  "Kestrel Bay", "Marrow Hill",
                                           "Easton",     "Grenmoor", "Lisk",        "Tallow Creek",
                                           "Ombry",      "Saltmere", "Fennick",     "Brask"};
  const std::vector<std::string> people = {
      "Lena Ortiz", "Amir Haddad",  "Ilse Varga",   "Tomas Brand", "Nadia Kerr",   "Owen Pryce",
      "Maya Lund",  "Felix Okafor", "Rosa Delgado", "Jonas Weil",  "Petra Sandor", "Idris Cole"};
  const std::vector<std::string> events = {
      "the harbor bridge closed after inspectors found cracked cables",
      "a measles outbreak closed two schools",
      "the council voted to raise bus fares",
      "a warehouse fire burned through the night",
      "floodwater covered the river road and the rail line",
      "striking nurses marched on the regional hospital",
      "a rare owl nested in the cathedral tower",
      "the football club sacked its manager after six defeats",
      "a power cut left homes in the dark",
      "police arrested three men over a jewellery theft",
      "the old cannery will become a museum of the coast",
      "a ferry ran aground on the sandbank at low tide"};
  const std::vector<std::string> outlets = {"Gazette", "Herald", "Wire", "Courier", "Ledger"};
  const std::vector<std::string> words = {"worrying",   "unprecedented",  "a setback",
                                          "manageable", "a wake-up call", "long overdue",
                                          "avoidable"};
  uint64_t state = 12345;
  auto draw = [&state](size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>((state >> 33) % n);
  };
  std::string lines;
  std::string last_text;
  for (size_t i = 0; i < count; ++i) {
    // Two or three events at a time, moving on every thirty articles.
    const size_t e = (i / 30 + draw(3)) % events.size();
    const size_t minutes = i * 20 + (i % 17 == 5 ? 45 : 0);  // a few late
    char published[64];
    std::snprintf(published, sizeof published, "2024-05-%02zuT%02zu:%02zu:00Z", 1 + minutes / 1440,
                  minutes / 60 % 24, minutes % 60);
    const std::vector<std::string> sentences = {
        "In " + places[e] + ", " + events[e] + ".",
        people[e] + " said on Tuesday that " + std::to_string(10 + draw(900)) +
            " people had been affected.",
        people[e] + " of " + places[e] + " called it " + words[draw(words.size())] + ".",
        "Another " + std::to_string(2 + draw(40)) + " reports reached " + places[e] + " by " +
            std::to_string(1 + draw(11)) + " o'clock."};
    std::string text;
    for (size_t k = 0, first = draw(4); k < 3; ++k) {
      text += sentences[(first + k) % sentences.size()] + " ";
    }
    std::string title = events[e];
    if (i % 23 == 7 && !last_text.empty()) text = last_text;  // a wire copy
    if (i % 41 == 13) text.clear(), title.clear();            // nothing to read
    last_text = text;
    const nlohmann::json line = {{"id", "a" + std::to_string(i)},
                                 {"source", outlets[draw(outlets.size())]},
                                 {"published", published},
                                 {"title", title},
                                 {"text", text}};
    lines += line.dump() + "\n";
  }
  return lines;
}

// Standard error without TBB's note (a line and a blank one) that more
// threads were asked for than the machine has.
std::string WithoutTbbNote(const std::string& err) {
  std::istringstream in(err);
  std::string kept;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.rfind("TBB Warning", 0) != 0) kept += line + "\n";
  }
  return kept;
}

TEST(GroupThreads, TheSameStoriesAndMessagesOnOneThreadAndOnTwo) {
  TempDir dir;
  const std::string file = dir.Write("stream.jsonl", InventedStream(400));
  for (const std::string options : {"", " --reorder 10", " --format md", " --no-duplicates"}) {
    const CliResult one = RunConcord("group --threads 1" + options + " " + file);
    const CliResult two = RunConcord("group --threads 2" + options + " " + file);
    ASSERT_EQ(one.exit_code, 0) << options << "\n" << one.err;
    EXPECT_EQ(two.exit_code, 0) << options << "\n" << two.err;
    EXPECT_EQ(one.out, two.out) << options;
    EXPECT_EQ(WithoutTbbNote(one.err), WithoutTbbNote(two.err)) << options;
    // Not a trivial stream: many stories, copies, articles without text.
    if (options.empty()) {
      std::istringstream stories(one.out);
      size_t lines = 0;
      for (std::string line; std::getline(stories, line);) ++lines;
      EXPECT_GE(lines, 12u) << one.out;
      EXPECT_NE(one.out.find("\"duplicates\":[[\""), std::string::npos) << one.out;
      EXPECT_NE(one.err.find("with neither text nor title"), std::string::npos) << one.err;
    }
  }
}

TEST(GroupThreads, ABadLineInTheMiddleIsReportedByItsNumberAfterTheStoriesBeforeIt) {
  TempDir dir;
  std::istringstream in(InventedStream(400));
  std::string lines;
  size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    lines += (++number == 250 ? std::string("{\"id\": \"broken\", \"text\": ") : line) + "\n";
  }
  const std::string file = dir.Write("stream.jsonl", lines);
  // A small reorder buffer and a short window: the grouper is at work,
  // and stories are written, while the reader reaches the bad line.
  const CliResult one = RunConcord("group --reorder 10 --window 2h --threads 1 " + file);
  const CliResult two = RunConcord("group --reorder 10 --window 2h --threads 2 " + file);
  for (const CliResult* result : {&one, &two}) {
    EXPECT_EQ(result->exit_code, 2);
    EXPECT_EQ(WithoutTbbNote(result->err), "concord group: " + file + ":250: not a JSON object\n");
  }
  EXPECT_FALSE(one.out.empty());  // the stories finished before line 250
  EXPECT_EQ(one.out, two.out);
}

}  // namespace
}  // namespace concord::testing
