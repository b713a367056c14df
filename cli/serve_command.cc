// concord serve: the HTTP API and store (src/serve/server.h, docs/api.md).
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/options.h"
#include "src/serve/server.h"

namespace concord::cli {

void RegisterServe(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<serve::ServeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Serve the HTTP API (docs/api.md): stateless summarize/compare/quotes/extract, and "
      "stories grouped from posted articles, kept in a SQLite file.");
  cmd->add_option("--db", options->db, "The SQLite store (created when missing)")
      ->capture_default_str();
  cmd->add_option("--bind", options->bind, "Address to listen on (loopback by default)")
      ->capture_default_str();
  cmd->add_option("--port", options->port, "Port to listen on (0: a free port)")
      ->capture_default_str()
      ->check(WholeNumber(0, 65535));
  cmd->add_option("--token", options->token,
                  "When set, POST and DELETE need the header 'Authorization: Bearer TOKEN'");
  cmd->add_option("--threads,-j", options->threads, "Worker threads")
      ->capture_default_str()
      ->check(WholeNumber(1, kMaxThreads));
  cmd->callback([options, exit_code] { *exit_code = serve::RunServer(*options); });
}

}  // namespace concord::cli
