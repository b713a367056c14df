// concord: the command-line tool. Dispatches to one file per subcommand;
// each is a thin layer over the library (include/concord/).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "concord/io.h"

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

// The names of the subcommands, comma-separated.
std::string CommandList(const CLI::App& app) {
  std::string names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names += (names.empty() ? "" : ", ") + sub->get_name();
  }
  return names;
}

// Usage problems CLI11 finds before any command runs, reported like the
// commands' own: one line "concord <command>: ...", exit code 2. Returns
// -1 when the arguments are worth handing to CLI11.
int CheckCommand(const CLI::App& app, int argc, char** argv) {
  if (argc < 2) {
    std::cerr << app.help() << "\nconcord: give a command (" << CommandList(app) << ")\n";
    return 2;
  }
  const std::string first = argv[1];
  const bool known = !app.get_subcommands([&](const CLI::App* sub) {
                          return sub->check_name(first);
                        }).empty();
  if (first.empty() || (first[0] != '-' && !known)) {
    std::cerr << "concord: unknown command '" << first << "' (commands: " << CommandList(app)
              << "; concord --help)\n";
    return 2;
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  concord::io::RemoveTemporariesOnSignal();
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
  concord::cli::RegisterGroup(app, &exit_code);
  concord::cli::RegisterDigest(app, &exit_code);
  concord::cli::RegisterServe(app, &exit_code);
  if (const int code = CheckCommand(app, argc, argv); code >= 0) return code;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      const int code = app.exit(e);  // --help, --version
      return StandardOutputWritten("") ? code : 2;
    }
    std::string command = "concord";
    for (const CLI::App* sub : app.get_subcommands()) command += " " + sub->get_name();
    std::cerr << command << ": " << e.what() << " (" << command << " --help)\n";
    return 2;
  }
  const std::vector<CLI::App*> commands = app.get_subcommands();
  if (!StandardOutputWritten(commands.empty() ? "" : commands[0]->get_name())) return 2;
  return exit_code;
}
