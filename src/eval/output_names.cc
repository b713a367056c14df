// OutputFileNames and FormatIdMap: cluster ids as safe file names (eval.h).
//
// An id comes from the data file, so it is never used as a path: its bytes
// outside [A-Za-z0-9._-] become '_', a leading '.' becomes '_' (no hidden
// file, no "." or ".."), and it is cut to 64 bytes. An id that comes through
// unchanged and is not taken yet keeps its name, so ordinary data sets
// (Multi-News ids are numbers) get the file names they always had. Any
// other id gets the cleaned form plus "-" and 8 hex digits of a 64-bit
// FNV-1a hash of the id; should that be taken too (the same id twice, or a
// hash collision), "-<cluster number>" follows. Names are compared ignoring
// ASCII case, so they stay distinct on a case-insensitive file system.
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "concord/eval.h"
#include "util/fnv1a.h"

namespace concord::eval {
namespace {

constexpr size_t kMaxNameBytes = 64;

bool SafeByte(unsigned char c) { return std::isalnum(c) != 0 || c == '.' || c == '_' || c == '-'; }

std::string Clean(const std::string& id, size_t max_bytes) {
  std::string name;
  for (size_t i = 0; i < id.size() && name.size() < max_bytes; ++i) {
    const auto c = static_cast<unsigned char>(id[i]);
    name += SafeByte(c) && c < 0x80 ? static_cast<char>(c) : '_';
  }
  if (!name.empty() && name[0] == '.') name[0] = '_';
  return name.empty() ? "cluster" : name;
}

std::string HashHex(const std::string& id) {
  const uint64_t hash = util::Fnv1a(id);
  char buffer[9];
  std::snprintf(buffer, sizeof buffer, "%08x", static_cast<unsigned>(hash >> 32));
  return buffer;
}

std::string Folded(const std::string& name) {
  std::string folded = name;
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return folded;
}

}  // namespace

std::vector<std::string> OutputFileNames(const std::vector<Cluster>& clusters) {
  std::vector<std::string> names;
  names.reserve(clusters.size());
  std::unordered_set<std::string> taken;
  for (size_t c = 0; c < clusters.size(); ++c) {
    const std::string& id = clusters[c].id;
    std::string name = Clean(id, kMaxNameBytes);
    if (name != id || taken.count(Folded(name)) > 0) {
      name = Clean(id, kMaxNameBytes - 9) + "-" + HashHex(id);
      if (taken.count(Folded(name)) > 0) name += "-" + std::to_string(c + 1);
    }
    taken.insert(Folded(name));
    names.push_back(std::move(name));
  }
  return names;
}

std::string FormatIdMap(const std::vector<Cluster>& clusters,
                        const std::vector<std::string>& names) {
  std::string out = "file\tid\n";
  for (size_t c = 0; c < clusters.size() && c < names.size(); ++c) {
    out += names[c] + "\t";
    for (const char ch : clusters[c].id) {
      const auto byte = static_cast<unsigned char>(ch);
      if (ch == '\\') {
        out += "\\\\";
      } else if (ch == '\t') {
        out += "\\t";
      } else if (ch == '\n') {
        out += "\\n";
      } else if (ch == '\r') {
        out += "\\r";
      } else if (byte < 0x20 || byte == 0x7F) {
        char buffer[5];
        std::snprintf(buffer, sizeof buffer, "\\x%02X", byte);
        out += buffer;
      } else {
        out += ch;
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace concord::eval
