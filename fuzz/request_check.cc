// Target request: what every route of `concord serve` does with a body
// (api::ParseRequest, then api::ReadStory and the option checks of
// api::Run). A request is refused with a non-empty UTF-8 message or read
// into as many articles as it lists, each with an id, non-blank text and
// valid UTF-8 everywhere; nothing throws.
#include <nlohmann/json.hpp>

#include "concord/api.h"
#include "concord/text.h"
#include "fuzz/checks.h"
#include "fuzz/invariants.h"

namespace concord::fuzz {
namespace {

std::string CheckFailure(const Status& status, const char* what) {
  if (status.message().empty()) return std::string(what) + ": an empty message";
  if (!text::IsValidUtf8(status.message())) {
    return std::string(what) + ": the message is not valid UTF-8: " + Shown(status.message());
  }
  return "";
}

}  // namespace

std::string CheckRequest(std::string_view data) {
  Result<nlohmann::json> request = api::ParseRequest(data);
  if (!request.ok()) return CheckFailure(request.status(), "ParseRequest");
  if (!request.value().is_object()) return "ParseRequest accepted a non-object";
  for (const std::string& command : api::Commands()) {
    const std::string type = api::MediaType(command, request.value());
    if (type.empty()) return "an empty media type for " + command;
  }
  Result<Cluster> story = api::ReadStory(request.value());
  if (!story.ok()) return CheckFailure(story.status(), "ReadStory");
  if (story.value().articles.size() != request.value()["articles"].size()) {
    return "ReadStory read a different number of articles than listed";
  }
  for (const Article& a : story.value().articles) {
    for (const std::string* field : {&a.id, &a.source, &a.url, &a.title, &a.published, &a.text}) {
      if (!text::IsValidUtf8(*field)) return "a field is not valid UTF-8: " + Shown(*field);
    }
    if (a.id.empty()) return "an article without id";
    if (a.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return "a blank article";
  }
  // The option checks and the split command (cheap: no analysis).
  Result<std::string> split = api::Run("split", request.value());
  if (!split.ok()) return CheckFailure(split.status(), "Run(split)");
  return "";
}

}  // namespace concord::fuzz
