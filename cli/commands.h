// The concord subcommands. Each Register* adds one CLI11 subcommand to
// `app`; when that subcommand runs, its callback stores the process exit code
// in *exit_code: 0 success, 2 bad input or options (one line on stderr that
// names the file, line or option), 1 internal failure.
#ifndef CONCORD_CLI_COMMANDS_H_
#define CONCORD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/status.h"

namespace concord::cli {

void RegisterSummarize(CLI::App& app, int* exit_code);  // summarize_command.cc
void RegisterSplit(CLI::App& app, int* exit_code);      // split_command.cc
void RegisterRouge(CLI::App& app, int* exit_code);      // rouge_command.cc
void RegisterEval(CLI::App& app, int* exit_code);       // eval_command.cc
void RegisterCompare(CLI::App& app, int* exit_code);    // compare_command.cc
void RegisterQuotes(CLI::App& app, int* exit_code);     // quotes_command.cc
void RegisterTrain(CLI::App& app, int* exit_code);      // train_command.cc
void RegisterGroup(CLI::App& app, int* exit_code);      // group_command.cc
void RegisterExtract(CLI::App& app, int* exit_code);    // extract_command.cc
void RegisterDigest(CLI::App& app, int* exit_code);     // digest_command.cc

// `concord eval --task extract`: scores the extractor on the benchmark in
// folder `data` (extract_eval.cc); per-page results go to `out` when set.
// Returns the exit code.
int RunExtractEval(const std::string& data, int threads, size_t limit, const std::string& out);

// Expert overrides of the default method's parameters, for the commands
// that summarize: --params FILE (what `concord train` writes: "name = value"
// lines, '#' comments, blank lines) and repeated --set name=value.
struct ParameterFlags {
  std::string file;
  std::vector<std::string> set;
};

// A params file that `concord train` writes starts with kTrainHeader and
// ends with the kTrainEnd line, so that a cut-off copy is an error when read.
inline constexpr const char* kTrainHeader = "# concord train";
inline constexpr const char* kTrainEnd = "# end of concord train output";

// Adds --params and --set (whose help lists every parameter with its
// default) to `cmd`.
void AddParameterOptions(CLI::App* cmd, ParameterFlags* flags);

// Appends the overrides to `out`, the file's first so that --set wins;
// fails with a message that starts with the option and names the file and
// line or the item. Names and ranges are checked by the library.
Status CollectParameters(const ParameterFlags& flags,
                         std::vector<std::pair<std::string, double>>& out);

// The parser behind --params: `contents` of the file `path` (named in
// messages) appended to `out`. Fails naming the file and line; an empty
// file, one without a parameter, one whose last line has no newline and a
// kTrainHeader file without its kTrainEnd line fail as cut off.
Status ParseParameterFile(std::string_view contents, const std::string& path,
                          std::vector<std::pair<std::string, double>>& out);
// Adds --threads,-j N to `cmd`: how many threads the command runs on,
// every core when not given (DefaultThreads() in batch.h is the usual
// default of `*threads`); 0 and negative values are rejected (exit 2).
void AddThreadsOption(CLI::App* cmd, int* threads);

// The method names, comma-separated ("default, lead, ..."), and whether
// `name` is one of them.
std::string MethodList();
bool IsMethod(const std::string& name);

}  // namespace concord::cli

#endif  // CONCORD_CLI_COMMANDS_H_
