// The look-ups that keep one long paragraph from costing quadratic time
// (quote_nearest.h, quote_resolve.h): each must give what a scan of the
// bytes or of every name gives. Texts written here.
#include "compare/quote_nearest.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "compare/quote_resolve.h"
#include "concord/text.h"

namespace concord::compare::internal {
namespace {

// The paragraph breaks of text[from, to) counted byte by byte, as
// NearestSpeaker counted them before ParagraphBreaks.
size_t ScannedBreaks(std::string_view text, size_t from, size_t to) {
  size_t breaks = 0;
  bool in_break = false;
  for (size_t k = from; k < to; ++k) {
    const char c = text[k];
    if (c == '\n') {
      if (!in_break) ++breaks;
      in_break = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      in_break = false;
    }
  }
  return breaks;
}

void ExpectBreaksAsScanned(const std::string& text) {
  const ParagraphBreaks breaks(text);
  for (size_t from = 0; from <= text.size(); ++from) {
    for (size_t to = from; to <= text.size(); ++to) {
      ASSERT_EQ(breaks.Between(from, to), ScannedBreaks(text, from, to))
          << "[" << from << ", " << to << ") of \"" << text << "\"";
    }
  }
}

TEST(ParagraphBreaks, ABlankLineOfSpacesIsOneBreak) {
  const std::string text = "Lowe spoke. \n \n Okafor left.\n\nReyes came.";
  const ParagraphBreaks breaks(text);
  EXPECT_EQ(breaks.Between(0, text.size()), 2u);
  // From inside the blank line: its second line break opens the break.
  EXPECT_EQ(breaks.Between(text.find('\n') + 1, text.size()), 2u);
  EXPECT_EQ(breaks.Between(0, text.find("Okafor")), 1u);
  EXPECT_EQ(breaks.Between(text.find("Okafor"), text.find("Reyes")), 1u);
  ExpectBreaksAsScanned(text);
}

TEST(ParagraphBreaks, AgreesWithAScanOnEveryRange) {
  ExpectBreaksAsScanned("");
  ExpectBreaksAsScanned("\n");
  ExpectBreaksAsScanned("a \r\n\t\n b\n\nc \n");
  std::mt19937 random(27);
  const std::string bytes = " \n\t\ra.";
  for (int round = 0; round < 200; ++round) {
    std::string text(random() % 24, ' ');
    for (char& c : text) c = bytes[random() % bytes.size()];
    ExpectBreaksAsScanned(text);
  }
}

// The names of `text` as NameArticle finds them.
struct Named {
  explicit Named(std::string t) : text(std::move(t)), scan(text::ScanWords(text)) {}
  std::string text;
  text::WordScan scan;
  ArticleNames names = NameArticle(TextWords(text, scan));
};

TEST(ArticleNames, PositionLookUpsAgreeWithAScanOfEveryName) {
  const Named a(
      "Mayor Ada Okafor met Tom Reyes and the Harbor Authority on Monday. \"It will open,\" "
      "Okafor said. Ben Lowe of Ohio, who leads Acme Corp., said Reyes was late.");
  const std::vector<FoundName>& names = a.names.names;
  ASSERT_GE(names.size(), 5u);
  for (size_t start = 0; start <= a.text.size(); ++start) {
    size_t first_from = names.size();
    for (size_t i = names.size(); i-- > 0;) {
      if (names[i].start >= start) first_from = i;
    }
    ASSERT_EQ(a.names.FirstFrom(start), first_from) << start;
    for (size_t end = start; end <= a.text.size(); ++end) {
      size_t first = names.size();
      bool person = false;
      for (size_t i = 0; i < names.size(); ++i) {
        if (!(names[i].start < end && start < names[i].end)) continue;
        if (first == names.size()) first = i;
        person = person || a.names.IsPerson(i);
      }
      ASSERT_EQ(a.names.FirstOverlapping(start, end), first) << start << " " << end;
      ASSERT_EQ(a.names.PersonIn(start, end), person) << start << " " << end;
    }
  }
}

TEST(ArticleNames, ASurnameNamesItsOnePerson) {
  const Named a("Ada Okafor met Tom Reyes. Later Ben Reyes came.");
  EXPECT_EQ(a.names.by_surname.at("okafor"), "Ada Okafor");
  EXPECT_EQ(a.names.by_surname.at("reyes"), "");  // two people
  EXPECT_FALSE(a.names.by_surname.contains("ada"));
}

}  // namespace
}  // namespace concord::compare::internal
