// DecodeToUtf8: BOM, declarations, detection, and wrong or unknown labels.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/extract.h"

namespace concord::extract {
namespace {

std::string Decode(const std::string& bytes, std::string* charset,
                   std::vector<std::string>* warnings) {
  return DecodeToUtf8(bytes, charset, warnings);
}

TEST(DecodeToUtf8, MetaCharsetIsUsed) {
  std::string charset;
  std::vector<std::string> warnings;
  const std::string out = Decode(
      "<html><head><meta charset=\"windows-1252\"></head><body>caf\xE9 \x93quoted\x94</body>",
      &charset, &warnings);
  EXPECT_EQ(charset, "windows-1252");
  EXPECT_NE(out.find("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D"), std::string::npos);
  EXPECT_TRUE(warnings.empty());
}

TEST(DecodeToUtf8, HttpEquivContentTypeIsUsed) {
  std::string charset;
  std::vector<std::string> warnings;
  const std::string out = Decode(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">"
      "</head><body>\xB3\xF3\x64\xBC</body>",  // "łódź" in latin-2
      &charset, &warnings);
  EXPECT_EQ(charset, "iso-8859-2");
  EXPECT_NE(out.find("\xC5\x82\xC3\xB3\x64\xC5\xBA"), std::string::npos);
}

TEST(DecodeToUtf8, BomDecidesAndIsRemoved) {
  std::string charset;
  std::vector<std::string> warnings;
  EXPECT_EQ(Decode("\xEF\xBB\xBF<p>ok</p>", &charset, &warnings), "<p>ok</p>");
  EXPECT_EQ(charset, "utf-8");
  const std::string utf16le("\xFF\xFE<\0p\0>\0\xE9\0", 10);
  EXPECT_EQ(Decode(utf16le, &charset, &warnings), "<p>\xC3\xA9");
  EXPECT_EQ(charset, "utf-16le");
}

TEST(DecodeToUtf8, ValidUtf8WinsOverAStaleLegacyLabel) {
  std::string charset;
  std::vector<std::string> warnings;
  const std::string out =
      Decode("<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9</p>", &charset, &warnings);
  EXPECT_EQ(charset, "utf-8");
  EXPECT_NE(out.find("caf\xC3\xA9"), std::string::npos);
}

TEST(DecodeToUtf8, WrongUtf8DeclarationIsDetectedAndWarned) {
  std::string charset;
  std::vector<std::string> warnings;
  const std::string out = Decode(
      "<meta charset=\"utf-8\"><p>Le caf\xE9 de la gare a rouvert ses portes apr\xE8s des "
      "travaux, et les habitu\xE9s sont revenus d\xE8s le premier matin.</p>",
      &charset, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("does not match"), std::string::npos);
  EXPECT_NE(out.find("caf\xC3\xA9"), std::string::npos) << charset;
}

TEST(DecodeToUtf8, UnknownCharsetIsWarnedAndDetected) {
  std::string charset;
  std::vector<std::string> warnings;
  const std::string out = Decode("<meta charset=\"x-no-such-charset\"><p>na\xEFve r\xE9sum\xE9</p>",
                                 &charset, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("unknown charset 'x-no-such-charset'"), std::string::npos);
  // Whatever the guess, the result is valid UTF-8 with the ASCII intact.
  EXPECT_NE(out.find("<p>na"), std::string::npos);
  EXPECT_FALSE(charset.empty());
}

}  // namespace
}  // namespace concord::extract
