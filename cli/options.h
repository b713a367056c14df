// What every subcommand's options and output share, so that each rule is
// written once: whole-number options are checked strictly (CLI11 alone
// wraps "-1" to 18446744073709551615, reads "0x10" as 16 and "" as the
// default), and JSON output is valid UTF-8 whatever bytes the user's file
// names or option values carry.
//
//   cmd->add_option("--words,-w", flags->words, "...")->check(WholeNumber(1, kMaxBudget));
//   std::cout << DumpJson(object) << "\n";
//
// Thread-safety: plain functions, thread-safe.
#ifndef CONCORD_CLI_OPTIONS_H_
#define CONCORD_CLI_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace concord::cli {

// Largest budget (--words, --bytes, --sentences): far above any summary,
// far below where counts overflow.
inline constexpr long long kMaxBudget = 1'000'000'000;
// Largest --threads / -j: more threads than this is a typo.
inline constexpr long long kMaxThreads = 4096;
// Largest count of items (--limit).
inline constexpr long long kMaxCount = 1'000'000'000'000;

// A CLI11 check that the value is a whole number in [min, max] written in
// plain decimal: optional '-' (only when min < 0), then digits. Rejects "",
// "+3", "0x10", "1e3", " 5" and out-of-range values; CLI11 reports the
// failure as "--option: must be a whole number from MIN to MAX (got 'X')".
CLI::Validator WholeNumber(long long min, long long max);

// Prints "concord <command>: <message>" on stderr and returns 2, the exit
// code of bad input and bad options.
int BadInput(std::string_view command, const std::string& message);

// `text` with every invalid UTF-8 sequence replaced by U+FFFD (valid text
// comes back unchanged).
std::string ValidUtf8(std::string_view text);

// `json` serialized (one line when indent < 0); invalid UTF-8 in any string
// becomes U+FFFD instead of throwing nlohmann's type_error.316.
template <typename Json>
std::string DumpJson(const Json& json, int indent = -1) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace concord::cli

#endif  // CONCORD_CLI_OPTIONS_H_
