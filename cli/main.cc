// concord: the command-line tool. Dispatches to one file per subcommand;
// each is a thin layer over the library (include/concord/).
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace {

// Flushes and closes standard output (C++ and C streams) and says whether
// every write to it succeeded: a full disk or a closed pipe must not end in
// exit 0 with the output silently lost. On failure prints one line naming
// "standard output" and returns false.
bool StandardOutputWritten(const std::string& command) {
  errno = 0;
  std::cout.flush();
  bool ok = std::cout.good();
  int error = errno;
  if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    ok = false;
    if (errno != 0) error = errno;
  }
  if (std::fclose(stdout) != 0 && ok) {
    ok = false;
    error = errno;
  }
  if (ok) return true;
  std::cerr << "concord" << (command.empty() ? "" : " " + command)
            << ": cannot write standard output: "
            << (error != 0 ? std::strerror(error) : "write failed (disk full or output closed?)")
            << "\n";
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "concord: one short, sourced summary of many news articles about the same "
      "story.\n\nStart with:  concord summarize examples/harbor-bridge --words 80\n"
      "Every command has --help."};
  app.set_version_flag("--version", "concord 0.1.0");
  app.require_subcommand(1);
  int exit_code = 0;
  concord::cli::RegisterSummarize(app, &exit_code);
  concord::cli::RegisterSplit(app, &exit_code);
  concord::cli::RegisterCompare(app, &exit_code);
  concord::cli::RegisterQuotes(app, &exit_code);
  concord::cli::RegisterRouge(app, &exit_code);
  concord::cli::RegisterEval(app, &exit_code);
  concord::cli::RegisterTrain(app, &exit_code);
  concord::cli::RegisterExtract(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help, version or the error
    if (!StandardOutputWritten("")) return 2;
    return code == 0 ? 0 : 2;
  }
  const std::vector<CLI::App*> commands = app.get_subcommands();
  if (!StandardOutputWritten(commands.empty() ? "" : commands[0]->get_name())) return 2;
  return exit_code;
}
