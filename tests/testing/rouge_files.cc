// Reading ROUGE test inputs (see rouge_files.h).
#include "testing/rouge_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "testing/shared_data.h"

namespace concord::testing {

std::vector<std::string> ReadLines(const std::string& path) {
  std::string text;
  EXPECT_TRUE(ReadFile(path, &text)) << path;
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::vector<std::vector<std::string>> ReadReferences(const std::string& case_dir) {
  std::vector<std::string> files;
  for (const auto& file : std::filesystem::directory_iterator(case_dir)) {
    if (file.path().filename().string().rfind("ref.", 0) == 0) {
      files.push_back(file.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::vector<std::string>> references;
  for (const std::string& file : files) references.push_back(ReadLines(file));
  return references;
}

}  // namespace concord::testing
