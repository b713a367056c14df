// The options of `concord digest` that become digest::DigestOptions, shared
// by the command (digest_command.cc) and the Python binding's digest
// (python/digest.cc), so that one place maps them and words their errors.
#ifndef CONCORD_CLI_DIGEST_FLAGS_H_
#define CONCORD_CLI_DIGEST_FLAGS_H_

#include <cstddef>
#include <string>

#include "cli/group_flags.h"
#include "concord/digest.h"
#include "concord/status.h"

namespace concord::cli {

struct DigestSettings {
  size_t min_articles = 2;
  std::string format = "md";
  size_t words = 100;
  bool keep_copies = false;
  GroupFlags group;
  // Cut a story's first sentence to the budget when no whole sentence fits
  // (summarize's --truncate), rather than leave the story out.
  bool truncate = false;
};

// The options, or an error naming the option ("--format must be md, jsonl
// or html (got 'x')"). Leaves `progress` empty.
Result<digest::DigestOptions> ToDigestOptions(const DigestSettings& settings);

}  // namespace concord::cli

#endif  // CONCORD_CLI_DIGEST_FLAGS_H_
