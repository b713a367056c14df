// `concord extract PATH...`: the article of each HTML page, as JSON Lines
// ({"path","url","title","author","published","site","language","text"},
// plus "warning" when something is missing) or as text alone.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

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
  int threads = 0;
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
  std::vector<std::optional<std::string>> out(files.size());
  std::vector<std::string> errors(files.size());
  ParallelFor(files.size(), flags.threads, [&](size_t i) {
    Result<std::string> bytes = ReadPage(files[i]);
    if (!bytes.ok()) {
      errors[i] = bytes.status().message();
      return;
    }
    const extract::Page page = extract::ExtractPage(bytes.value(), flags.url);
    out[i] = flags.format == "text" ? page.text + "\n" : api::PageJson(files[i], page) + "\n";
  });
  int code = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    if (out[i]) {
      std::cout << *out[i];
    } else {
      std::cerr << "concord extract: " << errors[i] << "\n";
      code = 2;
    }
  }
  std::cout.flush();
  return code;
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
  cmd->add_option("--format", flags->format, "json (JSON Lines, default) or text (the text alone)")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->add_option("--url", flags->url, "The page's address (one page only): gives the site's host");
  cmd->add_option("--threads,-j", flags->threads, "Threads for a folder (0 = every core)")
      ->check(WholeNumber(0, kMaxThreads));
  cmd->callback([flags, exit_code] { *exit_code = Run(*flags); });
}

}  // namespace concord::cli
