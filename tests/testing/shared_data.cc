#include "testing/shared_data.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace concord::testing {

std::string SharedDir() {
  if (const char* dir = std::getenv("CONCORD_SHARED_DIR"); dir && *dir) {
    return dir;
  }
  return std::string(CONCORD_SOURCE_DIR) + "/../shared";
}

std::string SharedPath(const std::string& relative) {
  return SharedDir() + "/" + relative;
}

bool SharedRequired() {
  const char* required = std::getenv("CONCORD_REQUIRE_SHARED");
  return required != nullptr && std::string(required) == "1";
}

bool PathExists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

bool ReadFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *contents = buffer.str();
  return true;
}

std::string TestDataPath(const std::string& relative) {
  return std::string(CONCORD_SOURCE_DIR) + "/tests/data/" + relative;
}

}  // namespace concord::testing
