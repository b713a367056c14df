// `concord eval --task extract --data DIR`: runs the extractor over a
// benchmark's pages and scores it with the benchmark's own metric
// (extract_metrics.h). Two layouts are known:
//   ScrapingHub  DIR/ground-truth.json + DIR/html/<id>.html.gz
//                (DIR/output/*.json, other systems' outputs, are scored too)
//   WCXB         DIR/ground-truth/<id>.json + DIR/html/<id>.html.gz
//                (or DIR/dev/...), scored per page type.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/page_files.h"
#include "concord/extract.h"
#include "concord/extract_metrics.h"
#include "concord/io.h"

namespace concord::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Truth {
  std::string id, url, type, text, title, author, date;
  std::vector<std::string> with, without;
};

std::string Str(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

Result<json> ReadJson(const std::string& path) {
  Result<std::string> text = io::ReadFile(path);  // the one file reader
  if (!text.ok()) return text.status();
  json j = json::parse(text.value(), nullptr, false);
  if (j.is_discarded()) return Status::ParseError(path + ": not valid JSON");
  return j;
}

Result<std::vector<Truth>> LoadScrapingHub(const std::string& dir) {
  Result<json> gt = ReadJson(dir + "/ground-truth.json");
  if (!gt.ok()) return gt.status();
  if (!gt.value().is_object()) {
    return Status::ParseError(dir + "/ground-truth.json: not a JSON object");
  }
  std::vector<Truth> out;
  for (const auto& [id, item] : gt.value().items()) {
    out.push_back({id, Str(item, "url"), "article", Str(item, "articleBody"), "", "", "", {}, {}});
  }
  return out;
}

Result<std::vector<Truth>> LoadWcxb(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir + "/ground-truth")) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<Truth> out;
  for (const std::string& file : files) {
    Result<json> j = ReadJson(file);
    if (!j.ok()) return j.status();
    const json& root = j.value();
    if (!root.is_object()) return Status::ParseError(file + ": not a JSON object");
    // Every level is looked up only when it is there: a field missing or of
    // another type reads as empty (nlohmann's contains() is false on
    // anything but an object).
    const json gt = root.contains("ground_truth") ? root["ground_truth"] : json::object();
    Truth t;
    t.id = fs::path(file).stem().string();
    t.url = Str(root, "url");
    if (root.contains("_internal") && root["_internal"].contains("page_type")) {
      t.type = Str(root["_internal"]["page_type"], "primary");
    }
    t.text = Str(gt, "main_content");
    t.title = Str(gt, "title");
    t.author = Str(gt, "author");
    t.date = Str(gt, "publish_date");
    for (const char* key : {"with", "without"}) {
      if (!gt.contains(key) || !gt[key].is_array()) continue;
      for (const json& s : gt[key]) {
        if (s.is_string()) (key[1] == 'i' && key[4] == 'o' ? t.without : t.with).push_back(s);
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

void PrintScrapingHub(const std::string& dir, const std::vector<Truth>& truth,
                      const std::vector<extract::Page>& pages) {
  std::vector<eval::ShingleScore> ours;
  for (size_t i = 0; i < truth.size(); ++i) {
    ours.push_back(eval::ScoreShingles(pages[i].text, truth[i].text));
  }
  std::map<std::string, eval::ShingleSummary> rows{{"concord", eval::SummarizeShingles(ours)}};
  if (fs::is_directory(dir + "/output")) {
    for (const auto& entry : fs::directory_iterator(dir + "/output")) {
      Result<json> j = ReadJson(entry.path().string());
      if (!j.ok()) continue;
      const json& outputs = j.value().contains("output") ? j.value()["output"] : j.value();
      std::vector<eval::ShingleScore> scores;
      for (const Truth& t : truth) {
        const std::string text = outputs.contains(t.id) ? Str(outputs[t.id], "articleBody") : "";
        scores.push_back(eval::ScoreShingles(text, t.text));
      }
      rows[entry.path().stem().string()] = eval::SummarizeShingles(scores);
    }
  }
  std::printf("| system | F1 | precision | recall | accuracy |\n|---|---|---|---|---|\n");
  for (const auto& [name, s] : rows) {
    std::printf("| %s | %.3f | %.3f | %.3f | %.3f |\n", name.c_str(), s.f1, s.precision, s.recall,
                s.accuracy);
  }
}

struct TypeRow {
  size_t pages = 0;
  double p = 0, r = 0, f1 = 0;
  size_t with = 0, with_found = 0, without = 0, without_kept = 0;
};

void PrintWcxb(const std::vector<Truth>& truth, const std::vector<extract::Page>& pages) {
  std::map<std::string, TypeRow> rows;
  size_t titles = 0, titles_ok = 0, authors = 0, authors_ok = 0, dates = 0, dates_ok = 0;
  for (size_t i = 0; i < truth.size(); ++i) {
    const Truth& t = truth[i];
    const eval::WordScore w = eval::ScoreWords(pages[i].text, t.text);
    for (const std::string& key : {std::string("all"), t.type}) {
      TypeRow& row = rows[key];
      ++row.pages, row.p += w.precision, row.r += w.recall, row.f1 += w.f1;
      row.with += t.with.size(), row.with_found += eval::SnippetsFound(pages[i].text, t.with);
      row.without += t.without.size();
      row.without_kept += eval::SnippetsFound(pages[i].text, t.without);
    }
    if (!t.title.empty()) titles++, titles_ok += eval::SameWords(pages[i].title, t.title);
    if (!t.author.empty()) authors++, authors_ok += eval::SameWords(pages[i].author, t.author);
    if (!t.date.empty()) dates++, dates_ok += eval::SameDate(pages[i].published, t.date);
  }
  // Four decimals: one page's F1 in WCXB's 1,497 moves the mean by 0.0007.
  std::printf(
      "| page type | pages | word F1 | precision | recall | with found | without kept |\n"
      "|---|---|---|---|---|---|---|\n");
  auto pct = [](size_t a, size_t b) { return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / b; };
  for (const auto& [type, row] : rows) {
    const auto n = static_cast<double>(row.pages);
    std::printf("| %s | %zu | %.4f | %.4f | %.4f | %.1f%% | %.1f%% |\n", type.c_str(), row.pages,
                row.f1 / n, row.p / n, row.r / n, pct(row.with_found, row.with),
                pct(row.without_kept, row.without));
  }
  std::printf(
      "\n| metadata | pages with a reference | accuracy |\n|---|---|---|\n"
      "| title | %zu | %.3f |\n| author | %zu | %.3f |\n| date | %zu | %.3f |\n",
      titles, pct(titles_ok, titles) / 100, authors, pct(authors_ok, authors) / 100, dates,
      pct(dates_ok, dates) / 100);
}

// Whole or not at all (io::WriteFile); the Status names the file.
Status WritePerPage(const std::string& out, const std::vector<Truth>& truth,
                    const std::vector<extract::Page>& pages) {
  std::string file;
  for (size_t i = 0; i < truth.size(); ++i) {
    const eval::WordScore w = eval::ScoreWords(pages[i].text, truth[i].text);
    json j = {{"id", truth[i].id},
              {"type", truth[i].type},
              {"f1", w.f1},
              {"precision", w.precision},
              {"recall", w.recall},
              {"title", pages[i].title},
              {"author", pages[i].author},
              {"published", pages[i].published},
              {"text", pages[i].text}};
    file += j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  }
  return io::WriteFile(out, file);
}

}  // namespace

int RunExtractEval(const std::string& data, int threads, size_t limit, const std::string& out) {
  std::string dir = data;
  if (!fs::exists(dir + "/ground-truth") && fs::exists(dir + "/dev/ground-truth")) dir += "/dev";
  const bool scrapinghub = fs::exists(dir + "/ground-truth.json");
  if (!scrapinghub && !fs::is_directory(dir + "/ground-truth")) {
    std::cerr << "concord eval: " << data
              << ": neither ground-truth.json (ScrapingHub) nor ground-truth/ (WCXB) is there\n";
    return 2;
  }
  Result<std::vector<Truth>> loaded = scrapinghub ? LoadScrapingHub(dir) : LoadWcxb(dir);
  if (!loaded.ok()) {
    std::cerr << "concord eval: " << loaded.status().message() << "\n";
    return 2;
  }
  std::vector<Truth>& truth = loaded.value();
  if (limit > 0 && truth.size() > limit) truth.resize(limit);
  std::vector<std::string> bytes(truth.size()), errors(truth.size());
  ParallelFor(truth.size(), threads, [&](size_t i) {
    Result<std::string> page = ReadPage(dir + "/html/" + truth[i].id + ".html.gz");
    if (page.ok())
      bytes[i] = std::move(page).value();
    else
      errors[i] = page.status().message();
  });
  for (const std::string& e : errors) {
    if (!e.empty()) {
      std::cerr << "concord eval: " << e << "\n";
      return 2;
    }
  }
  std::vector<extract::Page> pages(truth.size());
  const auto start = std::chrono::steady_clock::now();
  ParallelFor(truth.size(), threads,
              [&](size_t i) { pages[i] = extract::ExtractPage(bytes[i], truth[i].url); });
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %zu pages, extracted in %.2f s (%.0f pages/s)\n\n", data.c_str(), truth.size(),
              seconds, static_cast<double>(truth.size()) / seconds);
  if (scrapinghub)
    PrintScrapingHub(dir, truth, pages);
  else
    PrintWcxb(truth, pages);
  if (!out.empty()) {
    if (Status s = WritePerPage(out, truth, pages); !s.ok()) {
      std::cerr << "concord eval: --out: " << s.message() << "\n";
      return 2;
    }
  }
  return 0;
}

}  // namespace concord::cli
