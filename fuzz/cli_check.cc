// Target cli: `concord` argument parsing and the commands behind it. Input:
// up to 12 arguments separated by NUL bytes, given to a CLI11 app built by
// the real Register* functions, as main.cc builds it. The run must end with
// exit code 0, 1 or 2, never a crash or an escaping exception. It runs in a
// temporary folder holding a few small fixtures, written afresh for each
// run; arguments with '/' or ".." are skipped, so nothing outside it is
// read or written, and standard input is empty.
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "fuzz/checks.h"
#include "fuzz/invariants.h"

namespace concord::fuzz {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& path, std::string_view text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The temporary folder, made once per process and removed at its exit.
struct Folder {
  fs::path path;
  ~Folder() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

const fs::path& Sandbox() {
  static const Folder folder = [] {
    std::string name = (fs::temp_directory_path() / "concord-fuzz-cli-XXXXXX").string();
    if (mkdtemp(name.data()) == nullptr) std::abort();
    const int null = open("/dev/null", O_RDONLY);  // "-" reads nothing
    if (null >= 0) dup2(null, 0);
    return Folder{fs::path(name)};
  }();
  return folder.path;
}

// Empties `dir` and writes the fixtures again, so that every run starts
// from the same files whatever the last one wrote.
void Reset(const fs::path& d) {
  std::error_code ignored;
  for (const fs::directory_entry& entry : fs::directory_iterator(d, ignored)) {
    fs::remove_all(entry.path(), ignored);
  }
  const std::string a = "The bridge over the harbor closed on Monday after inspectors found "
                        "cracks. Officials said repairs would take two weeks.\n";
  const std::string b = "---\nsource: Courier\n---\nInspectors closed the harbor bridge on "
                        "Monday. Repairs will take two weeks, the city said.\n";
  Write(d / "a.txt", a);
  Write(d / "b.txt", b);
  fs::create_directory(d / "story", ignored);
  Write(d / "story" / "a.txt", a);
  Write(d / "story" / "b.txt", b);
  Write(d / "c.jsonl",
        "{\"id\":\"s1\",\"documents\":[\"The bridge closed on Monday. Repairs take two "
        "weeks.\",\"Inspectors closed the bridge. The city said repairs take two weeks.\"],"
        "\"summaries\":[\"The bridge closed for two weeks of repairs.\"]}\n");
  // A stream of articles for group and digest: two outlets on one story and
  // a third article on another, with times.
  Write(d / "g.jsonl",
        "{\"id\":\"g1\",\"source\":\"Courier\",\"published\":\"2026-03-02T08:00:00Z\","
        "\"title\":\"Harbor bridge closed\",\"text\":\"The harbor bridge closed on Monday after "
        "inspectors found cracks.\"}\n"
        "{\"id\":\"g2\",\"source\":\"Wire\",\"published\":\"2026-03-02T09:30:00Z\","
        "\"text\":\"Inspectors closed the harbor bridge on Monday. Repairs take two weeks.\"}\n"
        "{\"id\":\"g3\",\"source\":\"Ledger\",\"text\":\"The council voted on the school "
        "budget on Tuesday.\"}\n");
  Write(d / "p.params", "position_weight = 1.5\n");
  fs::create_directory(d / "sys", ignored);
  fs::create_directory(d / "refs", ignored);
  Write(d / "sys" / "s1.txt", "the bridge closed on monday\n");
  Write(d / "refs" / "s1.A.txt", "the bridge closed for repairs\n");
}

int RunConcord(std::vector<std::string> args) {
  CLI::App app{"concord"};
  app.set_version_flag("--version", "concord 0.1.0");
  app.require_subcommand(1);
  int exit_code = 0;
  cli::RegisterSummarize(app, &exit_code);
  cli::RegisterSplit(app, &exit_code);
  cli::RegisterCompare(app, &exit_code);
  cli::RegisterQuotes(app, &exit_code);
  cli::RegisterRouge(app, &exit_code);
  cli::RegisterEval(app, &exit_code);
  cli::RegisterTrain(app, &exit_code);
  cli::RegisterExtract(app, &exit_code);
  cli::RegisterGroup(app, &exit_code);
  cli::RegisterDigest(app, &exit_code);
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return exit_code;
}

}  // namespace

std::string CheckCli(std::string_view data) {
  std::vector<std::string> args = {"concord"};
  for (size_t start = 0; start <= data.size() && args.size() <= 12;) {
    size_t end = data.find('\0', start);
    if (end == std::string_view::npos) end = data.size();
    args.emplace_back(data.substr(start, std::min<size_t>(end - start, 200)));
    if (args.back().find('/') != std::string::npos || args.back().find("..") != std::string::npos) {
      return "";
    }
    start = end + 1;
  }
  const fs::path& dir = Sandbox();
  Reset(dir);
  const fs::path cwd = fs::current_path();
  fs::current_path(dir);
  std::ostringstream out, err;
  std::streambuf* const cout = std::cout.rdbuf(out.rdbuf());
  std::streambuf* const cerr = std::cerr.rdbuf(err.rdbuf());
  int code = -1;
  std::string escaped;
  try {
    code = RunConcord(args);
  } catch (const std::exception& e) {
    escaped = e.what();
  }
  std::cout.rdbuf(cout);
  std::cerr.rdbuf(cerr);
  fs::current_path(cwd);
  if (!escaped.empty()) return "exception escaped: " + escaped;
  if (code < 0 || code > 2) return "exit code " + std::to_string(code);
  return "";
}

}  // namespace concord::fuzz
