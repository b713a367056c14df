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
#include <optional>
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

// A flag without a value that changes scores or only printing; false
// when `flag` is not one.
bool ApplySwitch(std::string_view flag, RougeOptions& options) {
  if (flag == "-m") {
    options.stem = true;
  } else if (flag == "-s") {
    options.remove_stopwords = true;
  } else if (flag == "-u") {
    options.skip_unigrams = true;
  } else if (flag == "-x") {
    options.rouge_l = false;
  } else if (flag != "-a" && flag != "-d") {  // -a, -d: printing only
    return false;
  }
  return true;
}

Status Invalid(const std::string& flag, const std::string& what, std::string_view text) {
  return Status::InvalidArgument("ROUGE flag " + flag + ": " + what + ", got '" +
                                 std::string(text) + "'");
}

// A flag with a value that is not a plain integer: -f, -p, -t, -z.
Status ApplyTextFlag(const std::string& flag, std::string_view text, RougeOptions& options) {
  if (flag == "-f") {
    if (text == "A") {
      options.aggregate = RougeOptions::Aggregate::kAverage;
    } else if (text == "B") {
      options.aggregate = RougeOptions::Aggregate::kBest;
    } else {
      return Invalid(flag, "expected A (model average) or B (best model)", text);
    }
  } else if (flag == "-p") {
    if (!ParseDouble(text, &options.alpha) || options.alpha < 0 || options.alpha > 1) {
      return Invalid(flag, "alpha must be a number from 0 to 1", text);
    }
  } else if (flag == "-t" && text != "0") {
    return Status::InvalidArgument(
        "ROUGE flag -t: only -t 0 (average over summaries) is supported");
  } else if (flag == "-z" && text != "SPL") {
    return Status::InvalidArgument("ROUGE flag -z: only SPL (one sentence a line) is supported");
  }
  return Status::Ok();
}

// A flag with an integer value: the option it sets (none for -2, whose
// value is optional<int>, and for -c and -r, bootstrap settings that are
// read and dropped) and its least value.
struct IntegerFlag {
  int* target = nullptr;
  int minimum = 0;
};

std::optional<IntegerFlag> IntegerFlagOf(std::string_view flag, RougeOptions& options) {
  if (flag == "-n") return IntegerFlag{&options.max_n, 0};
  if (flag == "-l") return IntegerFlag{&options.word_limit, 0};
  if (flag == "-b") return IntegerFlag{&options.byte_limit, 0};
  if (flag == "-2") return IntegerFlag{nullptr, -1000000};
  if (flag == "-c" || flag == "-r") return IntegerFlag{nullptr, 0};
  return std::nullopt;
}

}  // namespace

Result<RougeOptions> ParseRougeFlags(std::string_view flags) {
  RougeOptions options;
  options.max_n = 0;  // the script computes no ROUGE-N without -n
  const std::vector<std::string_view> words = SplitBlanks(flags);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string flag(words[i]);
    if (ApplySwitch(flag, options)) continue;
    const std::optional<IntegerFlag> integer = IntegerFlagOf(flag, options);
    const bool text = flag == "-f" || flag == "-p" || flag == "-t" || flag == "-z";
    if (!integer && !text) {
      return Status::InvalidArgument("ROUGE flag " + flag + " is not supported");
    }
    if (i + 1 >= words.size()) {
      return Status::InvalidArgument("ROUGE flag " + flag + " needs a value");
    }
    const std::string_view value = words[++i];
    if (text) {
      if (Status status = ApplyTextFlag(flag, value, options); !status.ok()) return status;
      continue;
    }
    int number = 0;
    if (!ParseInt(value, &number) || number < integer->minimum) {
      return Invalid(flag, "expected an integer >= " + std::to_string(integer->minimum), value);
    }
    if (integer->target != nullptr) *integer->target = number;
    if (flag == "-2") options.skip_distance = number;
  }
  if (options.word_limit > 0 && options.byte_limit > 0) {
    return Status::InvalidArgument("ROUGE flags -l and -b cannot be combined");
  }
  // The script ignores -u without -2.
  if (!options.skip_distance.has_value()) options.skip_unigrams = false;
  return options;
}

}  // namespace concord::eval
