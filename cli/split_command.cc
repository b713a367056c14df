// concord split PATH: the sentence splitter on one file, for inspection.
//
// Reads the bytes of PATH ('-' for stdin) with io::ReadFile (regular files
// only, 512 MiB at most), decodes UTF-16 with a byte-order mark, refuses
// binary and empty input, repairs invalid UTF-8 and stray NUL bytes
// (counting the replaced ones on stderr),
// normalises and splits, then prints each sentence from the original text
// through the offset map: one per line with whitespace collapsed, or with
// --format json as JSON Lines {"text", "start", "end"} where start/end are
// byte offsets into the repaired input. No scraper-noise cleaning is done.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "commands.h"
#include "concord/api.h"
#include "concord/io.h"
#include "concord/text.h"

namespace concord::cli {
namespace {

struct SplitFlags {
  std::string path;
  std::string format = "text";
};

int Run(const SplitFlags& flags) {
  if (flags.format != "text" && flags.format != "json") {
    std::cerr << "concord split: --format must be text or json (got '" << flags.format << "')\n";
    return 2;
  }
  const std::string name = flags.path == "-" ? "stdin" : flags.path;
  // The one file reader: regular files only (a FIFO or device is refused
  // without blocking), standard input read in chunks, both capped.
  Result<std::string> read = io::ReadFile(flags.path);
  if (!read.ok()) {
    std::cerr << "concord split: " << read.status().message() << "\n";
    return 2;
  }
  // The splitting is the API's (api.h), so that both print the same.
  std::string out;
  std::vector<std::string> notes;
  const Status split =
      api::SplitText(std::move(read).value(), name, flags.format == "json", &out, &notes);
  for (const std::string& note : notes) std::cerr << "concord split: " << note << "\n";
  if (!split.ok()) {
    std::cerr << "concord split: " << split.message() << "\n";
    return 2;
  }
  std::cout << out;  // main checks that standard output took it
  return 0;
}

}  // namespace

void RegisterSplit(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<SplitFlags>();
  CLI::App* cmd =
      app.add_subcommand("split",
                         "Split one text file into sentences (one per line), the way concord "
                         "sees them; no noise cleaning.");
  cmd->add_option("path", flags->path, "Input file ('-' = stdin)")->required();
  cmd->add_option("--format,-f", flags->format,
                  "Output: text (one sentence a line) or json (JSON Lines with "
                  "\"text\", and \"start\"/\"end\" byte offsets into the input "
                  "after UTF-8 repair)")
      ->capture_default_str();
  cmd->callback([flags, exit_code]() { *exit_code = Run(*flags); });
}

}  // namespace concord::cli
