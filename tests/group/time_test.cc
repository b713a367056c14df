// ParseTime and FormatTime on times written for these tests.
#include <gtest/gtest.h>

#include "concord/group.h"

namespace concord::group {
namespace {

int64_t Parsed(const std::string& text) {
  Result<int64_t> time = ParseTime(text);
  EXPECT_TRUE(time.ok()) << text << ": " << time.status().message();
  return time.ok() ? time.value() : -1;
}

TEST(ParseTime, ReadsIsoDatesAndTimes) {
  EXPECT_EQ(Parsed("1970-01-01"), 0);
  EXPECT_EQ(Parsed("1970-01-02T00:00:01Z"), 86401);
  EXPECT_EQ(Parsed("2024-05-01"), 1714521600);
  EXPECT_EQ(Parsed("2024-05-01T10:20"), 1714521600 + 10 * 3600 + 20 * 60);
  EXPECT_EQ(Parsed("2024-05-01 10:20:30.25"), 1714521600 + 37230);
  EXPECT_EQ(Parsed("2024-05-01T12:20:30+02:00"), 1714521600 + 37230);
  EXPECT_EQ(Parsed("2024-05-01T05:20:30-0500"), 1714521600 + 37230);
  EXPECT_EQ(Parsed("2024-02-29T00:00:00Z"), 1709164800);
}

TEST(ParseTime, ReadsRfc2822) {
  EXPECT_EQ(Parsed("Wed, 01 May 2024 10:20:30 GMT"), 1714521600 + 37230);
  EXPECT_EQ(Parsed("1 May 2024 12:20:30 +0200"), 1714521600 + 37230);
  // RFC 2822's obsolete zone names, which feeds still write.
  EXPECT_EQ(Parsed("Wed, 01 May 2024 05:20:30 EST"), 1714521600 + 37230);
  EXPECT_EQ(Parsed("Wed, 01 May 2024 03:20:30 PDT"), 1714521600 + 37230);
  EXPECT_EQ(Parsed("Wed, 01 May 2024 10:20:30 UT"), 1714521600 + 37230);
  EXPECT_FALSE(ParseTime("Wed, 01 May 2024 10:20:30 XST").ok());
}

TEST(ParseTime, RejectsWhatIsNotATime) {
  for (const char* bad : {"", "yesterday", "2024-13-01", "2023-02-29", "2024-05-01T25:00",
                          "2024-05-01T10:20 EST", "May 2024", "2024-05-01Tnoon"}) {
    Result<int64_t> time = ParseTime(bad);
    EXPECT_FALSE(time.ok()) << bad;
  }
}

TEST(FormatTime, RoundTripsThroughParseTime) {
  for (const int64_t t : {int64_t{0}, int64_t{951782400}, int64_t{1714558830}, int64_t{-86400},
                          int64_t{4102444799}}) {
    const std::string text = FormatTime(t);
    EXPECT_EQ(Parsed(text), t) << text;
  }
  EXPECT_EQ(FormatTime(1714558830), "2024-05-01T10:20:30Z");
}

}  // namespace
}  // namespace concord::group
