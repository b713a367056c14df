// Reading ECB+ (align_score.h): tokens into sentences, event mentions, and
// the cross-document event chains they belong to.
//
// The XML is CROMER's flat layout, read with libxml2's streaming reader
// (xmlTextReader): <token t_id sentence number>text</token>; under
// <Markables>, <TAG m_id ...> with <token_anchor t_id/> children (an empty
// TAG element is a chain's instance, no anchors); under <Relations>,
// <CROSS_DOC_COREF note="CHAIN"> with <source m_id/> children. An event
// mention is a markable whose tag starts with ACTION_ or NEG_ACTION_; an
// event chain is a note starting with ACT or NEG (the others are people,
// places, times, things).
#include <libxml/xmlreader.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "concord/align_score.h"
#include "concord/io.h"

namespace concord::eval {
namespace {

bool ToNumber(std::string_view s, size_t* out) {
  if (s.empty()) return false;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// True when no space goes before token `t` ("," "." "'s" "n't" ")").
bool Closes(std::string_view t) {
  return t == "," || t == "." || t == ";" || t == ":" || t == "!" || t == "?" || t == ")" ||
         t == "]" || t == "%" || t == "'s" || t == "n't" || t == "'re" || t == "'ve" ||
         t == "'ll" || t == "'d" || t == "'m" || t == "'" || t == "''";
}

// True when no space goes after token `t`.
bool Opens(std::string_view t) { return t == "(" || t == "[" || t == "$" || t == "``"; }

std::string_view View(const xmlChar* s) {
  return s == nullptr ? std::string_view{} : std::string_view(reinterpret_cast<const char*>(s));
}

// One document through xmlTextReader: elements and text in document order,
// attributes by name, and the line of the node (or of the first XML error)
// for messages "<where>:<line>: ...".
class EcbXmlReader {
 public:
  EcbXmlReader(std::string_view xml, std::string where) : where_(std::move(where)) {
    static const bool initialized = (xmlInitParser(), true);  // once, thread-safe
    (void)initialized;
    if (xml.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      status_ = Status::ParseError(where_ + ": empty file");
      return;
    }
    if (xml.size() > static_cast<size_t>(INT_MAX)) {
      status_ = Status::ParseError(where_ + ": too large for the XML reader");
      return;
    }
    // No network, no DTD loading, no entity substitution: XML's five
    // entities and numeric character references are decoded, references
    // to entities a DOCTYPE declares are left out.
    reader_.reset(xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                                     XML_PARSE_NONET));
    if (reader_ == nullptr) {
      status_ = Status::ParseError(where_ + ": the XML reader could not start");
      return;
    }
    xmlTextReaderSetStructuredErrorHandler(reader_.get(), OnError, this);
  }

  // Moves to the next node: true at one, false at the end or after an error
  // (status() then says which).
  bool Next() {
    if (!status_.ok()) return false;
    const int read = xmlTextReaderRead(reader_.get());
    if (read < 0) Record("malformed XML");
    return read == 1 && status_.ok();
  }

  int type() const { return xmlTextReaderNodeType(reader_.get()); }
  bool empty_element() const { return xmlTextReaderIsEmptyElement(reader_.get()) == 1; }
  int depth() const { return xmlTextReaderDepth(reader_.get()); }
  std::string_view name() const { return View(xmlTextReaderConstLocalName(reader_.get())); }
  std::string_view value() const { return View(xmlTextReaderConstValue(reader_.get())); }

  // The value of attribute `name` of the current element ("" when absent).
  std::string Attribute(const char* attribute) const {
    xmlChar* value =
        xmlTextReaderGetAttribute(reader_.get(), reinterpret_cast<const xmlChar*>(attribute));
    if (value == nullptr) return {};
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
  }

  // Records a ParseError at the current node's line; returns the first
  // error recorded.
  Status Fail(const std::string& what) {
    Record(what);
    return status_;
  }

  const Status& status() const { return status_; }

 private:
  struct Free {
    void operator()(xmlTextReaderPtr reader) const { xmlFreeTextReader(reader); }
  };

  void Record(const std::string& what) {
    if (status_.ok()) {
      status_ = Status::ParseError(where_ + ":" + std::to_string(Line()) + ": " + what);
    }
  }

  // The line of the current node; the parser's line (which may be ahead)
  // when the node has none or one past libxml2's 16-bit node lines.
  long Line() const {
    const xmlNodePtr node = xmlTextReaderCurrentNode(reader_.get());
    const long line = node == nullptr ? 0 : xmlGetLineNo(node);
    return line > 0 && line < 65535 ? line : xmlTextReaderGetParserLineNumber(reader_.get());
  }

  // libxml2's first error, at the line the parser was reading, becomes the
  // status. A template because libxml2 2.12 made the error const: the
  // handler's type is deduced from xmlStructuredErrorFunc.
  template <typename XmlErrorPointer>
  static void OnError(void* arg, XmlErrorPointer error) {
    auto* self = static_cast<EcbXmlReader*>(arg);
    if (!self->status_.ok() || error == nullptr || error->level < XML_ERR_ERROR) return;
    std::string what = error->message == nullptr ? "malformed XML" : error->message;
    while (!what.empty() && (what.back() == '\n' || what.back() == ' ')) what.pop_back();
    std::replace(what.begin(), what.end(), '\n', ' ');  // one line ("...! Bytes: 0xFF")
    self->status_ =
        Status::ParseError(self->where_ + ":" + std::to_string(error->line) + ": " + what);
  }

  std::string where_;
  std::unique_ptr<xmlTextReader, Free> reader_;
  Status status_;
};

// What one document's elements add up to, in document order.
class EcbDocumentBuilder {
 public:
  explicit EcbDocumentBuilder(EcbXmlReader* xml) : xml_(*xml) {}

  // Handles the element the reader is at (its start tag).
  Status Start() {
    const std::string_view tag = xml_.name();
    if (tag == "Markables") in_markables_ = true;
    if (tag == "token") return Token();
    if (tag == "token_anchor") return Anchor();
    if (in_markables_) {
      const bool event = tag.starts_with("ACTION_") || tag.starts_with("NEG_ACTION_");
      markable_ = event && !xml_.empty_element() ? xml_.Attribute("m_id") : "";
    } else if (tag == "CROSS_DOC_COREF") {
      const std::string note = xml_.Attribute("note");
      chain_ = note.starts_with("ACT") || note.starts_with("NEG") ? note : "";
    } else if (tag == "source" && !chain_.empty()) {
      auto it = mention_sentences_.find(xml_.Attribute("m_id"));
      if (it != mention_sentences_.end()) {
        for (size_t s : it->second) events_[s].insert(chain_);
      }
    } else if (tag != "source" && tag != "target") {
      chain_.clear();  // INTRA_DOC_COREF and the like
    }
    return Status::Ok();
  }

  // Handles an end tag.
  void End() {
    if (xml_.name() == "Markables") in_markables_ = false;
    if (xml_.name() == "CROSS_DOC_COREF") chain_.clear();
  }

  // The sentences, their tokens joined; fails when there is no token.
  Result<EcbDocument> Finish(const std::string& name, const std::string& where) {
    if (tokens_.empty()) return Status::ParseError(where + ": no tokens");
    EcbDocument doc;
    doc.name = name;
    for (const auto& [number, words] : tokens_) {
      EcbSentence s;
      s.number = number;
      for (size_t i = 0; i < words.size(); ++i) {
        if (i > 0 && !Closes(words[i]) && !Opens(words[i - 1])) s.text.push_back(' ');
        s.text += words[i];
      }
      s.events.assign(events_[number].begin(), events_[number].end());
      s.scored = with_event_.count(number) > 0;
      doc.sentences.push_back(std::move(s));
    }
    return doc;
  }

 private:
  // <token t_id sentence>text</token>: the text is every character inside.
  Status Token() {
    size_t id = 0;
    size_t sentence = 0;
    if (!ToNumber(xml_.Attribute("t_id"), &id) ||
        !ToNumber(xml_.Attribute("sentence"), &sentence)) {
      return xml_.Fail("a token without a numeric t_id or sentence");
    }
    std::string text;
    if (!xml_.empty_element()) {
      const int depth = xml_.depth();
      while (xml_.Next() &&
             !(xml_.type() == XML_READER_TYPE_END_ELEMENT && xml_.depth() == depth)) {
        const int type = xml_.type();
        if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
            type == XML_READER_TYPE_WHITESPACE || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
          text += xml_.value();
        }
      }
      if (!xml_.status().ok()) return xml_.status();
    }
    sentence_of_token_[id] = sentence;
    tokens_[sentence].push_back(std::move(text));
    return Status::Ok();
  }

  // <token_anchor t_id/>: a token of the open markable.
  Status Anchor() {
    size_t id = 0;
    if (!ToNumber(xml_.Attribute("t_id"), &id) || !sentence_of_token_.count(id)) {
      return xml_.Fail("a token_anchor of no token");
    }
    if (!markable_.empty()) {
      mention_sentences_[markable_].push_back(sentence_of_token_[id]);
      with_event_.insert(sentence_of_token_[id]);
    }
    return Status::Ok();
  }

  EcbXmlReader& xml_;
  std::unordered_map<size_t, size_t> sentence_of_token_;  // t_id -> sentence number
  std::map<size_t, std::vector<std::string>> tokens_;     // sentence -> tokens
  std::unordered_map<std::string, std::vector<size_t>> mention_sentences_;  // event m_id
  std::set<size_t> with_event_;
  std::map<size_t, std::set<std::string>> events_;  // sentence -> chains
  std::string markable_;                            // m_id of the open event markable
  std::string chain_;                               // note of the open CROSS_DOC_COREF
  bool in_markables_ = false;
};

// ParseEcbDocument with messages naming `where` (the file's path).
Result<EcbDocument> ParseEcbXml(std::string_view xml, const std::string& name,
                                const std::string& where) {
  EcbXmlReader reader(xml, where);
  EcbDocumentBuilder builder(&reader);
  while (reader.Next()) {
    if (reader.type() == XML_READER_TYPE_ELEMENT) {
      Status status = builder.Start();
      if (!status.ok()) return status;
    } else if (reader.type() == XML_READER_TYPE_END_ELEMENT) {
      builder.End();
    }
  }
  if (!reader.status().ok()) return reader.status();
  return builder.Finish(name, where);
}

}  // namespace

Result<EcbDocument> ParseEcbDocument(std::string_view xml, const std::string& name) {
  return ParseEcbXml(xml, name, name);
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
    Result<EcbDocument> doc = ParseEcbXml(xml.value(), path.stem().string(), path.string());
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
