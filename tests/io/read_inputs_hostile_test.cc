// ReadInputs on hostile or odd input (docs/bad-input.md): each test feeds
// one such input and checks what comes out.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "concord/io.h"
#include "testing/temp_dir.h"

namespace concord::io {
namespace {

using concord::testing::TempDir;

// "ab" in UTF-16 with a byte-order mark, little- or big-endian.
std::string Utf16(const std::string& ascii, bool little) {
  std::string out = little ? std::string("\xFF\xFE") : std::string("\xFE\xFF");
  for (char c : ascii) {
    out += little ? std::string{c, '\0'} : std::string{'\0', c};
  }
  return out;
}

TEST(ReadInputsHostile, FolderPathWithTrailingSlashKeepsTheFolderName) {
  TempDir dir;
  dir.Write("story/a.txt", "The bridge closed on Monday.\n");
  for (const std::string& path : {dir.Path("story") + "/", dir.Path("story") + "//"}) {
    Result<Inputs> in = ReadInputs({path});
    ASSERT_TRUE(in.ok()) << in.status().ToString();
    EXPECT_EQ(in.value().clusters[0].id, "story") << path;
  }
}

TEST(ReadInputsHostile, Utf16WithByteOrderMarkIsDecodedWithAWarning) {
  TempDir dir;
  const std::string text = "The bridge closed on Monday after a crack was found.\n";
  dir.Write("le.txt", Utf16(text, true));
  dir.Write("be.txt", Utf16(text, false));
  Result<Inputs> in = ReadInputs({dir.path()});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  EXPECT_TRUE(in.value().problems.empty()) << in.value().problems[0];
  ASSERT_EQ(in.value().clusters[0].articles.size(), 2u);
  for (const Article& article : in.value().clusters[0].articles) {
    EXPECT_EQ(article.text, text) << article.id;
  }
  ASSERT_EQ(in.value().warnings.size(), 2u);
  EXPECT_NE(in.value().warnings[0].find("be.txt: decoded UTF-16"), std::string::npos);
}

TEST(ReadInputsHostile, StrayNulByteIsReplacedNotBinary) {
  TempDir dir;
  const std::string path = dir.Write(
      "nul.txt", std::string("The bridge closed on Monday.\0 Ferries ran all night.\n", 53));
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  const Article& article = in.value().clusters[0].articles[0];
  EXPECT_EQ(article.text, "The bridge closed on Monday.\xEF\xBF\xBD Ferries ran all night.\n");
  ASSERT_EQ(in.value().warnings.size(), 1u);
  EXPECT_NE(in.value().warnings[0].find("nul.txt: replaced 1 NUL byte(s)"), std::string::npos);
}

// "\u0000" in a JSON Lines article is replaced as a NUL byte in a text file
// is (s29: it reached every output as a control character).
TEST(ReadInputsHostile, NulInAJsonLinesTextIsReplacedWithAWarning) {
  TempDir dir;
  const std::string path =
      dir.Write("day.jsonl",
                "{\"id\":\"a\",\"text\":\"The bridge closed on Monday.\\u0000 Ferries ran.\"}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  EXPECT_EQ(in.value().clusters[0].articles[0].text,
            "The bridge closed on Monday.\xEF\xBF\xBD Ferries ran.");
  ASSERT_EQ(in.value().warnings.size(), 1u);
  EXPECT_NE(in.value().warnings[0].find("day.jsonl:1: replaced 1 NUL byte(s)"), std::string::npos)
      << in.value().warnings[0];
}

TEST(ReadInputsHostile, MostlyNulIsStillBinary) {
  TempDir dir;
  const std::string path = dir.Write("zeros.txt", "Text." + std::string(100, '\0'));
  Result<Inputs> in = ReadInputs({path});
  ASSERT_FALSE(in.ok());
  EXPECT_NE(in.status().message().find("zeros.txt: binary data"), std::string::npos);
}

TEST(ReadInputsHostile, LoopingSymlinkIsReportedAndTheFolderStillRead) {
  TempDir dir;
  dir.Write("story/a.txt", "The bridge closed on Monday.\n");
  const std::string loop = dir.Path("story/loop.txt");
  std::filesystem::create_symlink(loop, loop);  // points at itself
  Result<Inputs> in = ReadInputs({dir.Path("story")});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  EXPECT_EQ(in.value().clusters[0].articles.size(), 1u);
  ASSERT_EQ(in.value().problems.size(), 1u);
  EXPECT_NE(in.value().problems[0].find("loop.txt: cannot read"), std::string::npos)
      << in.value().problems[0];
}

TEST(ReadInputsHostile, FolderOfOnlyALoopingSymlinkFailsNamingIt) {
  TempDir dir;
  std::filesystem::create_directories(dir.Path("story"));
  const std::string loop = dir.Path("story/loop.txt");
  std::filesystem::create_symlink(loop, loop);
  Result<Inputs> in = ReadInputs({dir.Path("story")});
  ASSERT_FALSE(in.ok());
  EXPECT_NE(in.status().message().find("loop.txt"), std::string::npos);
}

TEST(ReadInputsHostile, FifoAndDeviceArgumentsAreRefusedWithoutBlocking) {
  TempDir dir;
  const std::string fifo = dir.Path("fifo.txt");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  for (const std::string& path : {fifo, std::string("/dev/zero")}) {
    Result<Inputs> in = ReadInputs({path});
    ASSERT_FALSE(in.ok()) << path;
    EXPECT_NE(in.status().message().find(path + ": not a regular file"), std::string::npos)
        << in.status().message();
  }
}

}  // namespace
}  // namespace concord::io
