// ScanLine: the cheap facts about a line that gate the costlier rules.
//
// Most lines are prose, and on prose every rule should fail fast. Instead of
// one search per trigger phrase (ten passes over each line), one pass looks
// only at a few rare bytes (w v M @ / A x g b, w and v in capitals too) through
// a 256-entry table, and at each one checks the bytes around it for the
// trigger it ends or starts. A line with none of the triggers then skips the
// archive, hovercard, embed, subscribe and copyright searches entirely.
#include <array>
#include <string_view>

#include "clean/rules.h"
#include "clean/scan.h"

namespace concord::internal::clean {
namespace {

constexpr std::array<bool, 256> MakeTable() {
  std::array<bool, 256> table{};
  for (unsigned char c : std::string_view("wWvVM@/Axgb")) table[c] = true;
  return table;
}
constexpr std::array<bool, 256> kInteresting = MakeTable();

// True when `line` holds `lower` ending at byte `last` (inclusive), ignoring
// ASCII case.
bool EndsAt(std::string_view line, size_t last, std::string_view lower) {
  if (last + 1 < lower.size()) return false;
  return StartsWithI(line.substr(last + 1 - lower.size()), lower);
}

bool StartsAt(std::string_view line, size_t first, std::string_view text) {
  return line.substr(first).starts_with(text);
}

}  // namespace

LineFeatures ScanLine(std::string_view line) {
  LineFeatures f;
  const size_t size = line.size();
  for (size_t i = 0; i < size; ++i) {
    const unsigned char byte = static_cast<unsigned char>(line[i]);
    if (!kInteresting[byte]) continue;
    switch (byte) {
      case 'w':
      case 'W':
        if (EndsAt(line, i, "craw")) f.crawl = true;
        if (i >= 2 && StartsWithI(line.substr(i - 2), "newsletter")) {
          f.subscribe = true;
        }
        break;
      case 'v':
      case 'V':
        if (EndsAt(line, i, "archiv")) f.archive = true;
        if (EndsAt(line, i, "reserv")) f.reserved = true;
        break;
      case 'M':
        if (StartsAt(line, i, "MORE")) f.more = true;
        break;
      case '@':
        if (i > 0 && line[i - 1] == '(') f.handle = true;
        break;
      case '/':
        if (i >= 15 && line.substr(i - 15).starts_with("pic.twitter.com/")) {
          f.pic_link = true;
        }
        break;
      case 'A':
        if (StartsAt(line, i, "A post shared by ")) f.post_shared = true;
        break;
      case 'x':
        if (EndsAt(line, i, "inbox")) f.subscribe = true;
        break;
      case 'g':
        if (EndsAt(line, i, "sig")) f.subscribe = true;
        break;
      case 'b':
        if (i >= 2 && StartsWithI(line.substr(i - 2), "subscri")) {
          f.subscribe = true;
        }
        break;
      default:
        break;
    }
  }
  return f;
}

}  // namespace concord::internal::clean
