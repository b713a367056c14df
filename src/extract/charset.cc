// Decoding a page's bytes to UTF-8 (extract.h): BOM, the charset the page
// declares in a <meta> of its head (read with the HTML parser, never by
// pattern over markup), else valid UTF-8, else ICU's detector; iconv
// converts.
#include <gumbo.h>
#include <iconv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <string_view>
#include <vector>

#include "concord/extract.h"
#include "extract/dom.h"

namespace concord::extract {
namespace {

// The declaration is looked for in this much of the page.
constexpr size_t kPrescanBytes = 32 * 1024;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(internal::AsciiLower(c));
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && internal::IsAsciiSpace(s[b])) ++b;
  while (e > b && (internal::IsAsciiSpace(s[e - 1]) || s[e - 1] == '"' || s[e - 1] == '\'' ||
                   s[e - 1] == ';')) {
    --e;
  }
  while (b < e && (s[b] == '"' || s[b] == '\'')) ++b;
  return std::string(s.substr(b, e - b));
}

// "text/html; charset=iso-8859-1" -> "iso-8859-1".
std::string CharsetOfContentType(std::string_view content) {
  const std::string lower = Lower(content);
  const size_t at = lower.find("charset");
  if (at == std::string::npos) return "";
  size_t i = at + 7;
  while (i < lower.size() && internal::IsAsciiSpace(lower[i])) ++i;
  if (i >= lower.size() || lower[i] != '=') return "";
  ++i;
  size_t end = i;
  while (end < lower.size() && lower[end] != ';' && !internal::IsAsciiSpace(lower[end])) ++end;
  return Trim(std::string_view(lower).substr(i, end - i));
}

// The charset named by the first <meta charset> or http-equiv content-type
// in the first kPrescanBytes of the page, lower-cased; "" when none.
std::string DeclaredCharset(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, std::min(bytes.size(), kPrescanBytes));
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, head.data(), head.size());
  std::string found;
  std::vector<const GumboNode*> stack{output->root};
  while (!stack.empty() && found.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& el = node->v.element;
    if (el.tag == GUMBO_TAG_META) {
      if (const GumboAttribute* a = gumbo_get_attribute(&el.attributes, "charset")) {
        found = Trim(Lower(a->value));
      } else if (const GumboAttribute* equiv = gumbo_get_attribute(&el.attributes, "http-equiv");
                 equiv != nullptr && Lower(equiv->value) == "content-type") {
        if (const GumboAttribute* c = gumbo_get_attribute(&el.attributes, "content")) {
          found = CharsetOfContentType(c->value);
        }
      }
      continue;
    }
    if (el.tag == GUMBO_TAG_BODY) continue;  // declarations belong to the head
    for (unsigned i = el.children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(el.children.data[i - 1]));
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return found;
}

// The name to hand iconv, following the HTML standard's aliases: a page
// declaring UTF-16 in ASCII is not UTF-16, and latin-1 means windows-1252.
std::string Canonical(const std::string& name) {
  if (name == "utf8" || name == "utf-8" || name.rfind("utf-16", 0) == 0 || name == "unicode") {
    return "utf-8";
  }
  if (name == "iso-8859-1" || name == "latin1" || name == "latin-1" || name == "us-ascii" ||
      name == "ascii" || name == "iso8859-1" || name == "l1") {
    return "windows-1252";
  }
  if (name == "gb2312" || name == "x-gbk") return "gbk";
  if (name == "shift-jis" || name == "sjis" || name == "x-sjis") return "shift_jis";
  return name;
}

// ICU's guess for bytes that are not UTF-8; windows-1252 when it has none.
std::string Detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  std::string name = "windows-1252";
  if (U_SUCCESS(status)) {
    const size_t n = std::min<size_t>(bytes.size(), 256 * 1024);
    ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(n), &status);
    const UCharsetMatch* match = ucsdet_detect(detector, &status);
    if (U_SUCCESS(status) && match != nullptr) {
      const char* guess = ucsdet_getName(match, &status);
      if (U_SUCCESS(status) && guess != nullptr) name = Canonical(Lower(guess));
    }
    ucsdet_close(detector);
  }
  if (name == "utf-8") name = "windows-1252";  // it is not valid UTF-8
  return name;
}

// Converts with iconv; each byte it cannot convert becomes U+FFFD.
// Returns false when iconv does not know `charset`.
bool Convert(std::string_view bytes, const std::string& charset, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->clear();
  out->reserve(bytes.size() + bytes.size() / 4);
  std::vector<char> buffer(64 * 1024);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  while (in_left > 0) {
    char* dst = buffer.data();
    size_t dst_left = buffer.size();
    const size_t rc = iconv(cd, &in, &in_left, &dst, &dst_left);
    out->append(buffer.data(), static_cast<size_t>(dst - buffer.data()));
    if (rc == static_cast<size_t>(-1)) {
      if (errno == E2BIG) continue;
      out->append("\xEF\xBF\xBD");  // EILSEQ or EINVAL: skip one byte
      ++in;
      --in_left;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
  }
  iconv_close(cd);
  return true;
}

}  // namespace

std::string DecodeToUtf8(std::string_view bytes, std::string* charset,
                         std::vector<std::string>* warnings) {
  std::string name;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    *charset = "utf-8";
    return internal::RepairUtf8(bytes.substr(3));
  }
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFE\xFF" || bytes.substr(0, 2) == "\xFF\xFE")) {
    name = bytes[0] == '\xFE' ? "utf-16be" : "utf-16le";
    std::string out;
    if (Convert(bytes.substr(2), name, &out)) {
      *charset = name;
      return out;
    }
  }
  // Bytes that are valid UTF-8 are read as UTF-8 whatever the page
  // declares: a legacy label over UTF-8 is stale (and text in a legacy
  // charset with non-ASCII letters is almost never valid UTF-8).
  if (internal::IsValidUtf8(bytes)) {
    *charset = "utf-8";
    return std::string(bytes);
  }
  const std::string declared = DeclaredCharset(bytes);
  name = Canonical(declared);
  if (name.empty() || name == "utf-8") {
    name = Detect(bytes);
    if (!declared.empty()) {
      warnings->push_back("declared charset '" + declared + "' does not match the bytes; read as " +
                          name);
    }
  }
  std::string out;
  if (Convert(bytes, name, &out)) {
    *charset = name;
    return internal::RepairUtf8(out);
  }
  const std::string fallback = Detect(bytes);
  warnings->push_back("unknown charset '" + declared + "'; read as " + fallback);
  *charset = fallback;
  if (!Convert(bytes, fallback, &out)) return internal::RepairUtf8(bytes);
  return internal::RepairUtf8(out);
}

}  // namespace concord::extract
