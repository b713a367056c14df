// Page chrome that a scraper keeps as lines of their own: advertisement
// markers, share and subscribe buttons, copyright notices, bylines and
// datelines, and the widgets of the page (text-size buttons, "Please enable
// Javascript", separators, 404 notices).
//
// Every rule here judges one whole line and only short ones: chrome is
// terse, and a long line is prose however many trigger words it holds. A
// line is matched in three ways, from strictest to loosest:
//   1. its "key" (lower-cased, trailing ":" "." "-" "»" "|" dropped) is one
//      of a few known button or header texts ("advertisement", "share this",
//      "text size");
//   2. it starts with a call to action whose wording is chrome
//      ("Sign up for", "Follow us", "Click to share") and stays short;
//   3. it is dense in one family's vocabulary (two subscribe words such as
//      "newsletter" and "inbox", or "All rights reserved").
// Prose is protected by the length limits and by refusing lines that report
// speech (" said", " says"): chrome never quotes anybody. The costlier
// searches run only on lines whose LineFeatures (line_features.cc) show the
// trigger words.
//
// Cost: each test is a few prefix compares on the line, and the key is built
// only for lines under kMaxKey bytes, so prose lines cost almost nothing.
#include <array>
#include <string_view>

#include "clean/rules.h"
#include "clean/scan.h"

namespace concord::internal::clean {
namespace {

constexpr size_t kMaxKey = 96;

// The lower-cased `line` without trailing punctuation and spaces, written
// into `buffer`; empty when the line is too long to be a button.
std::string_view Key(std::string_view line, std::array<char, kMaxKey>* buffer) {
  if (line.size() > kMaxKey) return {};
  size_t size = 0;
  for (char c : line) (*buffer)[size++] = LowerAscii(c);
  while (size > 0) {
    const char c = (*buffer)[size - 1];
    if (c == ':' || c == '.' || c == '-' || c == '|' || c == ' ' || c == '>' ||
        c == '\t') {
      --size;
    } else if (size >= 2 && (*buffer)[size - 2] == '\xC2' &&
               (c == '\xBB' || c == '\xA0')) {  // U+00BB », U+00A0 NBSP
      size -= 2;
    } else {
      break;
    }
  }
  return std::string_view(buffer->data(), size);
}

bool KeyIn(std::string_view line, std::initializer_list<std::string_view> keys) {
  std::array<char, kMaxKey> buffer;
  const std::string_view key = Key(line, &buffer);
  if (key.empty()) return false;
  for (std::string_view candidate : keys) {
    if (key == candidate) return true;
  }
  return false;
}

// " said", " says" or " told" anywhere in the line, in one pass over its
// spaces (three searches of the whole line were 4% of the analysis).
bool ReportsSpeech(std::string_view line) {
  for (size_t at = line.find(' '); at != std::string_view::npos; at = line.find(' ', at + 1)) {
    const std::string_view word = line.substr(at + 1, 4);
    if (word == "said" || word == "says" || word == "told") return true;
  }
  return false;
}

}  // namespace

bool IsAdvertisementLine(std::string_view line) {
  if (line.size() > 80) return false;
  return KeyIn(line,
               {"advertisement", "advertisements", "advertising", "ad",
                "sponsored", "sponsored content", "paid content", "paid post",
                "promoted content", "skip ad", "ad feedback",
                "story continues below advertisement",
                "story continues below", "story continued below",
                "article continues below", "article continues below advertisement",
                "continue reading below", "continue reading the main story",
                "advertisement continue reading the main story",
                "advertisement - scroll to continue",
                "scroll to continue with content", "content continues below"});
}

bool IsShareSubscribeLine(std::string_view line,
                          const LineFeatures& features) {
  if (line.size() > 320) return false;
  if (KeyIn(line, {"share", "share this", "share this article",
                   "share this story", "share on facebook", "share on twitter",
                   "share tweet pin email", "share tweet email",
                   "share tweet linkedin email", "tweet", "email", "print",
                   "email this", "print this", "print this article",
                   "email this article", "save", "comment", "comments",
                   "view comments", "follow", "facebook", "twitter",
                   "instagram", "linkedin", "pinterest", "whatsapp", "reddit",
                   "google+", "pin", "subscribe", "sign up", "newsletter",
                   "free sign up", "follow us", "join the conversation"})) {
    return true;
  }
  if (ReportsSpeech(line)) return false;
  if (StartsWithAnyI(line, {"click to share", "click to email",
                            "click to print", "click here to subscribe",
                            "click here to sign up", "share this:",
                            "share on ", "sign up for", "sign up here",
                            "sign up now", "sign up to get", "subscribe to ",
                            "subscribe now", "subscribe for", "follow us",
                            "like us on", "like us at", "join the conversation",
                            "join us on", "want stories like",
                            "have a tip", "send us a tip", "email this",
                            "print this", "you can unsubscribe",
                            "get breaking news alerts", "read or share this story"})) {
    return true;
  }
  // "Follow Jane Doe on Twitter", "Follow CBSMIAMI.COM: Facebook | Twitter",
  // "Email: jdoe@example.com; Twitter: @jdoe".
  if (line.size() <= 250 &&
      StartsWithAnyI(line, {"follow ", "email:", "e-mail:", "contact:",
                            "twitter:", "find us on"}) &&
      (line.find('@') != std::string_view::npos ||
       ContainsAnyI(line, {"twitter", "facebook", "instagram", "google+",
                           "http", "tumblr", "youtube"}))) {
    return true;
  }
  if (!features.subscribe) return false;
  const LowerCopy lower(line);
  int score = 0;
  for (std::string_view word :
       {"newsletter", "inbox", "sign up", "signing up", "subscribe",
        "delivered straight", "delivered to your", "email alerts",
        "news alerts", "daily edition", "by email", "to your phone",
        "app now", "top stories"}) {
    if (lower.Has(word)) ++score;
  }
  return score >= 2;
}

bool IsCopyrightLine(std::string_view line, const LineFeatures& features) {
  if (line.size() > 400) return false;
  if (StartsWithI(line, "\xC2\xA9")) return true;  // ©
  if (StartsWithI(line, "copyright")) {
    const std::string_view head = line.substr(0, 24);
    if (HasYear(head) || Find(head, "\xC2\xA9") != std::string_view::npos ||
        StartsWithI(line, "copyright (c)")) {
      return true;
    }
  }
  if (StartsWithI(line, "(c) ") && HasYear(line.substr(0, 12))) return true;
  if (ReportsSpeech(line)) return false;
  if (StartsWithI(line, "this material may not be")) return true;
  return features.reserved && LowerCopy(line).Has("all rights reserved");
}

// Wire-service credits: "(Reporting by Jane Doe; Editing by John Roe)",
// "Additional reporting by Jane Doe in Paris". A sentence of prose that
// happens to open with "Reporting by" is kept: a credit has a ';' between
// its roles, or closes with ')', or is a short run of names.
bool IsCreditLine(std::string_view line) {
  if (line.size() > 200) return false;
  std::string_view credit = line;
  if (!credit.empty() && credit[0] == '(') credit.remove_prefix(1);
  if (!StartsWithAnyI(credit, {"reporting by ", "additional reporting by ", "writing by ",
                               "editing by ", "compiled by ", "reported by "})) {
    return false;
  }
  size_t words = 1;
  for (char c : credit) words += c == ' ';
  return credit.find(';') != std::string_view::npos || line.back() == ')' || words <= 8;
}

bool IsBylineLine(std::string_view line) {
  if (IsCreditLine(line)) return true;
  if (line.size() > 120) return false;
  // Datelines: "Published on May 3, 2015", "Last updated at 6:04 PM on ...".
  if (line.size() <= 80 &&
      StartsWithAnyI(line, {"published", "posted", "updated", "last updated",
                            "last modified", "first published"})) {
    bool digit = false;
    for (char c : line) digit = digit || IsDigitAscii(c);
    if (!digit) return false;
    const size_t space = line.find_first_of(" :|");
    if (space == std::string_view::npos) return false;
    // The word after the keyword must be "on", "at", ":", "|" or a date.
    const std::string_view rest = Trim(line.substr(space));
    return !rest.empty() &&
           (rest[0] == ':' || rest[0] == '|' || IsDigitAscii(rest[0]) ||
            StartsWithAnyI(rest, {"on ", "at ", "- ", "jan", "feb", "mar",
                                  "apr", "may", "jun", "jul", "aug", "sep",
                                  "oct", "nov", "dec"}));
  }
  // "By Jane Doe", "By Jane Doe, Science Correspondent", "BY JANE DOE".
  if (!(line.starts_with("By ") || line.starts_with("BY ")) ||
      line.size() < 5 || !IsUpperAscii(line[3])) {
    return false;
  }
  std::string_view name = line.substr(3);
  const size_t cut = name.find_first_of(",/|");
  if (cut != std::string_view::npos) name = name.substr(0, cut);
  name = Trim(name);
  size_t words = 0;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t end = name.find(' ', pos);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    ++words;
    const bool joiner = word == "and" || word == "de" || word == "van" ||
                        word == "von" || word == "der" || word == "la" ||
                        word == "del" || word == "al" || word == "bin";
    if (!joiner && !IsUpperAscii(word[0]) &&
        static_cast<unsigned char>(word[0]) < 0x80) {
      return false;
    }
  }
  return words >= 1 && words <= 6 && !EndsSentence(line.substr(0, 3 + name.size())) ;
}

bool IsPageChromeLine(std::string_view line) {
  // Separators: "___", "------", "* * *", "###".
  if (line.size() <= 80) {
    bool only_marks = line.size() >= 3;
    for (char c : line) {
      if (c != '_' && c != '-' && c != '=' && c != '*' && c != '#' &&
          c != '~' && c != ' ') {
        only_marks = false;
        break;
      }
    }
    if (only_marks) return true;
  }
  if (line.size() > 200) return false;
  if (KeyIn(line, {"text size", "reset", "+", "loading", "loading...", "close",
                   "skip", "embed", "menu", "back to top", "load more",
                   "show comments", "hide caption", "toggle caption",
                   "now playing", "up next", "replay", "autoplay",
                   "please enable javascript to watch this video",
                   "this feature is not available right now. please try "
                   "again later",
                   "rating is available when the video has been rented",
                   "this video is unavailable", "video unavailable",
                   "page not found", "image zoom", "view gallery",
                   "more information"})) {
    return true;
  }
  return StartsWithAnyI(line, {"please enable javascript",
                               "you must enable javascript",
                               "your browser does not support",
                               "this article was originally published",
                               "this article originally appeared",
                               "this story was originally published",
                               "this story originally appeared",
                               "this article first appeared",
                               "original article on", "this article tagged under",
                               "sorry, the page you requested",
                               "the page you requested could not be found",
                               "we're sorry, this page", "error 404"});
}

std::string_view ClassifyLine(std::string_view line,
                              const LineFeatures& features) {
  if (line.empty()) return {};
  if ((features.crawl || features.archive || StartsWithI(line, "the seed")) &&
      IsArchiveBannerLine(line)) {
    return kArchiveBanner;
  }
  // The rules below only ever accept short lines.
  if (line.size() > 600) return {};
  if (IsAdvertisementLine(line)) return kAdvertisement;
  if (IsSocialEmbedLine(line)) return kSocialEmbed;
  if (IsPhotoCreditLine(line)) return kPhotoCredit;
  if (IsCopyrightLine(line, features)) return kCopyright;
  if (IsShareSubscribeLine(line, features)) return kShareSubscribe;
  if (IsRelatedLinkLine(line)) return kRelatedLinks;
  if (IsBylineLine(line)) return kByline;
  if (IsPageChromeLine(line)) return kPageChrome;
  return {};
}

}  // namespace concord::internal::clean
