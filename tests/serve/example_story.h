// What the server's tests send: the bundled example story
// (examples/harbor-bridge) as JSON articles, and a JSON POST.
//
//   httplib::Result res = Post(client, "/v1/articles", {{"articles", ExampleArticles()}});
//
// Thread safety: thread-safe.
#ifndef CONCORD_TESTS_SERVE_EXAMPLE_STORY_H_
#define CONCORD_TESTS_SERVE_EXAMPLE_STORY_H_

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "concord/io.h"

namespace concord::testing {

// The bundled example's articles, each {"id","source","url","title",
// "published","text"}; empty (and a failed expectation) when unreadable.
inline nlohmann::json ExampleArticles() {
  Result<io::Inputs> in =
      io::ReadInputs({std::string(CONCORD_SOURCE_DIR) + "/examples/harbor-bridge"});
  EXPECT_TRUE(in.ok());
  nlohmann::json articles = nlohmann::json::array();
  if (!in.ok()) return articles;
  for (const Article& a : in.value().clusters[0].articles) {
    articles.push_back({{"id", a.id},
                        {"source", a.source},
                        {"url", a.url},
                        {"title", a.title},
                        {"published", a.published},
                        {"text", a.text}});
  }
  return articles;
}

// POSTs `body` as application/json to `path`.
inline httplib::Result Post(httplib::Client& client, const std::string& path,
                            const nlohmann::json& body) {
  return client.Post(path.c_str(), body.dump(), "application/json");
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_SERVE_EXAMPLE_STORY_H_
