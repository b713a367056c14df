// HTML pages as articles: every reader (folders, files, JSON Lines "html",
// group's stream) turns a page into an Article here, through the extractor.
#include <string>
#include <vector>

#include "concord/extract.h"
#include "concord/io.h"
#include "io/title.h"

namespace concord::io {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsPageName(std::string_view name) {
  std::string lower(name);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (EndsWith(lower, ".gz")) lower.resize(lower.size() - 3);
  return EndsWith(lower, ".html") || EndsWith(lower, ".htm") || EndsWith(lower, ".xhtml");
}

bool LooksLikeHtml(std::string_view bytes) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF", kSpace = " \t\r\n\f";
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  auto starts = [&bytes](std::string_view prefix) {  // ASCII, any case
    if (bytes.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      const char c = bytes[i];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != prefix[i]) return false;
    }
    return true;
  };
  while (true) {
    const size_t first = bytes.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return false;
    bytes.remove_prefix(first);
    const bool comment = starts("<!--"), declaration = starts("<?xml");
    if (!comment && !declaration) break;
    const size_t end = bytes.find(comment ? "-->" : "?>");
    if (end == std::string_view::npos) return false;
    bytes.remove_prefix(end + (comment ? 3 : 2));
  }
  for (std::string_view open : {"<!doctype html", "<html"}) {
    if (!starts(open)) continue;
    if (bytes.size() == open.size()) return true;
    const char next = bytes[open.size()];
    return kSpace.find(next) != std::string_view::npos || next == '>' || next == '/';
  }
  return false;
}

Result<std::string> ReadPage(const std::string& path, size_t max_bytes) {
  Result<std::string> read = ReadFile(path, max_bytes);
  if (!read.ok()) return read.status();
  std::string bytes = std::move(read).value();
  std::string lower = path;
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (EndsWith(lower, ".gz") || extract::LooksGzipped(bytes)) {
    return extract::Gunzip(bytes, path == "-" ? "<stdin>" : path, max_bytes);
  }
  return bytes;
}

Status FillFromHtml(std::string_view html, const std::string& name, Article& article) {
  extract::Page page = extract::ExtractPage(html, article.url);
  if (page.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    std::string why = "no article text found in the page";
    for (const std::string& warning : page.warnings) {
      if (why.find(warning) == std::string::npos) why += "; " + warning;
    }
    return Status::Empty(name + ": " + why + " (skipped)");
  }
  article.text = std::move(page.text);
  if (article.url.empty()) article.url = std::move(page.url);
  if (article.title.empty()) article.title = std::move(page.title);
  if (article.published.empty()) article.published = std::move(page.published);
  // The outlet: the page's own name (og:site_name, publisher) before the
  // URL's host; the file name rule comes after both (OutletName).
  if (article.source.empty()) article.source = std::move(page.site);
  article.text.erase(0, internal::SplitTitle(article.text, &article.title));
  return Status::Ok();
}

}  // namespace concord::io
