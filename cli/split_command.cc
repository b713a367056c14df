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
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "concord/io.h"
#include "concord/text.h"

namespace concord::cli {
namespace {

struct SplitFlags {
  std::string path;
  std::string format = "text";
};

bool IsBlank(std::string_view bytes) {
  for (char c : bytes) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
        c != '\v') {
      return false;
    }
  }
  return true;
}

int Run(const SplitFlags& flags) {
  if (flags.format != "text" && flags.format != "json") {
    std::cerr << "concord split: --format must be text or json (got '"
              << flags.format << "')\n";
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
  std::string bytes = std::move(read).value();
  if (std::optional<text::Utf8Repair> decoded = text::DecodeUtf16(bytes)) {
    std::cerr << "concord split: " << name << ": decoded UTF-16 to UTF-8\n";
    bytes = std::move(decoded->text);
  }
  if (text::LooksBinary(bytes)) {
    std::cerr << "concord split: " << name << " looks binary, not text\n";
    return 2;
  }
  text::Utf8Repair repaired = text::RepairUtf8(bytes);
  if (repaired.invalid > 0) {
    std::cerr << "concord split: " << name << ": replaced "
              << repaired.invalid << " invalid UTF-8 sequence(s) with U+FFFD\n";
  }
  if (const size_t nul = text::ReplaceNul(repaired.text); nul > 0) {
    std::cerr << "concord split: " << name << ": replaced " << nul
              << " NUL byte(s) with U+FFFD\n";
  }
  const std::string& original = repaired.text;
  const text::Normalized normalized = text::Normalize(original);
  if (normalized.text.empty() || IsBlank(normalized.text)) {
    std::cerr << "concord split: " << name << " is empty\n";
    return 2;
  }
  const bool json = flags.format == "json";
  std::string out;
  for (const text::ByteSpan& span : text::SplitSentences(normalized.text)) {
    if (span.end <= span.start) continue;
    // The same mapping Analyze uses, so that split shows the spans
    // summarize cites (characters normalisation dropped right after a
    // sentence, such as a zero-width space, are not part of it).
    const text::ByteSpan in_original = text::ToOriginal(normalized, span, original);
    const size_t start = in_original.start;
    const size_t end = in_original.end;
    const std::string sentence = text::CollapseWhitespace(
        std::string_view(original).substr(start, end - start));
    if (json) {
      const nlohmann::ordered_json line = {
          {"text", sentence}, {"start", start}, {"end", end}};
      out += line.dump();
    } else {
      out += sentence;
    }
    out += '\n';
  }
  std::cout << out;  // main checks that standard output took it
  return 0;
}

}  // namespace

void RegisterSplit(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<SplitFlags>();
  CLI::App* cmd = app.add_subcommand(
      "split",
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
