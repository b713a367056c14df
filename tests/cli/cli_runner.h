// Runs the built `concord` binary for end-to-end CLI tests.
#ifndef CONCORD_TESTS_CLI_CLI_RUNNER_H_
#define CONCORD_TESTS_CLI_CLI_RUNNER_H_

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "testing/temp_dir.h"

namespace concord::testing {

// The bundled example story, three outlets' reports of one event.
inline const std::string kExample = std::string(CONCORD_SOURCE_DIR) + "/examples/harbor-bridge";

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `concord <args>` through the shell (args are passed as written), with
// `input` on standard input.
inline CliResult RunConcord(const std::string& args, const std::string& input = "") {
  TempDir dir;
  const std::string in = dir.Write("stdin", input);
  const std::string out = dir.Path("stdout");
  const std::string err = dir.Path("stderr");
  const std::string command = std::string(CONCORD_BINARY) + " " + args + " <" + in + " >" +
                              out + " 2>" + err;
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  auto slurp = [](const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << file.rdbuf();
    return buffer.str();
  };
  result.out = slurp(out);
  result.err = slurp(err);
  return result;
}

// Like RunConcord, but standard output goes to `stdout_path` (e.g.
// "/dev/full"; `out` is then empty), standard input comes from `stdin_path`,
// and `shell_prefix` comes first on the shell line ("ulimit -f 0;" or a
// command such as "timeout 20" that runs concord).
inline CliResult RunConcordRedirected(const std::string& args, const std::string& stdout_path,
                                      const std::string& shell_prefix = "",
                                      const std::string& stdin_path = "/dev/null") {
  TempDir dir;
  const std::string err = dir.Path("stderr");
  const std::string command = shell_prefix + " " + std::string(CONCORD_BINARY) + " " + args +
                              " <" + stdin_path + " >" + stdout_path + " 2>" + err;
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream file(err, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  result.err = buffer.str();
  return result;
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_CLI_CLI_RUNNER_H_
