// `concord extract PATH...`: the article of each HTML page, as JSON Lines
// ({"path","url","title","author","published","site","language","text"},
// plus "warning" when something is missing) or as text alone.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/page_files.h"
#include "concord/api.h"
#include "concord/extract.h"

namespace concord::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> paths;
  std::string format = "json";
  std::string url;
  int threads = DefaultThreads();
};

int Run(const ExtractFlags& flags) {
  std::vector<std::string> files;
  for (const std::string& path : flags.paths) {
    Result<std::vector<std::string>> pages = ListPages(path);
    if (!pages.ok()) {
      std::cerr << "concord extract: " << pages.status().message() << "\n";
      return 2;
    }
    files.insert(files.end(), pages.value().begin(), pages.value().end());
  }
  if (!flags.url.empty() && files.size() != 1) {
    std::cerr << "concord extract: --url needs exactly one page\n";
    return 2;
  }
  // Pages are read and extracted on every thread and written in input
  // order as soon as they and all before them are done: the output does not
  // depend on the thread count, and few pages wait in memory.
  const int threads = flags.threads > 0 ? flags.threads : DefaultThreads();
  const size_t failed = RunOrdered(
      files.size(), threads,
      [&](size_t i) {
        ItemOutput item;
        Result<std::string> bytes = ReadPage(files[i]);
        if (!bytes.ok()) {
          item.err = "concord extract: " + bytes.status().message() + "\n";
          item.failed = true;
          return item;
        }
        const extract::Page page = extract::ExtractPage(bytes.value(), flags.url);
        if (flags.format != "text") {
          item.out = api::PageJson(files[i], page) + "\n";
        } else {
          // Several pages: each under a heading naming it, as summarize
          // heads each story of a batch ("== id =="), so they stay apart.
          item.out = (files.size() > 1 ? "== " + files[i] + " ==\n" : "") + page.text + "\n";
        }
        return item;
      },
      "extracted");
  return failed > 0 ? 2 : 0;
}

}  // namespace

void RegisterExtract(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Find the article in raw HTML pages (.html, .htm, .html.gz, a folder of them, or - for "
      "stdin) and write, per page, one JSON line with its url, title, author, published date, "
      "site, language and text (paragraphs separated by a blank line). A page without an "
      "article gives an empty text and a \"warning\".");
  cmd->add_option("paths", flags->paths, "Pages, folders of pages, or - (stdin)")->required();
  cmd->add_option("--format", flags->format,
                  "json (JSON Lines, default) or text (the text alone; with several pages, each "
                  "under a line '== PATH ==')")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->add_option("--url", flags->url, "The page's address (one page only): gives the site's host");
  AddThreadsOption(cmd, &flags->threads);
  cmd->callback([flags, exit_code] { *exit_code = Run(*flags); });
}

}  // namespace concord::cli
