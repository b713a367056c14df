// concord: the command-line tool. Dispatches to one file per subcommand;
// each is a thin layer over the library (include/concord/).
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

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
  concord::cli::RegisterGroup(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help, version or the error
    return code == 0 ? 0 : 2;
  }
  return exit_code;
}
