// Normalisation for splitting, with an offset map back to the original.
//
// What it does. Normalize rewrites the typographic variety of web text into
// the few characters the sentence splitter and tokenizer reason about:
// curly quotes to ' and ", the dash family to '-', the ellipsis character to
// "...", Unicode spaces to ' ', zero-width characters and soft hyphens to
// nothing, whitespace runs to one space, one line break to "\n" and two or
// more to "\n\n" (a paragraph break). Cleaning's excisions are cut out here
// too, each leaving a paragraph break or, for an inline one, a space.
//
// The offset map. Like sentencepiece's norm_to_orig, every output byte
// records the original byte it came from, so a sentence found in the
// normalised text is a span of the article the user gave us:
//   - a character kept as it is maps byte for byte;
//   - a replaced character (a curly quote, the ellipsis) maps every byte of
//     its replacement to the first byte of the original character;
//   - the whitespace emitted for a run of whitespace, line breaks and
//     excisions maps to the first original byte of that run, so that the end
//     of a span [s, e) maps to just after its last character in the original
//     and never swallows the space, line break or removed noise after it;
//   - leading and trailing whitespace is dropped, and the final entry maps
//     the end of the last character kept (the original's size when nothing
//     was trimmed at the end).
// Offsets therefore never decrease.
//
// How. One pass over the bytes with a small state machine: the whitespace
// seen since the last character is held as "pending" (none < space < line <
// paragraph) together with where it started, and is written only when the
// next real character arrives. Printable ASCII, most of any news text, is
// copied without decoding; other characters are decoded with utf8proc and
// looked up in a switch. Ill-formed bytes (the caller broke the REQUIRES)
// become U+FFFD rather than undefined behaviour. Cost: O(n + k log k) for n
// bytes and k excisions; about four bytes of map per byte of text.
#include <algorithm>
#include <array>
#include <cstring>

#include "concord/text.h"
#include "text/display_text.h"
#include "text/utf8_internal.h"

namespace concord::text {
namespace {

enum class Pending { kNone = 0, kSpace = 1, kLine = 2, kParagraph = 3 };

// What one non-ASCII code point becomes.
enum class Action { kKeep, kReplace, kDrop, kSpace, kLine, kParagraph };

Action Classify(int32_t code_point, const char** replacement) {
  switch (code_point) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:  // single quotes
    case 0x2032:
    case 0x2039:
    case 0x203A:  // prime, angle
      *replacement = "'";
      return Action::kReplace;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:  // double quotes
    case 0x2033:
    case 0x00AB:
    case 0x00BB:  // double prime, guillemets
      *replacement = "\"";
      return Action::kReplace;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:  // dashes
    case 0x2014:
    case 0x2015:
    case 0x2212:
      *replacement = "-";
      return Action::kReplace;
    case 0x2026:  // horizontal ellipsis
      *replacement = "...";
      return Action::kReplace;
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return Action::kSpace;
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x200E:
    case 0x200F:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:  // zero-width, marks, soft hyphen
      return Action::kDrop;
    case 0x0085:
    case 0x2028:  // next line, line separator
      return Action::kLine;
    case 0x2029:  // paragraph separator
      return Action::kParagraph;
    default:
      break;
  }
  if (code_point >= 0x2000 && code_point <= 0x200A) return Action::kSpace;
  if (code_point >= 0x80 && code_point <= 0x9F) return Action::kSpace;  // C1
  return Action::kKeep;
}

struct Cut {
  size_t start;
  size_t end;
  bool paragraph;
};

// Sorted, clamped, merged excisions (touching or overlapping ones join).
std::vector<Cut> MergeExcisions(const std::vector<Excision>& excisions, size_t size) {
  std::vector<Cut> cuts;
  cuts.reserve(excisions.size());
  for (const Excision& e : excisions) {
    const size_t start = std::min(e.span.start, size);
    const size_t end = std::min(e.span.end, size);
    if (start < end) cuts.push_back({start, end, e.breaks_paragraph});
  }
  std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.start < b.start; });
  std::vector<Cut> merged;
  for (const Cut& cut : cuts) {
    if (!merged.empty() && cut.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, cut.end);
      merged.back().paragraph = merged.back().paragraph || cut.paragraph;
    } else {
      merged.push_back(cut);
    }
  }
  return merged;
}

inline bool IsPrintable(unsigned char c) { return c > 0x20 && c < 0x7F; }

class Normalizer {
 public:
  explicit Normalizer(std::string_view original)
      : original_(original), bytes_(reinterpret_cast<const unsigned char*>(original.data())) {
    out_.text.reserve(original.size());
    out_.to_original.reserve(original.size() + 1);
  }

  // Processes original[begin, limit).
  void Run(size_t begin, size_t limit) {
    size_t i = begin;
    while (i < limit) {
      const unsigned char c = bytes_[i];
      if (c > 0x20 && c < 0x7F) {
        Flush();
        // Printable ASCII, with the single spaces between its words (each
        // maps to itself, as Flush would map it), copied at once.
        size_t run_end = i + 1;
        while (run_end < limit &&
               (IsPrintable(bytes_[run_end]) || (bytes_[run_end] == ' ' && run_end + 1 < limit &&
                                                 IsPrintable(bytes_[run_end + 1])))) {
          ++run_end;
        }
        out_.text.append(original_.data() + i, run_end - i);
        MapBytes(i, run_end);
        content_end_ = run_end;
        i = run_end;
        continue;
      }
      if (c < 0x80) {
        switch (c) {
          case '\n':
            Raise(Pending::kLine, i);
            break;
          case '\r':
            Raise(Pending::kLine, i);
            if (i + 1 < limit && bytes_[i + 1] == '\n') ++i;
            break;
          case '\f':
            Raise(Pending::kParagraph, i);
            break;
          default:  // space, tab, other controls, DEL
            Raise(Pending::kSpace, i);
            break;
        }
        ++i;
        continue;
      }
      int32_t code_point = 0;
      const auto length =
          static_cast<size_t>(internal::DecodeUtf8(bytes_ + i, limit - i, &code_point));
      const char* replacement = nullptr;
      const Action action = code_point < 0 ? Action::kReplace : Classify(code_point, &replacement);
      if (code_point < 0) replacement = "\xEF\xBF\xBD";
      switch (action) {
        case Action::kKeep:
          Flush();
          out_.text.append(original_.data() + i, length);
          MapBytes(i, i + length);
          content_end_ = i + length;
          break;
        case Action::kReplace: {
          Flush();
          const size_t replacement_length = std::strlen(replacement);
          out_.text.append(replacement, replacement_length);
          out_.to_original.insert(out_.to_original.end(), replacement_length,
                                  static_cast<uint32_t>(i));
          content_end_ = i + length;
          break;
        }
        case Action::kDrop:
          break;
        case Action::kSpace:
          Raise(Pending::kSpace, i);
          break;
        case Action::kLine:
          Raise(Pending::kLine, i);
          break;
        case Action::kParagraph:
          Raise(Pending::kParagraph, i);
          break;
      }
      i += length;
    }
  }

  // An excision at `at`: a paragraph break or a space.
  void Excise(size_t at, bool paragraph) {
    if (pending_ == Pending::kNone) pending_at_ = at;
    if (paragraph) {
      pending_ = Pending::kParagraph;
    } else if (pending_ == Pending::kNone) {
      pending_ = Pending::kSpace;
    }
  }

  Normalized Finish() {
    out_.to_original.push_back(static_cast<uint32_t>(content_end_));
    return std::move(out_);
  }

 private:
  // Maps the bytes just written for original[begin, end) byte for byte.
  void MapBytes(size_t begin, size_t end) {
    const size_t old_size = out_.to_original.size();
    out_.to_original.resize(old_size + (end - begin));
    uint32_t* map = out_.to_original.data() + old_size;
    for (size_t k = begin; k < end; ++k) *map++ = static_cast<uint32_t>(k);
  }

  void Raise(Pending kind, size_t at) {
    if (pending_ == Pending::kNone) pending_at_ = at;
    if (kind == Pending::kLine) {
      // A second line break in one whitespace run makes a paragraph.
      pending_ = pending_ >= Pending::kLine ? Pending::kParagraph : Pending::kLine;
    } else if (kind > pending_) {
      pending_ = kind;
    }
  }

  // Writes the pending whitespace before a character (none at the start).
  void Flush() {
    if (pending_ == Pending::kNone) return;
    if (!out_.text.empty()) {
      const char* white = pending_ == Pending::kSpace  ? " "
                          : pending_ == Pending::kLine ? "\n"
                                                       : "\n\n";
      const size_t length = pending_ == Pending::kParagraph ? 2 : 1;
      out_.text.append(white, length);
      out_.to_original.insert(out_.to_original.end(), length, static_cast<uint32_t>(pending_at_));
    }
    pending_ = Pending::kNone;
  }

  std::string_view original_;
  const unsigned char* bytes_;
  Normalized out_;
  Pending pending_ = Pending::kNone;
  size_t pending_at_ = 0;
  size_t content_end_ = 0;
};

bool IsWhite(const unsigned char* p, size_t n, size_t* length) {
  const unsigned char c = p[0];
  if (c < 0x80) {
    *length = 1;
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
  int32_t code_point = 0;
  *length = static_cast<size_t>(internal::DecodeUtf8(p, n, &code_point));
  if (code_point < 0) return false;
  const char* unused = nullptr;
  const Action action = Classify(code_point, &unused);
  return action == Action::kSpace || action == Action::kLine || action == Action::kParagraph;
}

// ASCII bytes other than whitespace (and no byte of a multi-byte character).
constexpr std::array<bool, 256> MakeAsciiWordBytes() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x80; ++c) {
    table[static_cast<size_t>(c)] = c != ' ' && (c < '\t' || c > '\r');
  }
  return table;
}
constexpr std::array<bool, 256> kAsciiWordByte = MakeAsciiWordBytes();

}  // namespace

Normalized Normalize(std::string_view original, const std::vector<Excision>& excisions) {
  Normalizer normalizer(original);
  size_t at = 0;
  for (const Cut& cut : MergeExcisions(excisions, original.size())) {
    normalizer.Run(at, cut.start);
    normalizer.Excise(cut.start, cut.paragraph);
    at = cut.end;
    // An excision that ends inside a character takes the rest of it.
    while (at < original.size() && (static_cast<unsigned char>(original[at]) & 0xC0) == 0x80) {
      ++at;
    }
  }
  normalizer.Run(at, original.size());
  return normalizer.Finish();
}

void AppendCollapsed(std::string_view original, size_t start, size_t end, std::string* out,
                     bool* in_white, std::vector<CopiedRun>* runs) {
  const auto* p = reinterpret_cast<const unsigned char*>(original.data());
  // Copies original[i, i + length) to *out, noting the run in *runs.
  auto copy = [&](size_t i, size_t length) {
    if (*in_white && !out->empty()) out->push_back(' ');
    *in_white = false;
    if (runs != nullptr) {
      if (!runs->empty() && runs->back().display + runs->back().length == out->size() &&
          runs->back().original + runs->back().length == i) {
        runs->back().length += length;
      } else {
        runs->push_back({out->size(), i, length});
      }
    }
    out->append(original.data() + i, length);
  };
  size_t i = start;
  while (i < end) {
    if (kAsciiWordByte[p[i]]) {
      // A run of plain ASCII, single spaces between its words included
      // (they stay as they are), copied at once.
      size_t j = i + 1;
      while (j < end &&
             (kAsciiWordByte[p[j]] || (p[j] == ' ' && j + 1 < end && kAsciiWordByte[p[j + 1]]))) {
        ++j;
      }
      copy(i, j - i);
      i = j;
      continue;
    }
    size_t length = 1;
    if (IsWhite(p + i, end - i, &length)) {
      *in_white = true;
    } else {
      copy(i, length);
    }
    i += length;
  }
}

std::string CollapseWhitespace(std::string_view original) {
  std::string out;
  out.reserve(original.size());
  bool in_white = false;
  AppendCollapsed(original, 0, original.size(), &out, &in_white, nullptr);
  return out;
}

ByteSpan ToOriginal(const Normalized& normalized, ByteSpan span, std::string_view original) {
  size_t end = normalized.to_original[span.end - 1] + 1;
  while (end < original.size() && (static_cast<unsigned char>(original[end]) & 0xC0) == 0x80) {
    ++end;
  }
  return {normalized.to_original[span.start], end};
}

}  // namespace concord::text
