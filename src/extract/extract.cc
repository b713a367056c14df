// ExtractPage (extract.h): bytes -> UTF-8 -> bounded HTML -> DOM ->
// metadata and the article's text.
#include "concord/extract.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/content.h"
#include "extract/dom.h"
#include "extract/metadata.h"

namespace concord::extract {
namespace {

// Binary data: NUL bytes or many control bytes at the start (text in
// UTF-16 starts with a BOM and is decoded before this check).
bool LooksBinary(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, std::min<size_t>(bytes.size(), 8192));
  size_t control = 0;
  for (char c : head) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) return true;
    control += b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f';
  }
  return control * 20 > head.size();
}

bool HasUtf16Bom(std::string_view bytes) {
  return bytes.size() >= 2 &&
         (bytes.substr(0, 2) == "\xFE\xFF" || bytes.substr(0, 2) == "\xFF\xFE");
}

std::string MiB(size_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

}  // namespace

std::string HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const size_t at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  rest = rest.substr(0, rest.find(':'));
  std::string host(rest);
  for (char& c : host) c = static_cast<char>(internal::AsciiLower(c));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

Page ExtractPage(std::string_view bytes, std::string_view url, const ExtractOptions& options) {
  Page page;
  page.url = std::string(url);
  if (!HasUtf16Bom(bytes) && LooksBinary(bytes)) {
    page.warnings.push_back("binary data, not HTML");
    return page;
  }
  if (bytes.size() > options.max_html_bytes) {
    page.warnings.push_back("page of " + MiB(bytes.size()) + " cut to its first " +
                            MiB(options.max_html_bytes));
    bytes = bytes.substr(0, options.max_html_bytes);
  }
  std::string html =
      internal::WithoutScriptBodies(DecodeToUtf8(bytes, &page.charset, &page.warnings));
  if (const size_t keep = internal::NestingLimit(html, options.max_depth); keep < html.size()) {
    page.warnings.push_back("elements nested deeper than " + std::to_string(options.max_depth) +
                            ": page cut at byte " + std::to_string(keep));
    html.resize(keep);
  }
  const internal::Dom dom(html);
  const internal::Metadata meta = internal::ReadMetadata(dom);
  page.title = meta.title;
  page.author = meta.author;
  page.published = meta.published;
  page.language = meta.language;
  if (page.url.empty()) page.url = meta.url;
  page.site = meta.site.empty() ? HostOf(page.url) : meta.site;
  if (dom.body() < 0) {
    page.warnings.push_back("no body");
    return page;
  }
  internal::ContentOptions content;
  content.kind.discussion = meta.discussion;
  content.kind.product = meta.product;
  page.text = internal::ExtractContent(dom, page.title, content);
  if (page.text.empty() && !meta.article_body.empty()) page.text = meta.article_body;
  if (page.text.empty()) page.warnings.push_back("no article text found");
  return page;
}

}  // namespace concord::extract
