// Internal to concord_io and concord_group; the public reading API is
// concord/io.h. The one reader of a JSON article object
// {"id","source","url","title","published","text","html"}, for the JSON
// Lines of summarize (jsonl_reader.cc) and of group and digest
// (group/stream.cc), so that one object gives one Article whichever command
// reads it. What differs between them stays with the caller: how an unknown
// field is reported (summarize warns per field, group counts the lines and
// knows its own "story" label) and whether an article without text is a
// problem (summarize) or still an article (group).
#ifndef CONCORD_IO_ARTICLE_OBJECT_H_
#define CONCORD_IO_ARTICLE_OBJECT_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/article.h"

namespace concord::io {

struct ArticleObject {
  Article article;
  // The keys the reader does not know, in the object's order (nlohmann's:
  // sorted), for the caller to read (group's "story") or warn about.
  std::vector<std::string> unknown;
  // Set when the object's page ("html", given without text) holds no
  // article text: FillFromHtml's message, which names `where`. The caller
  // warns with it and skips the article.
  std::string skipped;
  // "WHERE: replaced N NUL byte(s) with U+FFFD" when the text or title held
  // NUL ("\u0000" in JSON), replaced as the text file reader replaces a
  // stray NUL byte; "" otherwise. The caller warns with it.
  std::string nul_note;
};

// The text of an id: a string as it is, an integer (signed or unsigned) in
// decimal; nullopt for any other value.
std::optional<std::string> IdText(const nlohmann::json& value);

// What is wrong with `value` as the id field `key` ("id", "story") when
// IdText refuses it: `field "id" must be a string or an integer`, or, for
// a whole number JSON can only read as a float (one past 64 bits), that it
// must be written as a string.
std::string IdError(std::string_view key, const nlohmann::json& value);

// Reads the article object `object` into `out`: "id" a string or an
// integer (IdText), the other fields strings; a null field is absent. An
// "html" field with a blank "text" is the page, extracted by FillFromHtml
// (fields the object gives win over the page's); then the title rule of
// every reader (TakeTitleLine). Returns "" or what is wrong, naming the
// field: "field \"text\" must be a string", "field \"id\" must be a string
// or an integer"; the fields are read in the object's order and the first
// wrong one is named (`out.unknown` holds the unknown keys before it).
// REQUIRES: the object's strings are valid UTF-8, as when it was parsed
// from a line that went through ValidUtf8.
std::string ReadArticleObject(const nlohmann::json& object, const std::string& where,
                              ArticleObject& out);

// True when `text` holds only whitespace (" \t\r\n\f\v"): an article
// without text.
bool IsBlank(std::string_view text);

}  // namespace concord::io

#endif  // CONCORD_IO_ARTICLE_OBJECT_H_
