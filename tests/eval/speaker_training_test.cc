// PolNeAR read split by split (ReadPolnearSplit) and the shipped speaker
// model checked against what training on PolNeAR train learns.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "concord/compare.h"
#include "concord/document.h"
#include "concord/quote_score.h"
#include "testing/shared_data.h"

namespace concord::eval {
namespace {

void WriteText(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

class PolnearFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() /
            ("concord_polnear_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(root_);
  }
  void TearDown() override { std::filesystem::remove_all(root_); }
  std::filesystem::path root_;
};

TEST_F(PolnearFolder, ReadsEachAnnotationWithItsText) {
  const std::string text = "\"We won,\" Roe said.";
  WriteText(root_ / "train/text/story.txt", text);
  WriteText(root_ / "train/attributions/story_b2.ann",
            "T1\tContent 0 9\t\"We won,\"\nT2\tSource 10 13\tRoe\nE1\tContent:T1 Source:T2\n");
  WriteText(root_ / "train/attributions/story_a1.ann", "");
  Result<std::vector<PolnearFile>> files = ReadPolnearSplit(root_.string(), "train");
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  ASSERT_EQ(files.value().size(), 2u);
  EXPECT_TRUE(files.value()[0].gold.empty());  // story_a1 first
  ASSERT_EQ(files.value()[1].gold.size(), 1u);
  EXPECT_EQ(files.value()[1].article.id, "story");
  EXPECT_EQ(files.value()[1].article.text, text);
  EXPECT_EQ(files.value()[1].gold[0].source.start, 10u);
}

TEST_F(PolnearFolder, MissingFolderOrTextOrBadLineIsAnError) {
  EXPECT_FALSE(ReadPolnearSplit(root_.string(), "dev").ok());
  WriteText(root_ / "dev/text/other.txt", "x");
  WriteText(root_ / "dev/attributions/story_a1.ann", "");
  EXPECT_FALSE(ReadPolnearSplit(root_.string(), "dev").ok());  // no story.txt
  WriteText(root_ / "dev/text/story.txt", "Some text.");
  WriteText(root_ / "dev/attributions/story_a1.ann", "T1 no tab\n");
  Result<std::vector<PolnearFile>> bad = ReadPolnearSplit(root_.string(), "dev");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("story_a1.ann"), std::string::npos);
}

TEST(PolnearSplitTest, PartsAreFixedByTheArticleName) {
  const PolnearSplit whole = ParsePolnearSplit("train");
  EXPECT_EQ(whole.folder, "train");
  EXPECT_EQ(whole.part, 0);
  const PolnearSplit a = ParsePolnearSplit("train-a");
  const PolnearSplit b = ParsePolnearSplit("train-b");
  EXPECT_EQ(a.folder, "train");
  EXPECT_EQ(a.part, 'a');
  EXPECT_EQ(b.part, 'b');
  EXPECT_EQ(ParsePolnearSplit("dev").part, 0);
  // Every article is in exactly one part, and about 30% in b.
  size_t in_b = 0;
  for (int i = 0; i < 1000; ++i) {
    const std::string name = "story_" + std::to_string(i);
    EXPECT_TRUE(InPolnearSplit(whole, name));
    EXPECT_NE(InPolnearSplit(a, name), InPolnearSplit(b, name)) << name;
    in_b += InPolnearSplit(b, name) ? 1 : 0;
  }
  EXPECT_GT(in_b, 250u);
  EXPECT_LT(in_b, 350u);
}

TEST_F(PolnearFolder, PartsKeepEveryAnnotationOfTheirArticles) {
  for (int i = 0; i < 20; ++i) {
    const std::string name = "story" + std::to_string(i);
    WriteText(root_ / "train/text" / (name + ".txt"), "Some text.");
    WriteText(root_ / "train/attributions" / (name + "_a1.ann"), "");
    WriteText(root_ / "train/attributions" / (name + "_b2.ann"), "");
  }
  Result<std::vector<PolnearFile>> all = ReadPolnearSplit(root_.string(), "train");
  Result<std::vector<PolnearFile>> a = ReadPolnearSplit(root_.string(), "train-a");
  Result<std::vector<PolnearFile>> b = ReadPolnearSplit(root_.string(), "train-b");
  ASSERT_TRUE(all.ok() && a.ok() && b.ok());
  EXPECT_EQ(all.value().size(), 40u);
  EXPECT_EQ(a.value().size() + b.value().size(), 40u);
  EXPECT_FALSE(b.value().empty());
  EXPECT_EQ(b.value().size() % 2, 0u);  // both annotations of an article
  for (const PolnearFile& f : b.value()) {
    EXPECT_TRUE(InPolnearSplit(ParsePolnearSplit("train-b"), f.article.id));
  }
}

TEST(SpeakerModelTest, ShippedWeightsAreWhatTrainingLearns) {
#if defined(CONCORD_SANITIZED)
  GTEST_SKIP() << "extracting the quotes of 631 files is slow under AddressSanitizer";
#else
  CONCORD_SHARED_OR_SKIP("data/polnear/train");
  // train-a only: train-b is held out from the model (docs/compare.md).
  Result<std::vector<PolnearFile>> files =
      ReadPolnearSplit(testing::SharedPath("data/polnear"), "train-a");
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  ASSERT_EQ(files.value().size(), 631u);
  text::Tokenizer tokenizer;
  std::vector<Document> documents;
  for (const PolnearFile& f : files.value())
    documents.push_back(text::Analyze(f.article, tokenizer));
  std::vector<compare::SpeakerTrainingArticle> data;
  for (size_t i = 0; i < documents.size(); ++i) {
    compare::SpeakerTrainingArticle a;
    a.article = &files.value()[i].article;
    a.document = &documents[i];
    for (const GoldQuote& g : files.value()[i].gold) a.gold.push_back({g.parts, g.source});
    data.push_back(std::move(a));
  }
  // The settings src/compare/speaker_learn.cc names.
  compare::SpeakerTrainOptions options;
  options.l2 = 10.0;
  options.only_unattributed = true;
  options.threshold = 0.4;
  const compare::SpeakerModel learned = compare::TrainSpeakerModel(data, options);
  const compare::SpeakerModel shipped = compare::ShippedSpeakerModel();
  ASSERT_EQ(learned.weights.size(), shipped.weights.size());
  for (size_t k = 0; k < shipped.weights.size(); ++k) {
    EXPECT_NEAR(learned.weights[k], shipped.weights[k], 1e-5 + 1e-5 * std::abs(shipped.weights[k]))
        << "weight " << k;
  }
  EXPECT_EQ(learned.threshold, shipped.threshold);
#endif
}

}  // namespace
}  // namespace concord::eval
