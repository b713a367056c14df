// concord split PATH: the sentence splitter on one file, for inspection.
//
// Reads the bytes of PATH ('-' for stdin), refuses binary and empty input,
// repairs invalid UTF-8 (counting the replaced sequences on stderr),
// normalises and splits, then prints each sentence from the original text
// through the offset map: one per line with whitespace collapsed, or with
// --format json as JSON Lines {"text", "start", "end"} where start/end are
// byte offsets into the repaired input. No scraper-noise cleaning is done.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "concord/text.h"

namespace concord::cli {
namespace {

struct SplitFlags {
  std::string path;
  std::string format = "text";
};

bool ReadAll(const std::string& path, std::string* bytes) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    *bytes = buffer.str();
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  bytes->assign(std::istreambuf_iterator<char>(in),
                std::istreambuf_iterator<char>());
  return !in.bad();
}

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
  if (flags.path != "-") {
    std::error_code error;
    const auto status = std::filesystem::status(flags.path, error);
    if (!std::filesystem::exists(status)) {
      std::cerr << "concord split: " << name << ": no such file\n";
      return 2;
    }
    if (std::filesystem::is_directory(status)) {
      std::cerr << "concord split: " << name
                << " is a folder; give one text file\n";
      return 2;
    }
  }
  std::string bytes;
  if (!ReadAll(flags.path, &bytes)) {
    std::cerr << "concord split: cannot read " << name << "\n";
    return 2;
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
  std::cout << out << std::flush;
  return std::cout.good() ? 0 : 1;
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
