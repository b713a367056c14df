// The fast path of JSON Lines reading (see json_lines_fast.h).
#include "io/json_lines_fast.h"

#include <cstdint>
#include <string>

namespace concord::io::internal {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 32;

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  // The whole text as one value, or false.
  bool ParseAll(json* out) {
    if (!Value(out, 0)) return false;
    SkipSpace();
    return pos_ == text_.size();
  }

 private:
  void SkipSpace() {
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      ++pos_;
    }
  }

  bool Literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool Value(json* out, int depth) {
    SkipSpace();
    if (pos_ >= text_.size()) return false;
    switch (text_[pos_]) {
      case '"': {
        std::string s;
        if (!String(&s)) return false;
        *out = std::move(s);
        return true;
      }
      case '{':
        return depth < kMaxDepth && Object(out, depth + 1);
      case '[':
        return depth < kMaxDepth && Array(out, depth + 1);
      case 'n':
        *out = nullptr;
        return Literal("null");
      case 't':
        *out = true;
        return Literal("true");
      case 'f':
        *out = false;
        return Literal("false");
      default:
        return Number(out);
    }
  }

  // A number: the run of characters a JSON number is made of, read by
  // nlohmann itself, so that its type (unsigned, signed, float) and value
  // are nlohmann's. In valid JSON the run is exactly the number; anything
  // else fails here or later.
  bool Number(json* out) {
    const size_t start = pos_;
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
        break;
      }
      ++pos_;
    }
    if (pos_ == start) return false;
    *out = json::parse(text_.substr(start, pos_ - start), nullptr, /*allow_exceptions=*/false);
    return !out->is_discarded() && out->is_number();
  }

  bool Object(json* out, int depth) {
    ++pos_;  // '{'
    *out = json::object();
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == '}') {
      ++pos_;
      return true;
    }
    for (;;) {
      SkipSpace();
      std::string key;
      if (pos_ >= text_.size() || text_[pos_] != '"' || !String(&key)) return false;
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != ':') return false;
      ++pos_;
      json value;
      if (!Value(&value, depth)) return false;
      (*out)[key] = std::move(value);  // a repeated key keeps the last value
      SkipSpace();
      if (pos_ >= text_.size()) return false;
      if (text_[pos_] == '}') {
        ++pos_;
        return true;
      }
      if (text_[pos_] != ',') return false;
      ++pos_;
    }
  }

  bool Array(json* out, int depth) {
    ++pos_;  // '['
    *out = json::array();
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == ']') {
      ++pos_;
      return true;
    }
    for (;;) {
      json value;
      if (!Value(&value, depth)) return false;
      out->push_back(std::move(value));
      SkipSpace();
      if (pos_ >= text_.size()) return false;
      if (text_[pos_] == ']') {
        ++pos_;
        return true;
      }
      if (text_[pos_] != ',') return false;
      ++pos_;
    }
  }

  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // \uXXXX outside the surrogates and U+0000, appended as UTF-8.
  bool UnicodeEscape(std::string* out) {
    if (pos_ + 4 > text_.size()) return false;
    uint32_t cp = 0;
    for (size_t k = 0; k < 4; ++k) {
      const int digit = Hex(text_[pos_ + k]);
      if (digit < 0) return false;
      cp = cp * 16 + static_cast<uint32_t>(digit);
    }
    pos_ += 4;
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
    return true;
  }

  // A string at text_[pos_] == '"'; runs without escapes are copied whole.
  bool String(std::string* out) {
    ++pos_;
    for (;;) {
      const size_t start = pos_;
      while (pos_ < text_.size()) {
        const auto c = static_cast<unsigned char>(text_[pos_]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++pos_;
      }
      out->append(text_.data() + start, pos_ - start);
      if (pos_ >= text_.size()) return false;
      const char c = text_[pos_++];
      if (c == '"') return true;
      if (c != '\\' || pos_ >= text_.size()) return false;  // a control character
      const char e = text_[pos_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out->push_back(e);
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u':
          if (!UnicodeEscape(out)) return false;
          break;
        default:
          return false;
      }
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

std::optional<nlohmann::json> ParseJsonFast(std::string_view line) {
  json value;
  Parser parser(line);
  if (!parser.ParseAll(&value)) return std::nullopt;
  return value;
}

}  // namespace concord::io::internal
