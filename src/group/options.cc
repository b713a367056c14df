// Checks of GroupOptions (group.h: Grouper::Validate).
#include "concord/group.h"

namespace concord::group {

Status Grouper::Validate(const GroupOptions& o) {
  auto unit = [](double x) { return x >= 0 && x <= 1; };
  if (!(o.window_seconds > 0)) return Status::InvalidArgument("--window must be positive");
  if (!unit(o.join_threshold)) return Status::InvalidArgument("--threshold must be in [0, 1]");
  if (!unit(o.merge_threshold)) {
    return Status::InvalidArgument("--merge-threshold must be in [0, 1]");
  }
  if (!unit(o.duplicate_threshold) || !unit(o.duplicate_containment)) {
    return Status::InvalidArgument("--duplicate-threshold must be in [0, 1]");
  }
  if (o.lead_words == 0 || o.query_terms == 0 || o.index_terms == 0 || o.posting_limit == 0 ||
      o.candidates == 0 || o.centroid_terms == 0 || o.max_open_stories == 0 ||
      o.merge_candidates == 0) {
    return Status::InvalidArgument("grouping limits must be positive");
  }
  if (!(o.title_weight >= 0) || !(o.name_weight >= 0)) {
    return Status::InvalidArgument("feature weights must not be negative");
  }
  return Status::Ok();
}

}  // namespace concord::group
