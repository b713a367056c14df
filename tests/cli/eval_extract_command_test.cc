// `concord eval --task extract` on a WCXB-shaped folder written here (two
// pages): the text table's word F1, precision and recall have four
// decimals and are the means of the per-page scores of --out.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

// A WCXB ground-truth file of one page of type `type`.
std::string WcxbTruth(const std::string& type, const std::string& main_content) {
  return nlohmann::json{{"url", "https://example.org/" + type},
                        {"_internal", {{"page_type", {{"primary", type}}}}},
                        {"ground_truth",
                         {{"main_content", main_content},
                          {"title", "Ferry timetable changes"},
                          {"with", {"two evening crossings"}},
                          {"without", {"Home"}}}}}
      .dump();
}

const char kWcxbPage[] =
    "<html><head><title>Ferry timetable changes</title></head><body>"
    "<nav><a href=\"/\">Home</a></nav><article><p>The ferry operator will add two evening "
    "crossings from Monday, it said on Friday, after a winter of complaints from commuters on "
    "the island.</p><p>Tickets for the new crossings go on sale this weekend at the harbor "
    "office.</p></article></body></html>";

TEST(EvalExtractCommand, WcxbTableHasFourDecimalsOfThePageMeans) {
  TempDir dir;
  dir.Write("wcxb/ground-truth/0001.json",
            WcxbTruth("article",
                      "The ferry operator will add two evening crossings from Monday, it said on "
                      "Friday, after a winter of complaints from commuters on the island."));
  dir.Write("wcxb/ground-truth/0002.json",
            WcxbTruth("forum", "Tickets for the new crossings go on sale this weekend."));
  for (const char* id : {"0001", "0002"}) {
    const std::string html = dir.Write(std::string("page-") + id + ".html", kWcxbPage);
    const std::string gz = dir.Path(std::string("wcxb/html/") + id + ".html.gz");
    ASSERT_EQ(
        std::system(
            ("mkdir -p " + dir.Path("wcxb/html") + " && gzip -c " + html + " > " + gz).c_str()),
        0);
  }
  const std::string out = dir.Path("pages.jsonl");
  const CliResult result =
      RunConcord("eval --task extract --data " + dir.Path("wcxb") + " --out " + out);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  // The means of the per-page scores (pages in id order), as the table
  // must print them.
  std::ifstream file(out);
  std::vector<nlohmann::json> pages;
  for (std::string line; std::getline(file, line);) pages.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(pages.size(), 2u);
  auto mean = [&](const char* key) {
    return (pages[0][key].get<double>() + pages[1][key].get<double>()) / 2;
  };
  char row[128];
  std::snprintf(row, sizeof row, "| all | 2 | %.4f | %.4f | %.4f |", mean("f1"), mean("precision"),
                mean("recall"));
  EXPECT_NE(result.out.find(row), std::string::npos) << row << "\n" << result.out;
  std::snprintf(row, sizeof row, "| article | 1 | %.4f | %.4f | %.4f |",
                pages[0]["f1"].get<double>(), pages[0]["precision"].get<double>(),
                pages[0]["recall"].get<double>());
  EXPECT_NE(result.out.find(row), std::string::npos) << row << "\n" << result.out;
  // Each reference is a part of the page's text: F1 below 1, not a round
  // figure that three decimals would print the same.
  EXPECT_LT(mean("f1"), 0.99);
  EXPECT_GT(mean("f1"), 0.1);
}

// Ground truth of odd shapes: a page type that is a string instead of an
// object, a ground_truth that is an array, a file that is a JSON array. The
// first two read as missing fields; the third is an error naming the file.
TEST(EvalExtractCommand, GroundTruthOfTheWrongShapeIsReadOrNamedNeverACrash) {
  TempDir dir;
  dir.Write("odd/ground-truth/0001.json",
            R"({"url": "https://example.org/a", "_internal": {"page_type": "article"},)"
            R"( "ground_truth": ["not", "an", "object"]})");
  dir.Write("odd/ground-truth/0002.json", R"({"_internal": 7, "ground_truth": {"title": 3}})");
  const CliResult odd = RunConcord("eval --task extract --data " + dir.Path("odd"));
  EXPECT_NE(odd.exit_code, 0);  // the pages are missing, which is reported
  EXPECT_EQ(odd.err.find("terminate"), std::string::npos) << odd.err;
  EXPECT_EQ(odd.err.find("type_error"), std::string::npos) << odd.err;

  dir.Write("array/ground-truth/0001.json", "[1, 2, 3]");
  const CliResult array = RunConcord("eval --task extract --data " + dir.Path("array"));
  EXPECT_EQ(array.exit_code, 2) << array.err;
  EXPECT_NE(array.err.find("0001.json: not a JSON object"), std::string::npos) << array.err;
}

}  // namespace
}  // namespace concord::testing
