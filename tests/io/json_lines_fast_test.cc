// The fast JSON path of JSON Lines reading (src/io/json_lines_fast.h):
// whatever it accepts, nlohmann::json::parse reads to the same value, and
// it accepts nothing that nlohmann rejects.
#include "io/json_lines_fast.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord::io::internal {
namespace {

using nlohmann::json;

// Checks one text against nlohmann; returns whether the fast path took it.
bool AgreesWithNlohmann(const std::string& text) {
  const std::optional<json> fast = ParseJsonFast(text);
  const json slow = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (fast) {
    EXPECT_FALSE(slow.is_discarded()) << "fast path accepted invalid JSON: " << text;
    EXPECT_EQ(*fast, slow) << text;
  }
  return fast.has_value();
}

TEST(ParseJsonFastTest, ReadsArticleAndClusterLines) {
  const std::vector<std::string> lines = {
      R"({"id":"a1","source":"Harbor Times","title":"Bridge shut","text":"The bridge closed."})",
      R"({"id": "c1", "documents": ["First text.", {"text": "Second", "url": null}],)"
      R"( "summaries": ["A summary."]})",
      R"(  {"text":"tabs\tand \"quotes\" and \\ and \/ and \n\r\b\f"}  )",
      R"({"text":"caf\u00e9 \u20ac \u0041"})",
      "{\"text\":\"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\"}",
      R"({"a":"1","a":"2"})",
      R"({"flags":[true,false,null],"empty":{},"list":[]})",
      R"({"meta":{"idx":4,"neg":-12,"big":18446744073709551615,"f":-1.5e3,"z":0}})",
      R"("just a string")",
      R"([])",
  };
  for (const std::string& line : lines) {
    EXPECT_TRUE(AgreesWithNlohmann(line)) << "fast path left a plain line: " << line;
  }
  EXPECT_EQ((*ParseJsonFast(R"({"a":"1","a":"2"})"))["a"], "2");
}

TEST(ParseJsonFastTest, LeavesTheRestToNlohmann) {
  const std::vector<std::string> lines = {
      R"({"n": 05})",                  // a leading zero
      R"({"n": 1-2})",                 // not a number
      R"({"n": -})",                   // a sign alone
      R"({"n": 1.})",                  // no digit after the point
      R"({"s": "\ud83d\ude00"})",      // a surrogate pair
      R"({"s": "\u0000"})",            // U+0000
      "{\"s\": \"raw\ttab\"}",         // a control character in a string
      "\xEF\xBB\xBF{\"s\": \"bom\"}",  // a byte-order mark
      R"({"s": "x"} trailing)",        // text after the value
      R"({"s": "x",})",                // trailing comma
      R"({"s": "unterminated})",       // no closing quote
      R"({"s": "bad \x escape"})",     // unknown escape
      R"({"s": "\u12"})",              // short \u
      R"({'s': "single"})",            // not JSON
      R"({"s" "x"})",                  // no colon
      R"([nul])",                      // a broken literal
      R"({"a":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})",
      "",
      "   ",
  };
  for (const std::string& line : lines) {
    EXPECT_FALSE(AgreesWithNlohmann(line)) << "fast path took: " << line;
  }
}

// Every prefix of a valid line is either rejected by both or read alike.
TEST(ParseJsonFastTest, PrefixesAgree) {
  const std::string line =
      R"({"id":"c9","documents":["One \"two\" three.",{"title":"T","text":"caf\u00e9"}],)"
      R"("summaries":["S"],"meta":{"ok":true,"none":null}})";
  size_t accepted = 0;
  for (size_t n = 0; n <= line.size(); ++n) accepted += AgreesWithNlohmann(line.substr(0, n));
  EXPECT_EQ(accepted, 1u);  // the whole line only
}

}  // namespace
}  // namespace concord::io::internal
