// Internal to concord_io; use concord/io.h instead.
//
// A fast path for the JSON of one JSON Lines line. nlohmann's parser builds
// every string a character at a time (a fifth of a summarize batch went to
// reading its JSON Lines); this one copies the runs of a string between
// escapes at once. It reads the subset that article and cluster lines use
// (objects, arrays, strings, numbers (read by nlohmann), null, true,
// false, JSON whitespace) and gives up, returning nullopt, on anything else
// (\u escapes of surrogates or of U+0000, a control character in a string,
// a byte-order mark, nesting past 32, text after the value, any error). The
// caller then parses the line with nlohmann, so that the result, and every
// error, is exactly nlohmann's: what the fast path returns is the value
// nlohmann::json::parse returns for the same text (a repeated key keeps
// its last value, as there). tests/io/json_lines_fast_test.cc compares them.
#ifndef CONCORD_SRC_IO_JSON_LINES_FAST_H_
#define CONCORD_SRC_IO_JSON_LINES_FAST_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace concord::io::internal {

// REQUIRES: `line` is valid UTF-8.
std::optional<nlohmann::json> ParseJsonFast(std::string_view line);

}  // namespace concord::io::internal

#endif  // CONCORD_SRC_IO_JSON_LINES_FAST_H_
