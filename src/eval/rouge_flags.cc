// ROUGE-1.5.5 flags ("-n 2 -2 4 -u -m -f A -p 0.5") to RougeOptions.
//
// The script parses its flags with Getopt::Std ('ahHb:c:de:f:l:mMn:p:st:
// r:2:3:w:uUvxz:'). We take the ones that change scores, accept the ones
// that only change its printing or bootstrap (-a -d -c -r -t 0 -z SPL), and
// refuse the rest by name (-3 BE, -w ROUGE-W, -M, -U, -e: not implemented
// or not meaningful here), so a flag string from a paper either gives the
// same numbers or an error, never silently different ones.
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "concord/rouge.h"

namespace concord::eval {
namespace {

std::vector<std::string_view> SplitBlanks(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    std::size_t start = pos;
    while (pos < text.size() && text[pos] != ' ' && text[pos] != '\t') ++pos;
    if (pos > start) words.push_back(text.substr(start, pos - start));
  }
  return words;
}

bool ParseInt(std::string_view text, int* value) {
  const char* end = text.data() + text.size();
  auto [ptr, error] = std::from_chars(text.data(), end, *value);
  return error == std::errc() && ptr == end;
}

bool ParseDouble(std::string_view text, double* value) {
  std::string copy(text);
  char* end = nullptr;
  *value = std::strtod(copy.c_str(), &end);
  return !copy.empty() && end == copy.c_str() + copy.size() &&
         std::isfinite(*value);
}

}  // namespace

Result<RougeOptions> ParseRougeFlags(std::string_view flags) {
  RougeOptions options;
  options.max_n = 0;  // the script computes no ROUGE-N without -n
  const std::vector<std::string_view> words = SplitBlanks(flags);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string flag(words[i]);
    auto value = [&](std::string_view* out) -> Status {
      if (i + 1 >= words.size()) {
        return Status::InvalidArgument("ROUGE flag " + flag + " needs a value");
      }
      *out = words[++i];
      return Status::Ok();
    };
    auto int_value = [&](int minimum, int* out) -> Status {
      std::string_view text;
      if (Status status = value(&text); !status.ok()) return status;
      if (!ParseInt(text, out) || *out < minimum) {
        return Status::InvalidArgument("ROUGE flag " + flag +
                                       ": expected an integer >= " +
                                       std::to_string(minimum) + ", got '" +
                                       std::string(text) + "'");
      }
      return Status::Ok();
    };
    Status status;
    if (flag == "-n") {
      status = int_value(0, &options.max_n);
    } else if (flag == "-m") {
      options.stem = true;
    } else if (flag == "-s") {
      options.remove_stopwords = true;
    } else if (flag == "-u") {
      options.skip_unigrams = true;
    } else if (flag == "-x") {
      options.rouge_l = false;
    } else if (flag == "-l") {
      status = int_value(0, &options.word_limit);
    } else if (flag == "-b") {
      status = int_value(0, &options.byte_limit);
    } else if (flag == "-2") {
      int distance = 0;
      status = int_value(-1000000, &distance);
      if (status.ok()) options.skip_distance = distance;
    } else if (flag == "-f") {
      std::string_view text;
      status = value(&text);
      if (status.ok()) {
        if (text == "A") {
          options.aggregate = RougeOptions::Aggregate::kAverage;
        } else if (text == "B") {
          options.aggregate = RougeOptions::Aggregate::kBest;
        } else {
          status = Status::InvalidArgument(
              "ROUGE flag -f: expected A (model average) or B (best model), "
              "got '" + std::string(text) + "'");
        }
      }
    } else if (flag == "-p") {
      std::string_view text;
      status = value(&text);
      if (status.ok() && (!ParseDouble(text, &options.alpha) ||
                          options.alpha < 0 || options.alpha > 1)) {
        status = Status::InvalidArgument(
            "ROUGE flag -p: alpha must be a number from 0 to 1, got '" +
            std::string(text) + "'");
      }
    } else if (flag == "-a" || flag == "-d") {
      // printing only
    } else if (flag == "-c" || flag == "-r") {
      int ignored = 0;
      status = int_value(0, &ignored);
    } else if (flag == "-t") {
      std::string_view text;
      status = value(&text);
      if (status.ok() && text != "0") {
        status = Status::InvalidArgument(
            "ROUGE flag -t: only -t 0 (average over summaries) is supported");
      }
    } else if (flag == "-z") {
      std::string_view text;
      status = value(&text);
      if (status.ok() && text != "SPL") {
        status = Status::InvalidArgument(
            "ROUGE flag -z: only SPL (one sentence a line) is supported");
      }
    } else {
      status = Status::InvalidArgument("ROUGE flag " + flag +
                                       " is not supported");
    }
    if (!status.ok()) return status;
  }
  if (options.word_limit > 0 && options.byte_limit > 0) {
    return Status::InvalidArgument("ROUGE flags -l and -b cannot be combined");
  }
  // The script ignores -u without -2.
  if (!options.skip_distance.has_value()) options.skip_unigrams = false;
  return options;
}

}  // namespace concord::eval
