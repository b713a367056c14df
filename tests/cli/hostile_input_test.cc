// Hostile input and hostile output at the command line (docs/bad-input.md):
// ids that look like paths, full disks, endless or blocking inputs,
// interrupted writes. Each test runs the real `concord` and checks the exit
// code, the message and the files.
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/cli_runner.h"
#include "testing/temp_dir.h"

extern char** environ;

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Every regular file under `root`, as paths relative to it.
std::set<std::string> FilesUnder(const std::string& root) {
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files.insert(fs::relative(entry.path(), root).string());
  }
  return files;
}

// One small invented cluster line with a reference summary.
std::string ClusterLine(const std::string& id) {
  nlohmann::json cluster;
  cluster["id"] = id;
  cluster["documents"] = {
      "The harbor bridge closed after inspectors found a crack in a girder. Ferries ran.",
      "Inspectors found a crack in the harbor bridge. The mayor promised quick repairs."};
  cluster["summaries"] = {"The harbor bridge closed after a crack was found."};
  return cluster.dump() + "\n";
}

// `count` invented clusters, enough sentences for `concord train`.
std::string TrainingData(size_t count) {
  const std::vector<std::string> facts = {
      "The harbor bridge closed after inspectors found a crack in a steel girder.",
      "Ferries carried commuters to the islands while the bridge stayed shut.",
      "The mayor said repairs would take at least three weeks.",
      "A bakery on the pier ran out of flour by noon.",
      "Truck drivers were sent to the northern tunnel instead.",
      "The council will vote on an emergency repair budget on Friday."};
  std::string lines;
  for (size_t c = 0; c < count; ++c) {
    nlohmann::json cluster;
    cluster["id"] = "c" + std::to_string(c);
    for (size_t a = 0; a < 3; ++a) {
      std::string text;
      for (size_t f = 0; f < facts.size(); ++f) text += facts[(f + a + c) % facts.size()] + " ";
      cluster["documents"].push_back(text);
    }
    cluster["summaries"].push_back(facts[c % facts.size()]);
    lines += cluster.dump() + "\n";
  }
  return lines;
}

std::string Example() { return std::string(CONCORD_SOURCE_DIR) + "/examples/harbor-bridge"; }

// ---- 14.1: eval --out never follows an id as a path ------------------------

TEST(HostileInput, EvalOutKeepsEveryIdInsideTheFolder) {
  TempDir dir;
  const std::string victim = dir.Write("outside/victim.txt", "keep me\n");
  const std::vector<std::string> ids = {
      dir.Path("outside/victim"),  // absolute: would overwrite victim.txt
      "../../escaped",             // relative: would leave OUT
      "a/b/c",                     // nested: aborted the run
      "",                          // empty
      "x y",                       // these two clean to the same name
      "x?y",
      std::string("nul\0id", 6),  // NUL and newline
      "new\nline",
      "..",
      "plain-1"};
  std::string lines;
  for (const std::string& id : ids) lines += ClusterLine(id);
  const std::string data = dir.Write("data.jsonl", lines);
  const std::string out = dir.Path("run/out");
  CliResult result = RunConcord("eval --data " + data + " --words 20 --out " + out);
  ASSERT_EQ(result.exit_code, 0) << result.err;

  // Nothing outside OUT changed or appeared.
  EXPECT_EQ(Slurp(victim), "keep me\n");
  std::set<std::string> outside = FilesUnder(dir.path());
  for (auto it = outside.begin(); it != outside.end();) {
    it = it->rfind("run/out/", 0) == 0 ? outside.erase(it) : std::next(it);
  }
  EXPECT_EQ(outside, (std::set<std::string>{"data.jsonl", "outside/victim.txt"}));

  // ids.tsv: one line per cluster, each name distinct, with its two files.
  std::istringstream map(Slurp(out + "/ids.tsv"));
  std::string line;
  ASSERT_TRUE(std::getline(map, line));
  EXPECT_EQ(line, "file\tid");
  std::map<std::string, std::string> id_of;
  while (std::getline(map, line)) {
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    const std::string name = line.substr(0, tab);
    EXPECT_TRUE(id_of.emplace(name, line.substr(tab + 1)).second) << "twice: " << name;
    EXPECT_EQ(name.find('/'), std::string::npos);
    EXPECT_NE(name[0], '.');
    EXPECT_LE(name.size(), 64u);
    EXPECT_TRUE(fs::is_regular_file(out + "/default/" + name + ".txt")) << name;
    EXPECT_TRUE(fs::is_regular_file(out + "/refs/" + name + ".A.txt")) << name;
  }
  EXPECT_EQ(id_of.size(), ids.size());
  EXPECT_EQ(id_of["plain-1"], "plain-1");  // a plain id keeps its name
  size_t escaped = 0;
  // One line each for the ids with a newline and a NUL (escaped, or cleaned
  // by the reader): the map stays one line per cluster.
  for (const auto& [name, id] : id_of) {
    escaped += id.rfind("new", 0) == 0 || id.rfind("nul", 0) == 0;
  }
  EXPECT_EQ(escaped, 2u);
  // The files are exactly those: no temporary left behind.
  EXPECT_EQ(FilesUnder(out).size(), 1 + 2 * ids.size());
}

TEST(HostileInput, EvalOutNamesAreTheSameOnEveryRun) {
  TempDir dir;
  const std::string data = dir.Write("data.jsonl", ClusterLine("a/b") + ClusterLine("A?B"));
  ASSERT_EQ(RunConcord("eval --data " + data + " --words 20 --out " + dir.Path("one")).exit_code,
            0);
  ASSERT_EQ(RunConcord("eval --data " + data + " --words 20 --out " + dir.Path("two")).exit_code,
            0);
  EXPECT_EQ(Slurp(dir.Path("one/ids.tsv")), Slurp(dir.Path("two/ids.tsv")));
  EXPECT_EQ(FilesUnder(dir.Path("one")), FilesUnder(dir.Path("two")));
}

// ---- 14.2: a full disk is an error naming what could not be written --------

TEST(HostileInput, EveryCommandWritingToAFullDiskExitsTwoNamingStandardOutput) {
  TempDir dir;
  const std::string data = dir.Write("data.jsonl", TrainingData(12));
  const std::string text = dir.Write("text.txt", "First sentence here. Second one follows.\n");
  dir.Write("sys/one.txt", "the bridge closed\n");
  dir.Write("ref/one.A.txt", "the bridge closed after a crack\n");
  const std::vector<std::string> commands = {
      "summarize " + Example(),
      "compare " + Example(),
      "quotes " + Example(),
      "eval --data " + data + " --words 20",
      "train --data " + data,
      "split " + text,
      "rouge " + dir.Path("sys") + " " + dir.Path("ref"),
      "rouge --json " + dir.Path("sys") + " " + dir.Path("ref")};
  for (const std::string& command : commands) {
    CliResult result = RunConcordRedirected(command, "/dev/full");
    EXPECT_EQ(result.exit_code, 2) << command << "\n" << result.err;
    const std::string name = command.substr(0, command.find(' '));
    EXPECT_NE(result.err.find("concord " + name + ": cannot write standard output"),
              std::string::npos)
        << command << "\n"
        << result.err;
  }
}

TEST(HostileInput, TrainOutToAFullDeviceExitsTwoNamingIt) {
  TempDir dir;
  const std::string data = dir.Write("data.jsonl", TrainingData(12));
  CliResult result = RunConcord("train --data " + data + " -o /dev/full");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("/dev/full: cannot write"), std::string::npos) << result.err;
}

TEST(HostileInput, FailedTrainOutLeavesTheOldModelWhole) {
  TempDir dir;
  const std::string data = dir.Write("data.jsonl", TrainingData(12));
  const std::string model = dir.Write("model/model.txt", "salience_bias = 0.5\n");
  // No byte may be written to any file (as on a full disk).
  CliResult result = RunConcordRedirected("train --data " + data + " -o " + model, "/dev/null",
                                          "trap '' XFSZ; ulimit -f 0;");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(Slurp(model), "salience_bias = 0.5\n");
  EXPECT_EQ(FilesUnder(dir.Path("model")), (std::set<std::string>{"model.txt"}));
}

TEST(HostileInput, EmptyOrTruncatedParamsFileIsAnError) {
  TempDir dir;
  const std::string data = dir.Write("data.jsonl", TrainingData(12));
  const std::string model = dir.Path("model.txt");
  ASSERT_EQ(RunConcord("train --data " + data + " -o " + model).exit_code, 0);
  const std::string whole = Slurp(model);
  ASSERT_EQ(RunConcord("summarize " + Example() + " --params " + model).exit_code, 0);
  const std::string last_parameter_end = whole.substr(0, whole.rfind("# end"));
  const std::map<std::string, std::string> broken = {
      {"empty.txt", ""},
      {"blank.txt", "\n  \n"},
      {"comments.txt", "# only a comment\n"},
      {"mid-line.txt", whole.substr(0, whole.size() / 2)},
      {"no-end.txt", last_parameter_end}};
  for (const auto& [name, contents] : broken) {
    const std::string path = dir.Write(name, contents);
    CliResult result = RunConcord("summarize " + Example() + " --params " + path);
    EXPECT_EQ(result.exit_code, 2) << name;
    EXPECT_NE(result.err.find("--params: " + path + ":"), std::string::npos)
        << name << ": " << result.err;
    EXPECT_TRUE(result.out.empty()) << name;
  }
}

// ---- 14.4: every input through the one reader ------------------------------

TEST(HostileInput, DevicesAndFifosAreRefusedByEveryCommandWithoutBlocking) {
  TempDir dir;
  const std::string fifo = dir.Path("fifo");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  for (const std::string& path : {std::string("/dev/zero"), fifo}) {
    for (const std::string& command :
         {"split " + path, "summarize " + path, "compare " + path, "quotes " + path,
          "eval --data " + path, "train --data " + path,
          "summarize " + Example() + " --params " + path}) {
      CliResult result = RunConcordRedirected(command, "/dev/null", "timeout 20");
      EXPECT_EQ(result.exit_code, 2) << command << "\n" << result.err;
      EXPECT_NE(result.err.find(path + ": not a regular file"), std::string::npos)
          << command << "\n"
          << result.err;
    }
  }
}

TEST(HostileInput, EndlessStandardInputStopsAtTheCap) {
  CliResult result = RunConcordRedirected("split -", "/dev/null", "", "/dev/zero");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("standard input: too large (over 536870912 bytes"), std::string::npos)
      << result.err;
}

// ---- 14.10: an interrupted eval --out leaves no partial file ---------------

TEST(HostileInput, EvalOutThatCannotWriteLeavesNoPartialFile) {
  TempDir dir;
  const std::string data = dir.Write("data.jsonl", ClusterLine("one") + ClusterLine("two"));
  const std::string out = dir.Path("out");
  CliResult result = RunConcordRedirected("eval --data " + data + " --words 20 --out " + out,
                                          "/dev/null", "trap '' XFSZ; ulimit -f 0;");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(FilesUnder(out).empty());  // neither empty files nor temporaries
}

// Whether some thread of process `pid`, now running concord, is blocked in
// open(2): its /proc/PID/task/TID/syscall line starts with the number of
// openat (or open). Waits up to 60 s (a sanitizer build on a loaded machine
// is slow to start). nullopt when /proc does not show system calls.
std::optional<bool> WaitUntilBlockedInOpen(pid_t pid) {
  const std::string proc = "/proc/" + std::to_string(pid);
  std::set<std::string> opens = {std::to_string(SYS_openat)};
#ifdef SYS_open
  opens.insert(std::to_string(SYS_open));
#endif
  bool readable = false;
  int seen = 0;  // consecutive samples in open: a regular file's open is instant
  for (int tries = 0; tries < 6000; ++tries) {
    const std::string stat = Slurp(proc + "/stat");  // "pid (comm) S ..."
    const size_t paren = stat.rfind(')');
    if (paren == std::string::npos || paren + 2 >= stat.size() || stat[paren + 2] == 'Z') {
      return false;  // it ended (a zombie until waitpid)
    }
    std::error_code error;
    bool in_open = false;
    for (const auto& task : fs::directory_iterator(proc + "/task", error)) {
      std::ifstream line(task.path() / "syscall");
      std::string number;
      if (!(line >> number)) continue;  // a thread that just ended
      readable = true;
      in_open = in_open || opens.count(number) != 0;
    }
    if (error) return false;
    const bool concord = Slurp(proc + "/comm").rfind("concord", 0) == 0;
    seen = in_open && concord ? seen + 1 : 0;
    if (seen == 3) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return readable ? std::optional<bool>(false) : std::nullopt;
}

// A real `concord eval --out` interrupted while it writes: its temporary
// file must go with it. To catch it mid-write every time, the temporary's
// name (".ids.tsv.tmp-<pid>", the first file eval writes) is made a FIFO
// before concord starts (the shell execs concord under its own pid), so
// concord blocks opening it, with no reader, until the signal comes.
TEST(HostileInput, InterruptedEvalOutRemovesItsTemporaryFile) {
  for (const int signal_number : {SIGINT, SIGTERM}) {
    TempDir dir;
    const std::string data = dir.Write("data.jsonl", ClusterLine("one"));
    const std::string out = dir.Path("out");
    fs::create_directories(out);
    std::string shell = "/bin/sh";
    std::string script =
        "mkfifo \"$1/.ids.tsv.tmp-$$\" && exec \"$2\" eval --data \"$3\" "
        "--words 20 --out \"$1\" >/dev/null 2>&1";
    std::string flag = "-c";
    std::string name = "sh";
    std::string binary = CONCORD_BINARY;
    std::string data_arg = data;
    std::string out_arg = out;
    char* argv[] = {shell.data(),   flag.data(),   script.data(),   name.data(),
                    out_arg.data(), binary.data(), data_arg.data(), nullptr};
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, shell.c_str(), nullptr, nullptr, argv, environ), 0);
    const std::optional<bool> blocked = WaitUntilBlockedInOpen(pid);
    const std::string temporary = out + "/.ids.tsv.tmp-" + std::to_string(pid);
    if (!blocked.has_value()) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
      GTEST_SKIP() << "/proc/PID/task/TID/syscall is not readable here";
    }
    EXPECT_TRUE(*blocked) << "concord never blocked opening " << temporary;
    EXPECT_TRUE(fs::exists(temporary));
    ASSERT_EQ(kill(pid, signal_number), 0);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    // Ends by the signal, as without the handler, and leaves nothing behind.
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal_number) << status;
    EXPECT_FALSE(fs::exists(fs::symlink_status(temporary))) << temporary;
    EXPECT_FALSE(fs::exists(out + "/ids.tsv"));
  }
}

// ---- 14.9: input-reading details ---------------------------------------------

TEST(HostileInput, FolderWithTrailingSlashKeepsItsNameAsTheId) {
  CliResult result = RunConcord("summarize " + Example() + "/ --format json --words 30");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["id"], "harbor-bridge");
}

TEST(HostileInput, RougeRefusesBinaryFilesAndNamesAFileThatIsNotAFolder) {
  TempDir dir;
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
  dir.Write("sys/one.txt", png);
  dir.Write("ref/one.A.txt", png);
  CliResult binary = RunConcord("rouge " + dir.Path("sys") + " " + dir.Path("ref"));
  EXPECT_EQ(binary.exit_code, 2);
  EXPECT_NE(binary.err.find("one.txt: binary data"), std::string::npos) << binary.err;
  EXPECT_TRUE(binary.out.empty());
  const std::string file = dir.Write("plain.txt", "text\n");
  CliResult not_folder = RunConcord("rouge " + file + " " + dir.Path("ref"));
  EXPECT_EQ(not_folder.exit_code, 2);
  EXPECT_NE(not_folder.err.find(file + " is not a folder"), std::string::npos) << not_folder.err;
  CliResult missing = RunConcord("rouge " + dir.Path("nothing") + " " + dir.Path("ref"));
  EXPECT_NE(missing.err.find("nothing does not exist"), std::string::npos) << missing.err;
}

TEST(HostileInput, SplitDecodesUtf16AndReplacesAStrayNul) {
  TempDir dir;
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("First one. Second one.\n")) utf16 += std::string{c, '\0'};
  CliResult decoded = RunConcord("split " + dir.Write("u16.txt", utf16));
  ASSERT_EQ(decoded.exit_code, 0) << decoded.err;
  EXPECT_EQ(decoded.out, "First one.\nSecond one.\n");
  EXPECT_NE(decoded.err.find("decoded UTF-16"), std::string::npos) << decoded.err;
  CliResult nul =
      RunConcord("split " + dir.Write("nul.txt", std::string("First one.\0 Second one.\n", 24)));
  ASSERT_EQ(nul.exit_code, 0) << nul.err;
  EXPECT_NE(nul.err.find("replaced 1 NUL byte(s)"), std::string::npos) << nul.err;
}

}  // namespace
}  // namespace concord::testing
