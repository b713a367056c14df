#include "concord/web_assets.h"

#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>

namespace concord::serve {
namespace {

std::string ReadSource(const std::string& name) {
  std::ifstream in(std::string(CONCORD_SOURCE_DIR) + "/src/serve/web/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const char* const kFiles[] = {"index.html", "app.css",  "app.js",   "dom.js",
                              "list.js",    "story.js", "submit.js"};

TEST(WebAssetsTest, RootIsTheIndexPage) {
  std::optional<WebAsset> root = FindWebAsset("/");
  ASSERT_TRUE(root.has_value());
  EXPECT_EQ(root->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(root->body, ReadSource("index.html"));
  std::optional<WebAsset> index = FindWebAsset("/index.html");
  ASSERT_TRUE(index.has_value());
  EXPECT_EQ(index->body.data(), root->body.data());
}

TEST(WebAssetsTest, EmbeddedBytesEqualTheSourceFiles) {
  for (const char* name : kFiles) {
    std::optional<WebAsset> asset = FindWebAsset(std::string("/") + name);
    ASSERT_TRUE(asset.has_value()) << name;
    EXPECT_FALSE(asset->body.empty()) << name;
    EXPECT_EQ(asset->body, ReadSource(name)) << name;
  }
  EXPECT_EQ(FindWebAsset("/app.css")->content_type, "text/css; charset=utf-8");
  EXPECT_EQ(FindWebAsset("/app.js")->content_type, "text/javascript; charset=utf-8");
}

TEST(WebAssetsTest, QueryAndFragmentAreIgnored) {
  ASSERT_TRUE(FindWebAsset("/app.js?v=2").has_value());
  ASSERT_TRUE(FindWebAsset("/?x=1#/stories/3").has_value());
  EXPECT_EQ(FindWebAsset("/?x=1")->content_type, "text/html; charset=utf-8");
}

TEST(WebAssetsTest, UnknownAndTraversalPathsFindNothing) {
  for (const char* path :
       {"", "index.html", "/nope.js", "/../CMakeLists.txt", "//app.js", "/./app.js",
        "/%2e%2e/etc/passwd", "/web_assets.cc", "/embed.cmake", "/app.js/", "/APP.JS"}) {
    EXPECT_FALSE(FindWebAsset(path).has_value()) << path;
  }
}

// Every file the page links to is embedded, and nothing is loaded from
// outside (no CDN, no absolute URL with a scheme).
TEST(WebAssetsTest, PageLinksOnlyEmbeddedFiles) {
  std::string html(FindWebAsset("/")->body);
  std::regex link(R"re((?:src|href)="([^"]*)")re");
  int links = 0;
  for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) {
    std::string target = (*it)[1];
    if (target.starts_with("#")) continue;  // in-page routes and anchors
    EXPECT_TRUE(FindWebAsset(target).has_value()) << target;
    ++links;
  }
  EXPECT_GE(links, 2);
  for (const char* name : kFiles) {
    std::string body(FindWebAsset(std::string("/") + name)->body);
    EXPECT_EQ(body.find("http://"), std::string::npos) << name;
    EXPECT_EQ(body.find("https://"), std::string::npos) << name;
  }
}

// Every module a script imports ("from './dom.js'") is embedded too.
TEST(WebAssetsTest, ScriptImportsAreEmbedded) {
  std::regex import(R"re(from '\./([a-z_]+\.js)')re");
  int imports = 0;
  for (const char* name : kFiles) {
    std::string body(FindWebAsset(std::string("/") + name)->body);
    for (std::sregex_iterator it(body.begin(), body.end(), import), end; it != end; ++it) {
      EXPECT_TRUE(FindWebAsset("/" + std::string((*it)[1])).has_value())
          << name << ": " << (*it)[1];
      ++imports;
    }
  }
  EXPECT_GE(imports, 4);
}

}  // namespace
}  // namespace concord::serve
