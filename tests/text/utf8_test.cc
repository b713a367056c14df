#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "concord/text.h"

namespace concord::text {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST(RepairUtf8, LeavesValidTextUnchanged) {
  const std::string text = "Caf\xC3\xA9 \xE6\x97\xA5 \xF0\x9F\x98\x80 plain";
  const Utf8Repair repair = RepairUtf8(text);
  EXPECT_EQ(repair.text, text);
  EXPECT_EQ(repair.invalid, 0u);
  EXPECT_TRUE(IsValidUtf8(text));
}

TEST(RepairUtf8, ReplacesStrayBytesOneByOne) {
  const Utf8Repair repair = RepairUtf8("a\x80" "b\xFF\xFE" "c");
  EXPECT_EQ(repair.text, "a" + kFffd + "b" + kFffd + kFffd + "c");
  EXPECT_EQ(repair.invalid, 3u);
}

TEST(RepairUtf8, ReplacesTruncatedSequenceOnce) {
  // The first two bytes of a euro sign, then ASCII: one maximal subpart.
  EXPECT_EQ(RepairUtf8("x\xE2\x82y").text, "x" + kFffd + "y");
  EXPECT_EQ(RepairUtf8("x\xE2\x82y").invalid, 1u);
  // Three of four bytes of an emoji at the very end.
  EXPECT_EQ(RepairUtf8("x\xF0\x9F\x98").text, "x" + kFffd);
  // A lead byte followed by another lead byte.
  EXPECT_EQ(RepairUtf8("\xC3\xC3\xA9").text, kFffd + "\xC3\xA9");
}

TEST(RepairUtf8, ReplacesOverlongsBytewise) {
  // Overlong '/' (C0 AF) and overlong NUL (E0 80 80): C0 never starts a
  // sequence, and E0 cannot be followed by 80, so every byte is a subpart.
  EXPECT_EQ(RepairUtf8("\xC0\xAF").text, kFffd + kFffd);
  EXPECT_EQ(RepairUtf8("\xE0\x80\x80").invalid, 3u);
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xF0\x80\x80\xAF"));
}

TEST(RepairUtf8, ReplacesSurrogatesAndOutOfRangeCodePoints) {
  // U+D800 encoded (ED A0 80): ED admits only 80..9F, so three subparts.
  EXPECT_EQ(RepairUtf8("\xED\xA0\x80").invalid, 3u);
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  // U+D7FF, the last code point before the surrogates, is fine.
  EXPECT_TRUE(IsValidUtf8("\xED\x9F\xBF"));
  // Above U+10FFFF (F4 90 80 80) and F5 lead bytes.
  EXPECT_EQ(RepairUtf8("\xF4\x90\x80\x80").invalid, 4u);
  EXPECT_EQ(RepairUtf8("\xF5\x80").invalid, 2u);
  EXPECT_TRUE(IsValidUtf8("\xF4\x8F\xBF\xBF"));
}

TEST(RepairUtf8, OutputIsAlwaysValid) {
  std::string bytes;
  uint32_t state = 7;
  for (int i = 0; i < 50000; ++i) {
    state = state * 1664525u + 1013904223u;
    bytes.push_back(static_cast<char>(state >> 24));
  }
  const Utf8Repair repair = RepairUtf8(bytes);
  EXPECT_TRUE(IsValidUtf8(repair.text));
  EXPECT_GT(repair.invalid, 0u);
  EXPECT_EQ(RepairUtf8(repair.text).invalid, 0u);
}

TEST(IsValidUtf8, HandlesEmptyAndLongAscii) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8(std::string(1000, 'a')));
  EXPECT_FALSE(IsValidUtf8(std::string(1000, 'a') + "\x80"));
  EXPECT_FALSE(IsValidUtf8(std::string(13, 'a') + "\xC3"));
}

TEST(LooksBinary, AFewNulBytesAreNotBinaryManyAre) {
  std::string text(20000, 'a');
  EXPECT_FALSE(LooksBinary(text));
  text[15000] = '\0';
  text[3] = '\0';
  EXPECT_FALSE(LooksBinary(text));  // 2 NULs in 20,000 bytes: a stray byte
  text = std::string(20000, 'a');
  for (size_t i = 10000; i < 12000; ++i) text[i] = '\0';
  EXPECT_FALSE(LooksBinary(text));  // exactly 10% NUL, all past the first 8 KiB
  text[12000] = '\0';
  EXPECT_TRUE(LooksBinary(text));  // over 10% NUL
  EXPECT_TRUE(LooksBinary(std::string("\0", 1)));
}

TEST(LooksBinary, Utf16IsBinaryUntilDecoded) {
  const std::string utf16("\xFF\xFEH\0i\0 \0t\0h\0e\0r\0e\0", 18);
  EXPECT_TRUE(LooksBinary(utf16));
  const std::optional<Utf8Repair> decoded = DecodeUtf16(utf16);
  ASSERT_TRUE(decoded.has_value());
  EXPECT_FALSE(LooksBinary(decoded->text));
}

TEST(ReplaceNul, EachNulBecomesOneReplacementCharacter) {
  std::string text("a\0b\0\0", 5);
  EXPECT_EQ(ReplaceNul(text), 3u);
  EXPECT_EQ(text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
  std::string clean = "no nul";
  EXPECT_EQ(ReplaceNul(clean), 0u);
  EXPECT_EQ(clean, "no nul");
}

TEST(DecodeUtf16, LittleAndBigEndianWithSurrogatePairs) {
  // "é€😀" (U+00E9, U+20AC, U+1F600 as D83D DE00) after the mark.
  const std::string little("\xFF\xFE\xE9\x00\xAC\x20\x3D\xD8\x00\xDE", 10);
  const std::string big("\xFE\xFF\x00\xE9\x20\xAC\xD8\x3D\xDE\x00", 10);
  const std::string expected = "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
  ASSERT_TRUE(DecodeUtf16(little).has_value());
  EXPECT_EQ(DecodeUtf16(little)->text, expected);
  EXPECT_EQ(DecodeUtf16(little)->invalid, 0u);
  ASSERT_TRUE(DecodeUtf16(big).has_value());
  EXPECT_EQ(DecodeUtf16(big)->text, expected);
}

TEST(DecodeUtf16, UnpairedSurrogateAndOddByteAreReplacedAndCounted) {
  const std::string bytes("\xFF\xFE\x3D\xD8" "a\x00" "z", 7);
  const std::optional<Utf8Repair> decoded = DecodeUtf16(bytes);
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->text, "\xEF\xBF\xBD" "a" "\xEF\xBF\xBD");
  EXPECT_EQ(decoded->invalid, 2u);
  EXPECT_TRUE(IsValidUtf8(decoded->text));
}

TEST(DecodeUtf16, NoByteOrderMarkIsNotUtf16) {
  EXPECT_FALSE(DecodeUtf16("plain text").has_value());
  EXPECT_FALSE(DecodeUtf16("\xEF\xBB\xBFutf-8 with a mark").has_value());
  EXPECT_FALSE(DecodeUtf16("").has_value());
}

TEST(LooksBinary, FlagsManyControlCharacters) {
  std::string text(100, 'a');
  for (int i = 0; i < 11; ++i) text[static_cast<size_t>(i) * 9] = '\x01';
  EXPECT_TRUE(LooksBinary(text));
  std::string few(100, 'a');
  for (int i = 0; i < 9; ++i) few[static_cast<size_t>(i) * 9] = '\x1B';
  EXPECT_FALSE(LooksBinary(few));
}

TEST(LooksBinary, AcceptsTextWhitespaceAndUnicode) {
  EXPECT_FALSE(LooksBinary("line\r\n\tnext\fpage \xE6\x97\xA5\n"));
  EXPECT_FALSE(LooksBinary(""));
}

}  // namespace
}  // namespace concord::text
