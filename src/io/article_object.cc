// The one reader of a JSON article object (article_object.h).
#include "io/article_object.h"

#include <cmath>
#include <string_view>
#include <utility>

#include "concord/io.h"
#include "concord/text.h"

namespace concord::io {
namespace {

using nlohmann::json;

// The string field of `article` that `key` names, or nullptr ("id" and
// "html" are read apart).
std::string* StringField(std::string_view key, Article& article) {
  if (key == "source") return &article.source;
  if (key == "url") return &article.url;
  if (key == "title") return &article.title;
  if (key == "published") return &article.published;
  if (key == "text") return &article.text;
  return nullptr;
}

}  // namespace

std::optional<std::string> IdText(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  // dump() writes an integer in decimal, exactly, unsigned ones past
  // INT64_MAX included.
  if (value.is_number_integer()) return value.dump();
  return std::nullopt;
}

std::string IdError(std::string_view key, const json& value) {
  const std::string field = "field \"" + std::string(key) + "\"";
  if (value.is_number_float()) {
    const double number = value.get<double>();
    if (std::isfinite(number) && number == std::trunc(number) && std::fabs(number) >= 0x1p63) {
      return field + " is an integer past 64 bits: write it as a string";
    }
  }
  return field + " must be a string or an integer";
}

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

std::string ReadArticleObject(const json& object, const std::string& where, ArticleObject& out) {
  Article& article = out.article;
  std::string html;
  for (const auto& [key, value] : object.items()) {
    std::string* field = key == "html" ? &html : StringField(key, article);
    if (key != "id" && field == nullptr) {
      out.unknown.push_back(key);
      continue;
    }
    if (value.is_null()) continue;
    if (key == "id") {
      std::optional<std::string> id = IdText(value);
      if (!id) return IdError(key, value);
      article.id = std::move(*id);
    } else if (value.is_string()) {
      *field = value.get<std::string>();
    } else {
      return "field \"" + key + "\" must be a string";
    }
  }
  if (!html.empty() && IsBlank(article.text)) {
    if (Status s = FillFromHtml(html, where, article); !s.ok()) {
      out.skipped = s.message();
      return {};
    }
  }
  // A NUL would reach every output as a control character (JSON writes it
  // "\u0000"): replaced as in a text file.
  if (const size_t nul = text::ReplaceNul(article.text) + text::ReplaceNul(article.title);
      nul > 0) {
    out.nul_note = where + ": replaced " + std::to_string(nul) + " NUL byte(s) with U+FFFD";
  }
  TakeTitleLine(article);
  return {};
}

}  // namespace concord::io
