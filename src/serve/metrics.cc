// Prometheus counters of `concord serve` (see metrics.h).
#include "serve/metrics.h"

#include <cstdio>

namespace concord::serve {

void Metrics::Record(const std::string& route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{route, status}];
  size_t bucket = 0;
  while (bucket < kBuckets.size() && seconds > kBuckets[bucket]) ++bucket;
  ++buckets_[bucket];
  sum_ += seconds;
  ++count_;
}

std::string Metrics::Render(const std::vector<std::pair<std::string, int64_t>>& gauges) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string out =
      "# HELP concord_requests_total HTTP requests by route and status code.\n"
      "# TYPE concord_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    out += "concord_requests_total{route=\"" + key.first + "\",code=\"" +
           std::to_string(key.second) + "\"} " + std::to_string(count) + "\n";
  }
  out +=
      "# HELP concord_request_seconds Time from routing to the response, in seconds.\n"
      "# TYPE concord_request_seconds histogram\n";
  uint64_t cumulative = 0;
  char bound[32];
  for (size_t b = 0; b <= kBuckets.size(); ++b) {
    cumulative += buckets_[b];
    if (b < kBuckets.size()) {
      std::snprintf(bound, sizeof(bound), "%g", kBuckets[b]);
    } else {
      std::snprintf(bound, sizeof(bound), "+Inf");
    }
    out += "concord_request_seconds_bucket{le=\"" + std::string(bound) + "\"} " +
           std::to_string(cumulative) + "\n";
  }
  char sum[64];
  std::snprintf(sum, sizeof(sum), "%.6f", sum_);
  out += "concord_request_seconds_sum " + std::string(sum) + "\n";
  out += "concord_request_seconds_count " + std::to_string(count_) + "\n";
  for (const auto& [name, value] : gauges) {
    out += "# TYPE " + name + " gauge\n" + name + " " + std::to_string(value) + "\n";
  }
  return out;
}

std::string RouteLabel(const std::string& path) {
  static const char* const kExact[] = {"/healthz",   "/metrics",    "/v1/summarize", "/v1/compare",
                                       "/v1/quotes", "/v1/extract", "/v1/articles",  "/v1/stories"};
  for (const char* route : kExact) {
    if (path == route) return route;
  }
  if (path.rfind("/v1/stories/", 0) == 0) return "/v1/stories/{id}";
  if (path.rfind("/v1/articles/", 0) == 0) return "/v1/articles/{id}";
  return path.rfind("/v1/", 0) == 0 ? "other" : "/{asset}";
}

}  // namespace concord::serve
