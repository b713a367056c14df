#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "concord/text.h"
#include "testing/reference_normalize.h"

namespace concord::text {
namespace {

// The contract of Normalized::to_original, checked on any output.
void ExpectValidMap(std::string_view original, const Normalized& n) {
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  for (size_t i = 0; i + 1 < n.to_original.size(); ++i) {
    ASSERT_LE(n.to_original[i], n.to_original[i + 1]) << "at " << i;
    ASSERT_LT(n.to_original[i], original.size()) << "at " << i;
  }
  ASSERT_LE(n.to_original.back(), original.size());
  EXPECT_TRUE(IsValidUtf8(n.text));
}

TEST(ToOriginal, EndsAfterTheLastCharacterAndLeavesDroppedOnesOut) {
  // A curly closing quote (3 bytes, normalised to one) ends the sentence;
  // a zero-width space (dropped) follows it.
  const std::string original = "He said \xE2\x80\x9Cyes.\xE2\x80\x9D\xE2\x80\x8B Then left.";
  const Normalized n = Normalize(original);
  const std::vector<ByteSpan> sentences = SplitSentences(n.text);
  ASSERT_EQ(sentences.size(), 2u);
  const ByteSpan first = ToOriginal(n, sentences[0], original);
  EXPECT_EQ(original.substr(first.start, first.end - first.start),
            "He said \xE2\x80\x9Cyes.\xE2\x80\x9D");
  const ByteSpan second = ToOriginal(n, sentences[1], original);
  EXPECT_EQ(original.substr(second.start, second.end - second.start), "Then left.");
}

TEST(Normalize, FoldsQuotesDashesAndEllipsis) {
  const std::string original =
      "\xE2\x80\x9CHi,\xE2\x80\x9D she said \xE2\x80\x94 it\xE2\x80\x99s "
      "late\xE2\x80\xA6";
  const Normalized n = Normalize(original);
  EXPECT_EQ(n.text, "\"Hi,\" she said - it's late...");
  ExpectValidMap(original, n);
  // All three dots of the ellipsis map to the start of U+2026.
  const size_t ellipsis = original.size() - 3;
  EXPECT_EQ(n.to_original[n.text.size() - 1], ellipsis);
  EXPECT_EQ(n.to_original[n.text.size() - 3], ellipsis);
  EXPECT_EQ(n.to_original.back(), original.size());
}

TEST(Normalize, FoldsSpacesAndDropsInvisibleCharacters) {
  // NBSP, thin space, zero-width space, soft hyphen, BOM, tab runs.
  const std::string original =
      "a\xC2\xA0" "b\xE2\x80\x89" "c\xE2\x80\x8B" "d\xC2\xAD" "e\xEF\xBB\xBF"
      "f \t  g";
  const Normalized n = Normalize(original);
  EXPECT_EQ(n.text, "a b cdef g");
  ExpectValidMap(original, n);
}

TEST(Normalize, KeepsLineAndParagraphBreaks) {
  const Normalized n = Normalize("  One \n two\r\nthree \n \t\n\n four  \n");
  EXPECT_EQ(n.text, "One\ntwo\nthree\n\nfour");
  // "\n" maps to the start of the whitespace run before it.
  EXPECT_EQ(n.to_original[3], 5u);
  EXPECT_EQ(n.to_original.back(), 29u);  // just after "four"
  const Normalized separators = Normalize(
      "a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\fd");
  EXPECT_EQ(separators.text, "a\nb\n\nc\n\nd");
}

TEST(Normalize, ExcisionsBecomeParagraphBreaksOrSpaces) {
  const std::string original = "Kerry said. NOISE HERE Then he left.";
  const size_t noise = original.find("NOISE");
  const size_t noise_end = noise + std::string("NOISE HERE").size();
  const Normalized paragraph =
      Normalize(original, {{{noise, noise_end}, true}});
  EXPECT_EQ(paragraph.text, "Kerry said.\n\nThen he left.");
  ExpectValidMap(original, paragraph);
  // The break maps to where the whitespace before the noise starts, so
  // the sentence's end maps right after "said.".
  EXPECT_EQ(paragraph.to_original[11], 11u);
  const Normalized inline_cut =
      Normalize(original, {{{noise, noise_end}, false}});
  EXPECT_EQ(inline_cut.text, "Kerry said. Then he left.");
}

TEST(Normalize, ExcisionsMayOverlapAndComeUnsorted) {
  const std::string original = "0123456789abcdef";
  const Normalized n = Normalize(
      original, {{{8, 12}, false}, {{2, 5}, false}, {{4, 9}, true},
                 {{14, 99}, false}, {{7, 7}, true}});
  EXPECT_EQ(n.text, "01\n\ncd");
  EXPECT_EQ(n.to_original, (std::vector<uint32_t>{0, 1, 2, 2, 12, 13, 14}));
}

TEST(Normalize, ExcisionsAtTheEdgesLeaveNoWhitespace) {
  const Normalized n = Normalize("NOISE body NOISE", {{{0, 5}, true},
                                                      {{11, 16}, true}});
  EXPECT_EQ(n.text, "body");
  EXPECT_EQ(n.to_original.front(), 6u);
  EXPECT_EQ(n.to_original.back(), 10u);
}

TEST(Normalize, EmptyInput) {
  const Normalized n = Normalize("");
  EXPECT_EQ(n.text, "");
  EXPECT_EQ(n.to_original, std::vector<uint32_t>{0});
  EXPECT_EQ(Normalize(" \n\n\t").text, "");
}

TEST(Normalize, InvalidUtf8BecomesReplacementCharacters) {
  const std::string original = "a\xFF" "b\xE2\x82";
  const Normalized n = Normalize(original);
  EXPECT_EQ(n.text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  ExpectValidMap(original, n);
}

TEST(Normalize, MapsKeptBytesToTheSameOriginalBytes) {
  const std::string original =
      "Caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC  \xE2\x80\x9Cx\xE2\x80\x9D\n\nok";
  const Normalized n = Normalize(original);
  ExpectValidMap(original, n);
  for (size_t i = 0; i < n.text.size(); ++i) {
    const char c = n.text[i];
    if (c == ' ' || c == '\n' || c == '"') continue;
    EXPECT_EQ(original[n.to_original[i]], c) << "byte " << i;
  }
}

// Random texts from pieces that exercise every rule, with random
// excisions on character boundaries: the fast Normalize must agree with the
// plainly correct ReferenceNormalize byte for byte, map included.
TEST(Normalize, AgreesWithReferenceOnGeneratedText) {
  std::vector<std::string> pieces = {
      "a", "Bc", ".", ",", " ", "  ", "\t", "\n", "\r\n", "\r", "\f", "\x01",
      "\x7F", "\xC2\x85", "\xC2\xA0", "\xE2\x80\x89", "\xE3\x80\x80",
      "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D",
      "\xC2\xAB", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92",
      "\xE2\x80\xA6", "\xE2\x80\x8B", "\xC2\xAD", "\xEF\xBB\xBF",
      "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC3\xA9", "\xE6\x97\xA5",
      "\xF0\x9F\x98\x80"};
  // Every other code point the contract names, so each rule is exercised.
  for (char32_t c : {0x201AU, 0x201BU, 0x2032U, 0x2039U, 0x203AU, 0x201EU,
                     0x201FU, 0x2033U, 0xBBU, 0x2010U, 0x2011U, 0x2012U,
                     0x2015U, 0x1680U, 0x2000U, 0x200AU, 0x202FU, 0x205FU,
                     0x200CU, 0x200DU, 0x200EU, 0x200FU, 0x2060U, 0x80U,
                     0x9FU, 0x0BU}) {
    std::string piece;
    if (c < 0x80) {
      piece.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      piece.push_back(static_cast<char>(0xC0 | (c >> 6)));
      piece.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      piece.push_back(static_cast<char>(0xE0 | (c >> 12)));
      piece.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      piece.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
    pieces.push_back(piece);
  }
  std::mt19937 random(20240601);
  for (int round = 0; round < 3000; ++round) {
    std::string original;
    std::vector<size_t> boundaries = {0};
    const int count = static_cast<int>(random() % 40);
    for (int k = 0; k < count; ++k) {
      original += pieces[random() % pieces.size()];
      boundaries.push_back(original.size());
    }
    std::vector<Excision> excisions;
    const int cuts = static_cast<int>(random() % 4);
    for (int k = 0; k < cuts; ++k) {
      size_t a = boundaries[random() % boundaries.size()];
      size_t b = boundaries[random() % boundaries.size()];
      if (a > b) std::swap(a, b);
      excisions.push_back({{a, b}, random() % 2 == 0});
    }
    const Normalized fast = Normalize(original, excisions);
    const Normalized slow =
        concord::testing::ReferenceNormalize(original, excisions);
    ASSERT_EQ(fast.text, slow.text) << "round " << round;
    ASSERT_EQ(fast.to_original, slow.to_original) << "round " << round;
    ExpectValidMap(original, fast);
  }
}

// Bad input (a broken REQUIRES) must still give a valid result: random
// bytes with excisions anywhere, also inside characters and past the end.
TEST(Normalize, SurvivesRandomBytesAndWildExcisions) {
  std::mt19937 random(99);
  for (int round = 0; round < 500; ++round) {
    std::string original;
    const size_t length = random() % 200;
    for (size_t k = 0; k < length; ++k) {
      original.push_back(static_cast<char>(random() & 0xFF));
    }
    std::vector<Excision> excisions;
    for (int k = 0; k < 3; ++k) {
      const size_t a = random() % (length + 10);
      excisions.push_back({{a, a + random() % 20}, random() % 2 == 0});
    }
    const Normalized n = Normalize(original, excisions);
    ExpectValidMap(original, n);
    for (const ByteSpan& span : SplitSentences(n.text)) {
      ASSERT_LE(span.end, n.text.size());
    }
  }
}

TEST(CollapseWhitespace, CollapsesRunsAndTrims) {
  EXPECT_EQ(CollapseWhitespace("  a \n\n b\t\xC2\xA0 c  "), "a b c");
  EXPECT_EQ(CollapseWhitespace("\xE2\x80\x9Cx\xE2\x80\x9D"),
            "\xE2\x80\x9Cx\xE2\x80\x9D");  // nothing else changes
  EXPECT_EQ(CollapseWhitespace(""), "");
}

// CollapseWhitespace copies runs of ASCII words with their single spaces at
// once; on generated text it must agree with the plain rule: every run of
// whitespace (ASCII, no-break and other Unicode spaces, line breaks) is one
// space, none at the ends.
TEST(CollapseWhitespace, AgreesWithThePlainRuleOnGeneratedText) {
  const std::vector<std::string> pieces = {"a",  "Bc", ".",  " ",        "  ",       "\t",
                                           "\n", "\r", "\f", "\xC2\xA0", "\xC3\xA9", "x y"};
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    const int count = static_cast<int>(random() % 30);
    std::string original;
    for (int k = 0; k < count; ++k) original += pieces[random() % pieces.size()];
    // The plain rule, character by character.
    std::string expected;
    bool pending = false;
    for (size_t i = 0; i < original.size();) {
      const bool no_break = original.compare(i, 2, "\xC2\xA0") == 0;
      if (no_break || original[i] == ' ' || (original[i] >= '\t' && original[i] <= '\r')) {
        pending = true;
        i += no_break ? 2 : 1;
        continue;
      }
      if (pending && !expected.empty()) expected.push_back(' ');
      pending = false;
      expected.push_back(original[i]);
      ++i;
    }
    ASSERT_EQ(CollapseWhitespace(original), expected) << "round " << round;
  }
}

}  // namespace
}  // namespace concord::text
