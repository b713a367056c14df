// Locating ../shared (evaluation data beside the repository) from tests.
//
// Tests that need it start with CONCORD_SHARED_OR_SKIP(path): the test is
// skipped with a message when the data is absent, and fails instead when
// the environment sets CONCORD_REQUIRE_SHARED=1 (CI does).
#ifndef CONCORD_TESTS_TESTING_SHARED_DATA_H_
#define CONCORD_TESTS_TESTING_SHARED_DATA_H_

#include <gtest/gtest.h>

#include <string>

namespace concord::testing {

// $CONCORD_SHARED_DIR if set, else <source dir>/../shared.
std::string SharedDir();

// SharedDir() + "/" + relative.
std::string SharedPath(const std::string& relative);

// True when CONCORD_REQUIRE_SHARED=1.
bool SharedRequired();

// Reads a whole file; returns false when it cannot.
bool ReadFile(const std::string& path, std::string* contents);

// <source dir>/tests/data/<relative>: fixtures written for this project.
std::string TestDataPath(const std::string& relative);

}  // namespace concord::testing

// Skips (or, under CONCORD_REQUIRE_SHARED=1, fails) the current test when
// SharedPath(relative) does not exist. Use at the top of a TEST body.
#define CONCORD_SHARED_OR_SKIP(relative)                                   \
  do {                                                                     \
    const std::string concord_shared_path_ =                               \
        ::concord::testing::SharedPath(relative);                          \
    if (!::concord::testing::PathExists(concord_shared_path_)) {           \
      if (::concord::testing::SharedRequired()) {                          \
        FAIL() << "CONCORD_REQUIRE_SHARED=1 but " << concord_shared_path_  \
               << " is missing";                                           \
      }                                                                    \
      GTEST_SKIP() << "shared data absent: " << concord_shared_path_       \
                   << " (set CONCORD_SHARED_DIR or clone beside ../shared)"; \
    }                                                                      \
  } while (0)

namespace concord::testing {
bool PathExists(const std::string& path);
}  // namespace concord::testing

#endif  // CONCORD_TESTS_TESTING_SHARED_DATA_H_
