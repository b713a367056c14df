// concord serve: the HTTP API and store (src/serve/server.h, docs/api.md).
#include <charconv>
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
  cmd->add_option("--queue", options->queue,
                  "Accepted connections that may wait for a worker; past it a request gets "
                  "503 (\"overloaded\", Retry-After) at once")
      ->capture_default_str()
      ->check(WholeNumber(0, 100000));
  cmd->add_option("--timeout", options->timeout_seconds,
                  "Seconds a summarize, compare or quotes request may run; past it: 503 "
                  "\"timeout\" (checked between stages)")
      ->capture_default_str()
      ->check([](const std::string& value) {
        double seconds = 0;
        const auto [end, error] =
            std::from_chars(value.data(), value.data() + value.size(), seconds);
        if (value.empty() || error != std::errc() || end != value.data() + value.size() ||
            !(seconds >= 0.001 && seconds <= 86400)) {
          return "must be a number of seconds from 0.001 to 86400 (got '" + value + "')";
        }
        return std::string();
      });
  cmd->callback([options, exit_code] { *exit_code = serve::RunServer(*options); });
}

}  // namespace concord::cli
