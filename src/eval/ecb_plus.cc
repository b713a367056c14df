// Reading ECB+ (align_score.h): tokens into sentences, event mentions, and
// the cross-document event chains they belong to.
//
// The XML is CROMER's flat layout, one element a line in practice but read
// here as a stream of tags: <token t_id sentence number>text</token>; under
// <Markables>, <TAG m_id ...> with <token_anchor t_id/> children (a
// self-closing TAG is a chain's instance, no anchors); under <Relations>,
// <CROSS_DOC_COREF note="CHAIN"> with <source m_id/> children. An event
// mention is a markable whose tag starts with ACTION_ or NEG_ACTION_; an
// event chain is a note starting with ACT or NEG (the others are people,
// places, times, things).
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "concord/align_score.h"
#include "concord/io.h"

namespace concord::eval {
namespace {

// The value of attribute `name` in the tag text `tag` ("" when absent).
std::string_view Attribute(std::string_view tag, std::string_view name) {
  std::string key = " ";
  key.append(name);
  key += "=\"";
  const size_t at = tag.find(key);
  if (at == std::string_view::npos) return {};
  const size_t start = at + key.size();
  const size_t end = tag.find('"', start);
  if (end == std::string_view::npos) return {};
  return tag.substr(start, end - start);
}

bool ToNumber(std::string_view s, size_t* out) {
  if (s.empty()) return false;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// The five XML entities decoded; any other '&' is kept as written.
std::string Unescape(std::string_view s) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    bool decoded = false;
    for (const auto& [entity, c] : kEntities) {
      if (s.substr(i, entity.size()) == entity) {
        out.push_back(c);
        i += entity.size();
        decoded = true;
        break;
      }
    }
    if (!decoded) out.push_back(s[i++]);
  }
  return out;
}

// True when no space goes before token `t` ("," "." "'s" "n't" ")").
bool Closes(std::string_view t) {
  return t == "," || t == "." || t == ";" || t == ":" || t == "!" || t == "?" || t == ")" ||
         t == "]" || t == "%" || t == "'s" || t == "n't" || t == "'re" || t == "'ve" ||
         t == "'ll" || t == "'d" || t == "'m" || t == "'" || t == "''";
}

// True when no space goes after token `t`.
bool Opens(std::string_view t) { return t == "(" || t == "[" || t == "$" || t == "``"; }

struct Tag {
  std::string_view name;  // without '/' for a closing tag
  std::string_view text;  // between '<' and '>'
  bool closing = false;
  bool self_closing = false;
  size_t end = 0;  // one past '>'
};

// The next tag at or after `pos`; false when none is left.
bool NextTag(std::string_view xml, size_t pos, Tag* tag) {
  const size_t open = xml.find('<', pos);
  if (open == std::string_view::npos) return false;
  const size_t close = xml.find('>', open);
  if (close == std::string_view::npos) return false;
  tag->text = xml.substr(open + 1, close - open - 1);
  tag->closing = !tag->text.empty() && tag->text[0] == '/';
  tag->self_closing = !tag->text.empty() && tag->text.back() == '/';
  std::string_view name = tag->text.substr(tag->closing ? 1 : 0);
  name = name.substr(0, std::min(name.find_first_of(" \t\r\n/"), name.size()));
  tag->name = name;
  tag->end = close + 1;
  return true;
}

Status Malformed(const std::string& name, const std::string& what) {
  return Status::ParseError(name + ": " + what);
}

}  // namespace

Result<EcbDocument> ParseEcbDocument(std::string_view xml, const std::string& name) {
  EcbDocument doc;
  doc.name = name;
  std::unordered_map<size_t, size_t> sentence_of_token;  // t_id -> sentence number
  std::map<size_t, std::vector<std::string>> tokens;     // sentence -> tokens
  std::unordered_map<std::string, std::vector<size_t>> mention_sentences;  // event m_id
  std::set<size_t> with_event;
  std::map<size_t, std::set<std::string>> events;  // sentence -> chains
  std::string markable;                            // m_id of the open event markable
  std::string chain;                               // note of the open CROSS_DOC_COREF
  bool in_markables = false;
  Tag tag;
  for (size_t pos = 0; NextTag(xml, pos, &tag); pos = tag.end) {
    if (tag.name == "Markables") in_markables = !tag.closing;
    if (tag.closing) {
      if (tag.name == "CROSS_DOC_COREF") chain.clear();
      continue;
    }
    if (tag.name == "token") {
      size_t id = 0;
      size_t sentence = 0;
      const size_t text_end = xml.find("</token>", tag.end);
      if (!ToNumber(Attribute(tag.text, "t_id"), &id) ||
          !ToNumber(Attribute(tag.text, "sentence"), &sentence) || text_end == std::string::npos) {
        return Malformed(name, "a token without t_id, sentence or </token>");
      }
      sentence_of_token[id] = sentence;
      tokens[sentence].push_back(Unescape(xml.substr(tag.end, text_end - tag.end)));
    } else if (tag.name == "token_anchor") {
      size_t id = 0;
      if (!ToNumber(Attribute(tag.text, "t_id"), &id) || !sentence_of_token.count(id)) {
        return Malformed(name, "a token_anchor of no token");
      }
      if (!markable.empty()) {
        mention_sentences[markable].push_back(sentence_of_token[id]);
        with_event.insert(sentence_of_token[id]);
      }
    } else if (in_markables) {
      const bool event = tag.name.starts_with("ACTION_") || tag.name.starts_with("NEG_ACTION_");
      markable = event && !tag.self_closing ? std::string(Attribute(tag.text, "m_id")) : "";
    } else if (tag.name == "CROSS_DOC_COREF") {
      const std::string_view note = Attribute(tag.text, "note");
      chain = note.starts_with("ACT") || note.starts_with("NEG") ? std::string(note) : "";
    } else if (tag.name == "source" && !chain.empty()) {
      auto it = mention_sentences.find(std::string(Attribute(tag.text, "m_id")));
      if (it == mention_sentences.end()) continue;
      for (size_t s : it->second) events[s].insert(chain);
    } else if (tag.name != "source" && tag.name != "target") {
      chain.clear();  // INTRA_DOC_COREF and the like
    }
  }
  if (tokens.empty()) return Malformed(name, "no tokens");
  for (const auto& [number, words] : tokens) {
    EcbSentence s;
    s.number = number;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i > 0 && !Closes(words[i]) && !Opens(words[i - 1])) s.text.push_back(' ');
      s.text += words[i];
    }
    s.events.assign(events[number].begin(), events[number].end());
    s.scored = with_event.count(number) > 0;
    doc.sentences.push_back(std::move(s));
  }
  return doc;
}

namespace {

// "12_3ecbplus" -> topic 12, number 3, plus; false for other names.
bool ParseName(const std::string& stem, int* topic, size_t* number, bool* plus) {
  const size_t underscore = stem.find('_');
  if (underscore == std::string::npos) return false;
  size_t t = 0;
  if (!ToNumber(std::string_view(stem).substr(0, underscore), &t)) return false;
  std::string_view rest = std::string_view(stem).substr(underscore + 1);
  *plus = rest.ends_with("ecbplus");
  if (!*plus && !rest.ends_with("ecb")) return false;
  rest.remove_suffix(*plus ? 7 : 3);
  *topic = static_cast<int>(t);
  return ToNumber(rest, number);
}

// (topic, file as "10ecbplus", sentence) of the coreference sentence list.
Result<std::set<std::tuple<int, std::string, size_t>>> ReadSentenceList(const std::string& path) {
  Result<std::string> bytes = io::ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  std::set<std::tuple<int, std::string, size_t>> out;
  std::string_view rest = bytes.value();
  for (size_t line = 1; !rest.empty(); ++line) {
    const size_t nl = rest.find('\n');
    std::string_view row = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    while (!row.empty() && (row.back() == '\r' || row.back() == ' ')) row.remove_suffix(1);
    if (row.empty() || row.starts_with("Topic")) continue;
    const size_t c1 = row.find(',');
    const size_t c2 = c1 == std::string_view::npos ? c1 : row.find(',', c1 + 1);
    size_t topic = 0;
    size_t sentence = 0;
    if (c2 == std::string_view::npos || !ToNumber(row.substr(0, c1), &topic) ||
        !ToNumber(row.substr(c2 + 1), &sentence)) {
      return Status::ParseError(path + ":" + std::to_string(line) +
                                ": expected Topic,File,Sentence Number");
    }
    out.emplace(static_cast<int>(topic), std::string(row.substr(c1 + 1, c2 - c1 - 1)), sentence);
  }
  return out;
}

}  // namespace

Result<std::vector<EcbStory>> ReadEcbPlus(const std::string& dir,
                                          const std::string& sentences_csv) {
  namespace fs = std::filesystem;
  // (topic, plus, number) -> path
  std::map<std::tuple<int, bool, size_t>, fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file() || it->path().extension() != ".xml") continue;
    int topic = 0;
    size_t number = 0;
    bool plus = false;
    if (ParseName(it->path().stem().string(), &topic, &number, &plus)) {
      files[{topic, plus, number}] = it->path();
    }
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  if (files.empty()) return Status::NotFound(dir + ": no ECB+ document (<topic>_<n>ecb.xml)");
  std::set<std::tuple<int, std::string, size_t>> listed;
  if (!sentences_csv.empty()) {
    auto list = ReadSentenceList(sentences_csv);
    if (!list.ok()) return list.status();
    listed = std::move(list).value();
  }
  std::vector<EcbStory> stories;
  for (const auto& [key, path] : files) {
    const auto& [topic, plus, number] = key;
    const std::string name = std::to_string(topic) + (plus ? "_ecbplus" : "_ecb");
    if (stories.empty() || stories.back().name != name) {
      stories.emplace_back();
      stories.back().topic = topic;
      stories.back().name = name;
    }
    Result<std::string> xml = io::ReadFile(path.string());
    if (!xml.ok()) return xml.status();
    Result<EcbDocument> doc = ParseEcbDocument(xml.value(), path.stem().string());
    if (!doc.ok()) return doc.status();
    if (!sentences_csv.empty()) {
      const std::string file = std::to_string(number) + (plus ? "ecbplus" : "ecb");
      for (EcbSentence& s : doc.value().sentences) {
        s.scored = listed.count({topic, file, s.number}) > 0;
      }
    }
    stories.back().documents.push_back(std::move(doc).value());
  }
  return stories;
}

}  // namespace concord::eval
