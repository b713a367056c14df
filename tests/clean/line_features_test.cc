// ScanLine (src/clean/line_features.cc) is the fast gate in front of the
// rules: it must never miss a trigger that a plain search finds. Checked
// against a slow, obvious reference on generated lines.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "clean/rules.h"

namespace concord::internal::clean {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return s;
}

bool Contains(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

LineFeatures Reference(const std::string& line) {
  const std::string lower = Lower(line);
  LineFeatures f;
  f.crawl = Contains(lower, "craw");
  f.archive = Contains(lower, "archiv");
  f.handle = Contains(line, "(@");
  f.pic_link = Contains(line, "pic.twitter.com/");
  f.post_shared = Contains(line, "A post shared by ");
  f.more = Contains(line, "MORE");
  f.subscribe = Contains(lower, "inbox") || Contains(lower, "sig") ||
                Contains(lower, "subscri") || Contains(lower, "newsletter");
  f.reserved = Contains(lower, "reserv");
  return f;
}

TEST(ScanLine, AgreesWithPlainSearchOnGeneratedLines) {
  const std::vector<std::string> pieces = {
      "Crawl", "cRAWL", "craw", "l", "Archive", "archiv", "e", "(@", "(", "@",
      "pic.twitter.com/", "pic.twitter", "A post shared by ", "A post",
      "MORE", "MOR", "E", "inbox", "Sign", "Subscribe", "newsletter",
      "reserved", " said", " told", " says", " ", "x", "\xC3\xA9"};
  uint32_t state = 7;
  for (int round = 0; round < 5000; ++round) {
    std::string line;
    const int count = 1 + round % 12;
    for (int i = 0; i < count; ++i) {
      state = state * 1664525u + 1013904223u;
      line += pieces[(state >> 8) % pieces.size()];
    }
    const LineFeatures fast = ScanLine(line);
    const LineFeatures slow = Reference(line);
    ASSERT_EQ(fast.crawl, slow.crawl) << line;
    ASSERT_EQ(fast.archive, slow.archive) << line;
    ASSERT_EQ(fast.handle, slow.handle) << line;
    ASSERT_EQ(fast.pic_link, slow.pic_link) << line;
    ASSERT_EQ(fast.post_shared, slow.post_shared) << line;
    ASSERT_EQ(fast.more, slow.more) << line;
    ASSERT_EQ(fast.subscribe, slow.subscribe) << line;
    ASSERT_EQ(fast.reserved, slow.reserved) << line;
  }
}

// A share or copyright line that reports speech (" said", " says",
// " told" anywhere, case as written) is prose and is kept.
TEST(ShareSubscribeLine, SpeechAnywhereKeepsTheLine) {
  const std::string share = "Follow us on Twitter for updates";
  EXPECT_TRUE(IsShareSubscribeLine(share, ScanLine(share)));
  for (const std::string tail : {", she said", ", he says", " as the mayor told", " said"}) {
    const std::string line = share + tail;
    EXPECT_FALSE(IsShareSubscribeLine(line, ScanLine(line))) << line;
  }
  for (const std::string tail : {", Said", ", unsaid", " (told)", " tol"}) {
    const std::string line = share + tail;
    EXPECT_TRUE(IsShareSubscribeLine(line, ScanLine(line))) << line;
  }
}

}  // namespace
}  // namespace concord::internal::clean
