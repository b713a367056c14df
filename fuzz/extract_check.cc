// Target extract: ExtractPage over any bytes (HTML, gzip, other charsets),
// DecodeToUtf8 and Gunzip. Every string of the page is valid UTF-8; decoding
// gives valid UTF-8 and names a charset; Gunzip fails with a message naming
// the file or inflates within its limit.
#include "concord/extract.h"
#include "fuzz/checks.h"
#include "fuzz/invariants.h"

namespace concord::fuzz {

std::string CheckExtract(std::string_view data) {
  extract::ExtractOptions options;
  options.max_depth = 200;  // the limit itself is tested, not the parser's cost
  const extract::Page page = extract::ExtractPage(data, "https://www.example.com/a", options);
  for (const std::string* field : {&page.url, &page.title, &page.author, &page.published,
                                   &page.site, &page.language, &page.charset, &page.text}) {
    if (!text::IsValidUtf8(*field)) return "a page field is not valid UTF-8: '" + Shown(*field) + "'";
  }
  std::string charset;
  std::vector<std::string> warnings;
  if (!text::IsValidUtf8(extract::DecodeToUtf8(data, &charset, &warnings))) {
    return "DecodeToUtf8 gave invalid UTF-8";
  }
  if (charset.empty()) return "DecodeToUtf8 named no charset";
  const Result<std::string> inflated = extract::Gunzip(data, "fuzz.gz", 1 << 20);
  if (!inflated.ok() && inflated.status().message().find("fuzz.gz") == std::string::npos) {
    return "Gunzip error without the file: " + inflated.status().message();
  }
  if (inflated.ok() && inflated.value().size() > (1 << 20)) return "Gunzip past its limit";
  return "";
}

}  // namespace concord::fuzz
