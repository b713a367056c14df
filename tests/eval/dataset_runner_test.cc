// eval::ReferenceLines and eval::RunDataset, the code behind every published
// ROUGE figure, on small clusters written here: the references are prepared
// as the protocol says, the averages are the mean of what RougeScorer gives
// for each cluster, clusters that give no summary count as zero, the figures
// do not depend on the thread count, and --out writes what was scored.
#include "concord/eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "concord/summarize.h"
#include "testing/temp_dir.h"

namespace concord::eval {
namespace {

using Lines = std::vector<std::string>;

Cluster OneReference(const std::string& reference) {
  Cluster cluster;
  cluster.id = "c";
  cluster.references = {reference};
  return cluster;
}

TEST(ReferenceLines, StripsTheLeadingDashAndSplitsSentences) {
  EXPECT_EQ(ReferenceLines(OneReference("\xE2\x80\x93 The bridge closed. It reopens on Monday.")),
            std::vector<Lines>{Lines({"The bridge closed.", "It reopens on Monday."})});
  EXPECT_EQ(ReferenceLines(OneReference("  \n- A plain hyphen opens this one.")),
            std::vector<Lines>{Lines({"A plain hyphen opens this one."})});
  // Only a dash at the very start goes; dashes inside stay.
  EXPECT_EQ(ReferenceLines(OneReference("Prices \xE2\x80\x93 and wages \xE2\x80\x93 rose.")),
            std::vector<Lines>{Lines({"Prices \xE2\x80\x93 and wages \xE2\x80\x93 rose."})});
}

TEST(ReferenceLines, CollapsesWhitespaceInsideASentenceLine) {
  EXPECT_EQ(ReferenceLines(OneReference("The council met\non Tuesday   and voted. Ferries ran.")),
            std::vector<Lines>{Lines({"The council met on Tuesday and voted.", "Ferries ran."})});
}

TEST(ReferenceLines, SkipsBlankReferencesAndKeepsTheOrder) {
  Cluster cluster;
  cluster.references = {"", "Second one here.", " \n\t ", "\xE2\x80\x93 ", "Fourth one."};
  const std::vector<Lines> lines = ReferenceLines(cluster);
  EXPECT_EQ(lines, (std::vector<Lines>{Lines({"Second one here."}), Lines({"Fourth one."})}));
  EXPECT_TRUE(ReferenceLines(Cluster{}).empty());
}

// ---- RunDataset -------------------------------------------------------------

RougeScorer Scorer() {
  Result<RougeOptions> options = ParseRougeFlags("-n 2 -2 4 -u -m -f A -p 0.5");
  EXPECT_TRUE(options.ok());
  RougeData data;  // no stemming exceptions, no stopwords: enough here
  Result<RougeScorer> scorer = RougeScorer::Create(options.value(), data);
  EXPECT_TRUE(scorer.ok()) << scorer.status().message();
  return scorer.value();
}

Article MakeArticle(const std::string& id, const std::string& text) {
  Article article;
  article.id = id;
  article.source = "Outlet " + id;
  article.text = text;
  return article;
}

// Three clusters with references and one without.
std::vector<Cluster> SmallDataset() {
  std::vector<Cluster> clusters(4);
  clusters[0].id = "harbor";
  clusters[0].articles = {
      MakeArticle("h1",
                  "The harbor bridge closed on Thursday after inspectors found a crack. "
                  "The mayor said repairs would take three weeks. Ferries added sailings."),
      MakeArticle("h2",
                  "Inspectors found a crack in the harbor bridge, which closed Thursday. "
                  "Commuters crowded the ferries. The council will meet on Monday.")};
  clusters[0].references = {
      "\xE2\x80\x93 The harbor bridge closed after inspectors found a crack. "
      "Repairs will take three weeks."};
  clusters[1].id = "bakery";
  clusters[1].articles = {
      MakeArticle("b1",
                  "A bakery on Main Street won the city's bread prize. The owner thanked "
                  "her staff. Lines formed before dawn on Saturday."),
      MakeArticle("b2", "The Main Street bakery took the bread prize. Customers queued early.")};
  clusters[1].references = {"A Main Street bakery won the bread prize.",
                            "Customers lined up before dawn at the prize-winning bakery."};
  clusters[2].id = "school";
  clusters[2].articles = {MakeArticle(
      "s1", "The school board approved a new schedule. Classes will start later in the fall.")};
  clusters[2].references = {"Classes will start later after the board vote."};
  clusters[3].id = "unscored";
  clusters[3].articles = {MakeArticle("u1", "A sentence with no reference to score against.")};
  return clusters;
}

DatasetOptions Options(const std::vector<std::string>& methods, int threads) {
  DatasetOptions options;
  options.methods = methods;
  options.words = 20;
  options.threads = threads;
  return options;
}

// What the runner should score for `cluster`: the method's summary, cut at
// the budget.
Lines SummaryLines(const Cluster& cluster, const std::string& method, size_t words) {
  SummarizeOptions options;
  options.method = method;
  options.budget = words;
  options.truncate = true;
  Lines lines;
  Result<Summary> summary = Summarize(cluster, options);
  if (!summary.ok()) return lines;
  for (const SummarySentence& s : summary.value().sentences) lines.push_back(s.text);
  return lines;
}

const RougeScore& Measure(const std::vector<std::pair<std::string, RougeScore>>& average,
                          const std::string& name) {
  for (const auto& [measure, score] : average) {
    if (measure == name) return score;
  }
  ADD_FAILURE() << "no " << name;
  static const RougeScore kNone;
  return kNone;
}

TEST(RunDataset, AveragesAreTheMeanOfDirectScores) {
  const std::vector<Cluster> clusters = SmallDataset();
  const RougeScorer scorer = Scorer();
  Result<DatasetReport> report = RunDataset(clusters, scorer, Options({"lead", "default"}, 1));
  ASSERT_TRUE(report.ok()) << report.status().message();
  ASSERT_EQ(report.value().methods.size(), 2u);
  EXPECT_EQ(report.value().clusters, 4u);
  for (const MethodReport& m : report.value().methods) {
    EXPECT_EQ(m.clusters, 3u) << m.method;  // "unscored" has no reference
    EXPECT_EQ(m.failures, 0u) << m.method;
    for (const std::string measure : {"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"}) {
      double recall = 0, precision = 0, f = 0;
      for (size_t c = 0; c < 3; ++c) {
        const Lines system = SummaryLines(clusters[c], m.method, 20);
        ASSERT_FALSE(system.empty()) << clusters[c].id;
        Result<RougeScores> direct = scorer.Score(system, ReferenceLines(clusters[c]));
        ASSERT_TRUE(direct.ok());
        const RougeScore* s = direct.value().Find(measure);
        ASSERT_NE(s, nullptr);
        recall += s->recall / 3;
        precision += s->precision / 3;
        f += s->f / 3;
      }
      const RougeScore& got = Measure(m.average, measure);
      EXPECT_NEAR(got.recall, recall, 1e-12) << m.method << " " << measure;
      EXPECT_NEAR(got.precision, precision, 1e-12) << m.method << " " << measure;
      EXPECT_NEAR(got.f, f, 1e-12) << m.method << " " << measure;
      EXPECT_GT(got.f, 0.0) << m.method << " " << measure;
    }
  }
}

TEST(RunDataset, AClusterWithoutASummaryCountsAsZero) {
  std::vector<Cluster> clusters = SmallDataset();
  clusters.resize(3);
  const RougeScorer scorer = Scorer();
  Result<DatasetReport> full = RunDataset(clusters, scorer, Options({"lead"}, 1));
  ASSERT_TRUE(full.ok());
  // The school cluster loses its article text: nothing to summarize.
  clusters[2].articles[0].text = "";
  Result<DatasetReport> broken = RunDataset(clusters, scorer, Options({"lead"}, 1));
  ASSERT_TRUE(broken.ok()) << broken.status().message();
  const MethodReport& m = broken.value().methods[0];
  EXPECT_EQ(m.failures, 1u);
  EXPECT_EQ(m.clusters, 3u);  // still scored, as an empty summary
  const RougeScorer& s = scorer;
  double others = 0;
  for (size_t c = 0; c < 2; ++c) {
    others +=
        s.Score(SummaryLines(clusters[c], "lead", 20), ReferenceLines(clusters[c])).value().Find(
             "ROUGE-1")->f;
  }
  EXPECT_NEAR(Measure(m.average, "ROUGE-1").f, others / 3, 1e-12);
  EXPECT_LT(Measure(m.average, "ROUGE-1").f, Measure(full.value().methods[0].average, "ROUGE-1").f);
}

// The figures and the files written do not depend on the thread count.
TEST(RunDataset, SameFiguresAndFilesOnOneAndTwoThreads) {
  std::vector<Cluster> clusters;
  for (int copy = 0; copy < 6; ++copy) {  // enough clusters to share out
    for (Cluster cluster : SmallDataset()) {
      cluster.id += "-" + std::to_string(copy);
      clusters.push_back(std::move(cluster));
    }
  }
  const RougeScorer scorer = Scorer();
  concord::testing::TempDir one_dir;
  concord::testing::TempDir two_dir;
  DatasetOptions one = Options({"default"}, 1);
  one.out_dir = one_dir.path();
  DatasetOptions two = Options({"default"}, 2);
  two.out_dir = two_dir.path();
  Result<DatasetReport> a = RunDataset(clusters, scorer, one);
  Result<DatasetReport> b = RunDataset(clusters, scorer, two);
  ASSERT_TRUE(a.ok() && b.ok());
  const MethodReport& ma = a.value().methods[0];
  const MethodReport& mb = b.value().methods[0];
  EXPECT_EQ(ma.clusters, 18u);
  ASSERT_EQ(ma.average.size(), mb.average.size());
  for (size_t k = 0; k < ma.average.size(); ++k) {
    EXPECT_EQ(ma.average[k].first, mb.average[k].first);
    EXPECT_EQ(ma.average[k].second.f, mb.average[k].second.f) << ma.average[k].first;
    EXPECT_EQ(ma.average[k].second.recall, mb.average[k].second.recall);
  }
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(one_dir.path())) {
    if (!entry.is_regular_file()) continue;
    const std::filesystem::path relative =
        std::filesystem::relative(entry.path(), one_dir.path());
    std::ifstream x(entry.path(), std::ios::binary);
    std::ifstream y(std::filesystem::path(two_dir.path()) / relative, std::ios::binary);
    ASSERT_TRUE(y) << relative;
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(x), {}),
              std::string(std::istreambuf_iterator<char>(y), {}))
        << relative;
    ++files;
  }
  EXPECT_EQ(files, 24u + 24u);  // 24 summaries; 4 references per copy
}

TEST(RunDataset, OutWritesTheLinesItScored) {
  const std::vector<Cluster> clusters = SmallDataset();
  concord::testing::TempDir dir;
  DatasetOptions options = Options({"lead"}, 1);
  options.out_dir = dir.path();
  ASSERT_TRUE(RunDataset(clusters, Scorer(), options).ok());
  auto read_lines = [](const std::string& path) {
    std::ifstream in(path);
    EXPECT_TRUE(in) << path;
    Lines lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  };
  for (const Cluster& cluster : clusters) {
    EXPECT_EQ(read_lines(dir.Path("lead/" + cluster.id + ".txt")),
              SummaryLines(cluster, "lead", 20))
        << cluster.id;
    const std::vector<Lines> references = ReferenceLines(cluster);
    for (size_t r = 0; r < references.size(); ++r) {
      const std::string name = "refs/" + cluster.id + "." + std::string(1, 'A' + r) + ".txt";
      EXPECT_EQ(read_lines(dir.Path(name)), references[r]) << name;
    }
  }
  EXPECT_EQ(read_lines(dir.Path("refs/harbor.A.txt")),
            (Lines{"The harbor bridge closed after inspectors found a crack.",
                   "Repairs will take three weeks."}));
  EXPECT_FALSE(std::filesystem::exists(dir.Path("refs/unscored.A.txt")));
  EXPECT_TRUE(std::filesystem::exists(dir.Path("refs/bakery.B.txt")));
}

TEST(RunDataset, RefusesBadOptionsAndUnwritableOut) {
  const std::vector<Cluster> clusters = SmallDataset();
  const RougeScorer scorer = Scorer();
  EXPECT_EQ(RunDataset(clusters, scorer, Options({"no-such-method"}, 1)).status().code(),
            StatusCode::kInvalidArgument);
  DatasetOptions zero = Options({"lead"}, 1);
  zero.words = 0;
  EXPECT_EQ(RunDataset(clusters, scorer, zero).status().code(), StatusCode::kInvalidArgument);
  concord::testing::TempDir dir;
  DatasetOptions blocked = Options({"lead"}, 1);
  blocked.out_dir = dir.Write("a-file", "not a folder") + "/out";
  EXPECT_EQ(RunDataset(clusters, scorer, blocked).status().code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace concord::eval
