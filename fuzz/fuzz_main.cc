// The libFuzzer entry of one target: fuzz_<name> is this file compiled with
// CONCORD_FUZZ_TARGET="<name>". A broken invariant aborts, which libFuzzer
// reports as a crash and saves the input.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "fuzz/checks.h"

namespace {

concord::fuzz::Check FindCheck() {
  for (const concord::fuzz::Target& target : concord::fuzz::Targets()) {
    if (std::strcmp(target.name, CONCORD_FUZZ_TARGET) == 0) return target.check;
  }
  std::fprintf(stderr, "no fuzz target named %s\n", CONCORD_FUZZ_TARGET);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const concord::fuzz::Check check = FindCheck();
  const std::string problem =
      check(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_%s: invariant broken: %s\n", CONCORD_FUZZ_TARGET, problem.c_str());
    std::abort();
  }
  return 0;
}
