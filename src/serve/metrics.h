// Counters of `concord serve` in the Prometheus text format: requests by
// route and status code, a latency histogram, and gauges given at render.
//
//   metrics.Record("/v1/summarize", 200, 0.012);
//   std::string text = metrics.Render({{"concord_articles", 12}});
//
// Thread safety: every method may be called from any thread.
#ifndef CONCORD_SERVE_METRICS_H_
#define CONCORD_SERVE_METRICS_H_

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace concord::serve {

class Metrics {
 public:
  // Upper bounds of the latency buckets, in seconds (+Inf is added).
  static constexpr std::array<double, 9> kBuckets = {0.001, 0.005, 0.01, 0.05, 0.1,
                                                     0.5,   1.0,   5.0,  30.0};

  void Record(const std::string& route, int status, double seconds);
  // The exposition text; `gauges` are (name, value) pairs appended as gauges.
  std::string Render(const std::vector<std::pair<std::string, int64_t>>& gauges) const;

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  std::array<uint64_t, kBuckets.size() + 1> buckets_{};
  double sum_ = 0;
  uint64_t count_ = 0;
};

// The route label of a request: the pattern it matched
// ("/v1/stories/{id}"), or "other".
std::string RouteLabel(const std::string& path);

}  // namespace concord::serve

#endif  // CONCORD_SERVE_METRICS_H_
